// SPDX-License-Identifier: GPL-3.0-or-later
// The report of the complete sample lab (the tiny pipeline's real run), written once for all tests
// of this suite. Expected figures are read from the lab's results.json, so each check ties what the
// pipeline measured to what the report prints.
#include "csvtable.h"
#include "reportformat.h"
#include "reportwriter.h"
#include "samplelab.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmlStreamReader>

#include "privatesnn/results.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

using psnn::test::collapsedSpaces;
using psnn::test::pdfPageCount;
using psnn::test::pdfText;
using psnn::test::SampleLab;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every number in `expected`, found at the same path in `actual`; mismatches listed by path.
void collectMissingNumbers(const QJsonValue& expected, const QJsonValue& actual, const QString& path,
                           QStringList& missing, int& compared)
{
    if (expected.isObject()) {
        const QJsonObject object = expected.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectMissingNumbers(it.value(), actual.toObject().value(it.key()), path + u'.' + it.key(), missing,
                                  compared);
    } else if (expected.isArray()) {
        const QJsonArray array = expected.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collectMissingNumbers(array.at(i), actual.toArray().at(i), path + u'[' + QString::number(i) + u']',
                                  missing, compared);
    } else if (expected.isDouble()) {
        ++compared;
        if (!actual.isDouble() || actual.toDouble() != expected.toDouble())
            missing << path;
    }
}

class FullReport : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        lab = std::make_unique<SampleLab>();
        results = psnn::parseLabResults(QJsonDocument(SampleLab::fixtureResults()).toJson().toStdString());
        files = psnn::writeReport(lab->path().toStdString(), lab->reportPath().toStdString());
    }
    static void TearDownTestSuite() { lab.reset(); }

    static QString report(const QString& name) { return lab->reportFile(name); }

    static inline std::unique_ptr<SampleLab> lab;
    static inline psnn::ReportFiles files;
    static inline psnn::LabResults results;
};

} // namespace

TEST_F(FullReport, ReturnsFilesThatExist)
{
    for (const std::string& file : {files.html, files.pdf, files.json})
        EXPECT_TRUE(QFileInfo(QString::fromStdString(file)).size() > 0) << file;
    EXPECT_EQ(files.csv.size(), 8u);
    EXPECT_EQ(files.plots.size(), 2u * 7u); // accuracy, similarity, thresholds, loss, drift, spikes, energy
    EXPECT_EQ(files.images.size(), results.synthesis->samples.size() + 1); // the samples and the attack grid
    for (const std::string& file : files.plots)
        EXPECT_TRUE(QFileInfo(QString::fromStdString(file)).size() > 0) << file;
}

TEST_F(FullReport, PdfHasEveryHeadingAndTheKeyNumbers)
{
    const std::optional<QString> text = pdfText(QString::fromStdString(files.pdf));
    ASSERT_TRUE(text) << "pdftotext did not run: install poppler-utils (scripts/setup-debian.sh does)";
    for (const char* heading : {"Summary",
                                "Model",
                                "Architecture",
                                "Data-free proof",
                                "Accuracy",
                                "Accuracy vs time steps",
                                "Synthetic images",
                                "Class similarity",
                                "Samples by class",
                                "Conversion: thresholds per layer",
                                "Encryption",
                                "Epochs",
                                "Weight drift",
                                "Leakage",
                                "Reconstructed images",
                                "Spike rates per layer",
                                "Energy",
                                "Per layer",
                                "Verdict per attack",
                                "Membership inference",
                                "Configuration and provenance",
                                "Inputs and outputs",
                                "Configuration"})
        EXPECT_TRUE(text->contains(QString::fromUtf8(heading))) << heading;
    const QString title = QStringLiteral("PrivateSNN Lab report: ") + QString::fromStdString(results.model.name);
    EXPECT_TRUE(text->contains(title)) << title.toStdString();
    const psnn::AccuracyResults& accuracy = *results.accuracy;
    const psnn::LeakageRowResult& row = results.leakage->rows.front();
    const auto referenceKid = [&](const char* target) {
        for (const psnn::LeakageRowResult& r : results.leakage->rows)
            if (r.attack == "reference" && r.target == target)
                return r.kid;
        ADD_FAILURE() << "the sample lab has no reference row " << target;
        return 0.0;
    };
    const QStringList numbers = {
        collapsedSpaces(psnn::formatPercent(accuracy.ann)),
        collapsedSpaces(psnn::formatPercent(accuracy.converted)),
        collapsedSpaces(psnn::formatPercent(accuracy.encrypted)),
        collapsedSpaces(psnn::formatPointChange(*accuracy.encrypted - *accuracy.ann)), // the encrypted SNN's change
        psnn::formatFid(row.fid),
        collapsedSpaces(psnn::formatNormalisedKid(row.kid, row.kidStd, referenceKid("real images"),
                                                  referenceKid("initial noise"))), // the 0-1 scale
        collapsedSpaces(psnn::formatMicrojoules(results.energy->annPj)),
        psnn::formatDecimal(results.conversion->thresholds.front().threshold, 4),
        psnn::formatDecimal(results.encryption->drift.front().cosine, 4),
        collapsedSpaces(psnn::formatSeconds(results.conversion->seconds)), // the conversion's time
        QString::fromStdString(results.model.sha256),
        QStringLiteral("Page 1 of"),
    };
    for (const QString& number : numbers)
        EXPECT_TRUE(text->contains(number)) << number.toStdString();
    // The sample lab holds every step of `run` but no privacy-utility study (`privatesnn study`) and no
    // membership audit (`privatesnn membership`).
    EXPECT_EQ(text->count(QStringLiteral("Not run")), 2)
        << "every section of the sample lab but the study and the audit has data";
    EXPECT_TRUE(text->contains(QStringLiteral("Not run: no privacy-utility study")));
    EXPECT_TRUE(text->contains(QStringLiteral("Not run: no membership audit")));
}

TEST_F(FullReport, PdfHasAPlausibleNumberOfPages)
{
    const std::optional<int> pages = pdfPageCount(QString::fromStdString(files.pdf));
    ASSERT_TRUE(pages) << "pdfinfo did not run: install poppler-utils (scripts/setup-debian.sh does)";
    EXPECT_GE(*pages, 6);
    EXPECT_LE(*pages, 20);
}

TEST_F(FullReport, JsonHoldsEveryNumberOfTheResults)
{
    const QJsonObject report = QJsonDocument::fromJson(readAll(QString::fromStdString(files.json))).object();
    QStringList missing;
    int compared = 0;
    collectMissingNumbers(SampleLab::fixtureResults(), report.value(QStringLiteral("results")),
                          QStringLiteral("results"), missing, compared);
    EXPECT_GT(compared, 200);
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(report.value(QStringLiteral("schema")).toString(), QStringLiteral("privatesnn-report"));
    EXPECT_EQ(report.value(QStringLiteral("source")).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
}

TEST_F(FullReport, JsonHasVerdictsAndDerivedNumbers)
{
    const QJsonObject report = QJsonDocument::fromJson(readAll(QString::fromStdString(files.json))).object();
    const QJsonArray verdicts = report.value(QStringLiteral("verdicts")).toArray();
    ASSERT_EQ(verdicts.size(), qsizetype(results.leakage->verdicts.size()));
    ASSERT_FALSE(verdicts.isEmpty());
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        const psnn::LeakageVerdict& recorded = results.leakage->verdicts[size_t(i)];
        const QJsonObject verdict = verdicts.at(i).toObject();
        EXPECT_EQ(verdict.value(QStringLiteral("verdict")).toString().toStdString(),
                  recorded.verdict ? psnn::verdictKey(*recorded.verdict) : std::string());
        // The statement quotes the judge's accuracy of its row.
        const QString statement = verdict.value(QStringLiteral("statement")).toString();
        EXPECT_TRUE(collapsedSpaces(statement).contains(collapsedSpaces(psnn::formatPercent(recorded.judgeAccuracy))))
            << statement.toStdString();
    }
    const QJsonObject derived = report.value(QStringLiteral("derived")).toObject();
    EXPECT_NEAR(derived.value(QStringLiteral("accuracy_change_encrypted")).toDouble(), *results.accuracy->encrypted - *results.accuracy->ann,
                1e-12);
    EXPECT_GT(derived.value(QStringLiteral("energy_ratio_converted")).toDouble(), 0.0);
    EXPECT_EQ(report.value(QStringLiteral("files")).toObject().value(QStringLiteral("csv")).toArray().size(), 8);
}

TEST_F(FullReport, HtmlIsWellFormedAndEveryReferencedFileExists)
{
    QXmlStreamReader xml(readAll(QString::fromStdString(files.html)));
    QStringList references;
    int headings = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QStringLiteral("img"))
            references << xml.attributes().value(QStringLiteral("src")).toString();
        else if (xml.name() == QStringLiteral("a"))
            references << xml.attributes().value(QStringLiteral("href")).toString();
        else if (xml.name() == QStringLiteral("h2"))
            ++headings;
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    EXPECT_EQ(headings, 16); // 13 sections of `run`, the study's, the human judge's and the membership audit's
    EXPECT_GE(references.size(), qsizetype(results.synthesis->samples.size()) + 1 + 2 * 7);
    for (const QString& reference : references) {
        EXPECT_TRUE(QDir::isRelativePath(reference)) << reference.toStdString();
        EXPECT_TRUE(QFileInfo::exists(report(reference))) << reference.toStdString();
    }
}

TEST_F(FullReport, SaysWhetherEncryptionTrainedWithDropout)
{
    // Dropout off is not what the paper does, so the report says so, and only then.
    const QString html = QString::fromUtf8(readAll(QString::fromStdString(files.html)));
    EXPECT_EQ(html.contains(QStringLiteral("dropout layers were off during training")), !results.encryption->settings.dropout);
}

TEST_F(FullReport, GivesTheEncryptionStepsWholeTime)
{
    ASSERT_TRUE(results.encryption->wallSeconds.has_value());
    const QString html = QString::fromUtf8(readAll(QString::fromStdString(files.html)));
    EXPECT_TRUE(html.contains(
        QStringLiteral("The whole step took %1").arg(psnn::formatSeconds(results.encryption->wallSeconds))))
        << "the encryption section gives the step's wall time";
}

TEST_F(FullReport, PrintsNoPlaceholderForAMeasuredValue)
{
    // Every value the tiny real lab measured is printed: the conversion's time and the T of every
    // SNN row were "—" while the report read keys the pipeline never wrote.
    const std::optional<QString> text = pdfText(QString::fromStdString(files.pdf));
    ASSERT_TRUE(text) << "pdftotext did not run: install poppler-utils (scripts/setup-debian.sh does)";
    const QString dash = psnn::missingValue();
    const QString conversion = text->section(QStringLiteral("Converted at T ="), 1, 1).section(QStringLiteral(";"), 0, 0);
    ASSERT_FALSE(conversion.isEmpty());
    EXPECT_FALSE(conversion.contains(dash)) << conversion.toStdString();
    EXPECT_TRUE(conversion.contains(collapsedSpaces(psnn::formatSeconds(results.conversion->seconds)))) << conversion.toStdString();
    const QString accuracyTable = text->section(QStringLiteral("Change vs ANN"), 1, 1).section(QStringLiteral("Top-1 accuracy"), 0, 0);
    ASSERT_FALSE(accuracyTable.isEmpty());
    EXPECT_FALSE(accuracyTable.contains(dash)) << accuracyTable.toStdString();
    const QString convertedRow = accuracyTable.section(QStringLiteral("Converted SNN "), 1, 1);
    EXPECT_TRUE(convertedRow.startsWith(QString::number(*results.accuracy->convertedTimesteps) + u' ')) << convertedRow.toStdString();
    const QString encryptedRow = accuracyTable.section(QStringLiteral("Encrypted SNN "), 1, 1);
    EXPECT_TRUE(encryptedRow.startsWith(QString::number(*results.accuracy->encryptedTimesteps) + u' ')) << encryptedRow.toStdString();
    // The input's spikes over the window are told apart from the per-step rates of the table.
    EXPECT_TRUE(text->contains(QStringLiteral("spikes per pixel over T = %1 time steps").arg(*results.activity->inputTimesteps)));
}

TEST_F(FullReport, CsvFilesHaveTheirHeadersAndOneRowPerEntry)
{
    struct Expected {
        const char* name;
        const char* header;
        int rows;
    };
    const int steps = int(std::max(results.accuracy->convertedPerStep.size(), results.accuracy->encryptedPerStep.size()));
    const int layers = int(results.activity->converted.size());
    const int energyLayers = int(results.energy->converted->layers.size());
    for (const Expected& csv :
         {Expected{"accuracy_per_step.csv", "timestep,converted,encrypted", steps},
          Expected{"accuracy.csv", "network,timesteps,accuracy", 4},
          Expected{"thresholds.csv", "layer,threshold", int(results.conversion->thresholds.size())},
          Expected{"leakage.csv",
                   "attack,target,images,fid,kid,kid_std,judge_accuracy,judge_confidence,"
                   "judge2_accuracy,leaks,p_value",
                   int(results.leakage->rows.size())},
          Expected{"energy.csv", "network,layer,macs,input_rate,ann_pj,snn_pj", 1 + 2 * (energyLayers + 1)},
          Expected{"activity.csv", "layer,converted_spike_rate,encrypted_spike_rate", layers},
          Expected{"encryption_epochs.csv", "epoch,lr,ce,kd,loss,train_accuracy,eval_accuracy,seconds",
                   int(results.encryption->epochs.size())},
          Expected{"drift.csv", "layer,cosine,relative_l2", int(results.encryption->drift.size())}}) {
        const QString content = QString::fromUtf8(readAll(report(QString::fromLatin1(csv.name))));
        const QStringList lines = content.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        ASSERT_FALSE(lines.isEmpty()) << csv.name;
        EXPECT_EQ(lines.first(), QString::fromLatin1(csv.header)) << csv.name;
        EXPECT_EQ(lines.size() - 1, csv.rows) << csv.name;
    }
    const QString leakage = QString::fromUtf8(readAll(report(QStringLiteral("leakage.csv"))));
    const psnn::LeakageRowResult& row = results.leakage->rows.front();
    const QString first = QStringList{QString::fromStdString(row.attack), QString::fromStdString(row.target),
                                      psnn::CsvTable::number(double(row.images)), psnn::CsvTable::number(row.fid),
                                      psnn::CsvTable::number(row.kid), psnn::CsvTable::number(row.kidStd)}
                              .join(u',');
    EXPECT_TRUE(leakage.contains(first)) << first.toStdString();
}

TEST_F(FullReport, SampleImagesAreEnlargedWithoutSmoothing)
{
    const QString file = QString::fromStdString(results.synthesis->samples.back().file);
    const QImage original(lab->path() + u'/' + file);
    const QImage copy(report(file));
    ASSERT_FALSE(original.isNull());
    const int factor = (112 + original.width() - 1) / original.width(); // the smallest whole factor reaching 112 px
    ASSERT_GT(factor, 1);
    ASSERT_EQ(copy.size(), original.size() * factor);
    for (int y = 0; y < original.height(); ++y) {
        for (int x = 0; x < original.width(); ++x) {
            const QRgb pixel = original.pixel(x, y);
            EXPECT_EQ(copy.pixel(factor * x, factor * y), pixel);
            EXPECT_EQ(copy.pixel(factor * x + factor - 1, factor * y + factor - 1), pixel);
        }
    }
}

TEST(LeakageJudges, ASecondJudgeGetsItsColumnAndOneJudgeIsSaid)
{
    SampleLab lab; // the tiny pipeline's run: a user's judge and no second one
    psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QString html = QString::fromUtf8(readAll(QString::fromStdString(files.html)));
    EXPECT_TRUE(html.contains(QStringLiteral("The verdicts rest on one judge")));
    EXPECT_FALSE(html.contains(QStringLiteral("Judge 2 accuracy")));

    // The same lab as a run with a second judge writes it: every row and verdict carries its accuracy.
    QJsonObject results = SampleLab::fixtureResults();
    QJsonObject judge2 = results.value(QStringLiteral("judge")).toObject();
    judge2.insert(QStringLiteral("path"), QStringLiteral("/models/judge-of-another-shape.psnn"));
    results.insert(QStringLiteral("second_judge"), judge2);
    QJsonObject leakage = results.value(QStringLiteral("leakage")).toObject();
    QJsonArray rows = leakage.value(QStringLiteral("rows")).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QJsonObject row = rows.at(i).toObject();
        row.insert(QStringLiteral("judge2_accuracy"), 0.123);
        rows.replace(i, row);
    }
    leakage.insert(QStringLiteral("rows"), rows);
    QJsonArray verdicts = leakage.value(QStringLiteral("verdicts")).toArray();
    ASSERT_FALSE(verdicts.isEmpty());
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        QJsonObject verdict = verdicts.at(i).toObject();
        verdict.insert(QStringLiteral("judge2_accuracy"), 0.123);
        verdict.insert(QStringLiteral("judges"), 2);
        verdict.insert(QStringLiteral("decided_by_judge"), 1);
        verdicts.replace(i, verdict);
    }
    leakage.insert(QStringLiteral("verdicts"), verdicts);
    results.insert(QStringLiteral("leakage"), leakage);
    lab.writeResults(results);
    files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    html = QString::fromUtf8(readAll(QString::fromStdString(files.html)));
    EXPECT_TRUE(html.contains(QStringLiteral("Judge 2 accuracy")));
    EXPECT_TRUE(html.contains(QStringLiteral("A second judge (judge-of-another-shape.psnn)")));
    EXPECT_TRUE(html.contains(QStringLiteral("The second judge network recognised 12.3")));
    EXPECT_FALSE(html.contains(QStringLiteral("The verdicts rest on one judge")));
    const QStringList csv = QString::fromUtf8(readAll(lab.reportFile(QStringLiteral("leakage.csv"))))
                                .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_GE(csv.size(), 2);
    EXPECT_EQ(csv.at(1).split(u',').at(8), QStringLiteral("0.123")) << csv.at(1).toStdString();
}
