// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/livedata.h"

#include "privatesnn/results.h"

#include <nlohmann/json.hpp>

#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace psnn {

class RunPanel;
class SettingsForm;

/// A wizard page that runs the pipeline up to one of its steps: a title, a settings form, the
/// run panel and the page's results below, in a scroll area. Pages only show what they are given
/// (the lab's results, live points and images) and emit intents; MainWindow talks to the worker.
class StepPage : public QWidget
{
    Q_OBJECT
public:
    StepPage(const QString& title, const QString& description, QWidget* parent = nullptr);

    /// The part of the pipeline settings this page's form edits, shaped like the full settings
    /// ({"synthesis": {…}}): the form's keys are paths into it.
    nlohmann::json settings() const;
    /// Fills the form from full pipeline settings (the lab's, or the defaults).
    void setSettings(const nlohmann::json& config);
    /// Shows a lab's results (null: no lab open); sections that are missing clear what they fed.
    /// Draws at once; MainWindow calls updateResults instead, which skips work that would change
    /// nothing.
    void showResults(const std::shared_ptr<const LabResults>& results);
    void showResults(const LabResults& results) { showResults(std::make_shared<const LabResults>(results)); }
    /// Shows the results when the sections this page reads (resultSections) differ from what it
    /// shows. A page hidden in a visible window draws when it is shown, so a finished step costs
    /// the GUI thread only the page in view.
    void updateResults(const std::shared_ptr<const LabResults>& results);
    /// Draws results given to updateResults and not drawn yet (a hidden page).
    void flushResults();
    bool hasPendingResults() const { return m_pending; }
    virtual void addMetrics(const QVector<MetricPoint>& points);
    virtual void addImages(const QVector<LiveImage>& images);
    /// A run of this page starts: live views start empty.
    virtual void runStarted();
    /// The lab folder, for pages that show its files (images).
    virtual void setLabFolder(const QString& folder);

    bool settingsValid() const;
    /// Run needs the page's inputs and a valid form; blockedReason says what is missing ("" = none).
    void setBlockedReason(const QString& reason);
    RunPanel* runPanel() const { return m_run; }
    SettingsForm* form() const { return m_form; }
    /// False while the settings are folded away (makeSettingsCollapsible).
    bool settingsExpanded() const;
    void setSettingsExpanded(bool expanded);

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    /// The form changed: later results may no longer match these settings.
    void settingsChanged();

protected:
    /// The sections of results.json (its top-level keys) that showLabResults reads.
    virtual QStringList resultSections() const = 0;
    virtual void showLabResults(const LabResults& results) = 0;
    /// Whether the results shown are a lab's, not the empty ones of "no lab".
    bool showsLabResults() const { return m_labResults; }
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    QVBoxLayout* contentLayout() const { return m_content; }
    /// A heading for a group of results in the page.
    QLabel* addSection(const QString& title);
    /// Puts the settings behind a toggle named title, so a page can lead with its results.
    void makeSettingsCollapsible(const QString& title);
    /// A plot sized for a page, with the save-as context menu.
    QCustomPlot* addPlot(const QString& name, int height = 260);
    QString labFolder() const { return m_labFolder; }

    /// Enables Run when nothing blocks it and the form is valid.
    void updateRunAvailability();

private:

    SettingsForm* m_form;
    QToolButton* m_settingsToggle = nullptr;
    RunPanel* m_run;
    QVBoxLayout* m_content;
    QString m_blockedReason;
    QString m_labFolder;
    nlohmann::json m_shownSections; ///< the resultSections of the results drawn last, null without a lab
    std::shared_ptr<const LabResults> m_pendingResults; ///< results to draw when the page is shown
    bool m_labResults = false;
    bool m_pending = false;
    bool m_drawn = false; ///< false until results are drawn for the current lab folder
    bool m_tabsOrdered = false;
};

} // namespace psnn
