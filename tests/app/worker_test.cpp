// SPDX-License-Identifier: GPL-3.0-or-later
#include "tinylab.h"
#include "waits.h"
#include "worker.h"
#include "workerthread.h"

#include "privatesnn/archive.h"
#include "privatesnn/conversion.h"
#include "privatesnn/export_nir.h"
#include "privatesnn/vgg.h"

#include <ATen/Functions.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <utility>

using psnn::ModelSnapshot;
using psnn::Worker;
using psnn::WorkerThread;

namespace {

QString writeTeacherArchive(const QTemporaryDir& dir, size_t* layerCount)
{
    psnn::Network net = psnn::makeVgg(psnn::vggPreset("teacher"));
    *layerCount = net.layers.size();
    const QString path = dir.filePath(QStringLiteral("teacher.psnn"));
    psnn::saveNetwork(path.toStdString(), net);
    return path;
}

/// The teacher's architecture converted on random images and written as a NIR graph: a spiking
/// network the GUI imports instead of converting.
QString writeNirGraph(const QTemporaryDir& dir)
{
    psnn::ConversionSettings settings;
    settings.timesteps = 6;
    settings.coding = psnn::InputCoding::Direct;
    const psnn::SpikingModel snn =
        psnn::convertToSnn(psnn::makeVgg(psnn::vggPreset("teacher")), at::rand({8, 1, 28, 28}), settings);
    const QString path = dir.filePath(QStringLiteral("trained.nir"));
    psnn::exportNir(snn, path.toStdString());
    return path;
}

} // namespace

TEST(Worker, ReadsANirGraphAsARunWouldAndSaysHow)
{
    QTemporaryDir dir;
    const QString path = writeNirGraph(dir);
    WorkerThread thread;
    QSignalSpy loaded(&thread, &WorkerThread::modelLoaded);
    thread.loadModel(path, {{"snn_import", {{"timesteps", 4}, {"readout", "membrane"}}}});
    ASSERT_TRUE(loaded.wait(WaitMs));
    const auto snapshot = loaded.at(0).at(0).value<ModelSnapshot>();
    EXPECT_EQ(snapshot.source, path);
    EXPECT_FALSE(snapshot.layers.isEmpty());
    const QString semantics = snapshot.semantics.join(QLatin1Char('\n'));
    EXPECT_TRUE(semantics.contains(QStringLiteral("T: 4"))) << semantics.toStdString();
    EXPECT_TRUE(semantics.contains(QStringLiteral("readout: membrane"))) << semantics.toStdString();

    // Without settings the graph's own metadata decides (the lab's export writes T = 6).
    QSignalSpy failed(&thread, &WorkerThread::failed);
    thread.loadModel(path);
    ASSERT_TRUE(loaded.wait(WaitMs)) << (failed.isEmpty() ? std::string()
                                                          : failed.at(0).at(0).toString().toStdString());
    const QString own = loaded.at(1).at(0).value<ModelSnapshot>().semantics.join(QLatin1Char('\n'));
    EXPECT_TRUE(own.contains(QStringLiteral("T: 6"))) << own.toStdString();
}

TEST(Worker, ReportsItsThreadCount)
{
    WorkerThread thread;
    QSignalSpy spy(&thread, &WorkerThread::threadsConfigured);
    ASSERT_TRUE(spy.wait(WaitMs));
    EXPECT_GE(spy.at(0).at(0).toInt(), 1);
    EXPECT_EQ(thread.threads(), spy.at(0).at(0).toInt());
}

TEST(Worker, FailsWithThePathWhenTheFileIsMissing)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.pt"));
    WorkerThread thread;
    QSignalSpy failed(&thread, &WorkerThread::failed);
    QSignalSpy loaded(&thread, &WorkerThread::modelLoaded);
    thread.loadModel(missing);
    ASSERT_TRUE(failed.wait(WaitMs));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(missing)) << failed.at(0).at(0).toString().toStdString();
    EXPECT_FALSE(failed.at(0).at(1).toString().isEmpty());
    EXPECT_EQ(loaded.count(), 0);
}

// A cut-short archive and random bytes named .psnn are named as a damaged archive, saying what is
// wrong, not as "not a TorchScript model".
TEST(Worker, NamesADamagedArchiveAsOne)
{
    QTemporaryDir dir;
    size_t layers = 0;
    const QString whole = writeTeacherArchive(dir, &layers);
    QFile file(whole);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    const QString cut = dir.filePath(QStringLiteral("cut.psnn"));
    const QString noise = dir.filePath(QStringLiteral("noise.psnn"));
    QFile cutFile(cut), noiseFile(noise);
    ASSERT_TRUE(cutFile.open(QIODevice::WriteOnly) && noiseFile.open(QIODevice::WriteOnly));
    cutFile.write(bytes.left(bytes.size() / 2));
    noiseFile.write(QByteArray(4096, '\x5a'));
    cutFile.close();
    noiseFile.close();

    WorkerThread thread;
    QSignalSpy failed(&thread, &WorkerThread::failed);
    for (const auto& [path, cause] :
         {std::pair{cut, "checksum does not match"}, std::pair{noise, "archive signature"}}) {
        failed.clear();
        thread.loadModel(path);
        ASSERT_TRUE(failed.wait(WaitMs)) << path.toStdString();
        const QString message = failed.at(0).at(0).toString();
        EXPECT_TRUE(message.startsWith(
            QStringLiteral("The PrivateSNN archive '%1' cannot be opened.").arg(QFileInfo(path).fileName())))
            << message.toStdString();
        EXPECT_TRUE(message.contains(QLatin1String(cause))) << message.toStdString();
        EXPECT_FALSE(message.contains(QStringLiteral("TorchScript"))) << message.toStdString();
    }
}

TEST(Worker, LoadsAnArchiveOnItsThread)
{
    QTemporaryDir dir;
    size_t layers = 0;
    const QString path = writeTeacherArchive(dir, &layers);
    WorkerThread thread;
    QSignalSpy loaded(&thread, &WorkerThread::modelLoaded);
    thread.loadModel(path);
    ASSERT_TRUE(loaded.wait(WaitMs));
    const auto snapshot = loaded.at(0).at(0).value<ModelSnapshot>();
    EXPECT_EQ(snapshot.layers.size(), qsizetype(layers));
    EXPECT_EQ(snapshot.source, path);
    EXPECT_TRUE(snapshot.semantics.isEmpty()) << "an ANN has no spiking semantics to state";
    EXPECT_EQ(snapshot.name, QStringLiteral("teacher"));
}

TEST(Worker, DropsResultsOfSupersededRequests)
{
    QTemporaryDir dir;
    size_t layers = 0;
    const QString path = writeTeacherArchive(dir, &layers);
    WorkerThread thread;
    QSignalSpy failed(&thread, &WorkerThread::failed);
    QSignalSpy loaded(&thread, &WorkerThread::modelLoaded);
    // Hold the worker so both requests are queued before either runs.
    QSemaphore gate;
    QMetaObject::invokeMethod(thread.worker(), [&gate] { gate.acquire(); }, Qt::QueuedConnection);
    thread.loadModel(dir.filePath(QStringLiteral("missing.pt")));
    thread.loadModel(path);
    gate.release();
    ASSERT_TRUE(loaded.wait(WaitMs));
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_EQ(failed.count(), 0);
}

TEST(Worker, DirectSlotCallsNeedNoTicket)
{
    Worker worker;
    QSignalSpy failed(&worker, &Worker::failed);
    worker.loadModel(QStringLiteral("/nonexistent/model.pt"));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("model.pt")));
}

// The GUI's study runs one job per LibTorch thread: with two threads, two jobs at a time on threads
// of their own, reporting through the worker's observers one job at a time. Every point arrives,
// the study is collected, and the run ends normally.
TEST(Worker, RunsAStudyTwoJobsAtATime)
{
    QTemporaryDir dir;
    const psnn::test::TinyLab tiny = psnn::test::makeTinyLab(dir);
    WorkerThread thread;
    QSignalSpy threads(&thread, &WorkerThread::threadsConfigured);
    ASSERT_TRUE(threads.wait(WaitMs));
    thread.setThreads(2);
    ASSERT_TRUE(threads.wait(WaitMs));
    ASSERT_EQ(threads.last().at(0).toInt(), 2);
    QSignalSpy updated(&thread, &WorkerThread::studyUpdated);
    QSignalSpy finished(&thread, &WorkerThread::runFinished);
    QSignalSpy failed(&thread, &WorkerThread::runFailed);
    nlohmann::json settings = tiny.config;
    settings["study"]["defence_seeds"] = 2;
    const QString lab = dir.filePath(QStringLiteral("lab"));
    thread.runStudy(settings, lab, QStringLiteral("quick"));
    ASSERT_TRUE(finished.wait(10 * WaitMs))
        << (failed.isEmpty() ? std::string("no end") : failed.last().at(1).toString().toStdString());
    EXPECT_TRUE(failed.isEmpty());
    ASSERT_FALSE(updated.isEmpty());
    const auto study = updated.last().at(0).value<std::shared_ptr<const psnn::StudySummary>>();
    ASSERT_TRUE(study);
    EXPECT_GE(study->points.size(), 8u) << "every point of the quick grid";
    for (const psnn::StudyPointResult& p : study->points)
        EXPECT_FALSE(p.attacks.empty()) << p.point.id;
    EXPECT_TRUE(QFile::exists(QDir(lab).filePath(QStringLiteral("study/study.json"))));
}
