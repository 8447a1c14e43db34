# SPDX-License-Identifier: GPL-3.0-or-later
# The GUI started with a --lab it cannot open stops before any window with exit status 2 and a message
# naming the path (a missing folder once opened as an empty lab without a word).
#   cmake -DGUI=… -DLAB=… -DEXPECT=regex -P check_gui_refuses_lab.cmake
foreach(var GUI LAB EXPECT)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check_gui_refuses_lab.cmake: ${var} is not set")
  endif()
endforeach()
execute_process(COMMAND "${GUI}" --lang en --lab "${LAB}" TIMEOUT 60 RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 2)
  message(FATAL_ERROR "exit status ${rc}, expected 2\n${out}${err}")
endif()
if(NOT err MATCHES "${EXPECT}")
  message(FATAL_ERROR "stderr does not match '${EXPECT}':\n${err}")
endif()
