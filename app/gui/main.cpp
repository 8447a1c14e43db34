// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "screenshotter.h"

#include "models/snapshots.h"

#include <QApplication>
#include <QCommandLineParser>

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
    parser.addOption({QStringLiteral("screenshot-dir"),
                      QCoreApplication::translate("main", "Save a PNG of every page into the folder, then quit."),
                      QStringLiteral("folder")});
    parser.addPositionalArgument(QStringLiteral("model"),
                                 QCoreApplication::translate("main", "A TorchScript file or PrivateSNN archive to open."),
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

} // namespace

int main(int argc, char* argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QCommandLineParser parser;
        configure(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QGuiApplication::setDesktopFileName(QStringLiteral("privatesnn-lab"));
    registerSnapshotMetaTypes();

    QCommandLineParser parser;
    configure(parser);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(QStringLiteral("lab")))
        window.openLab(parser.value(QStringLiteral("lab")));
    if (!parser.positionalArguments().isEmpty())
        window.openModel(parser.positionalArguments().constFirst());
    if (parser.isSet(QStringLiteral("screenshot-dir"))) {
        auto* screenshots = new Screenshotter(window, parser.value(QStringLiteral("screenshot-dir")));
        screenshots->start();
    }
    return app.exec();
}
