// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/steppage.h"

#include "pages/plotsavemenu.h"
#include "pages/runpanel.h"
#include "pages/settingsform.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace psnn {

StepPage::StepPage(const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
    , m_form(new SettingsForm)
    , m_run(new RunPanel(tr("Run")))
{
    auto* heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    auto* intro = new QLabel(description);
    intro->setWordWrap(true);

    auto* inner = new QWidget;
    m_content = new QVBoxLayout(inner);
    m_content->addWidget(heading);
    m_content->addWidget(intro);
    m_content->addWidget(m_form);
    m_content->addWidget(m_run);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_run, &RunPanel::runClicked, this, &StepPage::runRequested);
    connect(m_run, &RunPanel::cancelClicked, this, &StepPage::cancelRequested);
    connect(m_form, &SettingsForm::changed, this, [this] {
        updateRunAvailability();
        Q_EMIT settingsChanged();
    });
}

QJsonObject StepPage::settings() const
{
    return m_form->values();
}

void StepPage::setSettings(const QJsonObject& config)
{
    m_form->setValues(config);
    updateRunAvailability();
}

void StepPage::addMetrics(const QVector<MetricPoint>&)
{
}

void StepPage::addImages(const QVector<LiveImage>&)
{
}

void StepPage::runStarted()
{
}

void StepPage::setLabFolder(const QString& folder)
{
    m_labFolder = folder;
}

bool StepPage::settingsValid() const
{
    return m_form->isValid();
}

void StepPage::setBlockedReason(const QString& reason)
{
    m_blockedReason = reason;
    updateRunAvailability();
}

void StepPage::updateRunAvailability()
{
    if (!m_blockedReason.isEmpty())
        m_run->setRunAvailable(false, m_blockedReason);
    else if (!m_form->isValid())
        m_run->setRunAvailable(false, tr("Fix the settings marked in red first."));
    else
        m_run->setRunAvailable(true);
}

void StepPage::addSection(const QString& title)
{
    auto* label = new QLabel(title);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    m_content->addSpacing(8);
    m_content->addWidget(label);
}

QCustomPlot* StepPage::addPlot(const QString& name, int height)
{
    auto* plot = new QCustomPlot;
    plot->setObjectName(name);
    plot->setMinimumHeight(height);
    enablePlotSaving(*plot, name);
    m_content->addWidget(plot);
    return plot;
}

} // namespace psnn
