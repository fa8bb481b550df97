#!/usr/bin/env bash
# Opens the HTML readiness report of the example app in a real browser, as a
# user would: Debian's chromium, headless. `dualstacklint report` writes the
# page for examples/ (its own module, the real AWS SDK); chromium renders it
# from file:// with networking features off, takes a screenshot and dumps the
# rendered DOM, which must show the example's services, the target regions,
# every class and its sites. The page is self-contained: it must not name
# any http(s) resource. Printing it to PDF must work too.
#
# Usage: .ci/report-browser.sh [screenshot.png]   (KEEP=1 keeps the scratch
# directory, where the screenshot goes by default)
#        .ci/report-browser.sh -docs   also rewrites docs/report.png, the
#        README's screenshot: the top of the page, quantized with Debian's
#        pngquant to stay small
set -euo pipefail

docs=
if [ "${1:-}" = -docs ]; then
  docs=1
  shift
fi

root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/.ci/lib.sh"
scratch report-browser

if [ ! -x /usr/bin/chromium ]; then
  step "installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -q && apt-get install -y -q --no-install-recommends chromium; } > "$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "could not install chromium"; }
fi
echo "-- $(/usr/bin/chromium --version 2>/dev/null)"

step "dualstacklint report on the example app"
go -C "$root/examples" tool dualstacklint report -o "$work/report.html" ./...
if grep -Eo '(src|href)="https?:[^"]*"|url\(https?:[^)]*\)|@import' "$work/report.html"; then
  fail "the report loads external resources"
fi

chrome() {
  # No sandbox: CI runs as root in a container. The flags keep chromium from
  # calling home (component updates, sync, field trials).
  timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --disable-default-apps \
    --user-data-dir="$work/profile" --hide-scrollbars --window-size=1280,1700 "$@" 2> "$work/chromium.log"
}

step "headless chromium: screenshot"
shot=${1:-$work/report.png}
chrome --screenshot="$shot" "file://$work/report.html" > /dev/null ||
  { cat "$work/chromium.log"; fail "chromium could not take a screenshot"; }
size=$(stat -c %s "$shot" 2> /dev/null || echo 0)
# A blank page compresses to a few KB; the report is tens of KB of text and colour.
[ "$size" -gt 30000 ] || fail "the screenshot $shot is $size bytes: blank?"

step "headless chromium: the rendered DOM"
chrome --dump-dom "file://$work/report.html" > "$work/dom.html" ||
  { cat "$work/chromium.log"; fail "chromium could not load the page"; }
want=(
  'IPv6 readiness report'
  # the services the example constructs clients of, and their evidence
  'data-service="dynamodb"' 'data-service="ec2"' 'data-service="s3"' 'data-service="sqs"'
  'data-region="us-west-2" data-evidence="verified"' 'data-region="me-central-1"' 'data-evidence="unverified"'
  # every class has its count, and the example's classes their sections
  'data-class="breaks"' 'data-class="blocked"' 'data-class="code"' 'data-class="fix"'
  'data-class="env"' 'data-class="unknown"' 'data-class="ready"'
  'id="class-blocked"' 'id="class-code"' 'id="class-fix"' 'id="class-env"' 'id="class-ready"'
  # sites with file:line:col and their messages: every client (env: the
  # config reads AWS_USE_DUALSTACK_ENDPOINT), the endpoint and the address
  'main.go:29:8' 'main.go:31:8' 'config.LoadDefaultConfig does not enable dual-stack endpoints'
  'main.go:79:9' 'metadata.go:10:24' 'queue.go:9:19' 'legacyv1/legacyv1.go:15:14' 'legacy.go:10:9'
)
for w in "${want[@]}"; do
  grep -qF -- "$w" "$work/dom.html" || fail "the rendered report does not show: $w"
done
step "headless chromium: print to PDF (the page's print rules: A4 landscape, colours kept)"
chrome --no-pdf-header-footer --print-to-pdf="$work/report.pdf" "file://$work/report.html" > /dev/null ||
  { cat "$work/chromium.log"; fail "chromium could not print the page"; }
pdf=$(stat -c %s "$work/report.pdf" 2> /dev/null || echo 0)
[ "$(head -c 5 "$work/report.pdf")" = "%PDF-" ] && [ "$pdf" -gt 20000 ] || fail "printing gave no PDF ($pdf bytes)"

step "ok: $size-byte screenshot, ${#want[@]} checks of the DOM, $pdf-byte PDF"

if [ -n "$docs" ]; then
  command -v pngquant > /dev/null || apt-get install -y -q --no-install-recommends pngquant > /dev/null
  chrome --window-size=1280,1000 --screenshot="$work/top.png" "file://$work/report.html" > /dev/null
  pngquant --quality 60-85 --speed 1 --strip --force -o "$root/docs/report.png" "$work/top.png"
  step "wrote docs/report.png ($(stat -c %s "$root/docs/report.png") bytes)"
fi
