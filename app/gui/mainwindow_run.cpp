// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's runs: starting them through the lab session, and routing the worker's step events
// and live data to the page that shows each step (the step table's page).
#include "mainwindow.h"

#include "labsession.h"
#include "pages/attackpage.h"
#include "pages/runpanel.h"
#include "pages/steplist.h"
#include "pages/studypanel.h"
#include "panels/logpanel.h"
#include "workerthread.h"

#include "privatesnn/steps.h"

#include <QDir>

using psnn::StepPage;
using psnn::WizardPage;

namespace {

/// Calls handle(step, items) for each run of consecutive items of one step: a batch collected on
/// the timer may span the end of one step and the start of the next.
template <typename Item, typename Handler>
void forEachStepRun(const QVector<Item>& items, Handler handle)
{
    qsizetype begin = 0;
    while (begin < items.size()) {
        qsizetype end = begin;
        while (end < items.size() && items[end].step == items[begin].step)
            ++end;
        handle(items[begin].step, items.mid(begin, end - begin));
        begin = end;
    }
}

} // namespace

void MainWindow::runPage(StepPage* page)
{
    const int index = m_stepPages.indexOf(page);
    if (isRunning() || index < StepList::SynthesizeStep)
        return;
    if (!m_session->isOpen())
        openLab(LabSession::newLabFolder()); // a run needs a lab; rather than stop the user with a dialog, make one
    m_session->setEditedSettings(editedSettings());
    if (!m_session->runPage(WizardPage(index))) {
        // Taken since the lab was opened: the run would be refused, so say why before it starts.
        m_log->appendError(tr("The lab is in use by %1, so it is open read-only.").arg(m_session->lockHolder()),
                           tr("Wait until that run ends and open the lab again, or open another lab to run steps."));
        updateSteps();
        return;
    }
    startedRun(page);
    const std::optional<psnn::Step> last = LabSession::lastStepOf(WizardPage(index));
    m_log->appendInfo(tr("Running up to '%1' in %2…")
                          .arg(last ? LabSession::stepTitle(psnn::liveName(psnn::stepName(*last))) : tr("the end"),
                               QDir::toNativeSeparators(m_session->folder())));
}

void MainWindow::runStudy()
{
    auto* page = static_cast<psnn::AttackPage*>(m_stepPages[StepList::AttackStep]);
    if (isRunning())
        return;
    if (!m_session->isOpen())
        openLab(LabSession::newLabFolder());
    m_session->setEditedSettings(editedSettings());
    if (!m_session->runStudy(page->studyPanel()->grid()))
        return;
    startedRun(page);
    m_log->appendInfo(tr("Running the privacy-utility study (%1 grid) in %2…").arg(page->studyPanel()->grid(), QDir::toNativeSeparators(m_session->folder())));
}

void MainWindow::startedRun(StepPage* page)
{
    m_liveStep.clear();
    page->runPanel()->setRunning(true);
    updateSteps();
}

void MainWindow::cancelRun()
{
    if (!isRunning())
        return;
    m_log->appendInfo(tr("Cancelling…"));
    m_worker->cancel();
}

void MainWindow::finishRun()
{
    m_session->endRun();
    updateSteps();
    Q_EMIT runEnded();
}

void MainWindow::onStepStarted(const QString& step, int index, int count)
{
    if (StepPage* page = runningPage())
        page->runPanel()->setStep(LabSession::stepTitle(step), index, count);
    m_log->appendInfo(tr("Step %1 of %2: %3…").arg(index + 1).arg(count).arg(LabSession::stepTitle(step)));
}

void MainWindow::onStepFinished(const QString& step, bool skipped, double seconds, const QString& summary)
{
    const QString title = LabSession::stepTitle(step);
    m_log->appendInfo(skipped ? tr("%1: unchanged, kept from the lab.").arg(title)
                              : tr("%1 finished in %2 s: %3").arg(title).arg(seconds, 0, 'f', 1).arg(summary));
}

StepPage* MainWindow::livePage(const QString& step)
{
    const std::optional<WizardPage> shown = LabSession::pageOfStep(step);
    StepPage* page = shown ? m_stepPages[int(*shown)] : nullptr;
    // Cleared on the first live data, not at the step's start: a skipped step sends none and
    // keeps what the page shows.
    if (page && step != m_liveStep) {
        page->runStarted();
        m_liveStep = step;
    }
    return page;
}

void MainWindow::onMetrics(const QVector<psnn::MetricPoint>& points)
{
    forEachStepRun(points, [this](const QString& step, const QVector<psnn::MetricPoint>& run) {
        if (StepPage* page = livePage(step))
            page->addMetrics(run);
    });
}

void MainWindow::onImages(const QVector<psnn::LiveImage>& images)
{
    forEachStepRun(images, [this](const QString& step, const QVector<psnn::LiveImage>& run) {
        if (StepPage* page = livePage(step))
            page->addImages(run);
    });
}
