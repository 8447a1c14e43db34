// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/runpanel.h"

#include "pages/errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace psnn {
namespace {

QString durationText(double seconds)
{
    const int s = int(std::lround(seconds));
    if (s < 60)
        return RunPanel::tr("%n s", nullptr, s);
    if (s < 3600)
        return RunPanel::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return RunPanel::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

} // namespace

RunPanel::RunPanel(const QString& runText, QWidget* parent)
    : QWidget(parent)
    , m_run(new QPushButton(runText, this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_bar(new QProgressBar(this))
    , m_eta(new QLabel(this))
    , m_state(new QLabel(this))
    , m_banner(new ErrorBanner(this))
{
    m_run->setObjectName(QStringLiteral("runButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_run->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_run->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_cancel->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    // Range 0..1000 gives the bar tenths of a percent, so slow steps still visibly move.
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_bar->setFormat(QStringLiteral("%p %"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_run, &QPushButton::clicked, this, &RunPanel::runClicked);
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancelClicked);

    auto* row = new QHBoxLayout;
    row->addWidget(m_run);
    row->addWidget(m_cancel);
    row->addWidget(m_bar, 1);
    row->addWidget(m_eta);
    // Keeps the buttons at their natural width while the progress bar is hidden.
    row->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_state);
    layout->addWidget(m_banner);
    m_bar->hide();
    updateButtons();
}

void RunPanel::setRunAvailable(bool available, const QString& reason)
{
    m_available = available;
    m_run->setToolTip(available ? QString() : reason);
    updateButtons();
}

void RunPanel::setRunning(bool running)
{
    m_running = running;
    if (running) {
        m_clock.start();
        m_banner->hide();
        m_bar->setValue(0);
        m_eta->clear();
        m_state->setText(tr("Starting…"));
        m_stepIndex = 0;
        m_stepCount = 1;
    }
    m_bar->setVisible(running);
    m_eta->setVisible(running);
    updateButtons();
}

void RunPanel::setStep(const QString& title, int index, int count)
{
    m_stepTitle = title;
    m_stepIndex = index;
    m_stepCount = std::max(1, count);
    setProgress(0, {});
}

void RunPanel::setProgress(double fraction, const QString& message)
{
    if (!m_running)
        return;
    fraction = std::clamp(fraction, 0.0, 1.0);
    const double overall = (m_stepIndex + fraction) / m_stepCount;
    m_bar->setValue(int(std::lround(overall * 1000)));
    const QString step = tr("Step %1 of %2: %3").arg(m_stepIndex + 1).arg(m_stepCount).arg(m_stepTitle);
    m_state->setText(message.isEmpty() ? step : tr("%1 — %2").arg(step, message));
    // Too early an estimate swings wildly; wait for a little progress and a little time.
    const double elapsed = m_clock.elapsed() / 1000.0;
    if (overall > 0.02 && elapsed > 2)
        m_eta->setText(tr("about %1 left").arg(durationText(elapsed * (1 - overall) / overall)));
}

void RunPanel::showFinished(const QString& text)
{
    setRunning(false);
    m_state->setText(text);
}

void RunPanel::showIdle()
{
    setRunning(false);
    m_state->clear();
}

void RunPanel::showCancelled()
{
    setRunning(false);
    m_state->setText(tr("Cancelled. The results of finished steps are kept; Run continues from there."));
}

void RunPanel::showFailure(const QString& message, const QString& hint)
{
    setRunning(false);
    m_state->clear();
    m_banner->showError(message, hint);
}

QString RunPanel::stateText() const
{
    return m_state->text();
}

void RunPanel::updateButtons()
{
    m_run->setEnabled(m_available && !m_running);
    m_cancel->setEnabled(m_running);
}

} // namespace psnn
