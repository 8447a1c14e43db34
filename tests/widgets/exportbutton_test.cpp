// SPDX-License-Identifier: GPL-3.0-or-later
// The export buttons of the Convert and Encrypt pages, and the Load page's IDX choice.
#include "labresults.h"
#include "pages/convertpage.h"
#include "pages/encryptpage.h"
#include "pages/exportbutton.h"
#include "pages/loadpage.h"

#include <QComboBox>
#include <QMenu>

#include <gtest/gtest.h>

using psnn::ConvertPage;
using psnn::EncryptPage;
using psnn::ExportButton;
using psnn::LoadPage;

TEST(ExportButton, OffersEveryFormatAndIsEnabledOnceTheStepHasAModel)
{
    ConvertPage convert;
    ExportButton* button = convert.exportButton();
    ASSERT_NE(button, nullptr);
    ASSERT_NE(button->menu(), nullptr);
    EXPECT_EQ(button->menu()->actions().size(), 4);
    EXPECT_FALSE(button->isEnabled());
    convert.showResults(*psnn::test::labResults(R"({"conversion": {"timesteps": 30}})"));
    EXPECT_TRUE(button->isEnabled());
    convert.showResults(nullptr);
    EXPECT_FALSE(button->isEnabled()); // another lab without a converted model

    EncryptPage encrypt;
    EXPECT_FALSE(encrypt.exportButton()->isEnabled());
    encrypt.showResults(*psnn::test::labResults(R"({"encryption": {"epochs": []}})"));
    EXPECT_TRUE(encrypt.exportButton()->isEnabled());
}

TEST(LoadPage, OffersAnIdxFolderAndShowsItByName)
{
    LoadPage page;
    auto* choice = page.findChild<QComboBox*>(QStringLiteral("evaluationData"));
    ASSERT_NE(choice, nullptr);
    EXPECT_GE(choice->findData(QStringLiteral("?idx")), 0);
    const QString spec = QStringLiteral("idx:/data/digits:test");
    page.setEvaluationData(spec);
    EXPECT_EQ(page.evaluationData(), spec);
    EXPECT_TRUE(choice->currentText().contains(QStringLiteral("digits"))) << choice->currentText().toStdString();
    EXPECT_FALSE(choice->currentText().startsWith(QStringLiteral("idx:"))) << choice->currentText().toStdString();
}
