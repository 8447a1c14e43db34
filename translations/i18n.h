// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Qt-free translation calls for the command-line tool (its sources include LibTorch, whose headers
// clash with Qt's keywords). lupdate recognises psnn::i18n::translate("context", "text") like
// QCoreApplication::translate, so these strings land in translations/privatesnn_*.ts.

#include <initializer_list>
#include <string>

namespace psnn::i18n {

/// Loads the messages for the language of LC_ALL, LC_MESSAGES, LANG or LANGUAGE (the first one set,
/// as gettext reads them; "C" and "POSIX" mean English). Returns the language code used ("de",
/// "ko", "zh_CN") or "" for English. Safe to call before any Qt object exists; call it on the main
/// thread before any other thread translates (it makes the translator there).
std::string useEnvironmentLanguage();

/// The translation of source in context, UTF-8; source itself when there is none.
std::string translate(const char* context, const char* source);

/// text with Qt-style placeholders %1 … %9 replaced by args (they may come in any order in a
/// translation): fill(translate("privatesnn", "Report: %1"), {path}). A separate call, because
/// lupdate only reads translate() calls whose third argument is a string.
std::string fill(const std::string& text, std::initializer_list<std::string> args);

} // namespace psnn::i18n
