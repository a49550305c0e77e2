#!/usr/bin/env bash
# The plugin SDK as a third party meets it: install the build into a temporary prefix, check
# the installed tree (layout, SONAME, run paths, headers free of Boost), move it
# elsewhere, build samples/transcript-plugin against the moved prefix alone (with CMake, and
# again with pkg-config), and convert documents with the INSTALLED govtech-convert and the
# new plugin. Plugins built for another API version, or that throw, must be contained.
#
#   sdk_test.sh BUILD_DIR SOURCE_DIR CMAKE [CXX_COMPILER]
set -euo pipefail

build=$1
source=$2
cmake=$3
cxx=${4:-c++}

work=$(mktemp -d "${TMPDIR:-/tmp}/govtech-sdk-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
  echo "sdk_test: FAIL: $*" >&2
  exit 1
}
step() { echo "sdk_test: $*"; }
# expect_line FILE LINE: FILE holds LINE exactly, as a whole line.
expect_line() {
  grep -qxF -- "$2" "$1" || { cat "$1" >&2; fail "$1 lacks the line: $2"; }
}
expect_text() {
  grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 does not mention: $2"; }
}

libdir=$(sed -n 's/^CMAKE_INSTALL_LIBDIR:[A-Z]*=//p' "$build/CMakeCache.txt")
bindir=$(sed -n 's/^CMAKE_INSTALL_BINDIR:[A-Z]*=//p' "$build/CMakeCache.txt")
api=$(sed -n 's/^#define GOVTECH_PLUGIN_API_VERSION \([0-9][0-9]*\)$/\1/p' \
  "$source/core/include/govtech/plugin.hpp")
[ -n "$libdir" ] && [ -n "$bindir" ] && [ -n "$api" ] ||
  fail "cannot tell libdir, bindir or the plugin API version from $build and $source"
plugindir="$libdir/govtech-convert/plugins"

# --- Install and look at the tree -------------------------------------------------------
step "installing $build into a temporary prefix (libdir $libdir)"
prefix="$work/installed"
"$cmake" --install "$build" --prefix "$prefix" >"$work/install.log" ||
  { cat "$work/install.log" >&2; fail "cmake --install failed"; }

for path in "$bindir/govtech-convert" "$libdir/libgovtech-convert.so.$api" \
  "$libdir/libgovtech-convert.so" "$plugindir/json-writer.so" \
  include/govtech/plugin.hpp include/govtech/ast.hpp include/govtech/testing.hpp \
  "$libdir/cmake/GovtechConvert/GovtechConvertConfig.cmake" \
  "$libdir/cmake/GovtechConvert/GovtechConvertConfigVersion.cmake" \
  "$libdir/cmake/GovtechConvert/GovtechConvertTargets.cmake" \
  "$libdir/cmake/GovtechConvert/GovtechConvertPlugin.cmake" \
  "$libdir/pkgconfig/govtech-convert.pc" "$libdir/pkgconfig/govtech-convert-plugin.pc" \
  "$libdir/pkgconfig/govtech-convert-testing.pc" "$libdir/pkgconfig/govtech-convert-html.pc" \
  "$libdir/libgovtech-convert-testing.a" "$libdir/libgovtech-convert-html.a" \
  include/govtech/html_render.hpp; do
  [ -e "$prefix/$path" ] || fail "the installed tree lacks $path"
done
# Nothing from the test suite is installed.
if find "$prefix" -name '*fixture*' -o -name '*-tests' | grep -q .; then
  fail "test files were installed: $(find "$prefix" -name '*fixture*' -o -name '*-tests')"
fi

readelf -d "$prefix/$libdir/libgovtech-convert.so" >"$work/core.dyn"
expect_text "$work/core.dyn" "Library soname: [libgovtech-convert.so.$api]"

# Every RPATH is relative to the file itself; none points back into the build tree.
runpath() { readelf -d "$1" | sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]$/\2/p'; }
rel_libdir=$(realpath -m --relative-to="/$bindir" "/$libdir")
[ "$(runpath "$prefix/$bindir/govtech-convert")" = "\$ORIGIN/$rel_libdir" ] ||
  fail "govtech-convert has RUNPATH '$(runpath "$prefix/$bindir/govtech-convert")'," \
    "expected '\$ORIGIN/$rel_libdir'"
[ -z "$(runpath "$prefix/$libdir/libgovtech-convert.so")" ] ||
  fail "the core library carries a RUNPATH: $(runpath "$prefix/$libdir/libgovtech-convert.so")"
# Plugins need none: the core they link is loaded before them.
for plugin in "$prefix/$plugindir"/*.so; do
  [ -z "$(runpath "$plugin")" ] || fail "$plugin carries a RUNPATH: $(runpath "$plugin")"
done
# In the build tree too, no empty entry, which the loader would read as the current folder:
# not in any program, library or plugin the build made.
no_empty_entry() {
  local dyn
  dyn=$(readelf -d "$1" 2>/dev/null) || return 0  # the test suite's damaged fixtures
  grep -qE '\((RUNPATH|RPATH)\)' <<<"$dyn" || return 0
  case ":$(sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]$/\2/p' <<<"$dyn"):" in
    *::*) fail "$1 has an empty run path entry: '$(runpath "$1")'" ;;
  esac
}
while IFS= read -r -d '' file; do
  if head -c 4 "$file" | grep -q 'ELF'; then no_empty_entry "$file"; fi
done < <(find "$build" -path "$build/CMakeFiles" -prune -o -type f \( -name '*.so*' -o -perm -u+x \) -print0)
# A plugin built by a third party: no run path at all, neither empty nor into its build tree.
# The program has loaded the core before any plugin, so the plugin needs none to find it.
no_runpath() {
  if readelf -d "$1" | grep -qE '\((RUNPATH|RPATH)\)'; then
    fail "$1 carries a run path: '$(runpath "$1")'"
  fi
}
if grep -rlF -- "$build" "$prefix/$libdir/cmake" "$prefix/$libdir/pkgconfig"; then
  fail "the installed package files name the build tree"
fi
if grep -rlF -- "$prefix" "$prefix/$libdir/cmake" "$prefix/$libdir/pkgconfig"; then
  fail "the installed package files name their own prefix, so the tree cannot be moved"
fi

# Every installed header compiles on its own with only the prefix's include folder, and none
# of them pulls in Boost.
step "compiling every installed header with -I$prefix/include only"
for header in "$prefix"/include/govtech/*.hpp; do
  echo "#include <govtech/$(basename "$header")>"
done >"$work/all_headers.cpp"
echo 'int main() { return 0; }' >>"$work/all_headers.cpp"
"$cxx" -std=c++20 -Wall -Wextra -Wpedantic -Werror -fsyntax-only -H -I"$prefix/include" \
  "$work/all_headers.cpp" 2>"$work/headers.log" ||
  { cat "$work/headers.log" >&2; fail "the installed headers do not compile on their own"; }
if grep -i 'boost' "$work/headers.log"; then fail "an installed header includes Boost"; fi
for header in "$prefix"/include/govtech/*.hpp; do
  printf '#include <govtech/%s>\n' "$(basename "$header")" >"$work/one_header.cpp"
  "$cxx" -std=c++20 -fsyntax-only -I"$prefix/include" "$work/one_header.cpp" ||
    fail "$(basename "$header") does not compile on its own"
done

# --- Move the tree: everything below uses the moved copy only -----------------------------
moved="$work/moved/somewhere else"
mkdir -p "$(dirname "$moved")"
mv "$prefix" "$moved"
cli="$moved/$bindir/govtech-convert"
export GOVTECH_CONVERT_PLUGIN_PATH=""
unset LD_LIBRARY_PATH

step "the moved program finds its library and its bundled plugins"
"$cli" --version >"$work/version.txt" || fail "the moved govtech-convert does not run"
"$cli" --list-plugins >"$work/bundled.txt"
expect_line "$work/bundled.txt" "  $moved/$plugindir"
expect_text "$work/bundled.txt" "loaded   json-writer"

# --- The sample plugin, built out of tree against the moved prefix alone --------------------
step "building samples/transcript-plugin with CMake against the moved prefix"
sample_build="$work/sample-build"
"$cmake" -S "$source/samples/transcript-plugin" -B "$sample_build" \
  -DCMAKE_PREFIX_PATH="$moved" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF \
  -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wpedantic -Werror" >"$work/sample-configure.log" ||
  { cat "$work/sample-configure.log" >&2; fail "configuring the sample plugin failed"; }
expect_line "$sample_build/CMakeCache.txt" \
  "GovtechConvert_DIR:PATH=$moved/$libdir/cmake/GovtechConvert"
"$cmake" --build "$sample_build" -j2 >"$work/sample-build.log" ||
  { cat "$work/sample-build.log" >&2; fail "building the sample plugin failed"; }
[ -f "$sample_build/transcript-writer.so" ] || fail "the sample built no transcript-writer.so"
no_runpath "$sample_build/transcript-writer.so"
readelf -W --dyn-syms "$sample_build/transcript-writer.so" |
  awk '$5 == "GLOBAL" && $7 != "UND" { print $8 }' | grep -v '^_' >"$work/exports.txt" || true
[ "$(cat "$work/exports.txt")" = "govtech_plugin_entry" ] ||
  fail "the sample plugin exports more than its entry: $(tr '\n' ' ' <"$work/exports.txt")"

step "running the sample plugin's own test (the installed test helpers)"
(cd "$sample_build" && "$(dirname "$cmake")/ctest" --output-on-failure >"$work/sample-test.log") ||
  { cat "$work/sample-test.log" >&2; fail "the sample plugin's own test failed"; }

step "the installed program loads the sample plugin from GOVTECH_CONVERT_PLUGIN_PATH"
export GOVTECH_CONVERT_PLUGIN_PATH="$sample_build"
"$cli" --list-plugins >"$work/plugins.txt"
expect_line "$work/plugins.txt" "  $sample_build"
expect_line "$work/plugins.txt" \
  "  loaded   transcript-writer 1.0.0  $sample_build/transcript-writer.so"
"$cli" --list-formats >"$work/formats.txt"
grep -qE '^transcript +writer +\.txt +transcript-writer ' "$work/formats.txt" ||
  { cat "$work/formats.txt" >&2; fail "--list-formats does not show the transcript writer"; }

# A reader to feed it: the build's fixture reader (one paragraph per line), copied out of the
# build tree so that nothing else of the build is on the plugin path.
readers="$work/readers"
mkdir -p "$readers"
cp "$build/tests/core/fixtures/plugins/fixture-writer.so" "$readers/" ||
  fail "the fixture plugin is not built (build the test suite first)"
export GOVTECH_CONVERT_PLUGIN_PATH="$sample_build:$readers"
printf 'Our first release went out in March.\n\nIt served 40,000 people in a week.\n' \
  >"$work/interview.fixture"
step "converting with the installed program and the sample plugin"
"$cli" "$work/interview.fixture" -f fixture -t transcript -o "$work/interview.txt" \
  -M "title=Shipping a service" -M "interviewee=Amara Osei" -M "interviewee.role=Product lead" \
  -M "author=Jo Bloggs" || fail "the conversion to transcript failed"
cat >"$work/expected.txt" <<'EOF'
Shipping a service
Interview with Amara Osei, Product lead
By Jo Bloggs

Our first release went out in March.

It served 40,000 people in a week.
EOF
diff -u "$work/expected.txt" "$work/interview.txt" || fail "the transcript is not as expected"

# Once the project ships a plain-text reader, convert a real sample interview as well.
if [ -f "$moved/$plugindir/text-reader.so" ] && ls "$source"/samples/*.txt >/dev/null 2>&1; then
  for input in "$source"/samples/*.txt; do
    name=$(basename "$input" .txt)
    step "converting samples/$name.txt with the installed text reader"
    "$cli" "$input" -f text -t transcript -o "$work/$name.transcript" -M "title=SDK check" ||
      fail "converting $input to transcript failed"
    "$cli" "$input" -f text -t json -o "$work/$name.json" || fail "converting $input to json failed"
    [ "$(head -n 1 "$work/$name.transcript")" = "SDK check" ] ||
      fail "the transcript of $input does not start with its title"
    # Each question's turn: the json writer's entries and the transcript's question lines.
    questions=$(grep -c '"question":' "$work/$name.json" || true)
    turns=$(grep -cE '^[^ >-].*: ' "$work/$name.transcript" || true)
    [ "$turns" -ge "$questions" ] ||
      fail "$input has $questions questions but its transcript only $turns turns"
    [ "$(wc -l <"$work/$name.transcript")" -gt 3 ] || fail "the transcript of $input is empty"
  done
fi

# --- The examples of docs/writing-plugins.md, exactly as printed -----------------------------
# Every fenced block with a title="FILE" info string is a file of the guide's example project
# (blocks with the same title are concatenated, as the guide tells the reader to).
step "building the examples of docs/writing-plugins.md against the moved prefix"
guide="$work/guide"
mkdir -p "$guide"
awk -v dir="$guide" '
  /^```[a-z]* title="[^"]*"$/ {
    match($0, /title="[^"]*"/)
    file = dir "/" substr($0, RSTART + 7, RLENGTH - 8)
    next
  }
  /^```$/ { file = ""; next }
  file != "" { print > file }
' "$source/docs/writing-plugins.md"
for file in CMakeLists.txt gemtext_writer.cpp qa_reader.cpp my_formats_test.cpp interview.qa \
  interview.gmi; do
  [ -f "$guide/$file" ] || fail "docs/writing-plugins.md no longer shows $file"
done
"$cmake" -S "$guide" -B "$guide/build" -DCMAKE_PREFIX_PATH="$moved" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF \
  -DCMAKE_CXX_FLAGS="-Wall -Wextra -Wpedantic -Werror" >"$work/guide-configure.log" &&
  "$cmake" --build "$guide/build" -j2 >"$work/guide-build.log" ||
  { cat "$work/guide-configure.log" "$work/guide-build.log" >&2; fail "the guide's project does not build"; }
no_runpath "$guide/build/gemtext-writer.so"
no_runpath "$guide/build/qa-reader.so"
(cd "$guide/build" && "$(dirname "$cmake")/ctest" --output-on-failure >"$work/guide-test.log") ||
  { cat "$work/guide-test.log" >&2; fail "the guide's test fails"; }
(cd "$guide" && GOVTECH_CONVERT_PLUGIN_PATH="$guide/build" "$cli" interview.qa -t gemtext \
  -o converted.gmi 2>"$work/guide-convert.txt") || fail "the guide's conversion fails"
diff -u "$guide/interview.gmi" "$guide/converted.gmi" ||
  fail "the guide's gemtext writer does not write what the guide shows"
expect_line "$work/guide-convert.txt" "interview.qa:11:1: warning: this question has no answer"

# --- The same plugin with pkg-config and nothing else ---------------------------------------
# pkg-config output is split into words by the shell, so this part moves the tree once more,
# to a path without spaces.
step "building the sample plugin with pkg-config against the tree moved again"
mv "$moved" "$work/relocated"
moved="$work/relocated"
cli="$moved/$bindir/govtech-convert"
export PKG_CONFIG_PATH="$moved/$libdir/pkgconfig"
pc_flags=$(pkg-config --cflags --libs govtech-convert-plugin) ||
  fail "pkg-config does not find govtech-convert-plugin"
# The whole recipe comes from the .pc files: nothing but the compiler, source and output here.
for flag in -std=c++20 -shared -fPIC -fvisibility=hidden -fvisibility-inlines-hidden \
  -Wl,--no-undefined -lgovtech-convert; do
  case " $pc_flags " in *" $flag "*) ;; *) fail "pkg-config's plugin recipe lacks $flag: $pc_flags" ;; esac
done
[ "$(pkg-config --variable=plugin_api_version govtech-convert)" = "$api" ] ||
  fail "the pkg-config file names another plugin API version"
[ "$(realpath "$(pkg-config --variable=plugindir govtech-convert)")" = "$(realpath "$moved/$plugindir")" ] ||
  fail "the pkg-config file's plugindir is not the moved plugin folder"
pc_build="$work/pkg-config-build"
mkdir -p "$pc_build"
# shellcheck disable=SC2086 # the flags are words
"$cxx" -Wall -Wextra -Wpedantic -Werror -o "$pc_build/transcript-writer.so" \
  "$source/samples/transcript-plugin/transcript_writer.cpp" $pc_flags ||
  fail "building the sample plugin with pkg-config failed"
no_runpath "$pc_build/transcript-writer.so"
readelf -W --dyn-syms "$pc_build/transcript-writer.so" |
  awk '$5 == "GLOBAL" && $7 != "UND" { print $8 }' | grep -v '^_' >"$work/pc-exports.txt" || true
[ "$(cat "$work/pc-exports.txt")" = "govtech_plugin_entry" ] ||
  fail "the pkg-config plugin exports more than its entry: $(tr '\n' ' ' <"$work/pc-exports.txt")"
# And its test, with the installed test helpers, by pkg-config too.
# shellcheck disable=SC2046
"$cxx" -std=c++20 -Wall -Wextra -Wpedantic -Werror -o "$pc_build/transcript-writer-test" \
  "$source/samples/transcript-plugin/transcript_writer_test.cpp" \
  $(pkg-config --cflags --libs govtech-convert-testing) ||
  fail "building the sample's test with pkg-config failed"
LD_LIBRARY_PATH="$moved/$libdir" "$pc_build/transcript-writer-test" "$pc_build" ||
  fail "the sample's test fails against the pkg-config build"
GOVTECH_CONVERT_PLUGIN_PATH="$pc_build:$readers" "$cli" "$work/interview.fixture" -f fixture \
  -t transcript -o "$work/interview-pc.txt" -M "title=Shipping a service" \
  -M "interviewee=Amara Osei" -M "interviewee.role=Product lead" -M "author=Jo Bloggs" ||
  fail "converting with the pkg-config build failed"
diff -u "$work/expected.txt" "$work/interview-pc.txt" || fail "the pkg-config build wrote otherwise"

# --- Safety: another API version is refused; a plugin's exceptions are contained ------------
build_fault() {
  mkdir -p "$work/$1"
  # shellcheck disable=SC2086
  "$cxx" "-D$2" -o "$work/$1/fault-writer.so" \
    "$source/tests/sdk/fault_plugin.cpp" $pc_flags || fail "building the $2 plugin failed"
}
build_fault future FAULT_FUTURE_API
next=$((api + 1))
GOVTECH_CONVERT_PLUGIN_PATH="$work/future" "$cli" --list-plugins >"$work/future.txt"
expect_line "$work/future.txt" "  skipped  $work/future/fault-writer.so: built for plugin API version $next, but this govtech-convert expects version $api; rebuild the plugin against it"
set +e
GOVTECH_CONVERT_PLUGIN_PATH="$work/future:$readers" "$cli" "$work/interview.fixture" -f fixture \
  -t fault -o "$work/never.ft" 2>"$work/future-convert.txt"
status=$?
set -e
[ "$status" -eq 3 ] || fail "converting to a refused plugin's format exited $status, expected 3"
expect_text "$work/future-convert.txt" "built for plugin API version $next"
[ ! -e "$work/never.ft" ] || fail "a refused plugin's format produced an output file"

for fault in FAULT_ERROR FAULT_FOREIGN; do
  build_fault "$fault" "$fault"
  set +e
  GOVTECH_CONVERT_PLUGIN_PATH="$work/$fault:$readers" "$cli" "$work/interview.fixture" \
    -f fixture -t fault -o "$work/$fault.ft" 2>"$work/$fault.txt"
  status=$?
  set -e
  [ "$status" -eq 1 ] || { cat "$work/$fault.txt" >&2; fail "$fault: exit $status, expected 1"; }
  [ ! -e "$work/$fault.ft" ] || fail "$fault: a failed conversion left its partial output"
done
expect_text "$work/FAULT_ERROR.txt" "interview.fixture:2:5: the fault writer refuses this document"
expect_text "$work/FAULT_FOREIGN.txt" \
  "the fault-writer plugin failed ($work/FAULT_FOREIGN/fault-writer.so): something inside the fault writer broke"

step "ok"
