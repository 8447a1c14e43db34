// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GUI's languages: which ones exist, which one the user chose (QSettings "language") and the
// translators that make QObject::tr() answer in it. The .qm files are embedded as resources (:/i18n).

#include <QList>
#include <QString>

class QCoreApplication;

namespace psnn::i18n {

struct Language {
    QString code;       ///< "en", "de", "ko", "zh_CN"
    QString nativeName; ///< as its speakers write it: "Deutsch", "한국어", "简体中文"
};

/// English first, then every language with a translation.
QList<Language> languages();

/// The QSettings key holding the chosen language code; empty or missing means the system locale.
QString settingsKey();

/// The language stored in QSettings ("" = follow the system).
QString storedLanguage();
void storeLanguage(const QString& code);

/// The best translated language for a locale's UI languages, or "en".
QString languageForSystem();

/// Installs the translators for code ("" = the system's language) into app and, when the language
/// was chosen explicitly, makes it the default QLocale (numbers and dates follow it). Returns the
/// code in use ("en" when nothing was loaded). Installing again replaces the previous translators.
QString install(QCoreApplication& app, const QString& code);

} // namespace psnn::i18n
