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

# Unity builds for the targets whose sources include LibTorch: a core source spends about 90 % of its
# compile time parsing the LibTorch headers (-fsyntax-only 17 s of 20 s, ~350k preprocessed lines),
# and a precompiled header only halves that (see core/CMakeLists.txt), so CMake concatenates the
# sources of such a target in batches and each batch parses the headers once. The Qt Widgets and
# QCustomPlot targets (plots, widgets, report, gui and their tests) get the same: with LibTorch's
# targets batched they were 39 % of a clean build's compile time (930 of 2,383 s). Batches of 8: core's
# 80-odd sources still make ~11 translation units, enough to keep both cores of CI busy (and the
# test targets two or more each), while a batch stays small enough to rebuild quickly and to fit
# in memory next to a second one. Turn the option off for incremental work, where a change should
# recompile one source, not its batch. Sources with their own INCLUDE_DIRECTORIES (the HDF5 readers)
# are left out of the batches by CMake and compiled alone.
# A unity build puts sources of one target into one translation unit: names in anonymous namespaces,
# `static` functions, file-scope using-directives and macros of one source are seen by the next, so
# give file-local helpers specific names (or share them through an internal header) and #undef macros.
option(PRIVATESNN_UNITY_BUILD "Compile the header-heavy targets (LibTorch, Qt Widgets) as unity builds (batches of sources)" ON)
set(PRIVATESNN_UNITY_BUILD_BATCH_SIZE 8 CACHE STRING "Sources per unity translation unit (PRIVATESNN_UNITY_BUILD)")
function(privatesnn_unity_build target)
  if(PRIVATESNN_UNITY_BUILD)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE BATCH
                                               UNITY_BUILD_BATCH_SIZE ${PRIVATESNN_UNITY_BUILD_BATCH_SIZE})
    # GCC warns about a type with linkage that uses the anonymous namespace (a TEST_F fixture in one)
    # except in the main file; in a batch every source is an included file, so the warning is noise.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wno-subobject-linkage)
    endif()
  endif()
endfunction()
