// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "screenshotter.h"

#include "labaccess.h"
#include "language.h"
#include "models/snapshots.h"
#include "pages/languagemenu.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>

#include <cstdio>
#include <cstring>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PrivateSNN"));
    QCoreApplication::setApplicationName(QStringLiteral("PrivateSNN Lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PRIVATESNN_LAB_VERSION));
}

void configure(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "See, measure and stop class leakage in spiking neural networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lab"),
                      QCoreApplication::translate("main", "Open the lab folder and show its results (nothing is rerun)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Use this language instead of the one chosen in View > Language "
                                                          "or the system's: en, de, ko or zh_CN."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("dark"),
                      QCoreApplication::translate("main", "Use a dark palette (Fusion style) whatever the desktop's theme; "
                                                          "the same as PRIVATESNN_DARK=1.")});
    parser.addOption({QStringLiteral("screenshot-dir"),
                      QCoreApplication::translate("main", "Save a PNG of every page into the folder, then quit."),
                      QStringLiteral("folder")});
    parser.addOption({QStringLiteral("screenshot-size"),
                      QCoreApplication::translate("main",
                                                  "The window's size for --screenshot-dir, e.g. 1280x720 for a "
                                                  "projector (default 1280x1000)."),
                      QStringLiteral("WxH"), QStringLiteral("1280x1000")});
    parser.addOption(
        {QStringLiteral("screenshot-classroom"),
         QCoreApplication::translate("main",
                                     "With --screenshot-dir: also shoot the classroom view (blind, revealed, "
                                     "before/after), starting a rating session of this id in the lab (use a "
                                     "copy of the lab)."),
         QStringLiteral("rater")});
    parser.addPositionalArgument(
        QStringLiteral("model"),
        QCoreApplication::translate("main", "A model to open: TorchScript, ONNX, a NIR graph or a PrivateSNN archive."),
        QStringLiteral("[model]"));
}

// --help and --version must work without a display, so they are answered before QApplication exists.
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

/// The language of this run: --lang, else View > Language (QSettings), else "" (the system's).
/// Read before the parser exists, so that --help is translated too.
QString requestedLanguage(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return psnn::i18n::storedLanguage();
}

/// View > Language; the choice is stored and applies at the next start.
void addLanguageMenu(psnn::MainWindow& window)
{
    QList<psnn::LanguageMenu::Entry> entries;
    for (const psnn::i18n::Language& language : psnn::i18n::languages())
        entries.append({language.code, language.nativeName});
    auto* menu = new psnn::LanguageMenu(entries, psnn::i18n::storedLanguage(), &window);
    QObject::connect(menu, &psnn::LanguageMenu::languageChosen, &window, [&window](const QString& code) {
        psnn::i18n::storeLanguage(code);
        QMessageBox::information(&window, QCoreApplication::translate("main", "Language"),
                                 QCoreApplication::translate("main", "The new language takes effect when you restart PrivateSNN Lab."));
    });
    // The View menu is the one holding the log dock's toggle; without it, a menu of its own before Help.
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("logDock"));
    const QList<QAction*> menus = window.menuBar()->actions();
    for (QAction* action : menus) {
        QMenu* view = action->menu();
        if (view && dock && view->actions().contains(dock->toggleViewAction())) {
            view->addSeparator();
            view->addMenu(menu);
            return;
        }
    }
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);
}

/// A dark Fusion palette, for --dark: for desktops without a dark theme Qt follows, and for the
/// screenshots of the dark look. Plots and pages take their colours from it.
void useDarkPalette(QApplication& app)
{
    app.setStyle(QStringLiteral("Fusion"));
    QPalette p;
    const QColor window(0x2d, 0x2d, 0x30), base(0x1e, 0x1e, 0x1e), text(0xe6, 0xe6, 0xe6), disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x54));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x44, 0x48));
    p.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5e));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    app.setPalette(p);
}

} // namespace

int main(int argc, char* argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        psnn::i18n::install(app, requestedLanguage(argc, argv));
        QCommandLineParser parser;
        configure(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("privatesnn-lab"));
    psnn::registerSnapshotMetaTypes();
    psnn::i18n::install(app, requestedLanguage(argc, argv));

    QCommandLineParser parser;
    configure(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark")) || qEnvironmentVariableIntValue("PRIVATESNN_DARK") == 1)
        useDarkPalette(app);

    // A mistyped --lab used to open an empty lab without a word, and a run would then make it there.
    // The command line refuses (a script gets exit status 2); the File menu asks instead.
    if (parser.isSet(QStringLiteral("lab"))) {
        const QString lab = parser.value(QStringLiteral("lab"));
        const psnn::LabFolderKind kind = psnn::labFolderKind(lab);
        psnn::LabFolderProblem problem = psnn::labFolderProblem(lab, kind);
        if (kind == psnn::LabFolderKind::Missing)
            problem = {
                QCoreApplication::translate("main", "error: the lab folder %1 does not exist.")
                    .arg(QDir::toNativeSeparators(lab)),
                QCoreApplication::translate(
                    "main", "hint: check the path, or start the program without --lab and choose File > New Lab.")};
        else if (!problem.error.isEmpty())
            problem = {QCoreApplication::translate("main", "error: %1").arg(problem.error),
                       QCoreApplication::translate("main", "hint: %1").arg(problem.hint)};
        if (!problem.error.isEmpty()) {
            std::fprintf(stderr, "%s\n%s\n", qUtf8Printable(problem.error), qUtf8Printable(problem.hint));
            return 2;
        }
    }
    psnn::MainWindow window;
    addLanguageMenu(window);
    window.show();
    if (parser.isSet(QStringLiteral("lab")))
        window.openLab(parser.value(QStringLiteral("lab")));
    if (!parser.positionalArguments().isEmpty())
        window.openModel(parser.positionalArguments().constFirst());
    if (parser.isSet(QStringLiteral("screenshot-dir"))) {
        const QStringList size = parser.value(QStringLiteral("screenshot-size")).split(QLatin1Char('x'));
        const QSize windowSize = size.size() == 2 ? QSize(size[0].toInt(), size[1].toInt()) : QSize();
        if (windowSize.width() < 320 || windowSize.height() < 240) {
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(QCoreApplication::translate("main",
                                                                    "error: --screenshot-size %1 is not a size "
                                                                    "such as 1280x720.")
                                            .arg(parser.value(QStringLiteral("screenshot-size")))));
            return 2;
        }
        auto* screenshots = new psnn::Screenshotter(window, parser.value(QStringLiteral("screenshot-dir")), windowSize,
                                                    parser.value(QStringLiteral("screenshot-classroom")));
        screenshots->start();
    }
    return app.exec();
}
