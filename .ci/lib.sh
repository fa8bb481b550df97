# Shared by the .ci scripts that work in a scratch directory; source it.

# scratch NAME makes $work, a scratch directory removed on exit (kept, and
# named, with KEEP=1), and starts the clock step reports against.
scratch() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
  if [ "${KEEP:-}" = 1 ]; then
    echo "keeping $work"
  else
    trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
  fi
  start=$SECONDS
}
step() { echo "-- $* ($((SECONDS - start))s)"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
