#!/usr/bin/env bash
# Validates EPUBs made by govtech-convert with one validator: the books epub-test-books writes
# and every sample in SAMPLES_DIR converted by the CLI now (so new samples are covered as they
# are added). Fails if any book has a problem, if a sample cannot be converted, or if the
# validator cannot run or writes no report.
#   validate-epubs.sh epubcheck|epubcheck-ts|ace CLI TEST_BOOKS_PROGRAM SAMPLES_DIR...
# (samples/, and tests/languages/rtl/ so that every validator sees right-to-left books)
set -uo pipefail

validator=$1 cli=$2 test_books=$3
sample_dirs=("${@:4}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/epub-validate.XXXXXX")
trap 'rm -rf "$work"' EXIT
books="$work/books"
mkdir -p "$books"

failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

"$test_books" "$books" || fail "epub-test-books could not write the test books"

shopt -s nullglob
for dir in "${sample_dirs[@]}"; do
  for sample in "$dir"/*; do
    [[ -f $sample ]] || continue
    case ${sample##*/} in README* | CMakeLists.txt | *.json | *.epub | *.png | *.jpg | *.gif | *.svg | *.cpp | *.sh | *.tsv) continue ;; esac
    name=${sample##*/}
    if ! "$cli" -q "$sample" -t epub -o "$books/sample-${name%.*}.epub"; then
      fail "the CLI could not convert sample $name to EPUB"
    fi
  done
done

epubs=("$books"/*.epub)
((${#epubs[@]})) || fail "no EPUB to validate"
# EPUBCheck spends most of its time starting the JVM: check two books at a time.
jobs=${VALIDATE_JOBS:-2}
declare -A book_of
running=0
collect() {
  local pid
  wait -n -p pid
  local status=$?
  ((running--))
  ((status == 0)) || fail "${book_of[$pid]}"
}
for epub in "${epubs[@]}"; do
  ((running >= jobs)) && collect
  "$here/$validator.sh" "$epub" "$work/report-${epub##*/}" &
  book_of[$!]=${epub##*/}
  ((running++))
done
while ((running > 0)); do collect; done

echo "$validator: ${#epubs[@]} EPUBs checked, $failures failed"
((failures == 0))
