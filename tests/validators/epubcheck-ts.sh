#!/usr/bin/env bash
# epubcheck-ts (the EPUB 3.3 rules, from npm @likecoin/epubcheck-ts) on one EPUB: passes only
# with a report that shows no fatal, error or warning.
#   epubcheck-ts.sh FILE.epub REPORT_DIR
set -uo pipefail
epub=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
cli="$here/node_modules/@likecoin/epubcheck-ts/bin/epubcheck.js"
mkdir -p "$out"
rm -f "$out/epubcheck-ts.json"
if [[ ! -f $cli ]]; then
  echo "epubcheck-ts: $cli not found (run npm install in tests/validators)"
  exit 1
fi
node "$cli" "$epub" --json "$out/epubcheck-ts.json" >"$out/epubcheck-ts.log" 2>&1
node "$here/epub-report.mjs" epubcheck-ts "$out/epubcheck-ts.json" "$epub" || {
  tail -n 20 "$out/epubcheck-ts.log"
  exit 1
}
