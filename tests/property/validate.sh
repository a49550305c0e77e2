#!/usr/bin/env bash
# The validators over generated Markdown documents: each converts to an EPUB with no fatal,
# error or warning from EPUBCheck and epubcheck-ts, to an HTML page the Nu HTML Checker finds
# clean, and to DocBook valid under the DocBook 5.0 RELAX NG schema and Schematron rules.
#   validate.sh CLI DOCUMENTS_PROGRAM WORK_DIR
# GOVTECH_PROPERTY_SEED (default 20261202) and GOVTECH_PROPERTY_VALIDATE_COUNT (default 40:
# EPUBCheck starts a JVM for every book) choose the run. Each failure names the document,
# the seed and its construct mix, from the generator's manifest.
set -uo pipefail

cli=$1 make_documents=$2 work=$3
seed=${GOVTECH_PROPERTY_SEED:-20261202}
count=${GOVTECH_PROPERTY_VALIDATE_COUNT:-40}
here=$(cd "$(dirname "$0")" && pwd)
validators="$here/../validators"
RNG=/usr/share/xml/docbook/schema/rng/5.0/docbook.rng
SCH=/usr/share/xml/docbook/schema/schematron/5.0/docbook.sch

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}
# The manifest's line for the document an output was made from: seed and construct mix.
describe() {
  local name
  name=$(basename "$1")
  name=${name%.*}.md
  awk -F'\t' -v n="$name" '$1 == n { print $2 }' "$work/in/manifest.tsv"
}

rm -rf "$work" && mkdir -p "$work/in" || { echo "FAIL: cannot create $work"; exit 1; }
"$make_documents" "$work/in" "$seed" "$count" || { echo "FAIL: no documents written"; exit 1; }
inputs=("$work"/in/*.md)
echo "seed $seed: ${#inputs[@]} documents"

for format in epub html docbook; do
  if ! "$cli" -q -t "$format" -O "$work/$format" -j 2 --keep-going "${inputs[@]}"; then
    fail "seed $seed: some documents did not convert to $format"
  fi
done

# EPUBCheck and epubcheck-ts, one book at a time each, two books at a time.
declare -A book_of log_of
running=0
collect() {
  local pid
  wait -n -p pid
  local status=$?
  ((running--))
  if ((status != 0)); then
    cat "${log_of[$pid]}"
    fail "${book_of[$pid]}"
  fi
}
shopt -s nullglob
epubs=("$work"/epub/*.epub)
((${#epubs[@]} == ${#inputs[@]})) || fail "seed $seed: ${#epubs[@]} EPUBs for ${#inputs[@]} documents"
for epub in "${epubs[@]}"; do
  for validator in epubcheck epubcheck-ts; do
    ((running >= 2)) && collect
    report="$work/report/$validator-$(basename "$epub")"
    mkdir -p "$report"
    "$validators/$validator.sh" "$epub" "$report" >"$report/summary.txt" 2>&1 &
    book_of[$!]="$validator: $(describe "$epub")"
    log_of[$!]="$report/summary.txt"
    ((running++))
  done
done
while ((running > 0)); do collect; done
echo "EPUBCheck and epubcheck-ts: ${#epubs[@]} EPUBs checked"

# The Nu HTML Checker, once over every page.
pages=("$work"/html/*.html)
((${#pages[@]} == ${#inputs[@]})) || fail "seed $seed: ${#pages[@]} pages for ${#inputs[@]} documents"
if ! report=$(node "$validators/nu-check.mjs" "${pages[@]}"); then
  echo "$report"
  # Informational messages are allowed; the rest name the pages with a problem.
  for page in $(grep -v ': info: ' <<<"$report" | grep -o 'doc-[0-9]*\.html' | sort -u); do
    fail "Nu HTML Checker: $(describe "$page")"
  done
  grep -q 'doc-[0-9]*\.html' <<<"$report" || fail "Nu HTML Checker did not check the pages"
fi
echo "Nu HTML Checker: ${#pages[@]} pages checked"

# jing, once over every DocBook file with each schema; its Debian wrapper's complaints about
# optional jars are not about the documents.
books=("$work"/docbook/*.xml)
((${#books[@]} == ${#inputs[@]})) || fail "seed $seed: ${#books[@]} DocBook files for ${#inputs[@]} documents"
for schema in "$RNG" "$SCH"; do
  [[ -f $schema ]] || { fail "$schema is missing (package docbook5-xml)"; continue; }
  report=$(jing "$schema" "${books[@]}" 2>&1)
  status=$?
  report=$(grep -v '^\[warning\] .*jing: Unable to locate' <<<"$report")
  if ((status != 0)) || [[ -n $report ]]; then
    echo "$report"
    for book in $(grep -o 'doc-[0-9]*\.xml' <<<"$report" | sort -u); do
      fail "jing $(basename "$schema"): $(describe "$book")"
    done
    grep -q 'doc-[0-9]*\.xml' <<<"$report" || fail "jing $(basename "$schema") did not run"
  fi
done
echo "jing: ${#books[@]} DocBook files checked"

echo "seed $seed: ${#inputs[@]} documents, $failures failure(s)"
((failures == 0))
