#!/usr/bin/env bash
# Validates DocBook output with the standard tools, failing loudly on anything they report:
#   - jing against the DocBook 5.0 RELAX NG schema (docbook5-xml),
#   - jing against the DocBook 5.0 Schematron rules (jing runs Schematron 1.5 via Saxon),
#   - xsltproc with the docbook-xsl-ns HTML stylesheet: must render without a message.
#
# Usage: validate.sh [--cli PROGRAM] [--validate-dir DIR]... [--convert-dir DIR]...
#                    [--combine] --work DIR
#   --validate-dir DIR  every *.xml file in DIR is DocBook to validate as it is
#   --convert-dir DIR   every regular file in DIR is converted with PROGRAM -t docbook first
#   --combine           also convert all convertible inputs into one book (--combine)
# Directories are read when the script runs, so files added later are covered.
#
# Exit status: 0 all valid; 1 a tool is missing, did not run, or reported a problem, a
# conversion failed, or an input had no reader installed (an input left unchecked is a
# failure, never a skip).
set -uo pipefail

RNG=/usr/share/xml/docbook/schema/rng/5.0/docbook.rng
SCH=/usr/share/xml/docbook/schema/schematron/5.0/docbook.sch
XSL=/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl

cli="" work="" combine=0
validate_dirs=() convert_dirs=()
while (($#)); do
  case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --validate-dir) validate_dirs+=("$2"); shift 2 ;;
    --convert-dir) convert_dirs+=("$2"); shift 2 ;;
    --combine) combine=1; shift ;;
    --work) work="$2"; shift 2 ;;
    *) echo "validate.sh: unknown argument '$1'" >&2; exit 1 ;;
  esac
done

fail() { echo "FAIL: $*" >&2; exit 1; }

[[ -n "$work" ]] || fail "--work DIR is required"
for tool in jing xsltproc java; do
  command -v "$tool" >/dev/null || fail "'$tool' is not installed (see .ci/install-deps --test)"
done
for file in "$RNG" "$SCH" "$XSL"; do
  [[ -f "$file" ]] || fail "$file is missing (packages docbook5-xml, docbook-xsl-ns)"
done
if ((${#convert_dirs[@]})); then
  [[ -x "$cli" ]] || fail "the converter '$cli' is not built"
fi

rm -rf "$work" && mkdir -p "$work/out" "$work/html" "$work/self" || fail "cannot create $work"

# jing's Debian wrapper warns about optional jars it cannot find; those lines are not about
# the document. Everything else jing prints is a finding.
run_jing() {
  local schema="$1"; shift
  local output status
  output=$(jing "$schema" "$@" 2>&1)
  status=$?
  output=$(grep -v '^\[warning\] .*jing: Unable to locate' <<<"$output")
  if ((status != 0)) || [[ -n "$output" ]]; then
    printf '%s\n' "$output"
    return 1
  fi
}

# Proves each validator really runs and really rejects: a schema error, a Schematron-only
# error (the grammar allows it), and a clean document that must pass both and render.
self_check() {
  local dir="$work/self"
  cat >"$dir/valid.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0"><title>T</title><para>x</para></article>
XML
  cat >"$dir/grammar-error.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0"><title>T</title><para><para/></para></article>
XML
  cat >"$dir/rule-error.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0"><title>T</title>
<para xml:id="p">x<footnoteref linkend="p"/></para></article>
XML
  run_jing "$RNG" "$dir/valid.xml" >/dev/null || fail "jing rejects a valid document: it does not run properly"
  run_jing "$SCH" "$dir/valid.xml" >/dev/null || fail "jing cannot run the Schematron rules (is Saxon installed?)"
  ! run_jing "$RNG" "$dir/grammar-error.xml" >/dev/null || fail "jing accepted an invalid document"
  run_jing "$RNG" "$dir/rule-error.xml" >/dev/null || fail "jing rejects the Schematron probe by grammar"
  ! run_jing "$SCH" "$dir/rule-error.xml" >/dev/null || fail "jing did not apply the Schematron rules"
  xsltproc --nonet -o "$dir/valid.html" "$XSL" "$dir/valid.xml" 2>/dev/null &&
    [[ -s "$dir/valid.html" ]] || fail "xsltproc cannot render with $XSL"
}
self_check
echo "validators checked: jing (RELAX NG and Schematron) and xsltproc reject and accept as they should"

documents=()
for dir in "${validate_dirs[@]}"; do
  [[ -d "$dir" ]] || fail "no folder $dir"
  for file in "$dir"/*.xml; do [[ -f "$file" ]] && documents+=("$file"); done
done

inputs=() unavailable=() failures=0 n=0
for dir in "${convert_dirs[@]}"; do
  [[ -d "$dir" ]] || fail "no folder $dir"
  for file in "$dir"/*; do
    [[ -f "$file" ]] || continue
    case ${file##*/} in *.png | *.jpg | *.gif | *.svg | *.cpp | *.sh | *.tsv | CMakeLists.txt) continue ;; esac  # not inputs
    n=$((n + 1))
    out="$work/out/$n-$(basename "$file").xml"
    "$cli" "$file" -t docbook -o "$out" 2>"$out.log"
    status=$?
    case $status in
      0) documents+=("$out"); inputs+=("$file") ;;
      3) unavailable+=("$file: $(head -n1 "$out.log")") ;;
      *) echo "conversion failed ($status): $file"; cat "$out.log"; failures=$((failures + 1)) ;;
    esac
  done
done
if ((combine && ${#inputs[@]} > 1)); then
  out="$work/out/combined-book.xml"
  if "$cli" "${inputs[@]}" -t docbook --combine -o "$out" 2>"$out.log"; then
    documents+=("$out")
  else
    echo "combined conversion failed:"; cat "$out.log"; failures=$((failures + 1))
  fi
fi

if ((${#documents[@]} == 0)); then
  ((failures)) && fail "$failures conversion(s) failed"
  if ((${#unavailable[@]})); then
    printf 'not converted, no reader installed: %s\n' "${unavailable[@]}"
  fi
  fail "nothing to validate"
fi

echo "validating ${#documents[@]} document(s)"
if ! report=$(run_jing "$RNG" "${documents[@]}"); then
  echo "RELAX NG validation (docbook.rng) failed:"; echo "$report"; failures=$((failures + 1))
fi
if ! report=$(run_jing "$SCH" "${documents[@]}"); then
  echo "Schematron validation (docbook.sch) failed:"; echo "$report"; failures=$((failures + 1))
fi
for doc in "${documents[@]}"; do
  html="$work/html/$(basename "$doc" .xml).html"
  messages=$(xsltproc --nonet -o "$html" "$XSL" "$doc" 2>&1)
  status=$?
  if ((status != 0)) || [[ -n "$messages" ]] || [[ ! -s "$html" ]]; then
    echo "docbook-xsl rendering of $doc failed ($status):"; echo "$messages"
    failures=$((failures + 1))
  fi
done

((failures)) && fail "$failures problem(s) found"
echo "all ${#documents[@]} document(s) valid (RELAX NG, Schematron) and rendered by docbook-xsl"
if ((${#unavailable[@]})); then
  printf 'not converted, no reader installed: %s\n' "${unavailable[@]}"
  fail "${#unavailable[@]} input(s) could not be checked"
fi
exit 0
