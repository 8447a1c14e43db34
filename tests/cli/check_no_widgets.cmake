# SPDX-License-Identifier: GPL-3.0-or-later
# The privatesnn command must load neither Qt 6 Widgets nor QCustomPlot (its reports come from the
# privatesnn-report program): ldd lists every library the loader maps for it, direct or not.
# Debian's libtorch_cpu itself needs libopencv_highgui, which needs Qt 5 Widgets: ldd lists
# libQt5Widgets.so.5 for any LibTorch program, and no build of this project can change that.
#   cmake -DBINARY=<privatesnn> -P check_no_widgets.cmake
execute_process(COMMAND ldd "${BINARY}" OUTPUT_VARIABLE libraries RESULT_VARIABLE failed)
if(failed OR NOT libraries MATCHES "libtorch")
  message(FATAL_ERROR "ldd ${BINARY} failed or lists no LibTorch, so this check would prove nothing:\n${libraries}")
endif()
foreach(forbidden IN ITEMS libQt6Widgets libqcustomplot libQt6PrintSupport)
  if(libraries MATCHES "${forbidden}")
    message(FATAL_ERROR "${BINARY} loads ${forbidden}:\n${libraries}")
  endif()
endforeach()
message(STATUS "${BINARY} loads no Qt Widgets, QCustomPlot or Qt PrintSupport")
