// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/steppage.h"

#include "pages/plotsavemenu.h"
#include "pages/plotwheel.h"
#include "pages/runpanel.h"
#include "pages/settingsform.h"
#include "pages/taborder.h"
#include "plots/plotstyle.h"

#include <QLabel>
#include <QScrollArea>
#include <QShowEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <utility>

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

nlohmann::json StepPage::settings() const
{
    return m_form->values();
}

void StepPage::setSettings(const nlohmann::json& config)
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
    if (folder != m_labFolder)
        m_drawn = false; // images come from the folder: draw again even if results.json is equal
    m_labFolder = folder;
}

void StepPage::updateResults(const std::shared_ptr<const LabResults>& results)
{
    // What this page draws from, as the file holds it: comparing values, not whole documents, lets
    // a step that changed other sections leave this page alone.
    nlohmann::json sections;
    if (results) {
        const nlohmann::json all = toJson(*results);
        sections = nlohmann::json::object();
        for (const QString& key : resultSections())
            if (const auto value = all.find(key.toStdString()); value != all.end())
                sections[key.toStdString()] = *value;
    }
    if (m_drawn && !m_pending && sections == m_shownSections)
        return;
    m_shownSections = std::move(sections);
    m_pendingResults = results;
    m_pending = true;
    if (!isVisible() && window()->isVisible())
        return; // showEvent draws it
    flushResults();
}

void StepPage::showResults(const std::shared_ptr<const LabResults>& results)
{
    m_labResults = results != nullptr;
    showLabResults(results ? *results : LabResults{});
}

void StepPage::flushResults()
{
    if (!m_pending)
        return;
    m_pending = false;
    m_drawn = true;
    showResults(std::exchange(m_pendingResults, nullptr));
}

void StepPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (QCustomPlot* plot : findChildren<QCustomPlot*>()) {
            setPlotTheme(*plot, PlotTheme::fromPalette(palette()));
            plot->replot(QCustomPlot::rpQueuedReplot);
        }
    }
}

void StepPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_tabsOrdered) {
        // Here, not in the constructor: the subclasses add their settings and sections after it.
        orderTabsByLayout(*this);
        m_tabsOrdered = true;
    }
    flushResults();
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

QLabel* StepPage::addSection(const QString& title)
{
    auto* label = new QLabel(title);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    m_content->addSpacing(8);
    m_content->addWidget(label);
    return label;
}

void StepPage::makeSettingsCollapsible(const QString& title)
{
    m_settingsToggle = new QToolButton;
    m_settingsToggle->setObjectName(QStringLiteral("settingsToggle"));
    m_settingsToggle->setText(title);
    m_settingsToggle->setCheckable(true);
    m_settingsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_settingsToggle->setAutoRaise(true);
    m_content->insertWidget(m_content->indexOf(m_form), m_settingsToggle);
    connect(m_settingsToggle, &QToolButton::toggled, this, [this](bool expanded) {
        m_form->setVisible(expanded);
        m_settingsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    });
    m_settingsToggle->setChecked(true);
    m_settingsToggle->setArrowType(Qt::DownArrow);
}

bool StepPage::settingsExpanded() const
{
    return !m_settingsToggle || m_settingsToggle->isChecked();
}

void StepPage::setSettingsExpanded(bool expanded)
{
    if (m_settingsToggle)
        m_settingsToggle->setChecked(expanded);
}

QCustomPlot* StepPage::addPlot(const QString& name, int height)
{
    auto* plot = new QCustomPlot;
    plot->setObjectName(name);
    plot->setMinimumHeight(height);
    setPlotTheme(*plot, PlotTheme::fromPalette(palette()));
    // Builders restyle with the plot's theme; this catches what they colour for a light page.
    connect(plot, &QCustomPlot::beforeReplot, plot, [plot] {
        applyPlotTheme(*plot);
        fitAxisLabels(*plot);
    });
    enablePlotSaving(*plot, name);
    enablePlotWheel(*plot);
    m_content->addWidget(plot);
    return plot;
}

} // namespace psnn
