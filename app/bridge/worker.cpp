// SPDX-License-Identifier: GPL-3.0-or-later
#include "worker.h"

#include "livebuffer.h"
#include "loaderrortext.h"
#include "runfailuretext.h"
#include "runobserver.h"
#include "snapshotconversion.h"

#include "privatesnn/attacks.h"
#include "privatesnn/error.h"
#include "privatesnn/export_nir.h"
#include "privatesnn/export_torchscript.h"
#include "privatesnn/network.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/runtime.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/torchscript_import.h"

#include <c10/util/Exception.h>

#include <new>
#include <optional>

namespace {
const QString BundledModel = QStringLiteral("models/teacher.psnn");
}

Worker::Worker(QObject* parent)
    : QObject(parent)
{
}

Worker::~Worker() = default;

quint64 Worker::takeTicket()
{
    return ++m_newestTicket;
}

bool Worker::isCurrent(quint64 ticket) const
{
    return ticket == m_newestTicket.load();
}

void Worker::configureThreads()
{
    // With OpenMP the thread count is per calling thread, so this must run on the worker thread.
    try {
        Q_EMIT threadsConfigured(psnn::configureThreads(0));
    } catch (const std::exception& error) {
        Q_EMIT failed(tr("Could not set the number of LibTorch threads."), QString::fromUtf8(error.what()));
    }
}

template<typename Load>
void Worker::runLoad(quint64 ticket, const QString& displayPath, Load&& load)
{
    if (ticket == 0)
        ticket = takeTicket();
    if (!isCurrent(ticket))
        return;
    std::optional<ModelSnapshot> snapshot;
    LoadFailure failure;
    try {
        QString source;
        auto network = std::make_unique<psnn::Network>(load(source));
        snapshot = toSnapshot(*network, source);
        if (isCurrent(ticket))
            m_network = std::move(network);
    } catch (const psnn::Error& error) {
        failure = LoadErrorText::fromCoreError(error, displayPath);
    } catch (const c10::Error& error) {
        failure = LoadErrorText::fromLibTorch(error.what_without_backtrace(), displayPath);
    } catch (const std::bad_alloc&) {
        failure = LoadErrorText::outOfMemory(displayPath);
    } catch (const std::exception& error) {
        failure = LoadErrorText::unexpected(error.what(), displayPath);
    } catch (...) {
        failure = LoadErrorText::unexpected(nullptr, displayPath);
    }
    if (!isCurrent(ticket))
        return;
    if (snapshot)
        Q_EMIT modelLoaded(*snapshot);
    else
        Q_EMIT failed(failure.message, failure.hint);
}

void Worker::loadModel(const QString& path, quint64 ticket)
{
    runLoad(ticket, path, [&path](QString& source) {
        source = path;
        return psnn::loadAnyModel(path.toStdString());
    });
}

void Worker::loadBundledModel(quint64 ticket)
{
    runLoad(ticket, BundledModel, [](QString& source) {
        const std::string path = psnn::findBundled(BundledModel.toStdString());
        source = QString::fromStdString(path);
        return psnn::loadAnyModel(path);
    });
}

void Worker::runPipeline(const QByteArray& configJson, const QString& labFolder, const QString& lastStep, quint64 ticket)
{
    if (!isCurrent(ticket))
        return;
    psnn::RunObserver observer(*this, *m_live, m_cancelRequested, ticket);
    std::optional<psnn::RunFailure> failure;
    bool cancelled = false;
    try {
        const psnn::PipelineConfig config = psnn::pipelineConfigFromJson(configJson.toStdString(), psnn::demoProfile());
        psnn::runPipeline(config, labFolder.toStdString(), observer, lastStep.toStdString());
    } catch (const psnn::Error& error) {
        cancelled = error.code() == psnn::ErrorCode::Cancelled;
        if (!cancelled)
            failure = psnn::RunFailureText::fromCoreError(error, observer.currentStep());
    } catch (const c10::Error& error) {
        failure = psnn::RunFailureText::fromLibTorch(error.what_without_backtrace(), observer.currentStep());
    } catch (const std::bad_alloc&) {
        failure = psnn::RunFailureText::outOfMemory(observer.currentStep());
    } catch (const std::exception& error) {
        failure = psnn::RunFailureText::unexpected(error.what(), observer.currentStep());
    } catch (...) {
        failure = psnn::RunFailureText::unexpected(nullptr, observer.currentStep());
    }
    if (!isCurrent(ticket))
        return;
    if (cancelled)
        Q_EMIT runCancelled();
    else if (failure)
        Q_EMIT runFailed(failure->code, failure->message, failure->hint);
    else
        Q_EMIT runFinished();
}

void Worker::exportModel(const QString& source, const QString& format, const QString& target)
{
    try {
        const psnn::SpikingModel snn = psnn::loadSpikingModel(source.toStdString());
        QString warning;
        if (format == QLatin1String("reconverted-ann")) {
            psnn::exportNetworkTorchScript(psnn::reconvertToAnn(snn), target.toStdString());
        } else if (format == QLatin1String("torchscript")) {
            psnn::exportSnnTorchScript(snn, target.toStdString());
        } else {
            psnn::NirExportOptions options;
            options.sumPool = format == QLatin1String("nir-sumpool");
            const psnn::NirExportResult result = psnn::exportNir(snn, target.toStdString(), options);
            // core's warning is English; the GUI says the same in the user's language.
            if (!result.warnings.empty())
                warning = tr("NIR's IF neuron resets to v_reset, while this network subtracts the threshold; the file "
                             "records reset_method = \"subtract\" in its metadata. snnTorch, Sinabs and SpiNNaker2 reset by "
                             "subtraction, Norse and Lava-DL reset to v_reset and lose accuracy.");
        }
        Q_EMIT exportFinished(target, warning);
    } catch (const psnn::Error& error) {
        Q_EMIT exportFailed(tr("The export to %1 failed: %2").arg(target, QString::fromStdString(error.what())),
                            QString::fromStdString(error.hint()));
    } catch (const std::exception& error) {
        Q_EMIT exportFailed(tr("The export to %1 failed: %2").arg(target, QString::fromUtf8(error.what())),
                            tr("Please report this with the lab folder."));
    }
}
