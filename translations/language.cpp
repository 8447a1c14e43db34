// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"
#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <cstdlib>
#include <memory>

namespace psnn::i18n {
namespace {

/// "de_DE.UTF-8", "de-AT", "zh-Hans-CN", "ko" → a translated code, or "" when there is none.
QString matchCode(QString name)
{
    name = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString lang = name.section(QLatin1Char('_'), 0, 0).toLower();
    if (lang == QLatin1String("de") || lang == QLatin1String("ko"))
        return lang;
    if (lang == QLatin1String("zh")) {
        const QString rest = name.section(QLatin1Char('_'), 1).toLower();
        // Simplified Chinese: mainland China, Singapore, or the Hans script; not Taiwan, Hong Kong, Macao.
        if (rest.isEmpty() || rest.contains(QLatin1String("hans")) || rest == QLatin1String("cn") || rest == QLatin1String("sg"))
            return QStringLiteral("zh_CN");
    }
    return {};
}

QString qmPath(const QString& code) { return QStringLiteral(":/i18n/privatesnn_%1.qm").arg(code); }

struct Installed {
    QPointer<QTranslator> app;
    QPointer<QTranslator> qt;
};
Installed& installed()
{
    static Installed translators;
    return translators;
}

QTranslator& cliTranslator()
{
    static QTranslator translator;
    return translator;
}

} // namespace

QList<Language> languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("ko"), QStringLiteral("한국어")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString settingsKey() { return QStringLiteral("language"); }

QString storedLanguage() { return QSettings().value(settingsKey()).toString(); }

void storeLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
}

QString languageForSystem()
{
    for (const QString& name : QLocale::system().uiLanguages()) {
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
        const QString code = matchCode(name);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString install(QCoreApplication& app, const QString& code)
{
    Installed& current = installed();
    for (QPointer<QTranslator>* t : {&current.app, &current.qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    const bool chosen = !code.isEmpty();
    QString language = chosen ? matchCode(code) : languageForSystem();
    if (language.isEmpty())
        language = QStringLiteral("en");
    if (chosen)
        QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
    if (language == QLatin1String("en"))
        return language;

    auto* translator = new QTranslator(&app);
    if (!translator->load(qmPath(language))) {
        delete translator;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);
    current.app = translator;
    // Qt's own strings (standard buttons, file dialogs) when the system has qt6-translations-l10n.
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        current.qt = qt;
    } else {
        delete qt;
    }
    return language;
}

std::string useEnvironmentLanguage()
{
    // The translator is a QObject: made here, on the thread that calls this (the program's main
    // thread, first thing), not by the first translate(), which may come from a study's job thread.
    // Qt takes the first thread that makes a QObject for its main thread, and a job thread that has
    // ended left the command's QCoreApplication warning and the process crashing.
    QTranslator& translator = cliTranslator();
    auto env = [](const char* name) { const char* v = std::getenv(name); return QString::fromLocal8Bit(v ? v : ""); };
    QString locale = env("LC_ALL");
    if (locale.isEmpty())
        locale = env("LC_MESSAGES");
    if (locale.isEmpty())
        locale = env("LANG");
    if (locale == QLatin1String("C") || locale == QLatin1String("POSIX") || locale.startsWith(QLatin1String("C.")))
        return {};
    // LANGUAGE (a priority list, "de:en") overrides the locale's language, as in gettext.
    QStringList candidates = env("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    candidates << locale;
    for (const QString& candidate : candidates) {
        if (candidate.startsWith(QLatin1String("en")))
            return {};
        const QString code = matchCode(candidate);
        if (!code.isEmpty())
            return translator.load(qmPath(code)) ? code.toStdString() : std::string();
    }
    return {};
}

std::string translate(const char* context, const char* source)
{
    const QString text = cliTranslator().translate(context, source);
    return text.isEmpty() ? std::string(source) : text.toStdString();
}

std::string fill(const std::string& utf8, std::initializer_list<std::string> args)
{
    const QString text = QString::fromStdString(utf8);
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1).isDigit() && text.at(i + 1) != QLatin1Char('0')) {
            const size_t index = size_t(text.at(i + 1).digitValue() - 1);
            if (index < args.size()) {
                result += QString::fromStdString(*(args.begin() + index));
                ++i;
                continue;
            }
        }
        result += c;
    }
    return result.toStdString();
}

} // namespace psnn::i18n
