// SPDX-License-Identifier: GPL-3.0-or-later
// "Human judge": the report section and human_judge.csv drawn from the lab's rating sessions, the
// study table's human column, and what the section says without sessions or with a damaged one.
#include "reportwriter.h"
#include "samplelab.h"

#include "privatesnn/ratings.h"

#include <QFile>

#include <gtest/gtest.h>

using psnn::test::collapsedSpaces;
using psnn::test::SampleLab;

namespace {

QString reportHtml(SampleLab& lab)
{
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    EXPECT_TRUE(html.open(QIODevice::ReadOnly));
    return QString::fromUtf8(html.readAll());
}

TEST(HumanJudgeSection, NamesTheRatersAndGivesAccuracyIntervalsKappaAndVerdicts)
{
    SampleLab lab;
    const std::string folder = lab.path().toStdString();
    const psnn::RatingImageSet set = psnn::collectRatingImages(folder); // the sample lab's attack step kept them
    ASSERT_GE(set.images.size(), 4u);
    // The same seed: both raters see the same first four images. ann names every target, bob all but
    // the last, which he cannot tell.
    psnn::RatingSession ann(folder, "ann", set, 5), bob(folder, "bob", set, 5);
    for (int i = 0; i < 4; ++i) {
        ann.answer(ann.current()->target, 1.5);
        bob.answer(i < 3 ? std::optional<int64_t>(bob.current()->target) : std::nullopt, 2.0);
    }
    const QString text = collapsedSpaces(reportHtml(lab));
    const qsizetype begin = text.indexOf(QStringLiteral("<h2 id=\"human_judge\""));
    ASSERT_GE(begin, 0) << "no Human judge section";
    const QString section = text.mid(begin, text.indexOf(QStringLiteral("<h2"), begin + 1) - begin);
    EXPECT_TRUE(section.contains(QStringLiteral("Human judge")));
    EXPECT_TRUE(section.contains(QStringLiteral("2 rater(s) gave 8 answers"))) << section.toStdString();
    EXPECT_TRUE(section.contains(QStringLiteral(">ann<"))) << section.toStdString();
    EXPECT_TRUE(section.contains(QStringLiteral(">bob<")));
    EXPECT_TRUE(section.contains(QStringLiteral("Fleiss' κ = "))) << section.toStdString();
    EXPECT_TRUE(section.contains(QStringLiteral("over the 4 images every rater answered")));
    EXPECT_TRUE(section.contains(QStringLiteral("Clopper–Pearson")));

    QFile csv(lab.reportFile(QStringLiteral("human_judge.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith("point,attack,model,images,ratings,correct,cant_tell,accuracy"));
    int ratings = 0, correct = 0, cantTell = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        ASSERT_EQ(cells.size(), 13) << lines[i].toStdString();
        ratings += cells[4].toInt();
        correct += cells[5].toInt();
        cantTell += cells[6].toInt();
    }
    EXPECT_EQ(ratings, 8);
    EXPECT_EQ(correct, 7);
    EXPECT_EQ(cantTell, 1);
}

TEST(HumanJudgeSection, SaysNotRatedWithoutSessionsAndNamesADamagedOne)
{
    SampleLab plain;
    EXPECT_TRUE(reportHtml(plain).contains(QStringLiteral("nobody has rated this lab's attack images")));
    EXPECT_FALSE(QFile::exists(plain.reportFile(QStringLiteral("human_judge.csv"))));

    SampleLab damaged;
    ASSERT_TRUE(QDir(damaged.path()).mkpath(QStringLiteral("ratings")));
    QFile session(QDir(damaged.path()).filePath(QStringLiteral("ratings/eve.csv")));
    ASSERT_TRUE(session.open(QIODevice::WriteOnly));
    session.write("image,target,answer,seconds\nlab/some-image,0,perhaps,1\n");
    session.close();
    const QString text = reportHtml(damaged);
    EXPECT_TRUE(text.contains(QStringLiteral("rating sessions could not be read"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("perhaps")));
}

} // namespace
