// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/errorbanner.h"
#include "pages/loadpage.h"
#include "pages/settingsform.h"
#include "typing.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <gtest/gtest.h>

using psnn::ErrorBanner;
using psnn::LoadPage;
using psnn::ModelSnapshot;

namespace {

ModelSnapshot sampleSnapshot()
{
    ModelSnapshot snapshot;
    snapshot.name = QStringLiteral("teacher");
    snapshot.source = QStringLiteral("/models/teacher.psnn");
    snapshot.channels = 1;
    snapshot.height = 28;
    snapshot.width = 28;
    snapshot.classNames = QStringList{QStringLiteral("zero"), QStringLiteral("one")};
    snapshot.layers = {{QStringLiteral("features.0"), QStringLiteral("Conv2d"), QStringLiteral("16 × 28 × 28"), 144, 112896},
                       {QStringLiteral("classifier.0"), QStringLiteral("Linear"), QStringLiteral("2"), 32, 32}};
    snapshot.parameters = 176;
    snapshot.macs = 112928;
    snapshot.testAccuracy = 0.982;
    return snapshot;
}

} // namespace

TEST(LoadPage, ShowsASnapshotInItsTableAndSummary)
{
    LoadPage page;
    page.show();
    page.showModel(sampleSnapshot());
    auto* table = page.findChild<QTableView*>(QStringLiteral("architectureTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_TRUE(table->isVisible());
    ASSERT_EQ(table->model()->rowCount(), 2);
    EXPECT_EQ(table->model()->index(1, 0).data().toString(), QStringLiteral("classifier.0"));
    const QString summary = page.findChild<QLabel*>(QStringLiteral("modelSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("teacher")));
    EXPECT_TRUE(summary.contains(QStringLiteral("1 × 28 × 28")));
    EXPECT_TRUE(summary.contains(QStringLiteral("zero, one")));
    EXPECT_TRUE(summary.contains(QStringLiteral("112,928")));
    EXPECT_TRUE(summary.contains(QStringLiteral("98.2 %")));
}

TEST(LoadPage, ShowsAnErrorBannerAndKeepsTheModel)
{
    LoadPage page;
    page.show();
    auto* banner = page.findChild<ErrorBanner*>(QStringLiteral("errorBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());
    page.showModel(sampleSnapshot());
    page.showError(QStringLiteral("The model file 'x.pt' was not found."), QStringLiteral("Check the path."));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->message(), QStringLiteral("The model file 'x.pt' was not found."));
    EXPECT_EQ(banner->hint(), QStringLiteral("Check the path."));
    EXPECT_EQ(page.findChild<QTableView*>()->model()->rowCount(), 2);
    page.showModel(sampleSnapshot());
    EXPECT_FALSE(banner->isVisible());
}

TEST(LoadPage, AsksForTheBundledDemoAndDisablesButtonsWhileBusy)
{
    LoadPage page;
    QSignalSpy spy(&page, &LoadPage::bundledDemoRequested);
    QPushButton* demo = nullptr;
    for (QPushButton* button : page.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Load bundled demo"))
            demo = button;
    }
    ASSERT_NE(demo, nullptr);
    demo->click();
    EXPECT_EQ(spy.count(), 1);
    page.setBusy(true);
    EXPECT_FALSE(demo->isEnabled());
    page.setBusy(false);
    EXPECT_TRUE(demo->isEnabled());
}

TEST(LoadPage, ShowsHowASpikingNetworkIsReadOnlyForOne)
{
    LoadPage page;
    page.show();
    auto* box = page.findChild<QGroupBox*>(QStringLiteral("importBox"));
    ASSERT_NE(box, nullptr);
    page.showModel(sampleSnapshot());
    EXPECT_FALSE(box->isVisible()) << "an ANN has no reset, coding or readout to decide";

    ModelSnapshot imported = sampleSnapshot();
    imported.source = QStringLiteral("/models/trained.nir");
    imported.semantics = {QStringLiteral("reset: subtract (file metadata)"),
                          QStringLiteral("T: 100 (default; -T sets another)")};
    page.showModel(imported);
    EXPECT_TRUE(box->isVisible());
    const QString shown = page.findChild<QLabel*>(QStringLiteral("importSemantics"))->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("reset: subtract (file metadata)")));
    EXPECT_TRUE(shown.contains(QStringLiteral("T: 100")));

    // The window fills the form from the run's settings (defaults: everything from the file).
    page.setImportSettings(
        {{"snn_import", {{"reset", ""}, {"input_coding", ""}, {"readout", ""}, {"dt", 0}, {"timesteps", 0}}}});
    EXPECT_TRUE(page.importSettingsValid());
    QSignalSpy changed(&page, &LoadPage::importSettingsChanged);
    auto* form = box->findChild<psnn::SettingsForm*>();
    ASSERT_NE(form, nullptr);
    psnn::test::typeInto(form->lineEdit(QStringLiteral("snn_import.timesteps")), QStringLiteral("8"));
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(page.importSettingsValid());
    EXPECT_EQ(page.importSettings()["snn_import"]["timesteps"], 8);
    psnn::test::typeInto(form->lineEdit(QStringLiteral("snn_import.timesteps")), QStringLiteral("-1"));
    EXPECT_FALSE(page.importSettingsValid()) << "a negative length is refused inline, not read";

    page.showModel(sampleSnapshot());
    EXPECT_FALSE(box->isVisible()) << "loading an ANN after a NIR graph hides the import choices";
}
