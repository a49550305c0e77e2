#!/usr/bin/env bash
# Arabic, Hebrew and Japanese pages in headless Chromium: right to left where they should
# be, nothing overflowing at desktop and phone widths (tests/validators/layout-check.mjs,
# which compares layout boxes, not pixels). Screenshots are left in WORK_DIR/screenshots.
#   layout.sh CLI WORK_DIR
set -euo pipefail
cli=$1 work=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work" && mkdir -p "$work"
specs=()
for spec in rtl/ar-published.txt:rtl rtl/he-transcript.txt:rtl ja-published.txt:ltr \
            ja-transcript.txt:ltr zh-transcript.txt:ltr; do
  input=${spec%:*} dir=${spec##*:}
  out="$work/$(basename "${input%.txt}").html"
  "$cli" -q "$here/$input" -t html -o "$out"
  specs+=("$out:$dir")
done
node "$here/../validators/layout-check.mjs" "$work/screenshots" "${specs[@]}"
