// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/snapshots.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    // Headless and at a fixed DPI, so sizes and fonts do not depend on the machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_FONT_DPI"))
        qputenv("QT_FONT_DPI", "96");
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    psnn::registerSnapshotMetaTypes();
    return RUN_ALL_TESTS();
}
