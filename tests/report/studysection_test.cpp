// SPDX-License-Identifier: GPL-3.0-or-later
// "How much encryption is enough?": the report section drawn from LAB/study/study.json, and the
// frontier's curves read from it.
#include "models/studyfrontier.h"
#include "reportwriter.h"
#include "samplelab.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QJsonObject attack(const QString& name, double accuracy, double low, double high, const QString& verdict)
{
    return {{u"attack"_s, name},         {u"images"_s, 100},         {u"judge_accuracy"_s, accuracy}, {u"judge_ci_low"_s, low},
            {u"judge_ci_high"_s, high},  {u"bootstrap_low"_s, low},  {u"bootstrap_high"_s, high},     {u"judge2_accuracy"_s, accuracy},
            {u"judge_agreement"_s, 0.9}, {u"fid"_s, 10.0},           {u"fid_normalised"_s, 0.5},      {u"kid"_s, 0.1},
            {u"kid_normalised"_s, 0.4},  {u"mcnemar_p"_s, 0.03},     {u"verdict"_s, verdict},         {u"images_needed"_s, 0}};
}

QJsonObject point(const QString& id, const QString& defence, double strength, double lost, const QJsonObject& strongest)
{
    const QString name = strongest.value(QStringLiteral("attack")).toString();
    return {{u"id"_s, id},
            {u"defence"_s, defence},
            {u"label"_s, QStringLiteral("setting %1").arg(id)},
            {u"strength"_s, strength},
            {u"weight_relative_l2"_s, strength / 10},
            {u"ann_accuracy"_s, 0.9},
            {u"snn_accuracy"_s, 0.9 - lost},
            {u"accuracy_lost"_s, lost},
            {u"reconverted_ann_accuracy"_s, 0.8},
            {u"strongest"_s, name},
            {u"attacks"_s, QJsonArray{strongest, attack(u"attack 2"_s, 0.1, 0.05, 0.18, u"protected"_s)}}};
}

QJsonObject sampleStudy()
{
    return {{u"schema"_s, u"privatesnn-study"_s},
            {u"chance"_s, 0.1},
            {u"margin"_s, 0.1},
            {u"recommended"_s, u"noise-1"_s},
            {u"answer"_s, u"x"_s},
            {u"points"_s, QJsonArray{point(u"encryption-0"_s, u"encryption"_s, 0, 0.02, attack(u"attack 1"_s, 0.86, 0.78, 0.92, u"leaks"_s)),
                                  point(u"encryption-1"_s, u"encryption"_s, 1, 0.03, attack(u"attack 1"_s, 0.80, 0.71, 0.87, u"leaks"_s)),
                                  point(u"noise-1"_s, u"noise"_s, 1, 0.12, attack(u"attack 1"_s, 0.08, 0.035, 0.15, u"protected"_s))}}};
}

TEST(StudyFrontier, CurvesStartFromTheUndefendedPoint)
{
    const std::vector<psnn::FrontierCurve> curves = psnn::frontierCurves(sampleStudy());
    ASSERT_EQ(curves.size(), 2u);
    EXPECT_EQ(curves[0].judgeAccuracy, (std::vector<double>{86, 80}));
    ASSERT_EQ(curves[1].accuracyLost.size(), 2u); // the undefended point, then the noise point
    EXPECT_DOUBLE_EQ(curves[1].accuracyLost[0], 2);
    EXPECT_DOUBLE_EQ(curves[1].judgeAccuracy[1], 8);
    EXPECT_DOUBLE_EQ(curves[1].high[1], 15);
}

TEST(StudySection, ShowsTheAnswerThePlotAndTheTable)
{
    SampleLab lab;
    lab.writeResults(SampleLab::fixtureResults());
    ASSERT_TRUE(QDir(lab.path()).mkpath(QStringLiteral("study")));
    QFile file(QDir(lab.path()).filePath(QStringLiteral("study/study.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(sampleStudy()).toJson());
    file.close();
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("How much encryption is enough?")));
    EXPECT_TRUE(text.contains(QStringLiteral("The weakest setting protected against this attacker budget is Noise of equal drift")));
    EXPECT_TRUE(text.contains(QStringLiteral("12.0 points")));
    EXPECT_TRUE(text.contains(QStringLiteral("protected against this attacker budget")));
    EXPECT_TRUE(QFileInfo::exists(lab.reportFile(QStringLiteral("plots/study_frontier.png"))));
    EXPECT_TRUE(QFileInfo::exists(lab.reportFile(QStringLiteral("study_attacks.csv"))));
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
