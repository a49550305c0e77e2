#!/usr/bin/env bash
# The manual page govtech-convert(1) as the build wrote it: the page this program writes now,
# read by groff without a single warning, with the sections a manual page has, every option
# --help lists (with its value), every example and every exit code.
#
#   manual_test.sh MANUAL PROGRAM
set -euo pipefail

manual=$1
cli=$2

fail() {
  echo "manual_test: FAIL: $*" >&2
  exit 1
}
work=$(mktemp -d "${TMPDIR:-/tmp}/govtech-manual-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

[ -s "$manual" ] || fail "$manual is missing or empty (the build writes it)"
"$cli" --help-man >"$work/now.1" || fail "--help-man failed"
cmp -s "$manual" "$work/now.1" || fail "$manual is not what '$cli --help-man' writes now"
"$cli" --help >"$work/help.txt" || fail "--help failed"

if ! command -v groff >/dev/null; then
  [ "${CI:-}" != true ] || fail "groff is missing (package groff-base)"
  echo "manual_test: skipped: no groff (package groff-base)"
  exit 77
fi

# -ww: every warning; -z: no output, only the diagnostics.
groff -man -ww -z -Tutf8 "$manual" 2>"$work/warnings.txt"
[ ! -s "$work/warnings.txt" ] || { cat "$work/warnings.txt" >&2; fail "groff warns"; }
# Plain text with lines long enough that nothing wraps, for the checks below.
groff -man -Tascii -P-cbou -rLL=400n "$manual" 2>&1 | sed 's/^ *//; s/ *$//' >"$work/page.txt"

if command -v lexgrog >/dev/null; then
  lexgrog "$manual" >"$work/whatis.txt" || fail "man-db cannot read the NAME section"
  grep -qF '"govtech-convert - ' "$work/whatis.txt" || { cat "$work/whatis.txt" >&2; fail "NAME"; }
fi

# has_entry TEXT: a line of the page is TEXT, or starts with it and a space (a .TP entry whose
# tag is short enough to share its line with the explanation).
has_entry() {
  awk -v entry="$1" '$0 == entry || index($0, entry " ") == 1 { found = 1 } END { exit !found }' \
    "$work/page.txt"
}

for section in NAME SYNOPSIS DESCRIPTION OPTIONS FORMATS "EXIT STATUS" ENVIRONMENT FILES \
  EXAMPLES "SEE ALSO"; do
  grep -qx -- "$section" "$work/page.txt" || fail "the page has no $section section"
done
grep -qF -- "--list-formats" "$work/page.txt" || fail "the page does not point to --list-formats"
grep -qx -- "GOVTECH_CONVERT_PLUGIN_PATH" "$work/page.txt" ||
  fail "ENVIRONMENT does not name GOVTECH_CONVERT_PLUGIN_PATH"

# Each option row of --help, "  -f [ --from ] FORMAT   description", must give the page an
# entry "-f, --from FORMAT" (followed by its description on the same line or the next).
options=0
while IFS= read -r row; do
  [[ $row == "  -"* ]] || continue
  names=${row#  }
  names=${names%%  *}
  entry=$names
  if [[ $names =~ ^(-[^ ])\ \[\ (--[^ ]+)\ \](.*)$ ]]; then
    entry="${BASH_REMATCH[1]}, ${BASH_REMATCH[2]}${BASH_REMATCH[3]}"
  fi
  has_entry "$entry" || fail "the page has no entry '$entry' (from the --help row '$row')"
  options=$((options + 1))
done <"$work/help.txt"
[ "$options" -ge 20 ] || fail "found only $options options in --help: has its layout changed?"

# The examples and exit codes of --help: the indented rows under their headings.
in_block=""
while IFS= read -r row; do
  case $row in
    "Examples:" | "Exit codes:") in_block=$row ;;
    "  "*)
      [ -n "$in_block" ] || continue
      row=${row#  }
      term=${row%%  *}
      has_entry "$term" || fail "the page lacks '$term' of --help's $in_block"
      ;;
    *) in_block="" ;;
  esac
done <"$work/help.txt"
for code in 0 1 2 3; do
  sed -n '/^EXIT STATUS$/,/^ENVIRONMENT$/p' "$work/page.txt" | grep -qE "^$code( |$)" ||
    fail "EXIT STATUS does not give exit code $code"
done

echo "manual_test: ok ($options options)"
