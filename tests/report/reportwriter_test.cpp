// SPDX-License-Identifier: GPL-3.0-or-later
// writeReport() on labs that are not complete: errors that name their cause, and a lab that
// stopped after loading the model.
#include "reportformat.h"
#include "reportwriter.h"
#include "samplelab.h"

#include "privatesnn/results.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using psnn::test::collapsedSpaces;
using psnn::test::pdfText;
using psnn::test::SampleLab;

namespace {

std::string errorOf(const QString& lab, const QString& out)
{
    try {
        psnn::writeReport(lab.toStdString(), out.toStdString());
    } catch (const psnn::ReportError& error) {
        return error.what();
    }
    return {};
}

QJsonObject modelOnly()
{
    const QJsonObject full = SampleLab::fixtureResults();
    QJsonObject early;
    for (const char* key : {"schema", "version", "model"})
        early.insert(QLatin1StringView(key), full.value(QLatin1StringView(key)));
    return early;
}

// Every heading of the report, present whether or not its step ran.
const QStringList Headings = {
    QStringLiteral("Summary"), QStringLiteral("Model"), QStringLiteral("Data-free proof"),
    QStringLiteral("Accuracy"), QStringLiteral("Accuracy vs time steps"), QStringLiteral("Synthetic images"),
    QStringLiteral("Conversion: thresholds per layer"), QStringLiteral("Encryption"), QStringLiteral("Leakage"),
    QStringLiteral("Spike rates per layer"), QStringLiteral("Energy"), QStringLiteral("Verdict per attack"),
    QStringLiteral("Configuration and provenance"),
};

} // namespace

TEST(ReportErrors, MissingResultsNamesTheFile)
{
    QTemporaryDir lab;
    const std::string message = errorOf(lab.path(), lab.filePath(QStringLiteral("report")));
    EXPECT_NE(message.find(QDir(lab.path()).filePath(QStringLiteral("results.json")).toStdString()), std::string::npos)
        << message;
    EXPECT_NE(message.find("does not exist"), std::string::npos) << message;
    EXPECT_FALSE(QFileInfo::exists(lab.filePath(QStringLiteral("report/report.pdf"))));
}

TEST(ReportErrors, MissingLabFolderIsNamed)
{
    const std::string message = errorOf(QStringLiteral("/nonexistent/lab"), QStringLiteral("/tmp/unused-report"));
    EXPECT_NE(message.find("/nonexistent/lab"), std::string::npos) << message;
}

TEST(ReportErrors, MalformedJsonNamesTheFileAndThePosition)
{
    SampleLab lab;
    lab.writeResultsBytes("{\"schema\": \"privatesnn-results\", \"version\": 1,\n  \"model\": {\"name\": }\n");
    const std::string message = errorOf(lab.path(), lab.reportPath());
    EXPECT_NE(message.find("results.json is not valid JSON"), std::string::npos) << message;
    EXPECT_NE(message.find("at byte"), std::string::npos) << message;
}

TEST(ReportErrors, WrongSchemaOrVersionIsExplained)
{
    SampleLab lab;
    QJsonObject results = modelOnly();
    results.insert(QStringLiteral("schema"), QStringLiteral("something-else"));
    lab.writeResults(results);
    EXPECT_NE(errorOf(lab.path(), lab.reportPath()).find("schema is \"something-else\""), std::string::npos);

    results = modelOnly();
    results.insert(QStringLiteral("version"), psnn::kResultsVersion + 1); // a newer lab: refused with the way out
    lab.writeResults(results);
    const std::string newer = errorOf(lab.path(), lab.reportPath());
    EXPECT_NE(
        newer.find("version " + std::to_string(psnn::kResultsVersion + 1) + ", written by a newer PrivateSNN Lab"),
        std::string::npos)
        << newer;
    EXPECT_NE(newer.find("privatesnn run --lab"), std::string::npos) << newer;

    results = modelOnly();
    results.remove(QStringLiteral("model"));
    lab.writeResults(results);
    EXPECT_NE(errorOf(lab.path(), lab.reportPath()).find("no \"model\" section"), std::string::npos);
}

TEST(ReportErrors, ASectionOfTheWrongTypeIsNamed)
{
    SampleLab lab;
    QJsonObject results = modelOnly();
    results.insert(QStringLiteral("accuracy"), QJsonArray{0.9});
    lab.writeResults(results);
    const std::string message = errorOf(lab.path(), lab.reportPath());
    EXPECT_NE(message.find("the \"accuracy\" section is malformed"), std::string::npos) << message;
    EXPECT_NE(message.find("accuracy is [0.9]; it must be an object"), std::string::npos) << message;
}

TEST(ReportApplication, LeavesAnExistingApplicationAlone)
{
    const psnn::ReportApplication second;
    EXPECT_FALSE(second.ownsApplication());
}

TEST(EarlyLab, ModelOnlyStillRendersWithNotRunLines)
{
    SampleLab lab;
    lab.writeResults(modelOnly());
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    EXPECT_TRUE(QFileInfo::exists(QString::fromStdString(files.pdf)));
    EXPECT_TRUE(QFileInfo::exists(QString::fromStdString(files.html)));
    EXPECT_TRUE(files.csv.empty());
    EXPECT_TRUE(files.plots.empty());

    QFile json(QString::fromStdString(files.json));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    const QJsonObject sections = report.value(QStringLiteral("sections")).toObject();
    EXPECT_EQ(sections.value(QStringLiteral("model")).toString(), QStringLiteral("shown"));
    for (const char* step : {"accuracy", "synthesis", "conversion", "encryption", "leakage", "activity", "energy",
                             "verdicts", "provenance"})
        EXPECT_EQ(sections.value(QLatin1StringView(step)).toString(), QStringLiteral("not run")) << step;

    const std::optional<QString> text = pdfText(QString::fromStdString(files.pdf));
    ASSERT_TRUE(text) << "pdftotext did not run: install poppler-utils (scripts/setup-debian.sh does)";
    for (const QString& heading : Headings)
        EXPECT_TRUE(text->contains(heading)) << heading.toStdString();
    EXPECT_GE(text->count(QStringLiteral("Not run")), 10);
    EXPECT_TRUE(text->contains(QStringLiteral("Not run yet: synthesis, conversion, accuracy evaluation")));
    const double parameters =
        SampleLab::fixtureResults().value(QStringLiteral("model")).toObject().value(QStringLiteral("parameters")).toDouble();
    ASSERT_GT(parameters, 0);
    EXPECT_TRUE(text->contains(collapsedSpaces(psnn::formatCount(parameters)))); // the model's parameters
}

TEST(EarlyLab, ARewriteRemovesOutputsOfSectionsThatNoLongerHaveData)
{
    SampleLab lab;
    psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    ASSERT_TRUE(QFileInfo::exists(lab.reportFile(QStringLiteral("accuracy.csv"))));
    ASSERT_TRUE(QFileInfo::exists(lab.reportFile(QStringLiteral("plots/spike_rates.svg"))));
    lab.writeResults(modelOnly());
    psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    EXPECT_FALSE(QFileInfo::exists(lab.reportFile(QStringLiteral("accuracy.csv"))));
    EXPECT_FALSE(QFileInfo::exists(lab.reportFile(QStringLiteral("plots/spike_rates.svg"))));
}

TEST(OlderLab, AVersionOneLabOpensAndItsFailedTestIsNoProtection)
{
    // What the pipeline wrote before version 2: no conversion time (its step record had it), and a
    // verdict of a binomial test that failed to reject stored as "leaks": false without a verdict key.
    SampleLab lab;
    QJsonObject results = SampleLab::fixtureResults();
    results.insert(QStringLiteral("version"), 1);
    QJsonObject conversion = results.value(QStringLiteral("conversion")).toObject();
    const double seconds = conversion.take(QStringLiteral("seconds")).toDouble();
    results.insert(QStringLiteral("conversion"), conversion);
    QJsonObject leakage = results.value(QStringLiteral("leakage")).toObject();
    QJsonArray verdicts = leakage.value(QStringLiteral("verdicts")).toArray();
    ASSERT_FALSE(verdicts.isEmpty());
    QJsonObject old = verdicts.at(0).toObject();
    old.remove(QStringLiteral("verdict"));
    old.insert(QStringLiteral("leaks"), false);
    verdicts.replace(0, old);
    leakage.insert(QStringLiteral("verdicts"), verdicts);
    results.insert(QStringLiteral("leakage"), leakage);
    lab.writeResults(results);

    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    const std::optional<QString> text = pdfText(QString::fromStdString(files.pdf));
    ASSERT_TRUE(text) << "pdftotext did not run: install poppler-utils (scripts/setup-debian.sh does)";
    // The time comes back from the provenance of the convert step.
    EXPECT_TRUE(text->contains(collapsedSpaces(psnn::formatSeconds(seconds)))) << text->toStdString();
    QFile json(QString::fromStdString(files.json));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject first =
        QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("verdicts")).toArray().at(0).toObject();
    EXPECT_TRUE(first.value(QStringLiteral("leaks")).isNull());
    EXPECT_EQ(first.value(QStringLiteral("verdict")).toString(), QStringLiteral("inconclusive"));
}

TEST(OlderLab, DropoutOffIsSaid)
{
    SampleLab lab;
    QJsonObject results = SampleLab::fixtureResults();
    QJsonObject encryption = results.value(QStringLiteral("encryption")).toObject();
    QJsonObject settings = encryption.value(QStringLiteral("settings")).toObject();
    settings.insert(QStringLiteral("dropout"), false);
    encryption.insert(QStringLiteral("settings"), settings);
    results.insert(QStringLiteral("encryption"), encryption);
    lab.writeResults(results);
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(html.readAll()).contains(QStringLiteral("dropout layers were off during training")));
}
