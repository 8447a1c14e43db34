// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include <QLocale>

#include <gtest/gtest.h>

int main(int argc, char* argv[])
{
    // Headless, at a fixed DPI and in the C locale, so layouts and numbers do not depend on the machine.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_FONT_DPI"))
        qputenv("QT_FONT_DPI", "96");
    QLocale::setDefault(QLocale::c());
    testing::InitGoogleTest(&argc, argv);
    // The same helper a command-line program uses, so the tests cover it too.
    const psnn::ReportApplication application;
    return RUN_ALL_TESTS();
}
