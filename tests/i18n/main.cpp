// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/snapshots.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings in a throwaway place
    testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PrivateSNN-i18n-test"));
    psnn::registerSnapshotMetaTypes();
    return RUN_ALL_TESTS();
}
