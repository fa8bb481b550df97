#!/usr/bin/env bash
# Builds golangci-lint v2 with the dualstacklint module plugin (gclplugin/)
# and runs it on a copy of examples/.
#
# `golangci-lint custom` would do the build, but it `git clone`s
# golangci-lint from GitHub, which CI cannot reach. This script does what it
# does (pkg/commands/internal/builder.go in golangci-lint) from the Go module
# proxy instead:
#   1. the golangci-lint source: `go mod download -json` of the module,
#      copied out of the read-only module cache;
#   2. cmd/golangci-lint/plugins.go blank-imports the plugin package;
#   3. go.mod requires this repository, replaced by the checkout;
#   4. go mod tidy; go build ./cmd/golangci-lint.
# Then it asserts, on a temporary copy of examples/, in this order:
#   (a) the findings are reported, under the linter name dualstacklint, with
#       a non-zero exit;
#   bad plugin settings (an unknown region) stop golangci-lint with an error;
#   (c) //nolint:dualstacklint suppresses a finding, and so does
#       //dualstacklint:ignore <check> <reason> (and only those);
#   (b) --fix rewrites main.go with config.WithUseDualStackEndpoint(...), the
#       example still builds, and (the findings without a fix being
#       suppressed by (c)) a second run is clean.
#
# Caches: the module cache (GOMODCACHE) and the build cache (GOCACHE) are the
# machine's; the build uses -trimpath, so that its cache keys do not depend
# on the temporary directory and a second run only relinks. golangci-lint's
# own analysis cache is a fresh temporary directory: its keys do not cover
# a change of the plugin's code.
#
# Usage: .ci/golangci-plugin.sh   (GCL_VERSION=v2.x.y to try another version;
# KEEP=1 keeps the temporary directory)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
gcl_module=github.com/golangci/golangci-lint/v2
gcl_version=${GCL_VERSION:-v2.15.0}
plugin_module=github.com/dualstacklint/dualstacklint
plugin_import=$plugin_module/gclplugin

export GOWORK=off GOTOOLCHAIN=local

. "$root/.ci/lib.sh"
scratch golangci-plugin

step "golangci-lint $gcl_version source from the module proxy"
json=$(go mod download -json "$gcl_module@$gcl_version")
src=$(printf '%s\n' "$json" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
[ -n "$src" ] && [ -d "$src" ] || fail "go mod download gave no source directory: $json"
cp -R "$src" "$work/gcl"
chmod -R u+w "$work/gcl" # the module cache's files are read-only

step "plugins.go, require and replace $plugin_module => $root"
cat > "$work/gcl/cmd/golangci-lint/plugins.go" <<EOF
package main

// Module plugins, as golangci-lint custom writes them.
import (
	_ "$plugin_import"
)
EOF
(
  cd "$work/gcl"
  go mod edit -require "$plugin_module@v0.0.0" -replace "$plugin_module=$root"
  GOFLAGS=-mod=mod go mod tidy
)

step "go build ./cmd/golangci-lint"
# The version string names the plugin's source, as golangci-lint custom's does.
plugin_hash=$(cd "$root" && { git rev-parse --short HEAD 2>/dev/null || echo local; })
(
  cd "$work/gcl"
  GOFLAGS=-mod=mod go build -trimpath \
    -ldflags "-s -w -X 'main.version=${gcl_version#v}-custom-gcl-dualstacklint-$plugin_hash' -X 'main.date=$(date -u +%Y-%m-%dT%H:%M:%SZ)'" \
    -o "$work/custom-gcl" ./cmd/golangci-lint
)
gcl=$work/custom-gcl
"$gcl" version

step "a copy of examples/ with the plugin enabled"
ex=$work/example
mkdir "$ex"
# Everything but the built binary; the replace points at the checkout (it
# was ../, relative to examples/).
tar -C "$root/examples" --exclude=./ipv6app -cf - . | tar -C "$ex" -xf -
(cd "$ex" && go mod edit -replace "$plugin_module=$root")
# The v2 schema: linters.settings.custom.<name>.{type,description,
# original-url,settings} (pkg/config/linters_settings.go,
# CustomLinterSettings); settings are the keys of .dualstacklint.yml.
cat > "$ex/.golangci.yml" <<'EOF'
version: "2"
linters:
  default: none
  enable:
    - dualstacklint
  settings:
    custom:
      dualstacklint:
        type: module
        description: AWS SDK for Go code that fails on IPv6-only networks
        original-url: https://github.com/dualstacklint/dualstacklint
        settings:
          regions: [us-west-2, eu-west-1]
          checks:
            dualstackbreak: true
            dualstackconfig: true
            dualstackclient: true
            ipv4endpoint: true
            legacydualstack: true
            linklocal: true
          settings:
            linklocal:
              imds-client: false
issues:
  max-issues-per-linter: 0
  max-same-issues: 0
  uniq-by-line: false
EOF
export GOLANGCI_LINT_CACHE=$work/gcl-cache

run_gcl() { # run_gcl OUTFILE ARGS... : prints the output, returns the exit code
  local out=$1 rc=0
  shift
  (cd "$ex" && "$gcl" run --output.text.path=stdout --show-stats=false "$@" ./...) > "$out" 2>&1 || rc=$?
  cat "$out"
  return "$rc"
}

step "(a) findings"
rc=0
run_gcl "$work/run1.out" || rc=$?
[ "$rc" -ne 0 ] || fail "(a) golangci-lint exited 0 on the example: want findings"
grep -Eq '^main\.go:[0-9]+:[0-9]+: .*config\.LoadDefaultConfig does not enable dual-stack endpoints.*\(dualstacklint\)$' "$work/run1.out" ||
  fail "(a) no dualstackconfig finding for main.go reported by the dualstacklint linter"
dynamo=$(grep -E '^main\.go:[0-9]+:[0-9]+: .*dynamodb\.NewFromConfig' "$work/run1.out" | head -1) ||
  fail "(a) no dualstackclient finding for the dynamodb client in main.go"
imds=$(grep -E '^metadata\.go:[0-9]+:[0-9]+: linklocal: 169\.254\.169\.254' "$work/run1.out" | head -1) ||
  fail "(a) no linklocal finding for the IMDS address in metadata.go"
echo "(a) ok: exit $rc, $(grep -c '(dualstacklint)$' "$work/run1.out") findings"

step "bad settings stop golangci-lint"
sed 's/regions: \[us-west-2, eu-west-1\]/regions: [us-west-9]/' "$ex/.golangci.yml" > "$work/bad.yml"
rc=0
run_gcl "$work/bad.out" -c "$work/bad.yml" || rc=$?
[ "$rc" -ne 0 ] && grep -q 'unknown region "us-west-9"' "$work/bad.out" ||
  fail "golangci-lint did not reject regions: [us-west-9] (exit $rc)"

step "(c) //nolint:dualstacklint and //dualstacklint:ignore"
# A trailing //nolint:dualstacklint on the dynamodb finding's line (golangci-
# lint's own filter), and a //dualstacklint:ignore directive above the IMDS
# address (the suite's, which works under every driver).
line=$(printf '%s\n' "$dynamo" | cut -d: -f2)
sed -i "${line}s|\$| //nolint:dualstacklint // dynamodb has no verified dual-stack endpoint|" "$ex/main.go"
sed -n "${line}p" "$ex/main.go"
line=$(printf '%s\n' "$imds" | cut -d: -f2)
awk -v n="$line" 'NR == n { match($0, /^[ \t]*/); print substr($0, 1, RLENGTH) "//dualstacklint:ignore linklocal the app runs on IPv4 EC2 hosts only" } { print }' \
  "$ex/metadata.go" > "$work/metadata.go" && cat "$work/metadata.go" > "$ex/metadata.go"
sed -n "${line},$((line + 1))p" "$ex/metadata.go"
rc=0
run_gcl "$work/run2.out" || rc=$?
grep -q 'dynamodb\.NewFromConfig' "$work/run2.out" && fail "(c) //nolint:dualstacklint did not suppress the dynamodb finding"
grep -q '169\.254\.169\.254' "$work/run2.out" && fail "(c) //dualstacklint:ignore did not suppress the IMDS finding"
grep -q 'ignore directive' "$work/run2.out" && fail "(c) the ignore analyzer reported the directive"
grep -q 'config\.LoadDefaultConfig does not enable' "$work/run2.out" || fail "(c) the other findings disappeared too"
echo "(c) ok: both findings are suppressed, the others remain; exit $rc"

step "(b) --fix"
rc=0
run_gcl "$work/run3.out" --fix || rc=$?
grep -q 'config\.WithUseDualStackEndpoint(aws\.DualStackEndpointStateEnabled)' "$ex/main.go" ||
  fail "(b) --fix did not add config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled) to main.go"
grep -q 'config\.LoadDefaultConfig does not enable' "$work/run3.out" && fail "(b) the fixed finding is still reported"
diff -u "$root/examples/main.go" "$ex/main.go" || true
(cd "$ex" && go build -o /dev/null ./...) || fail "(b) the fixed example does not build"
# Every finding left had a fix or a directive: a second run is clean.
run_gcl "$work/run4.out" || fail "(b) findings remain after --fix"
echo "(b) ok: main.go fixed and builds; --fix exit $rc, then a clean run"

step "done"
