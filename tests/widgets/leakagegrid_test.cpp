// SPDX-License-Identifier: GPL-3.0-or-later
// The leakage results for people: the grid's PNG cut into cells under worded column titles, the
// verdict's reasoning rebuilt from its numbers, tooltips broken into short lines.
#include "labresults.h"
#include "models/leakagetext.h"
#include "pages/attackpage.h"
#include "pages/leakagegrid.h"

#include "privatesnn/attack_grid.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace {

namespace grid = psnn::attack_grid;

/// A grid PNG as core lays it out: cell (r, c) filled with the grey level 10 (r + 1) + c.
QImage drawnGrid(int columns, int rows, int side)
{
    QImage image(grid::kLabelWidth + columns * (side + grid::kGap), grid::kHeader + rows * (side + grid::kGap),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            const int level = 10 * (r + 1) + c;
            painter.fillRect(grid::kLabelWidth + c * (side + grid::kGap), grid::kHeader + r * (side + grid::kGap), side,
                             side, QColor(level, level, level));
        }
    return image;
}

/// The lines of a tooltip made by wrappedToolTip, as plain text.
QStringList tooltipLines(const QString& tooltip)
{
    QString inner = tooltip;
    inner.remove(QRegularExpression(QStringLiteral("^<p[^>]*>|</p>$")));
    return inner.split(QStringLiteral("<br/>"));
}

/// Columns of a line: a CJK character counts two.
int columnsOf(const QString& line)
{
    int n = 0;
    for (QChar c : line)
        n += c.unicode() >= 0x2E80 ? 2 : 1;
    return n;
}

} // namespace

TEST(LeakageGrid, CutsThePngIntoItsCellsUnderWordedTitles)
{
    psnn::LeakageGrid view;
    view.resize(900, 400);
    view.show(); // a hidden widget's resize events wait for its show
    const QStringList columns{QStringLiteral("real images (held out)"), QStringLiteral("attack 1 on the SNN"),
                              QStringLiteral("attack 1 on the encrypted SNN")};
    const QStringList rows{QStringLiteral("top"), QStringLiteral("middle")};
    ASSERT_TRUE(view.setGrid(drawnGrid(3, 2, 12), columns, rows));
    EXPECT_EQ(view.columnTitles(), columns);
    EXPECT_EQ(view.rowNames(), rows);
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c) {
            const QImage cell = view.cell(r, c);
            ASSERT_EQ(cell.size(), QSize(12, 12));
            // Every pixel of the cut cell is its own cell's: no gap, title or neighbour inside.
            for (const QPoint p : {QPoint(0, 0), QPoint(11, 11), QPoint(0, 11), QPoint(11, 0)})
                EXPECT_EQ(qGray(cell.pixel(p)), 10 * (r + 1) + c) << r << "," << c;
        }
    // Large on a wide page: the 12-pixel cells are drawn many times bigger.
    EXPECT_GE(view.cellSize(), 120);
    view.resize(300, 400);
    EXPECT_LT(view.cellSize(), 120) << "the cells follow the width";
}

TEST(LeakageGrid, RefusesAnImageOfAnotherLayout)
{
    psnn::LeakageGrid view;
    EXPECT_FALSE(view.setGrid(drawnGrid(3, 2, 12), {QStringLiteral("a"), QStringLiteral("b")},
                              {QStringLiteral("x"), QStringLiteral("y")}));
    EXPECT_FALSE(view.setGrid(drawnGrid(2, 2, 12), {QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("x")}));
    EXPECT_FALSE(view.setGrid(QImage(), {QStringLiteral("a")}, {QStringLiteral("x")}));
    EXPECT_TRUE(view.isEmpty());
}

TEST(LeakageText, WrapsTooltipsIntoShortLinesKeepingEveryWord)
{
    const QString sentence = QStringLiteral("The judge puts 24 of 30 images from attack 1 on the encrypted SNN in "
                                            "their target class (80.0 %, 95 % interval "
                                            "61.4 %–92.3 %; chance 10.0 %, one-sided binomial p = 1.2e-15).");
    const QStringList lines = tooltipLines(psnn::wrappedToolTip(sentence));
    EXPECT_GE(lines.size(), 3);
    for (const QString& line : lines)
        EXPECT_LE(columnsOf(line), 60) << line.toStdString();
    EXPECT_EQ(lines.join(QLatin1Char(' ')), sentence) << lines.join(QLatin1Char('|')).toStdString();

    // Chinese has no spaces: it breaks between characters, a wide character counting two columns.
    const QString chinese = QString(70, QChar(0x56FE)); // 图 × 70 = 140 columns
    const QStringList cjk = tooltipLines(psnn::wrappedToolTip(chinese));
    ASSERT_EQ(cjk.size(), 3);
    for (const QString& line : cjk)
        EXPECT_LE(columnsOf(line), 60);
    EXPECT_EQ(cjk.join(QString()), chinese);
}

TEST(LeakageText, RebuildsTheVerdictsReasonFromItsNumbers)
{
    psnn::LeakageVerdict v;
    v.attack = "attack 1";
    v.target = "encrypted SNN";
    v.explanation = "English from the file";
    v.verdict = psnn::StudyVerdict::Leaks;
    v.images = 30;
    v.judgeAccuracy = 0.8;
    v.ciLow = 0.614;
    v.ciHigh = 0.923;
    v.pValue = 1.2e-15;
    const QString text = psnn::verdictExplanation(v, 0.1, 0.95, 0.9);
    EXPECT_TRUE(text.startsWith(
        QStringLiteral("The judge puts 24 of 30 images from attack 1 on the encrypted SNN in their target class (80.0 "
                       "%, 95 % interval 61.4 %–92.3 %; chance 10.0 %, one-sided binomial p = 1.2e-15).")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("so this model leaks."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("changed the judge accuracy by -10.0 points"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("English from the file")));

    v.verdict = psnn::StudyVerdict::Inconclusive;
    v.powerTarget = psnn::PowerTarget::WithinMargin;
    v.imagesFor80 = 0;
    EXPECT_TRUE(psnn::verdictExplanation(v, 0.1, 0.95, std::nullopt)
                    .contains(QStringLiteral("more than 100,000 images would give 80 % power to bound it")))
        << psnn::verdictExplanation(v, 0.1, 0.95, std::nullopt).toStdString();

    psnn::LeakageVerdict old; // a lab from before the numbers were kept
    old.verdict = psnn::StudyVerdict::Leaks;
    old.explanation = "English from the file";
    EXPECT_EQ(psnn::verdictExplanation(old, 0.1, 0.95, std::nullopt), QStringLiteral("English from the file"));
}

// With a second judge the reason names the judge whose interval decided, at 1 - alpha / 2, and
// the other judge's accuracy.
TEST(LeakageText, NamesTheDecidingJudgeOfTwo)
{
    psnn::LeakageVerdict v;
    v.attack = "attack 2";
    v.target = "SNN";
    v.verdict = psnn::StudyVerdict::Leaks;
    v.images = 200;
    v.judgeAccuracy = 0.10;
    v.judge2Accuracy = 0.30;
    v.judges = 2;
    v.decidedBy = 2;
    v.ciLow = 0.2292;
    v.ciHigh = 0.3784;
    v.pValue = 1e-12;
    const QString text = psnn::verdictExplanation(v, 0.1, 0.95, std::nullopt);
    EXPECT_TRUE(text.startsWith(QStringLiteral("Judge 2 puts 60 of 200 images from attack 2 on the SNN in their target "
                                               "class (30.0 %, 97.5 % interval 22.9 %–37.8 %;")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Judge 1 puts 10.0 % there"))) << text.toStdString();
}

// The pipeline's own lab: the grid shows words over its columns, the table words in its cells, and
// the verdict's tooltip is a few short lines.
TEST(AttackPage, ShowsTheSampleLabsGridAndVerdictsInWords)
{
    QFile file(QStringLiteral(PRIVATESNN_SAMPLE_LAB "/results.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << "run the SampleLab fixture (ctest -L widgets) first";
    const auto results = std::make_shared<const psnn::LabResults>(psnn::parseLabResults(file.readAll().toStdString()));
    ASSERT_TRUE(results->leakage);
    psnn::AttackPage page;
    page.resize(1000, 800);
    page.setLabFolder(QStringLiteral(PRIVATESNN_SAMPLE_LAB));
    page.showResults(results);
    ASSERT_TRUE(page.showsGrid());
    // The evidence leads: the settings fold away, the images come before the scores.
    EXPECT_FALSE(page.settingsExpanded());
    page.show();
    EXPECT_LT(page.grid()->mapTo(&page, QPoint(0, 0)).y(), page.table()->mapTo(&page, QPoint(0, 0)).y());
    EXPECT_GE(page.grid()->cellSize(), 100) << "the images are drawn large";
    ASSERT_FALSE(page.grid()->isEmpty()) << "the pipeline's PNG has the layout attack_grid.h describes";
    const QStringList titles = page.grid()->columnTitles();
    EXPECT_TRUE(titles.contains(QStringLiteral("attack 1 on the SNN"))) << titles.join(QLatin1Char('|')).toStdString();
    for (const QString& title : titles)
        EXPECT_FALSE(title.contains(QStringLiteral("w/"))) << title.toStdString();
    EXPECT_EQ(page.grid()->rowNames().size(), qsizetype(results->model.classNames.size()));

    bool sawTooltip = false;
    for (int row = 0; row < page.table()->rowCount(); ++row) {
        EXPECT_NE(page.table()->item(row, 1)->text(), QString()) << row;
        const QString tip = page.table()->item(row, 7)->toolTip();
        if (tip.isEmpty())
            continue;
        sawTooltip = true;
        for (const QString& line : tooltipLines(tip))
            EXPECT_LE(columnsOf(line), 60) << line.toStdString();
    }
    EXPECT_TRUE(sawTooltip);
}
