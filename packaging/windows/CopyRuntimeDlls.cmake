# SPDX-License-Identifier: GPL-3.0-or-later
# Install-time script (Windows): copies the non-Qt, non-system DLLs that privatesnn.exe and
# privatesnn-lab.exe import into bin/. Qt's own DLLs come from windeployqt (Qt's deploy script).
# Inputs, set by packaging/windows/Windows.cmake through install(CODE):
#   PSNN_EXECUTABLES, PSNN_DLL_DIRS, PSNN_BINDIR
file(GET_RUNTIME_DEPENDENCIES
  EXECUTABLES ${PSNN_EXECUTABLES}
  DIRECTORIES ${PSNN_DLL_DIRS}
  RESOLVED_DEPENDENCIES_VAR _resolved
  UNRESOLVED_DEPENDENCIES_VAR _unresolved
  PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
  POST_EXCLUDE_REGEXES "[Ss]ystem32[/\\\\]" "[/\\\\]Qt6[A-Za-z]*d?\\.dll$")
foreach(_dll IN LISTS _resolved)
  message(STATUS "Runtime DLL: ${_dll}")
  file(INSTALL DESTINATION "${CMAKE_INSTALL_PREFIX}/${PSNN_BINDIR}" TYPE SHARED_LIBRARY FILES "${_dll}")
endforeach()
if(_unresolved)
  message(WARNING "DLLs not found (add their folder to PSNN_DLL_DIRS in packaging/windows/Windows.cmake): ${_unresolved}")
endif()
