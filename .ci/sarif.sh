#!/usr/bin/env bash
# Validates the example's SARIF with Microsoft's SARIF Multitool (npm
# @microsoft/sarif-multitool: a self-contained .NET binary per platform, no
# .NET runtime needed), one rule kind per run: Sarif (the specification's
# rules), Gh and Ghas (what GitHub code scanning requires). Fails on any
# error or warning; notes (style suggestions) are listed, not counted.
#
# The validator always exits 0 and its npm wrapper runs it through a shell,
# so the script calls the native binary and counts the results of its own
# SARIF log. Rule SARIF2006 (help URIs must be reachable) is disabled: it
# fetches every helpUri from the internet.
#
# Usage: .ci/sarif.sh   (KEEP=1 keeps the temporary directory)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.ci/lib.sh"
scratch dualstacklint-sarif

version=5.7.0 # @microsoft/sarif-multitool and its per-platform binary
prefix="$HOME/.cache/dualstacklint-ci/sarif-$version"
if [ ! -x "$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" ]; then
  step "installing @microsoft/sarif-multitool@$version into $prefix"
  mkdir -p "$prefix"
  npm install --no-save --no-audit --no-fund --prefix "$prefix" \
    "@microsoft/sarif-multitool@$version" "@microsoft/sarif-multitool-linux@$version" > /dev/null
  chmod u+x "$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool" # its postinstall, which npm may not run
fi
multitool="$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"

step "dualstacklint -format=sarif on the example"
set +e
go -C "$root/examples" tool dualstacklint -format=sarif ./... > "$work/example.sarif"
rc=$?
set -e
[ "$rc" -eq 3 ] || fail "dualstacklint -format=sarif: exit $rc, want 3 (findings)"
# count FILE LEVEL: the results of a SARIF log at LEVEL (error, warning, or
# note: the rule ids), with node, which npm brings anyway.
count() {
  node -e '
    const [file, level] = process.argv.slice(1);
    const results = JSON.parse(require("fs").readFileSync(file, "utf8")).runs.flatMap(r => r.results || []);
    const hits = results.filter(r => (r.level || "warning") === level);
    if (level === "note") {
      const n = {}; hits.forEach(r => n[r.ruleId] = (n[r.ruleId] || 0) + 1);
      console.log(Object.entries(n).map(([k, v]) => `${k} x${v}`).join(", ") || "none");
    } else console.log(hits.length);' "$1" "$2"
}
[ "$(count "$work/example.sarif" warning)" -gt 0 ] || fail "the example's SARIF has no results"

cat > "$work/policy.xml" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
XML

for kind in Sarif Gh Ghas; do
  out="$work/validate-$kind.sarif"
  "$multitool" validate "$work/example.sarif" --rule-kind "$kind" --level "Error;Warning;Note" \
    --config "$work/policy.xml" --output "$out" --log ForceOverwrite > "$work/validate-$kind.log" 2>&1 ||
    { cat "$work/validate-$kind.log"; fail "sarif-multitool validate --rule-kind $kind did not run"; }
  [ -s "$out" ] || { cat "$work/validate-$kind.log"; fail "sarif-multitool validate --rule-kind $kind wrote no log"; }
  errors=$(count "$out" error)
  warnings=$(count "$out" warning)
  step "rule kind $kind: $errors errors, $warnings warnings; notes: $(count "$out" note)"
  if [ "$errors" -ne 0 ] || [ "$warnings" -ne 0 ]; then
    grep -E ': (error|warning) ' "$work/validate-$kind.log" || true
    fail "the example's SARIF does not pass the $kind rules"
  fi
done
step "done"
