# Debian packages of what `cmake --install` puts under the prefix, made with `cpack -G DEB` in
# the build folder (Debian 12; needs dpkg-dev and file, installed by .ci/install-deps --test):
#   govtech-convert_<version>_<arch>.deb       the program, the core library, the plugins,
#                                               the manual page and the bash completion
#   govtech-convert-dev_<version>_<arch>.deb   the SDK: headers, static libraries, CMake and
#                                               pkg-config files (see docs/writing-plugins.md)
# Both install under /usr; the program finds its library and plugins relative to itself, so
# the layout under the prefix is the one cmake/Install.cmake describes.
set(CPACK_PACKAGE_NAME govtech-convert)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The govtech-convert authors")
set(CPACK_PACKAGE_CONTACT "The govtech-convert authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)  # as Debian's own packages are; the build tree keeps the symbols

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime dev)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # <name>_<version>_<arch>.deb
set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME govtech-convert)
set(CPACK_DEBIAN_DEV_PACKAGE_NAME govtech-convert-dev)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION text)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
string(CONCAT CPACK_COMPONENT_RUNTIME_DESCRIPTION
  "Converts interviews between plain text, Markdown, Word, HTML, EPUB 3, DocBook 5 and\n"
  "JSON, keeping the interview it recognises: questions, answers, interviewee and byline.\n"
  "Every format is a plugin; this package holds the program and the bundled plugins.")
string(CONCAT CPACK_COMPONENT_DEV_DESCRIPTION
  "The SDK for writing govtech-convert plugins: the public headers, the (X)HTML renderer and\n"
  "the in-memory test helpers as static libraries, and CMake and pkg-config package files.")

# The Debian libraries come from dpkg-shlibdeps, which reads what each binary links. It must
# find the core library, which the plugins link without a run path, inside the package: -l
# takes folders relative to the package's staging root.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
string(REGEX REPLACE "^/" "" staged_libdir "${CPACK_PACKAGING_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${staged_libdir}")
# The core reads the country names of /usr/share/iso-codes/json at run time.
set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS iso-codes)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SUGGESTS bash-completion)
# The SDK goes with the very same program and core library version.
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_COMPONENT_DEV_DEPENDS runtime)
set(CPACK_DEBIAN_DEV_PACKAGE_SUGGESTS "cmake, pkg-config")

include(CPack)
