#!/usr/bin/env bash
# Ace by DAISY on one EPUB, through Puppeteer and the system's Chromium (plain `ace` needs
# Electron). ace-puppeteer launches Chromium with --no-sandbox itself. Ace exits 0 even when
# the browser cannot start, so only a report with no failed assertion passes.
#   ace.sh FILE.epub REPORT_DIR
set -uo pipefail
epub=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
ace="$here/node_modules/.bin/ace-puppeteer"
mkdir -p "$out"
if [[ ! -x $ace ]]; then
  echo "ace: $ace not found (run npm install in tests/validators)"
  exit 1
fi
export PUPPETEER_EXECUTABLE_PATH=${PUPPETEER_EXECUTABLE_PATH:-/usr/bin/chromium}
rm -rf "$out/ace"
"$ace" --force --silent --outdir "$out/ace" --tempdir "$out/ace-tmp" "$epub" >"$out/ace.log" 2>&1
node "$here/epub-report.mjs" ace "$out/ace/report.json" "$epub" || {
  tail -n 20 "$out/ace.log"
  exit 1
}
