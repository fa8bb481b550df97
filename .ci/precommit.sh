#!/usr/bin/env bash
# Tests the pre-commit hooks of .pre-commit-hooks.yaml with Debian's
# pre-commit, as a user's repository would run them: `pre-commit try-repo`
# builds the hooks from this repository (language: golang: `go install ./...`
# at its root, with the machine's Go) and runs them on a temporary git
# repository holding a copy of examples/.
#
# Asserts, in order:
#   1. dualstacklint-check (check only) fails on the unfixed example with
#      exit 3 and the dualstackconfig finding, and changes no file;
#   2. dualstacklint (fix) rewrites main.go with
#      config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled) and
#      fails: pre-commit fails a hook that modifies files;
#   3. the example also has findings that have no fix (the dynamodb client
#      built from an aws.Config literal, the IMDS address): both hooks keep
#      failing on them with exit 3 until someone decides. The script does what
#      a user would: it marks each remaining finding with a
#      //dualstacklint:ignore <check> <reason> directive (on its own line
#      above the finding, so that it also works where the line already has a
#      comment);
#   4. then both hooks pass, and the fixing hook changes nothing;
#   5. the AWS shared config hooks (dualstacklint-awsconfig[-check]) on a
#      committed deploy/.aws/config: see awsconfig_hooks.
#
# Usage: .ci/precommit.sh   (KEEP=1 keeps the temporary directory)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)

if ! command -v pre-commit > /dev/null; then
  echo "-- installing Debian's pre-commit"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q pre-commit > /dev/null 2>&1 ||
    { apt-get update -q > /dev/null && apt-get install -y -q pre-commit > /dev/null; }
fi
echo "-- $(pre-commit --version) ($(dpkg-query -W -f='Debian package ${Version}' pre-commit 2>/dev/null || echo 'not from apt'))"

. "$root/.ci/lib.sh"
scratch precommit

# The hooks' Go environment: pre-commit sets GOPATH to its own environment
# directory, which would also move the module cache there (and download every
# module again); keep the machine's caches. GOTOOLCHAIN=local: never fetch a
# toolchain.
export GOMODCACHE=${GOMODCACHE:-$(go env GOMODCACHE)}
export GOCACHE=${GOCACHE:-$(go env GOCACHE)}
export GOTOOLCHAIN=local GOWORK=off
export PRE_COMMIT_HOME=$work/pre-commit-home # try-repo uses its own store; logs go here
git_id=(-c user.name=dualstacklint-ci -c user.email=ci@dualstacklint.invalid -c commit.gpgsign=false)

# The hook repository. try-repo clones it at HEAD, and adds uncommitted
# changes to tracked files through a shadow repository, but not untracked
# files: while the hooks are not committed yet (a working tree, not CI's clean
# checkout), try-repo gets a snapshot repository of the working tree instead.
hook_repo=$root
if [ -n "$(git -C "$root" ls-files --others --exclude-standard)" ]; then
  hook_repo=$work/hook-repo
  step "snapshot of the working tree (it has untracked files) as the hook repository"
  git init -q "$hook_repo"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done |
    tar --null -T - -cf -) | tar -C "$hook_repo" -xf -
  git -C "$hook_repo" add -A
  git "${git_id[@]}" -C "$hook_repo" commit -q -m snapshot
fi
echo "hook repository: $hook_repo"

step "a git repository holding a copy of examples/"
ex=$work/example
mkdir "$ex"
tar -C "$root/examples" --exclude=./ipv6app -cf - . | tar -C "$ex" -xf -
# pre-commit builds the linter from the hook repository; the example only
# needs its SDK dependencies, as a user's project: drop the linter's tool
# line, its requirement and the replace (../) that points at this checkout.
(
  cd "$ex"
  go mod edit -droptool github.com/dualstacklint/dualstacklint/cmd/dualstacklint \
    -droprequire github.com/dualstacklint/dualstacklint \
    -dropreplace github.com/dualstacklint/dualstacklint
  go build -o /dev/null ./...
  git init -q
  git add -A
  git "${git_id[@]}" commit -q -m example
)

try_repo() { # try_repo HOOK OUTFILE: runs the hook on every file; prints the output, returns the exit code
  local rc=0
  (cd "$ex" && pre-commit try-repo "$hook_repo" "$1" --all-files --verbose) > "$2" 2>&1 || rc=$?
  cat "$2"
  return "$rc"
}
hook_exit() { sed -n 's/^- exit code: \([0-9]*\)$/\1/p' "$1" | tail -1; }

step "1. dualstacklint-check on the unfixed example: fails, changes nothing"
rc=0
try_repo dualstacklint-check "$work/check1.out" || rc=$?
[ "$rc" -ne 0 ] || fail "1. the check-only hook passed on the unfixed example"
[ "$(hook_exit "$work/check1.out")" = 3 ] || fail "1. the check-only hook's exit code is not 3 (findings)"
grep -q '^main\.go:[0-9]*:[0-9]*: config\.LoadDefaultConfig does not enable dual-stack endpoints.*(dualstackconfig)$' "$work/check1.out" ||
  fail "1. no dualstackconfig finding for main.go"
git -C "$ex" diff --quiet || fail "1. the check-only hook changed files"

step "2. dualstacklint (fix): rewrites main.go, fails because it changed files"
rc=0
try_repo dualstacklint "$work/fix1.out" || rc=$?
[ "$rc" -ne 0 ] || fail "2. the fixing hook passed on the unfixed example"
grep -q '^- files were modified by this hook' "$work/fix1.out" || fail "2. pre-commit did not see modified files"
grep -q 'config\.WithUseDualStackEndpoint(aws\.DualStackEndpointStateEnabled)' "$ex/main.go" ||
  fail "2. main.go has no config.WithUseDualStackEndpoint(aws.DualStackEndpointStateEnabled)"
git -C "$ex" --no-pager diff --stat
(cd "$ex" && go build -o /dev/null ./...) || fail "2. the fixed example does not build"
git -C "$ex" add -A # as a user stages the hook's changes

step "3. findings without a fix remain: the hooks still fail on them"
rc=0
try_repo dualstacklint-check "$work/check2.out" || rc=$?
[ "$rc" -ne 0 ] && [ "$(hook_exit "$work/check2.out")" = 3 ] ||
  fail "3. expected the remaining findings (exit 3) from the check-only hook"
grep -q 'config\.LoadDefaultConfig does not enable' "$work/check2.out" && fail "3. the fixed finding is still reported"
grep -q '^main\.go:[0-9]*:[0-9]*: dynamodb\.NewFromConfig .*(dualstackclient)$' "$work/check2.out" ||
  fail "3. expected the dynamodb finding, which has no fix"
# The findings, as FILE LINE CHECK, bottom-up per file so that inserting a
# line does not move the ones still to do; findings on one line share a
# directive.
grep -E '^[^ :]+\.go:[0-9]+:[0-9]+: .* \([a-z0-9]+\)$' "$work/check2.out" |
  sed -E 's/^([^:]+):([0-9]+):[0-9]+: .* \(([a-z0-9]+)\)$/\1 \2 \3/' |
  sort -u | sort -k1,1 -k2,2nr > "$work/remaining"
echo "remaining findings (file line check):"
cat "$work/remaining"
awk '{ k = $1 " " $2; if (k in c) { if (index("," c[k] ",", "," $3 ",") == 0) c[k] = c[k] "," $3 } else { c[k] = $3; order[n++] = k } }
     END { for (i = 0; i < n; i++) print order[i], c[order[i]] }' "$work/remaining" |
  while read -r file line checks; do
    awk -v n="$line" -v checks="$checks" 'NR == n {
        match($0, /^[ \t]*/)
        print substr($0, 1, RLENGTH) "//dualstacklint:ignore " checks " no automatic fix: reviewed, tracked separately"
      } { print }' "$ex/$file" > "$work/tmp.go"
    cat "$work/tmp.go" > "$ex/$file"
  done
gofmt -l "$ex" | grep . && fail "3. the directives left files gofmt would change"
git -C "$ex" --no-pager diff
git -C "$ex" add -A

step "4. with the remaining findings reviewed, both hooks pass"
try_repo dualstacklint "$work/fix2.out" || fail "4. the fixing hook failed after the fixes and directives"
git -C "$ex" diff --quiet || fail "4. the fixing hook changed files on the second run"
try_repo dualstacklint-check "$work/check3.out" || fail "4. the check-only hook failed after the fixes and directives"

# awsconfig_hooks: the AWS shared config hooks get only the files matching
# (^|/)\.aws/config$: the check-only one reports (exit 3) and changes
# nothing; the fixing one rewrites the endpoint_url host and still fails on
# the nested S3-only switch (no fix) until a directive marks it reviewed;
# then both pass and the fix is stable. A malformed file: exit 2, file:line,
# no change.
awsconfig_hooks() {
  local cfg='[default]
region = us-west-2
endpoint_url = https://s3.us-west-2.amazonaws.com
s3 =
    use_dualstack_endpoint = true
'
  mkdir -p "$ex/deploy/.aws" "$ex/notes"
  printf '%s' "$cfg" > "$ex/deploy/.aws/config"
  printf '%s' "$cfg" > "$ex/notes/config" # not a .aws/config: never passed
  git -C "$ex" add -A
  git "${git_id[@]}" -C "$ex" commit -q -m "aws config"

  step "5a. dualstacklint-awsconfig-check: fails with exit 3 on deploy/.aws/config only, changes nothing"
  rc=0
  try_repo dualstacklint-awsconfig-check "$work/aws1.out" || rc=$?
  [ "$rc" -ne 0 ] && [ "$(hook_exit "$work/aws1.out")" = 3 ] || fail "5a. expected findings (exit 3)"
  grep -q '^deploy/\.aws/config:3:1: https://s3\.us-west-2\.amazonaws\.com is an IPv4-only AWS endpoint.*(ipv4endpoint)$' "$work/aws1.out" ||
    fail "5a. no ipv4endpoint finding at deploy/.aws/config:3:1"
  grep -q '^deploy/\.aws/config:5:5: .*(legacydualstack)$' "$work/aws1.out" || fail "5a. no legacydualstack finding at deploy/.aws/config:5:5"
  grep -q 'notes/config' "$work/aws1.out" && fail "5a. notes/config was checked"
  git -C "$ex" diff --quiet || fail "5a. the check-only hook changed files"

  step "5b. dualstacklint-awsconfig (fix): rewrites the host, keeps every other byte, still fails on the nested switch"
  rc=0
  try_repo dualstacklint-awsconfig "$work/aws2.out" || rc=$?
  [ "$rc" -ne 0 ] || fail "5b. the fixing hook passed"
  grep -q '^- files were modified by this hook' "$work/aws2.out" || fail "5b. pre-commit did not see modified files"
  [ "$(git -C "$ex" diff --numstat)" = "$(printf '1\t1\tdeploy/.aws/config')" ] || fail "5b. the fix changed more than one line of deploy/.aws/config"
  [ "$(sed -n 3p "$ex/deploy/.aws/config")" = "endpoint_url = https://s3.dualstack.us-west-2.amazonaws.com" ] || fail "5b. line 3 is not the dual-stack endpoint"
  git -C "$ex" --no-pager diff
  git -C "$ex" add -A
  rc=0
  try_repo dualstacklint-awsconfig "$work/aws3.out" || rc=$?
  [ "$rc" -ne 0 ] && [ "$(hook_exit "$work/aws3.out")" = 3 ] && grep -q '(legacydualstack)$' "$work/aws3.out" ||
    fail "5b. expected the legacydualstack finding (exit 3) to remain"
  git -C "$ex" diff --quiet || fail "5b. the second fix changed files"

  step "5c. with a directive on the nested switch, both hooks pass and change nothing"
  # Inside the block, directly above the nested line: comment lines do not
  # end a nested block.
  awk 'NR == 5 { print "    # dualstacklint:ignore legacydualstack only the Python tools read this profile" } { print }' \
    "$ex/deploy/.aws/config" > "$work/tmp.config"
  cat "$work/tmp.config" > "$ex/deploy/.aws/config"
  git -C "$ex" add -A
  try_repo dualstacklint-awsconfig "$work/aws4.out" || fail "5c. the fixing hook failed"
  try_repo dualstacklint-awsconfig-check "$work/aws5.out" || fail "5c. the check-only hook failed"
  git -C "$ex" diff --quiet || fail "5c. a hook changed files"

  step "5d. a malformed .aws/config: exit 2 with file:line, no change"
  printf 'endpoint_url = https://sqs.us-east-1.amazonaws.com\nnot a property\n' >> "$ex/deploy/.aws/config"
  git -C "$ex" add -A
  rc=0
  try_repo dualstacklint-awsconfig "$work/aws6.out" || rc=$?
  [ "$rc" -ne 0 ] && [ "$(hook_exit "$work/aws6.out")" = 2 ] || fail "5d. expected exit 2"
  grep -q '^deploy/\.aws/config:8: neither a \[section\] header nor key = value' "$work/aws6.out" || fail "5d. no file:line message"
  git -C "$ex" diff --quiet || fail "5d. the fixing hook changed a malformed file"
}
awsconfig_hooks

step "done"
