// SPDX-License-Identifier: GPL-3.0-or-later
// The privacy-utility frontier as people read it: every point labelled, its values on hover, a far
// point that does not squeeze the others together, a click that selects the point's table row and
// shows its attack images, and the study's live work while it runs.
#include "models/studyfrontier.h"
#include "pages/frontierhover.h"
#include "pages/humanjudgepanel.h"
#include "pages/membershippanel.h"
#include "pages/reportpage.h"
#include "pages/studylive.h"
#include "pages/studypanel.h"
#include "pages/studypointimages.h"
#include "plots/frontierplot.h"

#include "privatesnn/ratings.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

namespace {

psnn::StudyPointResult point(const std::string& id, const std::string& defence, int epochs, double lr, double lost,
                             double accuracy)
{
    psnn::StudyAttackRow attack;
    attack.attack = "attack 2 (surrogate gradients)";
    attack.images = 100;
    attack.accuracy = accuracy;
    attack.interval = {accuracy - 0.08, accuracy + 0.08};
    psnn::StudyPointResult p;
    p.point = {id, defence, "core's label", epochs > 0 ? lr * epochs / 2e-3 : 0, epochs, lr, ""};
    p.annAccuracy = 0.9;
    p.snnAccuracy = 0.9 - lost;
    p.relativeL2 = 0.1;
    p.attacks = {attack};
    p.verdict.verdict = psnn::StudyVerdict::Leaks;
    return p;
}

/// The default grid's kinds of points, with the reinit point far out (it loses 60 points).
psnn::StudySummary grid()
{
    psnn::StudySummary s;
    s.grid = "default";
    s.judges = 2;
    s.points = {point("encryption-0", "encryption", 0, 0, 0.004, 0.92),
                point("encryption-1", "encryption", 20, 1e-4, 0.006, 0.90),
                point("encryption-2", "encryption", 5, 1e-2, 0.02, 0.55),
                point("noise-2", "noise", 5, 1e-2, 0.012, 0.8), point("reinit-0", "reinit", 10, 1e-3, 0.6, 0.12)};
    return s;
}

QStringList plotTexts(const QCustomPlot& plot)
{
    QStringList texts;
    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto* text = qobject_cast<QCPItemText*>(plot.item(i)))
            texts << text->text();
    return texts;
}

QPoint pixelOf(const QCustomPlot& plot, const psnn::FrontierLayout& layout, int row)
{
    for (const psnn::FrontierMark& mark : layout.marks)
        if (mark.point->row == row)
            return QPoint(int(std::lround(plot.xAxis->coordToPixel(mark.key))),
                          int(std::lround(plot.yAxis->coordToPixel(mark.value))));
    return {};
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

TEST(Frontier, LabelsEveryPointShortly)
{
    psnn::StudyPanel panel;
    panel.showStudy(grid());
    QTRY_COMPARE(panel.table()->rowCount(), 5);
    const QStringList texts = plotTexts(*panel.plot());
    for (const char* label : {"none", "paper dose", "lr 1e-2", "noise 1e-2", "reinit"})
        EXPECT_TRUE(texts.contains(QString::fromUtf8(label))) << label << ": " << texts.join(u" | ").toStdString();
    EXPECT_FALSE(texts.join(u' ').contains(QStringLiteral("upper bound")));
    EXPECT_EQ(panel.plot()->legend->layout(), panel.plot()->plotLayout()) << "the legend sits outside the data";
}

// Crowded points (22 within a few points of accuracy, as an evidence grid gives): no two visible
// labels overlap; a label with no free place is hidden, the point itself stays.
TEST(Frontier, CrowdedLabelsNeverOverlapNorLeaveThePlot)
{
    psnn::StudySummary s = grid();
    for (int i = 0; i < 22; ++i)
        s.points.push_back(
            point("noise-" + std::to_string(10 + i), "noise", 5, 1e-3 * (i + 1), 0.01 + 0.001 * i, 0.8 + 0.002 * i));
    for (int i = 0; i < 3; ++i) // at the top edge, where a label above its point would be cut off
        s.points.push_back(point("noise-" + std::to_string(40 + i), "noise", 5, 0.1 * (i + 1), 0.001 * i, 1.0));
    psnn::StudyPanel panel;
    panel.resize(1000, 1200);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showStudy(s); // placed at the shown geometry
    QTRY_COMPARE(panel.table()->rowCount(), int(s.points.size()));
    QCustomPlot& plot = *panel.plot();
    std::vector<QRectF> boxes;
    int hidden = 0;
    for (int i = 0; i < plot.itemCount(); ++i) {
        auto* text = qobject_cast<QCPItemText*>(plot.item(i));
        if (!text || text->position->typeX() != QCPItemPosition::ptPlotCoords)
            continue; // the chance lines' captions sit at the axis rect's left edge
        if (!text->visible()) {
            ++hidden;
            continue;
        }
        const QPointF p = text->position->pixelPosition();
        const QSizeF size = QFontMetricsF(text->font()).size(0, text->text());
        const double x = text->positionAlignment() & Qt::AlignLeft ? p.x() + 2 : p.x() - 2 - size.width();
        const double y = text->positionAlignment() & Qt::AlignBottom ? p.y() - size.height() : p.y();
        boxes.push_back(QRectF(QPointF(x, y), size).adjusted(2, 2, -2, -2));
    }
    EXPECT_GT(hidden, 0) << "22 labels cannot all fit";
    const QRectF area = plot.axisRect()->rect();
    for (const QRectF& box : boxes) // none cut off at the plot's edge
        EXPECT_TRUE(area.adjusted(-2, -2, 2, 2).contains(box)) << box.x() << ", " << box.y();
    for (size_t a = 0; a < boxes.size(); ++a)
        for (size_t b = a + 1; b < boxes.size(); ++b)
            EXPECT_FALSE(boxes[a].intersects(boxes[b])) << a << " and " << b;
}

// A study.json written before it kept each point's dose (labs of an earlier version) still gets
// short labels: the dose is read from the label core wrote.
TEST(Frontier, LabelsPointsOfAnOlderStudyFromTheirSetting)
{
    psnn::StudyPoint encryption{"encryption-1", "encryption", "lr 1e-3, 2 epochs", 1, 0, 0, ""};
    psnn::StudyPoint noise{"noise-2", "noise", "Gaussian noise matched to lr 1e-2, 2 epochs", 10, 0, 0, ""};
    psnn::StudyPoint odd{"encryption-9", "encryption", "something else", 3, 0, 0, ""};
    EXPECT_EQ(psnn::pointShortLabel(encryption), QStringLiteral("lr 1e-3"));
    EXPECT_EQ(psnn::pointSetting(encryption), QStringLiteral("lr 1e-3, 2 epochs"));
    EXPECT_EQ(psnn::pointShortLabel(noise), QStringLiteral("noise 1e-2"));
    EXPECT_EQ(psnn::pointShortLabel(odd), QStringLiteral("×3")) << "the strength when nothing else is known";
    EXPECT_EQ(psnn::pointSetting(odd), QStringLiteral("something else"));
}

// The later defences get short labels from their own dose fields; old files never had them.
TEST(Frontier, LabelsTheLaterDefencesAndControls)
{
    psnn::StudyPoint early;
    early.defence = "early-layers";
    early.layers = 2;
    early.epochs = 5;
    early.learningRate = 1e-2;
    early.strength = 2;
    psnn::StudyPoint bits;
    bits.defence = "quantisation";
    bits.bits = 4;
    bits.strength = 4; // no training: epochs 0 must not read as an old file's unknown dose
    psnn::StudyPoint transfer;
    transfer.defence = "transfer-control";
    transfer.epsilon = 0.1;
    transfer.strength = 0.1;
    EXPECT_EQ(psnn::pointShortLabel(early), QStringLiteral("first 2 layers"));
    EXPECT_TRUE(psnn::pointSetting(early).contains(QStringLiteral("lr 1e-2, 5 epochs")))
        << psnn::pointSetting(early).toStdString();
    EXPECT_EQ(psnn::pointShortLabel(bits), QStringLiteral("4-bit"));
    EXPECT_EQ(psnn::pointShortLabel(transfer), QStringLiteral("transfer control"));
}

// Controls defend nothing: no curve, a star of their own that hovers like a point and keeps the
// study's answer to the defences.
TEST(Frontier, ControlsAreReferenceMarksThatHoverLikePoints)
{
    psnn::StudySummary study = grid();
    psnn::StudyPointResult random = point("random-control", "random-control", 0, 0, 0.8, 0.11);
    random.point.label = "random weights";
    study.points.push_back(random);
    const std::vector<psnn::FrontierCurve> curves = psnn::frontierCurves(study);
    EXPECT_EQ(curves.size(), psnn::frontierCurves(grid()).size()) << "a control is no defence's curve";
    const std::vector<psnn::FrontierControl> controls = psnn::frontierControls(study);
    ASSERT_EQ(controls.size(), 1u);
    EXPECT_EQ(controls[0].point.row, 5);
    EXPECT_EQ(controls[0].point.label, QStringLiteral("random network"));
    EXPECT_TRUE(psnn::studyAnswer(study).contains(QStringLiteral("60.0 points")))
        << "the largest loss explored is a defence's, not the control's 80";

    psnn::StudyPanel panel;
    panel.resize(1000, 1200);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showStudy(study);
    QTRY_COMPARE(panel.table()->rowCount(), 6);
    panel.plot()->replot();
    bool star = false;
    for (int i = 0; i < panel.plot()->graphCount(); ++i)
        star = star || panel.plot()->graph(i)->scatterStyle().shape() == QCPScatterStyle::ssStar;
    EXPECT_TRUE(star);
    EXPECT_TRUE(plotTexts(*panel.plot()).contains(QStringLiteral("random network")));
    const QPoint at = pixelOf(*panel.plot(), panel.frontierLayout(), 5);
    QMouseEvent move(QEvent::MouseMove, at, panel.plot()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(panel.plot(), &move);
    const QString text = panel.frontierHover()->hoverText();
    EXPECT_TRUE(text.contains(QStringLiteral("Random-network control"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("80.0 points lost"))) << text.toStdString();
}

TEST(Frontier, ConnectsOnlyADefencesOwnDoses)
{
    QCustomPlot plot;
    const std::vector<psnn::FrontierCurve> curves = psnn::frontierCurves(grid());
    psnn::buildFrontierPlot(plot, curves, 10, 10);
    int lines = 0;
    for (int i = 0; i < plot.plottableCount(); ++i)
        if (auto* curve = qobject_cast<QCPCurve*>(plot.plottable(i))) {
            ++lines;
            EXPECT_EQ(curve->dataCount(), 3) << "only encryption has more than one point: none, paper dose, lr 1e-2";
        }
    EXPECT_EQ(lines, 1) << "no line from the undefended point to the noise or reinit points";
}

// People's points take their defence's colour and one filled marker that no judge curve uses, and
// the legend explains that marker once rather than once per defence.
TEST(Frontier, PeoplesPointsLookLikeTheirDefenceAndLikePeople)
{
    psnn::RatingsSummary human;
    for (const char* id : {"encryption-1", "noise-2", "reinit-0"}) {
        psnn::HumanPoint h;
        h.point = id;
        h.ratings = 20;
        h.accuracy = 0.5;
        h.interval = {0.3, 0.7};
        human.points.push_back(h);
    }
    const psnn::StudySummary study = grid();
    const std::vector<psnn::FrontierCurve> curves = psnn::frontierCurves(study, &human);
    QCustomPlot plot;
    psnn::buildFrontierPlot(plot, curves, 10, 10);
    std::map<QString, const QCPGraph*> byName;
    for (int i = 0; i < plot.graphCount(); ++i)
        byName[plot.graph(i)->name()] = plot.graph(i);
    int peopleInLegend = 0;
    std::set<int> judgeShapes;
    for (const psnn::FrontierCurve& curve : curves)
        if (!curve.people)
            judgeShapes.insert(byName.at(curve.name)->scatterStyle().shape());
    EXPECT_EQ(judgeShapes.size(), 3u) << "each defence its own marker";
    for (const psnn::FrontierCurve& curve : curves) {
        if (!curve.people)
            continue;
        const QString defence = curve.name.section(QStringLiteral(" — "), 0, 0);
        const QCPGraph* people = byName.at(curve.name);
        const QCPGraph* judge = byName.at(defence);
        EXPECT_EQ(people->scatterStyle().pen().color(), judge->scatterStyle().pen().color()) << defence.toStdString();
        EXPECT_EQ(people->scatterStyle().brush().color(), judge->scatterStyle().pen().color()) << "filled";
        EXPECT_EQ(judgeShapes.count(people->scatterStyle().shape()), 0u) << "no judge curve's marker";
        EXPECT_FALSE(plot.legend->hasItemWithPlottable(people));
    }
    for (int i = 0; i < plot.graphCount(); ++i)
        if (plot.graph(i)->name().startsWith(QStringLiteral("people"))
            && plot.legend->hasItemWithPlottable(plot.graph(i)))
            ++peopleInLegend;
    EXPECT_EQ(peopleInLegend, 1) << "one legend entry explains the people's marker";
}

TEST(Frontier, AFarPointKeepsTheNearOnesApart)
{
    QCustomPlot plot;
    plot.resize(640, 420);
    const std::vector<psnn::FrontierCurve> curves = psnn::frontierCurves(grid());
    const psnn::FrontierLayout layout = psnn::buildFrontierPlot(plot, curves, 10, 10);
    plot.replot();
    EXPECT_TRUE(layout.logX);
    EXPECT_TRUE(plot.xAxis->label().contains(QStringLiteral("logarithmic"))) << plot.xAxis->label().toStdString();
    // The undefended point (0.4 points lost) and the paper dose (0.6) are 0.2 points apart; on a
    // linear axis to 60 points they would share a pixel or two.
    const int none = pixelOf(plot, layout, 0).x(), paper = pixelOf(plot, layout, 1).x(),
              far = pixelOf(plot, layout, 4).x();
    EXPECT_GE(paper - none, 6);
    EXPECT_GE(pixelOf(plot, layout, 2).x() - paper, 30) << "1 and 2 points lost stay well apart";
    EXPECT_LT(far, plot.axisRect()->right()) << "the far point is in view";
    const QStringList ticks = plot.xAxis->tickVectorLabels();
    EXPECT_TRUE(ticks.contains(QStringLiteral("0")) && ticks.contains(QStringLiteral("50")))
        << ticks.join(u" ").toStdString();

    // Without a far point the axis stays linear.
    psnn::StudySummary near = grid();
    near.points.pop_back();
    const std::vector<psnn::FrontierCurve> nearCurves = psnn::frontierCurves(near);
    EXPECT_FALSE(psnn::buildFrontierPlot(plot, nearCurves, 10, 10).logX);
}

TEST(Frontier, HoverShowsThePointsValues)
{
    psnn::StudyPanel panel;
    panel.resize(1000, 1200);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showStudy(grid());
    QTRY_COMPARE(panel.table()->rowCount(), 5);
    panel.plot()->replot();
    const QPoint at = pixelOf(*panel.plot(), panel.frontierLayout(), 2);
    QMouseEvent move(QEvent::MouseMove, at, panel.plot()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(panel.plot(), &move);
    const QString text = panel.frontierHover()->hoverText();
    EXPECT_TRUE(text.contains(QStringLiteral("lr 1e-2, 5 epochs"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("judge accuracy 55.0 % [47.0 %, 63.0 %]"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Verdict: leaks"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2.0 points lost"))) << text.toStdString();
}

TEST(Frontier, ClickingAPointSelectsItsRowAndShowsItsImages)
{
    QTemporaryDir lab;
    const QString images = QDir(lab.path()).filePath(QStringLiteral("study/images/encryption-2"));
    ASSERT_TRUE(QDir().mkpath(images));
    write(QDir(lab.path()).filePath(QStringLiteral("study/study.json")),
          QByteArray::fromStdString(psnn::toJson(grid()).dump()));
    QImage image(28, 28, QImage::Format_Grayscale8);
    image.fill(128);
    ASSERT_TRUE(image.save(QDir(images).filePath(QStringLiteral("a-0.png"))));
    ASSERT_TRUE(image.save(QDir(images).filePath(QStringLiteral("a-1.png"))));
    psnn::AttackImageManifest manifest;
    manifest.images = {{"a-0.png", 0, "attack 2 (surrogate gradients)", "SNN", ""},
                       {"a-1.png", 1, "attack 2 (surrogate gradients)", "SNN", ""}};
    psnn::writeAttackImageManifest(QDir(images).filePath(QStringLiteral("attack_images.json")).toStdString(), manifest);

    psnn::StudyPanel panel;
    panel.setClassNames({QStringLiteral("T-shirt"), QStringLiteral("Trouser")});
    panel.resize(1000, 1400);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    panel.showLabStudy(lab.path());
    panel.plot()->replot();
    QTest::mouseClick(panel.plot(), Qt::LeftButton, Qt::NoModifier, pixelOf(*panel.plot(), panel.frontierLayout(), 2));
    ASSERT_EQ(panel.table()->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(panel.table()->selectionModel()->selectedRows().front().row(), 2);
    EXPECT_EQ(panel.pointImages()->imageCount(), 2);
    EXPECT_EQ(panel.pointImages()->captions(), (QStringList{QStringLiteral("T-shirt"), QStringLiteral("Trouser")}));
    EXPECT_TRUE(panel.pointImages()->titleText().contains(QStringLiteral("lr 1e-2, 5 epochs")))
        << panel.pointImages()->titleText().toStdString();
    EXPECT_TRUE(panel.detailsText().contains(QStringLiteral("Strongest attack: attack 2 (surrogate gradients)")));

    panel.table()->selectRow(0); // a point without kept images says so instead
    panel.selectPoint(0);
    EXPECT_EQ(panel.pointImages()->imageCount(), 0);
    EXPECT_TRUE(panel.pointImages()->noteText().startsWith(QStringLiteral("No attack images were kept")))
        << panel.pointImages()->noteText().toStdString();
}

TEST(Frontier, ResetShowsEveryPointAgain)
{
    psnn::StudyPanel panel;
    panel.showStudy(grid());
    QTRY_COMPARE(panel.table()->rowCount(), 5);
    const QCPRange home = panel.plot()->xAxis->range();
    panel.plot()->xAxis->setRange(home.lower, home.lower + 0.01);
    panel.findChild<QPushButton*>(QStringLiteral("studyResetZoom"))->click();
    EXPECT_DOUBLE_EQ(panel.plot()->xAxis->range().upper, home.upper);
    EXPECT_EQ(panel.plot()->selectionRectMode(), QCP::srmZoom) << "a drag draws a rectangle to zoom into";
}

TEST(StudyLive, ShowsTheCurrentPointsCurvesAndImagesWithProgressAndCancel)
{
    psnn::StudyPanel panel;
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto* cancel = panel.findChild<QPushButton*>(QStringLiteral("studyCancel"));
    ASSERT_NE(cancel, nullptr);
    EXPECT_FALSE(cancel->isVisible());
    panel.setRunning(true);
    EXPECT_TRUE(cancel->isVisible());
    EXPECT_TRUE(panel.liveView()->isVisible());
    panel.startPoint(QStringLiteral("study point encryption-2"), 2, 10);
    const psnn::RunItem item = psnn::RunItem::ofStudyPoint("encryption-2");
    panel.addMetrics({{item, QStringLiteral("lr 1e-3, 5 epochs/ce"), 1, 2.0},
                      {item, QStringLiteral("lr 1e-3, 5 epochs/ce"), 2, 1.5}});
    EXPECT_EQ(panel.liveView()->curvePoints(), 2);
    QImage image(28, 28, QImage::Format_Grayscale8);
    image.fill(200);
    panel.addImages({{item, QStringLiteral("attack 1 (ReLU re-conversion)"), 3, image}});
    EXPECT_EQ(panel.liveView()->imageCount(), 1);
    EXPECT_TRUE(panel.liveView()->titleText().contains(QStringLiteral("point 3 of 10")))
        << panel.liveView()->titleText().toStdString();
    panel.setProgress(0.5, QStringLiteral("attack 1"));
    EXPECT_EQ(panel.findChild<QProgressBar*>(QStringLiteral("studyProgress"))->value(), 250); // (2 + 0.5) / 10
    QSignalSpy cancelled(&panel, &psnn::StudyPanel::cancelRequested);
    cancel->click();
    EXPECT_EQ(cancelled.count(), 1);
    panel.startPoint(QStringLiteral("study point encryption-3"), 3, 10);
    EXPECT_EQ(panel.liveView()->curvePoints(), 0) << "each point starts empty";
    panel.setRunning(false);
    EXPECT_FALSE(cancel->isVisible());
    EXPECT_FALSE(panel.liveView()->isVisible());
}

// The Report page shows the lab's study as the exported report does (answer, frontier, table),
// with the human judge and membership sections, and none of the controls that start runs.
TEST(ReportPage, ShowsTheLabsStudyHumanJudgeAndMembership)
{
    QTemporaryDir lab;
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study")));
    write(QDir(lab.path()).filePath(QStringLiteral("study/study.json")),
          QByteArray::fromStdString(psnn::toJson(grid()).dump()));
    psnn::ReportPage page;
    page.resize(1000, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.setLabFolder(lab.path());
    EXPECT_EQ(page.studyView()->table()->rowCount(), 5);
    EXPECT_TRUE(page.studyView()->answerText().startsWith(QStringLiteral("No setting explored is protected")))
        << page.studyView()->answerText().toStdString();
    EXPECT_TRUE(plotTexts(*page.studyView()->plot()).contains(QStringLiteral("reinit")));
    EXPECT_FALSE(page.studyView()->findChild<QPushButton*>(QStringLiteral("studyRun"))->isVisible());
    EXPECT_TRUE(page.humanView()->isVisible());
    EXPECT_FALSE(page.humanView()->rateButton()->isVisible());
    EXPECT_TRUE(page.membershipView()->isVisible());
    EXPECT_FALSE(page.membershipView()->findChild<QPushButton*>(QStringLiteral("membershipRun"))->isVisible());
    page.setLabFolder(QDir(lab.path()).filePath(QStringLiteral("elsewhere")));
    EXPECT_EQ(page.studyView()->table()->rowCount(), 0);
}

} // namespace
