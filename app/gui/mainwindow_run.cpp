// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's runs: starting them through the lab session, and routing the worker's step events
// and live data to the page that shows each step (the step table's page).
#include "mainwindow.h"

#include "labsession.h"
#include "models/steptitles.h"
#include "pages/attackpage.h"
#include "pages/membershippanel.h"
#include "pages/runpanel.h"
#include "pages/steplist.h"
#include "pages/studypanel.h"
#include "panels/logpanel.h"
#include "workerthread.h"

#include "privatesnn/steps.h"

#include <QDir>

namespace psnn {
namespace {

/// Calls handle(item, points) for each run of consecutive points of one step: a batch collected on
/// the timer may span the end of one step and the start of the next.
template <typename Point, typename Handler> void forEachStepRun(const QVector<Point>& points, Handler handle)
{
    qsizetype begin = 0;
    while (begin < points.size()) {
        qsizetype end = begin;
        while (end < points.size() && points[end].item == points[begin].item)
            ++end;
        handle(points[begin].item, points.mid(begin, end - begin));
        begin = end;
    }
}

} // namespace

void MainWindow::runPage(StepPage* page)
{
    const int index = m_stepPages.indexOf(page);
    if (isRunning() || index < 0)
        return;
    const WizardPage shown = WizardPage(index);
    if (!m_session->isOpen())
        showLab(LabSession::newLabFolder()); // a run needs a lab; rather than stop the user with a dialog, make one
    m_session->setEditedSettings(editedSettings());
    if (!m_session->runPage(shown)) {
        // Taken since the lab was opened: the run would be refused, so say why before it starts.
        m_log->appendError(tr("The lab is in use by %1, so it is open read-only.").arg(m_session->lockHolder()),
                           tr("Wait until that run ends and open the lab again, or open another lab to run steps."));
        updateSteps();
        return;
    }
    startedRun(page);
    const std::optional<psnn::Step> last = LabSession::lastStepOf(shown);
    m_log->appendInfo(
        tr("Running up to '%1' in %2…")
            .arg(last ? psnn::stepTitle(*last) : tr("the end"), QDir::toNativeSeparators(m_session->folder())));
}

void MainWindow::runStudy()
{
    auto* page = static_cast<psnn::AttackPage*>(stepPage(WizardPage::Attack));
    if (isRunning())
        return;
    if (!m_session->isOpen())
        showLab(LabSession::newLabFolder());
    nlohmann::json edited = editedSettings();
    if (const QString judge = page->studyPanel()->secondJudge(); !judge.isEmpty())
        edited["study"]["second_judge"] = judge.toStdString(); // the setting study.second_judge
    m_session->setEditedSettings(edited);
    if (!m_session->runStudy(page->studyPanel()->grid()))
        return;
    startedRun(page);
    page->studyPanel()->setRunning(true);
    m_log->appendInfo(tr("Running the privacy-utility study (%1 grid) in %2…").arg(page->studyPanel()->grid(), QDir::toNativeSeparators(m_session->folder())));
}

void MainWindow::runMembership()
{
    auto* page = static_cast<psnn::AttackPage*>(stepPage(WizardPage::Attack));
    if (isRunning())
        return;
    psnn::MembershipPanel* panel = page->membershipPanel();
    if (!m_session->runMembership(panel->membersSpec(), panel->nonMembersSpec()))
        return;
    startedRun(page);
    for (RunPanel* panel : runPanels())
        panel->setStep(tr("Membership audit"), 0, 1);
    m_log->appendInfo(
        tr("Running the membership-inference audit in %1 (the two reference models take most of the time; "
           "finished ones are kept in the lab)…")
            .arg(QDir::toNativeSeparators(m_session->folder())));
}

QList<RunPanel*> MainWindow::runPanels() const
{
    QList<RunPanel*> panels;
    for (StepPage* page : m_stepPages)
        if (page)
            panels << page->runPanel();
    return panels;
}

void MainWindow::startedRun(StepPage* page)
{
    m_liveItem.reset();
    // Every page shows the run's progress and its Cancel: the user may look elsewhere meanwhile.
    for (RunPanel* panel : runPanels())
        panel->setRunning(true);
    updateSteps();
    m_log->appendInfo(
        tr("This run computes with %n LibTorch thread(s) (Run > LibTorch Threads).", nullptr, m_worker->threads()));
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
    // The page that started the run has said how it ended; the others go back to their own state.
    for (RunPanel* panel : runPanels())
        if (panel->isRunning())
            panel->showIdle();
    studyPanel()->setRunning(false);
    m_session->endRun();
    updateSteps();
    Q_EMIT runEnded();
}

void MainWindow::onStepStarted(const psnn::RunItem& item, int index, int count)
{
    for (RunPanel* panel : runPanels())
        panel->setStep(psnn::runItemTitle(item), index, count);
    if (!item.studyPoint.empty())
        studyPanel()->startPoint(psnn::runItemTitle(item), index, count);
    m_log->appendInfo(tr("Step %1 of %2: %3…").arg(index + 1).arg(count).arg(psnn::runItemTitle(item)));
}

void MainWindow::onStepFinished(const psnn::RunItem& item, bool skipped, double seconds, const QString& summary)
{
    const QString title = psnn::runItemTitle(item);
    m_log->appendInfo(skipped ? tr("%1: unchanged, kept from the lab.").arg(title)
                              : tr("%1 finished in %2 s: %3").arg(title).arg(seconds, 0, 'f', 1).arg(summary));
}

StepPage* MainWindow::livePage(const psnn::RunItem& item)
{
    const std::optional<WizardPage> shown = LabSession::pageOfStep(item);
    StepPage* page = shown ? stepPage(*shown) : nullptr;
    // Cleared on the first live data, not at the step's start: a skipped step sends none and
    // keeps what the page shows.
    if (page && item != m_liveItem) {
        page->runStarted();
        m_liveItem = item;
    }
    return page;
}

void MainWindow::onMetrics(const QVector<psnn::MetricPoint>& points)
{
    forEachStepRun(points, [this](const psnn::RunItem& item, const QVector<psnn::MetricPoint>& run) {
        if (!item.studyPoint.empty())
            studyPanel()->addMetrics(run); // a study point's training and attacks: the study panel's live view
        else if (StepPage* page = livePage(item))
            page->addMetrics(run);
    });
}

void MainWindow::onImages(const QVector<psnn::LiveImage>& images)
{
    forEachStepRun(images, [this](const psnn::RunItem& item, const QVector<psnn::LiveImage>& run) {
        if (!item.studyPoint.empty())
            studyPanel()->addImages(run);
        else if (StepPage* page = livePage(item))
            page->addImages(run);
    });
}

} // namespace psnn
