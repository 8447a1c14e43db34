// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's export: the worker writes a lab's spiking model as NIR or TorchScript on its thread.
#include "waits.h"
#include "workerthread.h"

#include "privatesnn/conversion.h"
#include "privatesnn/snn_archive.h"
#include "tiny_models.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using psnn::WorkerThread;

namespace {

QString writeSpikingModel(const QTemporaryDir& dir)
{
    psnn::ConversionSettings settings;
    settings.timesteps = 5;
    const psnn::SpikingModel snn = psnn::convertToSnn(psnn::test::trainedBandsTeacher(), psnn::test::bands(10, 1).images, settings);
    const QString path = dir.filePath(QStringLiteral("snn.psnn"));
    psnn::saveSpikingModel(path.toStdString(), snn);
    return path;
}

} // namespace

TEST(WorkerExport, WritesEveryFormatAndWarnsAboutNirsReset)
{
    QTemporaryDir dir;
    const QString source = writeSpikingModel(dir);
    WorkerThread thread;
    QSignalSpy finished(&thread, &WorkerThread::exportFinished);
    QSignalSpy failed(&thread, &WorkerThread::exportFailed);
    const QStringList formats{QStringLiteral("nir"), QStringLiteral("nir-sumpool"), QStringLiteral("torchscript"),
                              QStringLiteral("reconverted-ann")};
    for (const QString& format : formats) {
        const QString target = dir.filePath(format + (format.startsWith(QLatin1String("nir")) ? QStringLiteral(".nir") : QStringLiteral(".pt")));
        thread.exportModel(source, format, target);
        ASSERT_TRUE(finished.wait(WaitMs)) << format.toStdString();
        const QList<QVariant> args = finished.takeFirst();
        EXPECT_EQ(args.at(0).toString(), target);
        EXPECT_GT(QFileInfo(target).size(), 0) << target.toStdString();
        // Only NIR loses something (the soft reset), and says so.
        EXPECT_EQ(args.at(1).toString().contains(QStringLiteral("v_reset")), format.startsWith(QLatin1String("nir")))
            << format.toStdString();
    }
    EXPECT_EQ(failed.count(), 0);
}

TEST(WorkerExport, ReportsAMissingModelWithAWayOut)
{
    QTemporaryDir dir;
    WorkerThread thread;
    QSignalSpy failed(&thread, &WorkerThread::exportFailed);
    thread.exportModel(dir.filePath(QStringLiteral("snn.psnn")), QStringLiteral("nir"), dir.filePath(QStringLiteral("out.nir")));
    ASSERT_TRUE(failed.wait(WaitMs));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("snn.psnn"))) << failed.at(0).at(0).toString().toStdString();
    EXPECT_FALSE(failed.at(0).at(1).toString().isEmpty());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("out.nir"))));
}
