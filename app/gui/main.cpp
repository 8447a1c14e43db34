// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

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
    if (!parser.positionalArguments().isEmpty())
        window.openModel(parser.positionalArguments().constFirst());
    return app.exec();
}
