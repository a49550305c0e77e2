#!/usr/bin/env bash
# The Debian packages as a user meets them: cpack makes them from this build, their control
# data and contents are checked, apt-get installs them with their dependencies, and the
# installed /usr/bin/govtech-convert converts the README's sample with its own plugins.
# Packages this test installed are removed again at the end.
#
#   deb_test.sh BUILD_DIR SOURCE_DIR CPACK VERSION
# Exit 77 (skipped) when not root or not on Debian, except in CI (CI=true), which fails then.
set -euo pipefail

build=$1
source=$2
cpack=$3
version=$4

fail() {
  echo "deb_test: FAIL: $*" >&2
  exit 1
}
skip() {
  [ "${CI:-}" != true ] || fail "$* (CI runs this as root on Debian 12)"
  echo "deb_test: skipped: $*"
  exit 77
}
step() { echo "deb_test: $*"; }
expect_text() {
  grep -qF -- "$2" "$1" || { cat "$1" >&2; fail "$1 does not mention: $2"; }
}

[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
for tool in apt-get dpkg-deb dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null || skip "no $tool (packages apt, dpkg-dev, file)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/govtech-deb-test.XXXXXX")
installed_here=()
cleanup() {
  if ((${#installed_here[@]})); then
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${installed_here[@]}" >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

libdir=$(sed -n 's/^CMAKE_INSTALL_LIBDIR:[A-Z]*=//p' "$build/CMakeCache.txt")
api=$(sed -n 's/^#define GOVTECH_PLUGIN_API_VERSION \([0-9][0-9]*\)$/\1/p' \
  "$source/core/include/govtech/plugin.hpp")
[ -n "$libdir" ] && [ -n "$api" ] || fail "cannot tell libdir or the plugin API version"
plugindir="usr/$libdir/govtech-convert/plugins"

step "cpack -G DEB"
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/packages" >"$work/cpack.log" 2>&1 ||
  { cat "$work/cpack.log" >&2; fail "cpack failed"; }
arch=$(dpkg --print-architecture)
runtime="$work/packages/govtech-convert_${version}_$arch.deb"
dev="$work/packages/govtech-convert-dev_${version}_$arch.deb"
[ -f "$runtime" ] && [ -f "$dev" ] || { ls -l "$work/packages" >&2; fail "cpack made other files"; }

step "control data"
dpkg-deb -f "$runtime" >"$work/runtime.control"
expect_text "$work/runtime.control" "Package: govtech-convert"
expect_text "$work/runtime.control" "Version: $version"
# dpkg-shlibdeps's share: the C++ runtime and the libraries the plugins link.
depends=", $(sed -n 's/^Depends: //p' "$work/runtime.control")"
for dependency in libc6 libstdc++6 libboost-program-options1 libzip4 libdeflate0 libpugixml1v5 \
  libmd4c0 libyaml-cpp0 libgumbo1 iso-codes; do
  [[ $depends == *", $dependency"* ]] ||
    { cat "$work/runtime.control" >&2; fail "the package does not depend on $dependency"; }
done
dpkg-deb -f "$dev" >"$work/dev.control"
expect_text "$work/dev.control" "Package: govtech-convert-dev"
grep -qE "^Depends:.*govtech-convert \(= $version\)" "$work/dev.control" ||
  { cat "$work/dev.control" >&2; fail "the SDK package does not depend on this very program"; }

step "contents"
dpkg-deb -c "$runtime" | awk '{ print $6 }' | sed 's|^\./||' >"$work/runtime.files"
dpkg-deb -c "$dev" | awk '{ print $6 }' | sed 's|^\./||' >"$work/dev.files"
for path in usr/bin/govtech-convert "usr/$libdir/libgovtech-convert.so.$api" \
  "$plugindir/json-writer.so" "$plugindir/epub-writer.so" "$plugindir/text-reader.so" \
  usr/share/man/man1/govtech-convert.1 usr/share/bash-completion/completions/govtech-convert \
  usr/share/doc/govtech-convert/LICENSE; do
  grep -qxF "$path" "$work/runtime.files" || fail "the package lacks /$path"
done
for path in usr/include/govtech/plugin.hpp "usr/$libdir/libgovtech-convert.so" \
  "usr/$libdir/libgovtech-convert-testing.a" \
  "usr/$libdir/cmake/GovtechConvert/GovtechConvertConfig.cmake" \
  "usr/$libdir/pkgconfig/govtech-convert.pc"; do
  grep -qxF "$path" "$work/dev.files" || fail "the SDK package lacks /$path"
done
if grep -E '^usr/include/|\.a$|/cmake/|/pkgconfig/|\.so$' "$work/runtime.files" | grep -v "^$plugindir/"; then
  fail "the program's package holds SDK files"
fi
if grep -E 'fixture|-tests$|^usr/bin/' "$work/dev.files"; then fail "the SDK package holds these"; fi

step "apt-get install"
for package in govtech-convert govtech-convert-dev; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    installed_here+=("$package")
done
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$runtime" "$dev" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log" >&2; fail "apt-get install failed"; }

step "the installed program"
cd "$work"
unset GOVTECH_CONVERT_PLUGIN_PATH
/usr/bin/govtech-convert --version >"$work/version.txt" || fail "govtech-convert --version failed"
expect_text "$work/version.txt" "govtech-convert $version (plugin API $api)"
/usr/bin/govtech-convert --list-plugins >"$work/plugins.txt"
[ "$(sed -n '2p' "$work/plugins.txt")" = "  /$plugindir" ] &&
  [ "$(sed -n '3p' "$work/plugins.txt")" = "Plugins:" ] ||
  { cat "$work/plugins.txt" >&2; fail "the installed program searches more than /$plugindir"; }
expect_text "$work/plugins.txt" "loaded   epub-writer"
/usr/bin/govtech-convert "$source/samples/women-in-govtech-amara-osei.txt" -t epub -M lang=en \
  -o /tmp/x.epub || fail "converting the README's sample failed"
[ -s /tmp/x.epub ] || fail "no /tmp/x.epub"
[ "$(head -c 58 /tmp/x.epub | tail -c 20)" = "application/epub+zip" ] || fail "/tmp/x.epub is no EPUB"
rm -f /tmp/x.epub

step "the manual page and the SDK headers"
[ "$(man -w govtech-convert)" = /usr/share/man/man1/govtech-convert.1 ] ||
  fail "man does not find govtech-convert(1)"
printf '#include <govtech/plugin.hpp>\nint main() { return 0; }\n' >"$work/sdk.cpp"
c++ -std=c++20 -fsyntax-only "$work/sdk.cpp" || fail "the installed SDK headers do not compile"

step "ok"
