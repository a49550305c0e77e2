# Installed headers and the CMake package for plugin authors.
include(CMakePackageConfigHelpers)

install(TARGETS govtech_core EXPORT GovtechConvertTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY core/include/govtech DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(GOVTECH_CMAKE_INSTALL_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/GovtechConvert")
install(EXPORT GovtechConvertTargets NAMESPACE GovtechConvert::
  DESTINATION ${GOVTECH_CMAKE_INSTALL_DIR})
configure_package_config_file(cmake/GovtechConvertConfig.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/GovtechConvertConfig.cmake"
  INSTALL_DESTINATION ${GOVTECH_CMAKE_INSTALL_DIR})
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/GovtechConvertConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES
  "${CMAKE_CURRENT_BINARY_DIR}/GovtechConvertConfig.cmake"
  "${CMAKE_CURRENT_BINARY_DIR}/GovtechConvertConfigVersion.cmake"
  cmake/GovtechConvertPlugin.cmake
  DESTINATION ${GOVTECH_CMAKE_INSTALL_DIR})
