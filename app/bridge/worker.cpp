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
#include "privatesnn/membership.h"
#include "privatesnn/network.h"
#include "privatesnn/nir_import.h"
#include "privatesnn/pipeline.h"
#include "privatesnn/pipeline_config.h"
#include "privatesnn/runtime.h"
#include "privatesnn/snn_archive.h"
#include "privatesnn/study.h"
#include "privatesnn/torchscript_import.h"

#include <c10/util/Exception.h>

#include <QDir>

#include <algorithm>
#include <fstream>
#include <functional>
#include <new>
#include <optional>
#include <utility>

namespace psnn {
namespace {

/// What a run's exception means for the user: cancelled (no failure), or a failure with its cause and
/// way out. One place for the pipeline and the study, so both name every kind of failure alike.
std::optional<psnn::RunFailure> failureOfCurrentException(const QString& step, bool& cancelled)
{
    try {
        throw;
    } catch (const psnn::Error& error) {
        cancelled = error.code() == psnn::ErrorCode::Cancelled;
        if (cancelled)
            return std::nullopt;
        return psnn::RunFailureText::fromCoreError(error, step);
    } catch (const c10::Error& error) {
        return psnn::RunFailureText::fromLibTorch(error.what_without_backtrace(), step);
    } catch (const std::bad_alloc&) {
        return psnn::RunFailureText::outOfMemory(step);
    } catch (const std::exception& error) {
        return psnn::RunFailureText::unexpected(error.what(), step);
    } catch (...) {
        return psnn::RunFailureText::unexpected(nullptr, step);
    }
}
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

void Worker::configureThreads(int requested)
{
    // With OpenMP the thread count is per calling thread, so this must run on the worker thread.
    try {
        Q_EMIT threadsConfigured(psnn::configureThreads(requested));
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
        QStringList semantics;
        auto network = std::make_unique<psnn::Network>(load(source, semantics));
        snapshot = toSnapshot(*network, source);
        snapshot->semantics = semantics;
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

namespace {

/// core names a choice its caller made by the command-line option that makes it ("T: 8 (-T)"); in
/// the GUI the Load page's import settings made it, so the line says that instead.
QString importedFrom(QString line)
{
    for (const char* option : {"-T", "--dt", "--reset", "--input-coding", "--readout", "--input-mean", "--input-std"}) {
        const QString flag = QString::fromLatin1(option);
        line.replace(QStringLiteral(" (%1)").arg(flag), Worker::tr(" (set in the import settings)"));
        line.replace(QStringLiteral("; %1 sets another)").arg(flag), Worker::tr("; the import settings set another)"));
    }
    return line;
}

} // namespace

void Worker::loadModel(const QString& path, const nlohmann::json& settings, quint64 ticket)
{
    runLoad(ticket, path, [&path, &settings](QString& source, QStringList& semantics) {
        source = path;
        const std::string file = path.toStdString();
        if (!psnn::isNirFile(file))
            return psnn::loadAnyModel(file);
        // A NIR graph is read as a run will read it (the import settings), and the page shows how.
        const nlohmann::json given = settings.is_object() ? settings : nlohmann::json::object();
        psnn::SpikingModel snn = psnn::loadImported(file, psnn::withSettings(psnn::demoProfile(), given));
        for (const std::string& line : psnn::describeSemantics(snn))
            semantics << importedFrom(QString::fromStdString(line));
        return std::move(snn.network);
    });
}

void Worker::loadBundledModel(quint64 ticket)
{
    runLoad(ticket, BundledModel, [](QString& source, QStringList&) {
        const std::string path = psnn::findBundled(BundledModel.toStdString());
        source = QString::fromStdString(path);
        return psnn::loadAnyModel(path);
    });
}

void Worker::runPipeline(const nlohmann::json& settings, const QString& labFolder, std::optional<psnn::Step> lastStep,
                         quint64 ticket)
{
    if (!isCurrent(ticket))
        return;
    psnn::RunObserver observer(*this, *m_live, m_cancelRequested, ticket);
    std::optional<psnn::RunFailure> failure;
    bool cancelled = false;
    try {
        const psnn::PipelineConfig config = psnn::withSettings(psnn::demoProfile(), settings);
        psnn::runPipeline(config, labFolder.toStdString(), observer, lastStep);
    } catch (...) {
        failure = failureOfCurrentException(observer.currentStep(), cancelled);
    }
    emitRunEnd(ticket, cancelled, failure);
}

void Worker::emitRunEnd(quint64 ticket, bool cancelled, const std::optional<psnn::RunFailure>& failure)
{
    if (!isCurrent(ticket))
        return; // superseded: a newer request reports instead
    if (cancelled)
        Q_EMIT runCancelled();
    else if (failure)
        Q_EMIT runFailed(failure->code, failure->message, failure->hint);
    else
        Q_EMIT runFinished();
}

void Worker::computeStepStatus(const nlohmann::json& settings, const QString& labFolder, quint64 request)
{
    if (request != m_newestStatusRequest.load())
        return; // a newer request follows in the queue
    std::vector<psnn::StepStatus> status;
    try {
        const psnn::PipelineConfig config = psnn::withSettings(psnn::demoProfile(), settings);
        status = psnn::labStepStatus(config, labFolder.toStdString());
    } catch (...) {
        // A config a run would refuse (a half-typed value) or a lab it cannot read: the step list
        // keeps what it showed, and a run says what is wrong.
        return;
    }
    if (request == m_newestStatusRequest.load())
        Q_EMIT stepStatusComputed(labFolder, QVector<psnn::StepStatus>(status.begin(), status.end()));
}

namespace {

/// The study's points as steps of the run ("study encryption-2"), and its summary after each point.
class StudyBridge : public psnn::StudyObserver
{
public:
    StudyBridge(Worker& worker, psnn::RunObserver& run, std::function<bool()> current, std::string grid)
        : m_worker(worker), m_run(run), m_current(std::move(current)), m_grid(std::move(grid))
    {
    }
    psnn::ProgressSink& pointStarted(const psnn::StudyPoint& point, int index, int count) override
    {
        return m_run.stepStarted(psnn::RunItem::ofStudyPoint(point.id), index, count);
    }
    void pointFinished(const psnn::StudyPointResult& result, bool kept) override
    {
        m_run.stepFinished(psnn::RunItem::ofStudyPoint(result.point.id), kept, result.seconds, result.point.label);
        m_summary.points.push_back(result);
        int64_t classes = 0;
        for (const auto& a : result.attacks)
            for (int64_t l : a.labels)
                classes = std::max(classes, l + 1);
        m_summary.chance = classes > 0 ? 1.0 / double(classes) : 0.1;
        auto shown = std::make_shared<psnn::StudySummary>(m_summary); // statistics over the points finished so far
        shown->grid = m_grid;
        psnn::summariseStudy(*shown, 500, 0);
        if (m_current())
            Q_EMIT m_worker.studyUpdated(std::move(shown));
    }

private:
    Worker& m_worker;
    psnn::RunObserver& m_run;
    std::function<bool()> m_current;
    std::string m_grid;
    psnn::StudySummary m_summary;
};

} // namespace

void Worker::runStudy(const nlohmann::json& settings, const QString& labFolder, const QString& grid, quint64 ticket)
{
    if (!isCurrent(ticket))
        return;
    psnn::RunObserver observer(*this, *m_live, m_cancelRequested, ticket);
    StudyBridge bridge(*this, observer, [this, ticket] { return isCurrent(ticket); }, grid.toStdString());
    std::optional<psnn::RunFailure> failure;
    bool cancelled = false;
    try {
        const psnn::PipelineConfig config = psnn::withSettings(psnn::demoProfile(), settings);
        const psnn::StudyConfig study = psnn::studyGrid(grid.toStdString(), config);
        // One job per LibTorch thread (Run > LibTorch Threads): the GUI shows one job at a time.
        psnn::runStudyPoints(config, study, labFolder.toStdString(), {}, observer, bridge, true, 0);
        auto summary =
            std::make_shared<const psnn::StudySummary>(psnn::collectStudy(config, study, labFolder.toStdString()));
        if (isCurrent(ticket))
            Q_EMIT studyUpdated(summary);
    } catch (...) {
        failure = failureOfCurrentException(observer.currentStep(), cancelled);
    }
    emitRunEnd(ticket, cancelled, failure);
}

void Worker::runMembership(const QString& labFolder, const QString& members, const QString& nonMembers, quint64 ticket)
{
    if (!isCurrent(ticket))
        return;
    psnn::RunObserver observer(*this, *m_live, m_cancelRequested, ticket);
    std::optional<psnn::RunFailure> failure;
    bool cancelled = false;
    try {
        psnn::LabMembershipOptions options;
        options.membersSpec = members.toStdString();
        options.nonMembersSpec = nonMembers.toStdString();
        const auto emitAudit = [this, ticket](const psnn::MembershipResults& audit) {
            if (isCurrent(ticket))
                Q_EMIT membershipUpdated(std::make_shared<const psnn::MembershipResults>(audit));
        };
        emitAudit(psnn::auditLab(labFolder.toStdString(), options, observer, emitAudit).results);
        // results.json now holds the audit: the pages redraw from the lab's results as after a step.
        std::ifstream in(QDir(labFolder).filePath(QStringLiteral("results.json")).toStdString(), std::ios::binary);
        if (in)
            observer.resultsWritten(psnn::parseLabResults(std::string(std::istreambuf_iterator<char>(in), {})));
    } catch (...) {
        failure = failureOfCurrentException(QStringLiteral("membership"), cancelled);
    }
    emitRunEnd(ticket, cancelled, failure);
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

} // namespace psnn
