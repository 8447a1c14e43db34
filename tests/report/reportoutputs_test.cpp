// SPDX-License-Identifier: GPL-3.0-or-later
// The report of the complete sample lab, written once for all tests of this suite.
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

#include <gtest/gtest.h>

#include <memory>

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
        files = psnn::writeReport(lab->path().toStdString(), lab->reportPath().toStdString());
    }
    static void TearDownTestSuite() { lab.reset(); }

    static QString report(const QString& name) { return lab->reportFile(name); }

    static inline std::unique_ptr<SampleLab> lab;
    static inline psnn::ReportFiles files;
};

} // namespace

TEST_F(FullReport, ReturnsFilesThatExist)
{
    for (const std::string& file : {files.html, files.pdf, files.json})
        EXPECT_TRUE(QFileInfo(QString::fromStdString(file)).size() > 0) << file;
    EXPECT_EQ(files.csv.size(), 8u);
    EXPECT_EQ(files.plots.size(), 2u * 7u); // accuracy, similarity, thresholds, loss, drift, spikes, energy
    EXPECT_EQ(files.images.size(), 31u);   // 30 samples and the attack grid
    for (const std::string& file : files.plots)
        EXPECT_TRUE(QFileInfo(QString::fromStdString(file)).size() > 0) << file;
}

TEST_F(FullReport, PdfHasEveryHeadingAndTheKeyNumbers)
{
    const std::optional<QString> text = pdfText(QString::fromStdString(files.pdf));
    ASSERT_TRUE(text) << "pdftotext did not run: install poppler-utils (scripts/setup-debian.sh does)";
    for (const char* heading :
         {"PrivateSNN Lab report: teacher", "Summary", "Model", "Architecture", "Data-free proof", "Accuracy",
          "Accuracy vs time steps", "Synthetic images", "Class similarity", "Samples by class",
          "Conversion: thresholds per layer", "Encryption", "Epochs", "Weight drift", "Leakage",
          "Reconstructed images", "Spike rates per layer", "Energy", "Per layer", "Verdict per attack",
          "Configuration and provenance", "Inputs and outputs", "Configuration"})
        EXPECT_TRUE(text->contains(QString::fromUtf8(heading))) << heading;
    const QStringList numbers = {
        collapsedSpaces(psnn::formatPercent(0.9055)),            // ANN accuracy
        collapsedSpaces(psnn::formatPercent(0.902)),             // converted
        collapsedSpaces(psnn::formatPercent(0.89)),              // encrypted
        collapsedSpaces(psnn::formatPointChange(0.89 - 0.9055)), // the encrypted SNN's drop
        psnn::formatFid(232.0),
        collapsedSpaces(psnn::formatKid(0.0655, 0.01)),
        collapsedSpaces(psnn::formatPValue(1.828e-22)),
        collapsedSpaces(psnn::formatMicrojoules(5603020.8)), // ANN energy
        QStringLiteral("4.1200"),                            // first threshold
        QStringLiteral("0.9991"),                            // first drift cosine
        QStringLiteral("0.547"),                             // the readout factor of Eq. 6's logits
        QStringLiteral("3f1a9c0e5b7d2468ace13579bdf02468ace13579bdf02468ace13579bdf0246a"),
        QStringLiteral("attack 1 on the SNN: leaks class information"),
        QStringLiteral("attack 2 on the encrypted SNN: inconclusive — more images needed"), // a lab of the previous format
        QStringLiteral("Page 1 of"),
    };
    for (const QString& number : numbers)
        EXPECT_TRUE(text->contains(number)) << number.toStdString();
    // The sample lab holds every step of `run` but no privacy-utility study (`privatesnn study`).
    EXPECT_EQ(text->count(QStringLiteral("Not run")), 1) << "every section of the sample lab but the study has data";
    EXPECT_TRUE(text->contains(QStringLiteral("Not run: no privacy-utility study")));
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
    EXPECT_GT(compared, 300);
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QStringLiteral(", ")).toStdString();
    EXPECT_EQ(report.value(QStringLiteral("schema")).toString(), QStringLiteral("privatesnn-report"));
    EXPECT_EQ(report.value(QStringLiteral("source")).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
}

TEST_F(FullReport, JsonHasVerdictsAndDerivedNumbers)
{
    const QJsonObject report = QJsonDocument::fromJson(readAll(QString::fromStdString(files.json))).object();
    const QJsonArray verdicts = report.value(QStringLiteral("verdicts")).toArray();
    ASSERT_EQ(verdicts.size(), 5);
    EXPECT_TRUE(verdicts.at(0).toObject().value(QStringLiteral("leaks")).toBool());
    // A failed binomial test of the previous lab format is no evidence of protection.
    EXPECT_TRUE(verdicts.at(1).toObject().value(QStringLiteral("leaks")).isNull());
    EXPECT_EQ(verdicts.at(1).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("inconclusive"));
    const QString statement = verdicts.at(1).toObject().value(QStringLiteral("statement")).toString();
    EXPECT_TRUE(statement.contains(QStringLiteral("13.30"))) << statement.toStdString(); // the judge's accuracy
    const QJsonObject derived = report.value(QStringLiteral("derived")).toObject();
    EXPECT_NEAR(derived.value(QStringLiteral("accuracy_change_encrypted")).toDouble(), 0.89 - 0.9055, 1e-12);
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
    EXPECT_EQ(headings, 14); // 13 sections of `run` and the study's
    EXPECT_GE(references.size(), 30 + 1 + 2 * 7);
    for (const QString& reference : references) {
        EXPECT_TRUE(QDir::isRelativePath(reference)) << reference.toStdString();
        EXPECT_TRUE(QFileInfo::exists(report(reference))) << reference.toStdString();
    }
}

TEST_F(FullReport, SaysWhenEncryptionTrainedWithoutDropout)
{
    // The sample lab trained with dropout off, which the paper does not do.
    const QString html = QString::fromUtf8(readAll(QString::fromStdString(files.html)));
    EXPECT_TRUE(html.contains(QStringLiteral("dropout layers were off during training")));
}

TEST_F(FullReport, CsvFilesHaveTheirHeadersAndOneRowPerEntry)
{
    struct Expected {
        const char* name;
        const char* header;
        int rows;
    };
    for (const Expected& csv : {Expected{"accuracy_per_step.csv", "timestep,converted,encrypted", 32},
                                Expected{"accuracy.csv", "network,timesteps,accuracy", 4},
                                Expected{"thresholds.csv", "layer,threshold", 4},
                                Expected{"leakage.csv",
                                         "attack,target,images,fid,kid,kid_std,judge_accuracy,judge_confidence,leaks,"
                                         "p_value",
                                         5},
                                Expected{"energy.csv", "network,layer,macs,input_rate,ann_pj,snn_pj", 1 + 2 * 5},
                                Expected{"activity.csv", "layer,converted_spike_rate,encrypted_spike_rate", 4},
                                Expected{"encryption_epochs.csv",
                                         "epoch,lr,ce,kd,loss,train_accuracy,eval_accuracy,seconds", 4},
                                Expected{"drift.csv", "layer,cosine,relative_l2", 4}}) {
        const QString content = QString::fromUtf8(readAll(report(QString::fromLatin1(csv.name))));
        const QStringList lines = content.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        ASSERT_FALSE(lines.isEmpty()) << csv.name;
        EXPECT_EQ(lines.first(), QString::fromLatin1(csv.header)) << csv.name;
        EXPECT_EQ(lines.size() - 1, csv.rows) << csv.name;
    }
    const QString leakage = QString::fromUtf8(readAll(report(QStringLiteral("leakage.csv"))));
    EXPECT_TRUE(leakage.contains(QStringLiteral("attack 1,SNN,30,232,0.0655,0.01,0.867,0.8,true,1.828e-22")));
}

TEST_F(FullReport, SampleImagesAreEnlargedWithoutSmoothing)
{
    const QImage original(lab->path() + QStringLiteral("/images/synthetic/class_3_1.png"));
    const QImage copy(report(QStringLiteral("images/synthetic/class_3_1.png")));
    ASSERT_EQ(copy.size(), QSize(112, 112)); // 28 px × 4
    for (int y = 0; y < 28; y += 5) {
        for (int x = 0; x < 28; x += 3) {
            const QRgb pixel = original.pixel(x, y);
            EXPECT_EQ(copy.pixel(4 * x, 4 * y), pixel);
            EXPECT_EQ(copy.pixel(4 * x + 3, 4 * y + 3), pixel);
        }
    }
}
