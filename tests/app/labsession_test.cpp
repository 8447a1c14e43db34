// SPDX-License-Identifier: GPL-3.0-or-later
// LabSession without widgets: the status of an opened lab comes from core's step keys (through the
// worker), from any working folder; a changed setting marks exactly the steps that read it; runs
// are routed by the step table and refused in a lab another run holds.
#include "labaccess.h"
#include "labsession.h"
#include "models/steptitles.h"
#include "tiny_models.h"
#include "workerthread.h"

#include "privatesnn/lab_lock.h"
#include "privatesnn/pipeline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using psnn::LabSession;
using psnn::WorkerThread;

namespace {

using psnn::StepState;
using psnn::WizardPage;

struct Quiet : psnn::PipelineObserver {
    psnn::ProgressSink& stepStarted(const psnn::RunItem&, int, int) override { return psnn::nullProgress(); }
};

/// Restores the working folder when the test ends, however it ends.
struct WorkingFolder {
    QString before = QDir::currentPath();
    ~WorkingFolder() { QDir::setCurrent(before); }
};

/// Waits for the answer to the session's newest status request (older ones are skipped).
void waitForStatus(QSignalSpy& spy)
{
    ASSERT_TRUE(spy.wait(60000)) << "no step status arrived";
    while (spy.wait(300))
        ;
}

QVector<WizardPage> pagesIn(const LabSession& session, StepState state)
{
    QVector<WizardPage> pages;
    for (WizardPage page : {WizardPage::Synthesize, WizardPage::Convert, WizardPage::Encrypt, WizardPage::Attack, WizardPage::Report})
        if (session.pageState(page) == state)
            pages.append(page);
    return pages;
}

TEST(LabSession, ALabMadeWithAUsersTeacherIsDoneWhenOpenedFromAnotherWorkingFolder)
{
    QTemporaryDir dir;
    WorkingFolder restore;
    const psnn::test::TinyLabInputs inputs = psnn::test::writeTinyLabInputs(dir.path().toStdString());
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("made-here")));
    ASSERT_TRUE(QFile::copy(QString::fromStdString(inputs.teacher), dir.filePath(QStringLiteral("made-here/my-teacher.psnn"))));
    ASSERT_TRUE(QDir::setCurrent(dir.filePath(QStringLiteral("made-here"))));
    Quiet quiet;
    const psnn::PipelineConfig config = psnn::test::tinyPipelineConfig("my-teacher.psnn", inputs.evalFolder);
    psnn::runPipeline(config, "lab", quiet);
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("elsewhere")));
    ASSERT_TRUE(QDir::setCurrent(dir.filePath(QStringLiteral("elsewhere"))));

    WorkerThread worker;
    LabSession session(&worker);
    QSignalSpy status(&session, &LabSession::statusChanged);
    const LabSession::Opened opened = session.open(dir.filePath(QStringLiteral("made-here/lab")));
    EXPECT_FALSE(opened.empty);
    EXPECT_TRUE(opened.error.isEmpty()) << opened.error.toStdString();
    ASSERT_TRUE(session.labTeacher().has_value());
    EXPECT_TRUE(QFileInfo(*session.labTeacher()).isAbsolute()) << "the lab's model loads from any working folder";
    EXPECT_TRUE(QFileInfo::exists(*session.labTeacher()));
    ASSERT_NE(session.results(), nullptr); // typed once, when the lab is opened
    EXPECT_EQ(session.results()->model.classNames.size(), 3u);
    EXPECT_TRUE(session.results()->leakage.has_value());
    waitForStatus(status);
    for (const psnn::StepStatus& s : session.status())
        EXPECT_EQ(s.state, StepState::Done) << psnn::stepName(s.step);
    EXPECT_EQ(pagesIn(session, StepState::Done).size(), 5);

    // One conversion setting: its step and every step reading it, nothing before it.
    session.setEditedSettings({{"conversion", {{"timesteps", config.conversion.timesteps + 1}}}});
    waitForStatus(status);
    EXPECT_EQ(pagesIn(session, StepState::Done), QVector<WizardPage>{WizardPage::Synthesize});
    EXPECT_EQ(pagesIn(session, StepState::OutOfDate),
              (QVector<WizardPage>{WizardPage::Convert, WizardPage::Encrypt, WizardPage::Attack, WizardPage::Report}));

    // One attack setting: only the attack.
    session.setEditedSettings({{"verdict_alpha", config.verdictAlpha / 2}});
    waitForStatus(status);
    EXPECT_EQ(psnn::stateOf(psnn::Step::Attack, std::vector<psnn::StepStatus>(session.status().begin(), session.status().end())),
              StepState::OutOfDate);
    EXPECT_EQ(pagesIn(session, StepState::Done), (QVector<WizardPage>{WizardPage::Synthesize, WizardPage::Convert, WizardPage::Encrypt}));

    session.setEditedSettings({});
    waitForStatus(status);
    EXPECT_EQ(pagesIn(session, StepState::Done).size(), 5);
}

TEST(LabSession, ResultsOfANewerToolAreRefusedWithTheWayOutAndNewOnesAreAnnounced)
{
    QTemporaryDir dir;
    const QString lab = dir.filePath(QStringLiteral("lab"));
    ASSERT_TRUE(QDir().mkpath(lab));
    QFile file(QDir(lab).filePath(QStringLiteral("results.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"schema": "privatesnn-results", "version": 99, "model": {}})");
    file.close();
    WorkerThread worker;
    LabSession session(&worker);
    const LabSession::Opened opened = session.open(lab);
    EXPECT_TRUE(opened.error.contains(QStringLiteral("newer"))) << opened.error.toStdString();
    EXPECT_FALSE(opened.hint.isEmpty());
    EXPECT_EQ(session.results(), nullptr);

    QSignalSpy changed(&session, &LabSession::resultsChanged);
    auto results = std::make_shared<psnn::LabResults>();
    results->config = {{"teacher", "/models/mine.pt"}};
    session.setResults(results);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(session.labTeacher(), QStringLiteral("/models/mine.pt"));
    EXPECT_EQ(session.recordedConfig()["teacher"], "/models/mine.pt");
}

TEST(LabSession, RoutesRunsByTheStepTable)
{
    EXPECT_EQ(LabSession::lastStepOf(WizardPage::Synthesize), psnn::Step::Synthesize);
    EXPECT_EQ(LabSession::lastStepOf(WizardPage::Convert), psnn::Step::Evaluate); // conversion and its measurement
    EXPECT_EQ(LabSession::lastStepOf(WizardPage::Encrypt), psnn::Step::EvaluateEncrypted);
    EXPECT_EQ(LabSession::lastStepOf(WizardPage::Attack), psnn::Step::Attack);
    EXPECT_FALSE(LabSession::lastStepOf(WizardPage::Report).has_value()); // the report's Run runs every step
    EXPECT_EQ(LabSession::pageOfStep(psnn::RunItem::of(psnn::Step::EvaluateEncrypted)), WizardPage::Encrypt);
    EXPECT_FALSE(LabSession::pageOfStep(psnn::RunItem::ofStudyPoint("encryption-2")).has_value());
    // Translated in the GUI (context Steps), unlike core's RunItem::title.
    EXPECT_EQ(psnn::runItemTitle(psnn::RunItem::ofStudyPoint("encryption-2")),
              QStringLiteral("study point encryption-2"));
    EXPECT_EQ(psnn::runItemTitle(psnn::RunItem::of(psnn::Step::Convert)), QStringLiteral("Convert to SNN"));
}

TEST(LabSession, RefusesToRunIntoALabAnotherRunHoldsAndMergesTheRunConfig)
{
    QTemporaryDir dir;
    const QString lab = dir.filePath(QStringLiteral("lab"));
    WorkerThread worker;
    LabSession session(&worker);
    EXPECT_FALSE(session.runPage(WizardPage::Synthesize)) << "no lab is open";
    session.setBaseConfig({{"seed", 7}});
    {
        const psnn::LabLock held = psnn::LabLock::acquire(lab.toStdString(), "privatesnn run --lab lab");
        session.open(lab);
        EXPECT_TRUE(session.isReadOnly());
        EXPECT_FALSE(session.runPage(WizardPage::Synthesize));
        EXPECT_FALSE(session.isRunning());
    }
    session.open(lab);
    EXPECT_FALSE(session.isReadOnly());
    EXPECT_EQ(session.recentLabs().value(0), QFileInfo(lab).absoluteFilePath());
    session.setTeacher(QStringLiteral("/models/mine.pt"));
    session.setEditedSettings({{"conversion", {{"timesteps", 9}}}});
    const nlohmann::json run = session.runConfig();
    EXPECT_EQ(run["seed"], 7);                        // the base config
    EXPECT_EQ(run["conversion"]["timesteps"], 9);     // the edit
    EXPECT_TRUE(run["conversion"].contains("scale")); // the rest kept
    EXPECT_EQ(run["teacher"], "/models/mine.pt");
    EXPECT_EQ(run["snn"], "");
    EXPECT_EQ(run["profile"], "custom");

    // A NIR graph is audited as it is: the run imports it, and the pipeline refuses a teacher beside it.
    session.setSpikingModel(QStringLiteral("/models/trained.nir"));
    EXPECT_EQ(session.runConfig()["snn"], "/models/trained.nir");
    EXPECT_EQ(session.runConfig()["teacher"], "");
    session.setTeacher(QStringLiteral("/models/mine.pt"));
    EXPECT_EQ(session.runConfig()["snn"], "") << "loading an ANN forgets the imported model";
}

TEST(LabSession, NamesTheImportedSpikingModelALabsResultsWereMadeFrom)
{
    WorkerThread worker;
    LabSession session(&worker);
    auto results = std::make_shared<psnn::LabResults>();
    results->config = {{"teacher", ""}, {"snn", "/models/trained.nir"}};
    session.setResults(results);
    EXPECT_EQ(session.labSpikingModel(), QStringLiteral("/models/trained.nir"));
    results = std::make_shared<psnn::LabResults>();
    results->config = {{"teacher", "/models/mine.pt"}, {"snn", ""}};
    session.setResults(results);
    EXPECT_FALSE(session.labSpikingModel().has_value());
}

} // namespace

TEST(LabFolderKind, TellsALabFromAnEmptyFolderAFileAndAFolderOfOtherThings)
{
    using psnn::LabFolderKind;
    QTemporaryDir dir;
    EXPECT_EQ(psnn::labFolderKind(dir.filePath(QStringLiteral("missing"))), LabFolderKind::Missing);
    EXPECT_EQ(psnn::labFolderKind(dir.path()), LabFolderKind::Empty);
    QFile(dir.filePath(QStringLiteral(".hidden"))).open(QIODevice::WriteOnly);
    EXPECT_EQ(psnn::labFolderKind(dir.path()), LabFolderKind::NotALab)
        << "a hidden file is still something a lab would join";
    EXPECT_EQ(psnn::labFolderKind(dir.filePath(QStringLiteral(".hidden"))), LabFolderKind::NotAFolder);
    for (const char* mark : {"lab.json", "lab.json.bak", "results.json", "lab.lock"}) {
        const QString path = dir.filePath(QString::fromLatin1(mark));
        QFile(path).open(QIODevice::WriteOnly);
        EXPECT_EQ(psnn::labFolderKind(dir.path()), LabFolderKind::Lab) << mark;
        QFile::remove(path);
    }
    EXPECT_EQ(psnn::labFolderKind(dir.path()), LabFolderKind::NotALab);
    EXPECT_TRUE(psnn::labFolderProblem(dir.path(), LabFolderKind::NotALab)
                    .error.contains(QDir::toNativeSeparators(dir.path())));
    EXPECT_TRUE(psnn::labFolderProblem(dir.path(), LabFolderKind::Lab).error.isEmpty());
}
