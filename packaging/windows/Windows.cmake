# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: NSIS installer (+ a .zip of the same tree). Included by packaging/Packaging.cmake.
# NOT BUILT OR TESTED: this project is developed and tested on Debian only. packaging/README.md
# lists the steps and the known blockers (core/ uses POSIX calls).
# Install tree: bin/privatesnn.exe, bin/privatesnn-lab.exe, the Qt, LibTorch, OpenCV, QCustomPlot,
# zlib and MSVC runtime DLLs beside them in bin/, Qt plugins under bin/ (qt.conf), models under
# share/privatesnn/models (found as <exe>/../share/privatesnn like on Linux).

if(PRIVATESNN_BUILD_GUI)
  set_target_properties(privatesnn-lab PROPERTIES WIN32_EXECUTABLE ON) # no console window
  target_sources(privatesnn-lab PRIVATE "${CMAKE_CURRENT_LIST_DIR}/privatesnn-lab.rc") # exe icon

  # windeployqt on the installed privatesnn-lab.exe: Qt DLLs and the platform, style, image-format
  # and icon-engine plugins beside it, plus a qt.conf.
  privatesnn_install_qt_deploy()
endif()

# Qt modules that only QCustomPlot or the CLI load (windeployqt scans the GUI exe's own imports).
install(FILES "$<TARGET_FILE:Qt6::PrintSupport>" "$<TARGET_FILE:Qt6::Svg>" DESTINATION ${CMAKE_INSTALL_BINDIR})

# LibTorch: every DLL of the distribution (some, e.g. the OpenMP runtime, are loaded late).
file(GLOB _psnn_torch_dlls "${TORCH_INSTALL_PREFIX}/lib/*.dll")
install(FILES ${_psnn_torch_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})

# Everything else the two programs import (OpenCV, QCustomPlot, zlib, ...), resolved at install time.
set(_psnn_exes "$<TARGET_FILE:privatesnn>")
if(PRIVATESNN_BUILD_GUI)
  list(APPEND _psnn_exes "$<TARGET_FILE:privatesnn-lab>")
endif()
set(_psnn_dll_dirs "${TORCH_INSTALL_PREFIX}/lib" "$<TARGET_FILE_DIR:opencv_core>"
    "$<TARGET_FILE_DIR:QCustomPlotQt6::QCustomPlotQt6>" "$<TARGET_FILE_DIR:Qt6::Core>")
if(ZLIB_INCLUDE_DIRS)
  list(GET ZLIB_INCLUDE_DIRS 0 _psnn_zlib_inc)
  list(APPEND _psnn_dll_dirs "${_psnn_zlib_inc}/../bin")
endif()
install(CODE "set(PSNN_EXECUTABLES \"${_psnn_exes}\")\nset(PSNN_DLL_DIRS \"${_psnn_dll_dirs}\")\nset(PSNN_BINDIR \"${CMAKE_INSTALL_BINDIR}\")")
install(SCRIPT "${CMAKE_CURRENT_LIST_DIR}/CopyRuntimeDlls.cmake")

# The MSVC runtime (vcruntime, msvcp) for machines without the redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "privatesnn-lab-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_EXECUTABLES "privatesnn-lab" "PrivateSNN Lab") # Start menu shortcut
set(CPACK_NSIS_PACKAGE_NAME "PrivateSNN Lab ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "PrivateSNN Lab")
set(CPACK_NSIS_MUI_ICON "${CMAKE_CURRENT_LIST_DIR}/privatesnn-lab.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_CURRENT_LIST_DIR}/privatesnn-lab.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\privatesnn-lab.exe")
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (the privatesnn CLI) on PATH
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
