# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: a drag-and-drop .dmg holding PrivateSNN Lab.app. Included by packaging/Packaging.cmake.
# NOT BUILT OR TESTED: this project is developed and tested on Debian only. packaging/README.md
# lists the steps and the known blockers.
# Bundle: Contents/MacOS/{privatesnn-lab,privatesnn}, Contents/Frameworks (Qt, LibTorch, OpenCV,
# QCustomPlot dylibs, copied by macdeployqt through Qt's deploy script), Contents/PlugIns,
# Contents/share/privatesnn/models (core looks in <exe>/../../share/privatesnn = Contents/share).

set(_psnn_bundle "privatesnn-lab.app")
set(_psnn_icns "${CMAKE_CURRENT_LIST_DIR}/privatesnn-lab.icns")

if(PRIVATESNN_BUILD_GUI)
  target_sources(privatesnn-lab PRIVATE "${_psnn_icns}")
  set_source_files_properties("${_psnn_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
  set_target_properties(privatesnn-lab PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME "PrivateSNN Lab"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${PRIVATESNN_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "privatesnn-lab.icns"
    MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")

  # macdeployqt on the installed bundle: Qt frameworks and plugins, and the non-system dylibs the
  # app links (LibTorch, OpenCV, QCustomPlot) into Contents/Frameworks.
  privatesnn_install_qt_deploy()
endif()

# The CLI lives in the bundle (app/cli/CMakeLists.txt) and uses the app's Frameworks.
set_target_properties(privatesnn PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
# LibTorch's dylibs, all of them (libtorch_cpu loads some late), beside the other frameworks.
file(GLOB _psnn_torch_dylibs "${TORCH_INSTALL_PREFIX}/lib/*.dylib")
install(FILES ${_psnn_torch_dylibs} DESTINATION "${_psnn_bundle}/Contents/Frameworks")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/models/"
        DESTINATION "${_psnn_bundle}/Contents/${PRIVATESNN_INSTALL_DATADIR}/models" FILES_MATCHING PATTERN "*.psnn")

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "privatesnn-lab-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DMG_VOLUME_NAME "PrivateSNN Lab ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
