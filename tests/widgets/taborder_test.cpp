// SPDX-License-Identifier: GPL-3.0-or-later
// Walking a page with Tab, as a keyboard user does: the settings, then Run, then the results; a
// table is one stop, its cells reached with the arrow keys.
#include "labresults.h"
#include "pages/attackpage.h"
#include "pages/runpanel.h"
#include "pages/settingsform.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace {

const char* const Leakage = R"({
  "model": {"class_names": ["top", "middle", "bottom"]},
  "leakage": {"rows": [{"attack": "reference", "target": "real images", "images": 3, "fid": 1, "kid": 0, "kid_std": 0},
                       {"attack": "attack 1", "target": "ANN", "images": 3, "fid": 200, "kid": 0.05, "kid_std": 0.01,
                        "judge_accuracy": 0.9},
                       {"attack": "attack 1", "target": "SNN", "images": 3, "fid": 210, "kid": 0.06, "kid_std": 0.01,
                        "judge_accuracy": 0.8}],
              "verdicts": [{"attack": "attack 1", "target": "SNN", "leaks": true, "explanation": "judge above chance"}]}
})";

/// The widgets Tab visits from the page's first setting until it comes back there (at most limit).
QList<QWidget*> tabWalk(QWidget& start, int limit)
{
    QList<QWidget*> visited;
    start.setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    for (int i = 0; i < limit; ++i) {
        QWidget* now = QApplication::focusWidget();
        if (!now || (i > 0 && now == visited.first()))
            break;
        visited << now;
        QTest::keyClick(now, Qt::Key_Tab);
    }
    return visited;
}

} // namespace

TEST(TabOrder, RunFollowsTheSettingsAndTheLeakageTableIsOneStop)
{
    psnn::AttackPage page;
    page.setSettings(nlohmann::json::parse(R"({"leakage": {"run_attack1": true, "run_attack2": true,
        "attack1": {"classes": [], "restarts": 3, "iterations": 150},
        "attack2": {"classes": [], "restarts": 1, "iterations": 10}}})"));
    page.resize(1000, 800);
    page.showResults(psnn::test::labResults(Leakage));
    page.setSettingsExpanded(true); // results fold them away; Tab walks them when they are open
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto* run = page.runPanel()->findChild<QPushButton*>(QStringLiteral("runButton"));
    ASSERT_TRUE(run && run->isEnabled()) << (run ? run->toolTip().toStdString() : "no Run button");
    ASSERT_EQ(page.table()->rowCount(), 3);
    QLineEdit* first = page.form()->lineEdit(QStringLiteral("leakage.attack1.classes"));
    ASSERT_NE(first, nullptr);

    const QList<QWidget*> walk = tabWalk(*first, 200);
    ASSERT_LT(walk.size(), 200) << "Tab never came back to the first setting";
    const qsizetype runAt = walk.indexOf(run);
    const qsizetype tableAt = walk.indexOf(page.table());
    ASSERT_GE(runAt, 0) << "Tab never reached Run";
    ASSERT_GE(tableAt, 0) << "Tab never reached the leakage table";
    // Every setting comes before Run, the table after it.
    for (const QString& key :
         {QStringLiteral("leakage.attack1.classes"), QStringLiteral("leakage.attack2.iterations")}) {
        const qsizetype at = walk.indexOf(page.form()->lineEdit(key));
        ASSERT_GE(at, 0) << key.toStdString();
        EXPECT_LT(at, runAt) << key.toStdString();
    }
    EXPECT_GT(tableAt, runAt);
    EXPECT_EQ(walk.count(page.table()), 1);
    EXPECT_NE(walk.value(tableAt + 1), page.table()) << "Tab walked into the table's cells";

    // Inside the table the arrow keys move between cells.
    page.table()->setFocus(Qt::TabFocusReason);
    page.table()->setCurrentCell(0, 0);
    QTest::keyClick(page.table(), Qt::Key_Down);
    EXPECT_EQ(page.table()->currentRow(), 1);
    EXPECT_EQ(QApplication::focusWidget(), page.table());
}
