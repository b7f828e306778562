#!/usr/bin/env bash
# Renders an HTML report to PNG in headless Chromium (Debian packages: apt-get install -y chromium fonts-noto-cjk;
# without a CJK font the text renders as boxes), so that a
# person can look at what an editor will see. Not part of `mvn test`: CI may have no browser.
# Usage: scripts/render-html.sh [REPORT.html [OUT.png [WIDTH,HEIGHT]]]
#   Without REPORT.html, lints reports-under-test into target/render/report.html first.
set -euo pipefail
cd "$(dirname "$0")/.."
html=${1:-}
png=${2:-target/render/report.png}
size=${3:-1366,900}
mkdir -p "$(dirname "$png")"
if [ -z "$html" ]; then
  [ -f target/reportlint.jar ] || mvn -q -B package -DskipTests
  html=target/render/report.html
  ./reportlint check reports-under-test --format "html:$html" --fail-on never
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "render-html: no chromium; install it with: apt-get install -y chromium" >&2
  exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# The background-networking flags keep Chromium from calling home on a closed network.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
  --window-size="$size" --screenshot="$(realpath "$png")" "file://$(realpath "$html")" 2>/dev/null
echo "rendered $html -> $png ($size)"
