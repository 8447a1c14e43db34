// SPDX-License-Identifier: GPL-3.0-or-later
// "How much encryption is enough?": the report section drawn from LAB/study/study.json, and the
// frontier's curves read from it.
#include "models/studyfrontier.h"
#include "reportformat.h"
#include "reportwriter.h"
#include "samplelab.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using psnn::test::SampleLab;

namespace {

psnn::StudyAttackRow attack(const std::string& name, double accuracy, double low, double high,
                            psnn::StudyVerdict verdict)
{
    psnn::StudyAttackRow a;
    a.attack = name;
    a.images = 100;
    a.accuracy = accuracy;
    a.interval = a.bootstrap = {low, high};
    a.accuracy2 = accuracy;
    a.agreement = 0.9;
    a.fid = 10;
    a.fidNormalised = 0.5;
    a.kid = 0.1;
    a.kidNormalised = 0.4;
    a.mcnemarP = 0.03;
    a.verdict.verdict = verdict;
    a.verdict.interval = {low - 0.01, high + 0.01};
    a.verdict.family = 4;
    a.judgeVerdicts = {a.verdict, a.verdict};
    return a;
}

psnn::StudyPointResult point(const std::string& id, const std::string& defence, double strength, double lost,
                             const psnn::StudyAttackRow& strongest)
{
    psnn::StudyPointResult p;
    p.point = {id, defence, "setting " + id, strength, 0, 0, ""};
    p.relativeL2 = strength / 10;
    p.annAccuracy = 0.9;
    p.snnAccuracy = 0.9 - lost;
    p.reconvertedAccuracy = 0.8;
    p.attacks = {strongest, attack("attack 2", 0.1, 0.05, 0.18, psnn::StudyVerdict::Protected)};
    p.verdict = psnn::combineVerdicts({p.attacks[0].verdict, p.attacks[1].verdict});
    return p;
}

psnn::StudySummary sampleStudy()
{
    psnn::StudySummary s;
    s.answer = "x";
    s.judges = 2;
    s.points = {
        point("encryption-0", "encryption", 0, 0.02, attack("attack 1", 0.86, 0.78, 0.92, psnn::StudyVerdict::Leaks)),
        point("encryption-1", "encryption", 1, 0.03, attack("attack 1", 0.80, 0.71, 0.87, psnn::StudyVerdict::Leaks)),
        point("noise-1", "noise", 1, 0.12, attack("attack 1", 0.08, 0.035, 0.15, psnn::StudyVerdict::Protected))};
    s.recommended = 2;
    return s;
}

TEST(StudyFrontier, EachDefenceHasOnlyItsOwnPoints)
{
    const std::vector<psnn::FrontierCurve> curves = psnn::frontierCurves(sampleStudy());
    ASSERT_EQ(curves.size(), 2u);
    ASSERT_EQ(curves[0].points.size(), 2u);
    EXPECT_DOUBLE_EQ(curves[0].points[0].judgeAccuracy, 86);
    EXPECT_DOUBLE_EQ(curves[0].points[1].judgeAccuracy, 80);
    // The noise point alone: a line from the undefended point would suggest a continuum between them.
    ASSERT_EQ(curves[1].points.size(), 1u);
    EXPECT_NEAR(curves[1].points[0].accuracyLost, 12, 1e-9);
    EXPECT_DOUBLE_EQ(curves[1].points[0].judgeAccuracy, 8);
    EXPECT_DOUBLE_EQ(curves[1].points[0].high, 15);
    EXPECT_EQ(curves[1].points[0].row, 2) << "the point's row in the study table";
    EXPECT_TRUE(
        curves[1].points[0].details.contains(QStringLiteral("Verdict: protected against this attacker budget")));
}

// The transfer control's share of the undefended judge accuracy above chance: a control below chance
// has no share to state (a negative percentage would read as a quantity).
TEST(StudyFrontier, TransferControlSaysNothingAboveChanceWhenItIsBelowIt)
{
    psnn::StudySummary s = sampleStudy();
    s.chance = 0.1;
    s.points.push_back(
        point("transfer-control", "transfer-control", 0, 0,
              attack("transfer control (targeted PGD)", 0.05, 0.01, 0.12, psnn::StudyVerdict::Protected)));
    s.transferShare = (0.05 - 0.1) / (0.86 - 0.1);
    const QString below = psnn::transferControlText(s);
    EXPECT_TRUE(below.contains(QStringLiteral("nothing above chance"))) << below.toStdString();
    EXPECT_FALSE(below.contains(QLatin1Char('-'))) << below.toStdString();
    s.transferShare = 0.25;
    const QString above = psnn::transferControlText(s);
    EXPECT_TRUE(above.contains(QStringLiteral("reaches 25"))) << above.toStdString();
}

TEST(StudySection, ShowsTheAnswerThePlotAndTheTable)
{
    SampleLab lab;
    lab.writeResults(SampleLab::fixtureResults());
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study")));
    QFile file(QDir(lab.path()).filePath(QStringLiteral("study/study.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(psnn::toJson(sampleStudy()).dump()));
    file.close();
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("How much encryption is enough?")));
    EXPECT_TRUE(text.contains(QStringLiteral("The weakest setting protected against this attacker budget is Noise of equal drift")));
    EXPECT_TRUE(text.contains(QStringLiteral("at a cost of 12.0 points")));
    EXPECT_TRUE(text.contains(QStringLiteral("highest upper bound ") + psnn::formatPercent(0.19)
                              + QStringLiteral(", family-wise over 4 tests")));
    EXPECT_TRUE(text.contains(QStringLiteral("protected against this attacker budget")));
    // The study has two judges (the sample lab's own attack step has one, which its section says).
    EXPECT_FALSE(text.contains(QStringLiteral("(setting study.second_judge)")));
    EXPECT_TRUE(text.contains(QStringLiteral("1 − 0.05/F")));
    EXPECT_TRUE(QFileInfo::exists(lab.reportFile(QStringLiteral("plots/study_frontier.png"))));
    QFile csv(lab.reportFile(QStringLiteral("study_attacks.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 7); // header + 3 points x 2 attacks
    EXPECT_TRUE(
        lines[0].endsWith(QStringLiteral("family,judge1_verdict,judge2_verdict,verdict,power_target,images_for_80")));
    EXPECT_TRUE(lines[1].contains(QStringLiteral(",4,leaks,leaks,leaks,,"))) << lines[1].toStdString();
}

TEST(StudySection, SaysWhenTheVerdictsRestOnOneJudge)
{
    SampleLab lab;
    lab.writeResults(SampleLab::fixtureResults());
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study")));
    psnn::StudySummary one = sampleStudy();
    one.judges = 1;
    QFile file(QDir(lab.path()).filePath(QStringLiteral("study/study.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(psnn::toJson(one).dump()));
    file.close();
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(html.readAll()).contains(QStringLiteral("The verdicts rest on one judge")));
}

TEST(StudySection, NamesTheFeatureExtractorAndListsThePairedComparisons)
{
    SampleLab lab;
    lab.writeResults(SampleLab::fixtureResults());
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study")));
    psnn::StudySummary study = sampleStudy();
    study.featureExtractor = "judge (penultimate layer of J.psnn)";
    psnn::StudyComparison c;
    c.first = study.points[1].point.id;
    c.second = study.points[0].point.id;
    c.attack = study.points[1].strongestAttack()->attack;
    c.difference = -0.07;
    c.interval = {-0.15, 0.01};
    c.p = 0.09;
    c.pairs = 300;
    c.firstLoss = 0.12;
    c.secondLoss = 0.0;
    study.comparisons = {c};
    QFile file(QDir(lab.path()).filePath(QStringLiteral("study/study.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(psnn::toJson(study).dump()));
    file.close();
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Distances are measured in: judge (penultimate layer of J.psnn)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Paired comparisons")));
    EXPECT_TRUE(text.contains(QStringLiteral("-15.0 to 1.0 points"))) << "the interval in points";
    QFile csv(lab.reportFile(QStringLiteral("study_comparisons.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral(",false"))) << "12 points against 0: not at equal accuracy loss";
}

// Seventeen columns do not fit a portrait A4 page: the PDF splits the table into parts that repeat
// the point's defence and setting, where the page's edge used to cut off the last columns.
TEST(StudySection, ThePdfHoldsEveryColumnOfTheTable)
{
    SampleLab lab;
    lab.writeResults(SampleLab::fixtureResults());
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study")));
    QFile file(QDir(lab.path()).filePath(QStringLiteral("study/study.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(psnn::toJson(sampleStudy()).dump()));
    file.close();
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    const std::optional<QString> text = psnn::test::pdfText(QString::fromStdString(files.pdf));
    ASSERT_TRUE(text) << "pdftotext did not run: install poppler-utils (scripts/setup-debian.sh does)";
    for (const char* header :
         {"Relative L2 change", "Judges agree", "McNemar p", "Family-wise interval", "Verdict of the point"})
        EXPECT_TRUE(text->contains(QLatin1StringView(header))) << header;
    EXPECT_TRUE(text->contains(QStringLiteral("Part 3 of 3 of this table")));
    // The last part (between the captions of parts 2 and 3) holds every row's verdict, two points
    // leak and one is protected, beside the repeated key columns.
    const qsizetype second = text->indexOf(QStringLiteral("Part 2 of 3"));
    ASSERT_GE(second, 0);
    const QString last = text->mid(second, text->indexOf(QStringLiteral("Part 3 of 3"), second) - second);
    EXPECT_TRUE(last.contains(QStringLiteral("Verdict of the point"))) << last.toStdString();
    EXPECT_EQ(last.count(QStringLiteral("leaks")), 2) << last.toStdString();
    EXPECT_EQ(last.count(QStringLiteral("Noise of equal drift")), 1)
        << "the key columns repeat: " << last.toStdString();

    QFile html(QString::fromStdString(files.html));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    EXPECT_FALSE(QString::fromUtf8(html.readAll()).contains(QStringLiteral("Part 1 of")))
        << "the HTML keeps the table whole";
}

// A quick grid's verdicts carry the caveat the GUI, the CLI and study.csv give, beside the verdict.
TEST(StudySection, MarksQuickGridVerdictsAsTooFewImages)
{
    SampleLab lab;
    lab.writeResults(SampleLab::fixtureResults());
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study")));
    psnn::StudySummary quick = sampleStudy();
    quick.grid = "quick";
    QFile file(QDir(lab.path()).filePath(QStringLiteral("study/study.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(psnn::toJson(quick).dump()));
    file.close();
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    EXPECT_EQ(text.count(QStringLiteral("leaks (too few images for a verdict: 100 per attack)")), 2);
    EXPECT_TRUE(text.contains(QStringLiteral("<b>Too few images for verdicts:"))) << "said before the answer";
}

TEST(StudySection, SaysNotRunWithoutAStudy)
{
    SampleLab lab;
    lab.writeResults(SampleLab::fixtureResults());
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(html.readAll()).contains(QStringLiteral("no privacy-utility study in this lab")));
}

} // namespace
