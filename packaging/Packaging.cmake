# SPDX-License-Identifier: GPL-3.0-or-later
# Packaging: desktop integration install rules and CPack settings. Included from the top
# CMakeLists.txt after every target exists. One command makes the packages of this platform:
#   cmake --build <build dir> --target package
# Linux: .deb + .tar.gz (tested by packaging/linux/test-deb.sh); Windows: NSIS .exe;
# macOS: DragNDrop .dmg. See packaging/README.md.

# AppStream component id and macOS bundle id. Not a cache option: the metainfo file is named after it.
set(PRIVATESNN_APP_ID "io.github.privatesnn.lab")
set(PRIVATESNN_PACKAGE_CONTACT "PrivateSNN Lab developers <privatesnn@example.invalid>"
    CACHE STRING "Maintainer written into the packages (Debian Maintainer field)")
mark_as_advanced(PRIVATESNN_PACKAGE_CONTACT)

# Installs Qt's deployment script for the GUI (windeployqt / macdeployqt on the installed app).
function(privatesnn_install_qt_deploy)
  if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET privatesnn-lab OUTPUT_SCRIPT deploy_script)
  else()
    qt_generate_deploy_app_script(TARGET privatesnn-lab FILENAME_VARIABLE deploy_script)
  endif()
  install(SCRIPT "${deploy_script}")
endfunction()

set(CPACK_PACKAGE_NAME "privatesnn-lab")
set(CPACK_PACKAGE_VENDOR "PrivateSNN Lab")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "${PRIVATESNN_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PrivateSNN Lab")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_PACKAGE_FILE_NAME "privatesnn-lab-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
  set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()
# `cmake --build <dir> --target package_source`: the sources without build folders or git data.
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build/" "/\\.cache/")

if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows/Windows.cmake)
elseif(APPLE)
  include(${CMAKE_CURRENT_LIST_DIR}/macos/MacOS.cmake)
else()
  include(${CMAKE_CURRENT_LIST_DIR}/linux/Linux.cmake)
endif()

include(CPack)
