#!/usr/bin/env bash
# Sources the completion script into this bash and calls its function with COMP_WORDS set as
# bash sets them for a <TAB>, checking what it offers: format names after -t and -f (writers
# and readers of the installed plugins), options after a dash, folders after -O, files else.
#
#   completion_test.sh COMPLETION_SCRIPT PROGRAM
set -euo pipefail

script=$1
cli=$2

fail() {
  echo "completion_test: FAIL: $*" >&2
  exit 1
}
work=$(mktemp -d "${TMPDIR:-/tmp}/govtech-completion-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

# shellcheck source=/dev/null
source "$script"
complete -p govtech-convert | grep -q -- "-F _govtech_convert govtech-convert" ||
  fail "the script does not register a completion for govtech-convert"

# offered WORD...: what <TAB> offers at the end of the command line WORD... (the last word is
# the one being completed), one per line, sorted.
offered() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _govtech_convert govtech-convert "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  if ((${#COMPREPLY[@]})); then printf '%s\n' "${COMPREPLY[@]}" | sort; fi
}
# check expect|refuse WORD... :: WANTED...: what <TAB> offers after the words WORD... includes
# every WANTED (expect) or none of them (refuse).
check() {
  local mode=$1 line=() got
  shift
  while [ "$1" != "::" ]; do
    line+=("$1")
    shift
  done
  shift
  got=$(offered "${line[@]}")
  for word in "$@"; do
    if grep -qxF -- "$word" <<<"$got"; then
      [ "$mode" = expect ] || fail "'${line[*]:1}<TAB>' offers $word"
    else
      [ "$mode" = refuse ] ||
        fail "'${line[*]:1}<TAB>' does not offer $word; it offers: $(tr '\n' ' ' <<<"$got")"
    fi
  done
}
expect() { check expect "$@"; }
refuse() { check refuse "$@"; }

cd "$work"
mkdir -p out samples
touch interview.txt notes.md samples/a.txt

# Output formats are the writers, input formats the readers, of the program being completed.
expect "$cli" -t "" :: json epub html docbook
refuse "$cli" -t "" :: text markdown docx
expect "$cli" interview.txt --to "" :: json epub html docbook
expect "$cli" interview.txt --to ep :: epub
[ "$(offered "$cli" --to ep)" = "epub" ] || fail "'--to ep<TAB>' offers more than epub"
expect "$cli" --to = "" :: json epub # --to=<TAB>, as bash splits it
expect "$cli" --to = "do" :: docbook # --to=do<TAB>
expect "$cli" -f "" :: text markdown docx html
refuse "$cli" -f "" :: epub json docbook
expect "$cli" --from = ma :: markdown

# Options, from --help.
expect "$cli" --li :: --list-formats --list-plugins
[ "$(offered "$cli" --li | wc -l)" -eq 2 ] || fail "'--li<TAB>' offers more than two options"
expect "$cli" interview.txt - :: -t -f -o -O -M -V --to --from --output --help --version
refuse "$cli" interview.txt - :: --input --help-man
"$cli" --help >"$work/help.txt"
while read -r option; do
  expect "$cli" - :: "$option"
done < <(grep -oE '^  -[a-zA-Z] \[ --[a-z-]+ \]|^  --[a-z-]+' "$work/help.txt" | grep -oE -- '--?[a-z-]+')

# Files otherwise, folders where a folder is asked for; nothing where a value is typed.
expect "$cli" inter :: interview.txt
expect "$cli" -t epub "" :: interview.txt notes.md out samples
expect "$cli" -O "" :: out samples
refuse "$cli" -O "" :: interview.txt notes.md
expect "$cli" samples/ :: samples/a.txt
[ -z "$(offered "$cli" -M '')" ] || fail "'-M <TAB>' offers something to a KEY=VALUE"

# A command not on the PATH and not a file still gets options completed by govtech-convert on
# the PATH, if any, and never an error.
offered no-such-program -t '' >/dev/null 2>"$work/errors.txt" || true
[ ! -s "$work/errors.txt" ] || { cat "$work/errors.txt" >&2; fail "completion printed errors"; }

echo "completion_test: ok"
