# SPDX-License-Identifier: GPL-3.0-or-later
# Shared compile settings, applied per target so imported targets stay untouched.

# Warnings for the project's own code.
function(privatesnn_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-unused-parameter)
endfunction()

# Qt string hygiene: every user-visible string goes through tr() or QStringLiteral.
set(PRIVATESNN_QT_STRICT_DEFINES QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

if(PRIVATESNN_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
