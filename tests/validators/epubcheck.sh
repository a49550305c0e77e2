#!/usr/bin/env bash
# EPUBCheck 4.2.6 (Debian's epubcheck) on one EPUB: passes only with a report that shows
# 0 fatals, 0 errors and 0 warnings. Runs the jar directly with a large stack: /usr/bin/epubcheck
# needs binfmt, and the default stack overflows on large books while reporting no errors.
#   epubcheck.sh FILE.epub REPORT_DIR
set -uo pipefail
epub=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
jar=${EPUBCHECK_JAR:-/usr/share/java/epubcheck.jar}
mkdir -p "$out"
rm -f "$out/epubcheck.json"
if [[ ! -f $jar ]]; then
  echo "epubcheck: $jar not found (install Debian's epubcheck package)"
  exit 1
fi
java -Xss1g -jar "$jar" --json "$out/epubcheck.json" "$epub" >"$out/epubcheck.log" 2>&1
node "$here/epub-report.mjs" epubcheck "$out/epubcheck.json" "$epub" || {
  tail -n 20 "$out/epubcheck.log"
  exit 1
}
