# What `cmake --install` puts under the prefix:
#   <bindir>/govtech-convert                         the program (RPATH $ORIGIN/<to libdir>)
#   <libdir>/libgovtech-convert.so.<API version>     the core library, and its link-time symlink
#   <libdir>/libgovtech-convert-html.a               the (X)HTML renderer, for writers of HTML
#   <libdir>/libgovtech-convert-testing.a            helpers for testing plugins in memory
#   <libdir>/govtech-convert/plugins/*.so            the bundled plugins (no RPATH)
#   <includedir>/govtech/*.hpp                       the public headers (no Boost inside)
#   <libdir>/cmake/GovtechConvert/                   the CMake package for plugin authors
#   <libdir>/pkgconfig/govtech-convert.pc            the same for pkg-config users: the core,
#   <libdir>/pkgconfig/govtech-convert-plugin.pc       a plugin's whole recipe (flags and core),
#   <libdir>/pkgconfig/govtech-convert-testing.pc      the test helpers,
#   <libdir>/pkgconfig/govtech-convert-html.pc         the (X)HTML renderer
#   <mandir>/man1/govtech-convert.1, <datadir>/bash-completion/completions/govtech-convert
#                                                    (from cli/CMakeLists.txt)
#   <docdir>/LICENSE, NOTICE                         the licence and copyright notice
# Every path inside the tree is relative, so the tree can be moved as a whole.
include(CMakePackageConfigHelpers)

foreach(dir IN ITEMS BINDIR LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    message(FATAL_ERROR "CMAKE_INSTALL_${dir} is '${CMAKE_INSTALL_${dir}}': it must be relative "
                        "to the prefix, so that the installed tree can find its own parts.")
  endif()
endforeach()

# Two components, packaged apart by cmake/Package.cmake: "runtime" (the program, the core's
# shared library, the plugins) and "dev", the SDK (headers, static libraries, package files).
install(TARGETS govtech_core govtech_html govtech_testing EXPORT GovtechConvertTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_COMPONENT dev
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT dev
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
foreach(headers IN ITEMS core html testing)
  install(DIRECTORY ${headers}/include/govtech DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
    COMPONENT dev FILES_MATCHING PATTERN "*.hpp")
endforeach()

set(GOVTECH_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/GovtechConvert")
install(EXPORT GovtechConvertTargets NAMESPACE GovtechConvert::
  DESTINATION ${GOVTECH_CMAKE_INSTALL_DIR} COMPONENT dev)
configure_package_config_file(cmake/GovtechConvertConfig.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/GovtechConvertConfig.cmake"
  INSTALL_DESTINATION ${GOVTECH_CMAKE_INSTALL_DIR}
  PATH_VARS GOVTECH_PLUGIN_INSTALL_DIR)
# Before 1.0 every minor release may change the headers, so only the same minor version
# promises that a plugin's sources still compile. Plugins already built are governed by the
# plugin API version instead (see docs/writing-plugins.md).
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/GovtechConvertConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES
  "${CMAKE_CURRENT_BINARY_DIR}/GovtechConvertConfig.cmake"
  "${CMAKE_CURRENT_BINARY_DIR}/GovtechConvertConfigVersion.cmake"
  cmake/GovtechConvertPlugin.cmake
  DESTINATION ${GOVTECH_CMAKE_INSTALL_DIR} COMPONENT dev)

# pkg-config: the prefix is found from the .pc file's own location, so it moves with the tree.
set(GOVTECH_PKGCONFIG_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
file(RELATIVE_PATH GOVTECH_PKGCONFIG_TO_PREFIX "/${GOVTECH_PKGCONFIG_INSTALL_DIR}" "/")
string(REGEX REPLACE "/$" "" GOVTECH_PKGCONFIG_TO_PREFIX "${GOVTECH_PKGCONFIG_TO_PREFIX}")
foreach(pc IN ITEMS govtech-convert govtech-convert-plugin govtech-convert-testing
                   govtech-convert-html)
  configure_file(cmake/${pc}.pc.in "${CMAKE_CURRENT_BINARY_DIR}/${pc}.pc" @ONLY)
  install(FILES "${CMAKE_CURRENT_BINARY_DIR}/${pc}.pc" DESTINATION ${GOVTECH_PKGCONFIG_INSTALL_DIR}
    COMPONENT dev)
endforeach()

install(FILES LICENSE NOTICE DESTINATION ${CMAKE_INSTALL_DOCDIR})
