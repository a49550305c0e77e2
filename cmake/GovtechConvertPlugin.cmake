# govtech_add_plugin(<name> SOURCES <file>... [LIBRARIES <target>...])
#
# Builds a govtech-convert format plugin: a module library named <name>.so (no "lib" prefix;
# name it after the format and role, e.g. gemtext-writer, so the CLI finds it first), with
# hidden visibility so that it exports nothing but its plugin entry, installed into the
# plugin folder beside the core library. Works the same inside the govtech-convert source
# tree and in a third-party project after find_package(GovtechConvert).
function(govtech_add_plugin name)
  cmake_parse_arguments(PARSE_ARGV 1 ARG "" "" "SOURCES;LIBRARIES")
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "govtech_add_plugin(${name}): no SOURCES given")
  endif()
  if(NOT name MATCHES "-(reader|writer)$")
    message(AUTHOR_WARNING "govtech_add_plugin(${name}): name the plugin <format>-reader or "
                           "<format>-writer, so that govtech-convert tries it first when "
                           "that format is asked for (it still finds it otherwise, later)")
  endif()
  # The plugin's code is compiled once, into <name>-objects, which the module is linked
  # from and which a test may link too (target_link_libraries(my-test PRIVATE
  # <name>-objects)) to reach the plugin's internals: same flags, same objects, and the
  # plugin's libraries come along as usage requirements.
  add_library(${name}-objects OBJECT ${ARG_SOURCES})
  target_link_libraries(${name}-objects PUBLIC GovtechConvert::core ${ARG_LIBRARIES})
  set_target_properties(${name}-objects PROPERTIES
    POSITION_INDEPENDENT_CODE ON
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  add_library(${name} MODULE)
  target_link_libraries(${name} PRIVATE ${name}-objects)
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    SUFFIX ".so"
    # No run path, in the build tree as once installed: the core library a plugin links is
    # always loaded before the plugin, and a run path would be searched first for each of
    # the plugin's other libraries. CMake's own build run path would also end in an empty
    # entry, which the loader reads as the current folder. A plugin that needs a library
    # from outside the system's folders sets INSTALL_RPATH, and gets it in both trees.
    BUILD_WITH_INSTALL_RPATH ON
    INSTALL_RPATH "")
  # A symbol the plugin uses that nothing provides fails the link here, instead of making a
  # file that govtech-convert skips at run time. Not under sanitizers, whose runtime the
  # program may be the one to provide.
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux" AND NOT GOVTECH_SANITIZE AND NOT GOVTECH_FUZZ
     AND NOT "${CMAKE_CXX_FLAGS} ${CMAKE_MODULE_LINKER_FLAGS}" MATCHES "-fsanitize")
    target_link_options(${name} PRIVATE "LINKER:--no-undefined")
  endif()
  if(NOT DEFINED GOVTECH_PLUGIN_INSTALL_DIR)
    include(GNUInstallDirs)
    set(GOVTECH_PLUGIN_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/govtech-convert/plugins")
  endif()
  if(DEFINED GOVTECH_PLUGIN_OUTPUT_DIR)
    set_target_properties(${name} PROPERTIES LIBRARY_OUTPUT_DIRECTORY "${GOVTECH_PLUGIN_OUTPUT_DIR}")
  endif()
  install(TARGETS ${name} LIBRARY DESTINATION "${GOVTECH_PLUGIN_INSTALL_DIR}")
endfunction()
