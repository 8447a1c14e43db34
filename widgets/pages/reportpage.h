// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/steppage.h"

class QLabel;
class QPushButton;

namespace psnn {

class HumanJudgePanel;
class MembershipPanel;
class StudyPanel;

/// Step 6: spike rates per layer (Fig. 7), energy per layer and in total against the ANN
/// (Table 4), the verdicts in plain words, the lab's privacy-utility study, human judge and
/// membership audit as the exported report has them (the Attack page's panels, without their
/// controls), and the exports. Run here runs every step.
class ReportPage : public StepPage
{
    Q_OBJECT
public:
    explicit ReportPage(QWidget* parent = nullptr);


    QString verdictText() const;
    QString energyText() const;
    QPushButton* exportReportButton() const { return m_exportReport; }
    QPushButton* exportModelButton() const { return m_exportModel; }
    /// After an export: an "Open report" button that opens html in the desktop's browser.
    void showExportedReport(const QString& html);
    QPushButton* openReportButton() const { return m_openReport; }
    StudyPanel* studyView() const { return m_study; }
    HumanJudgePanel* humanView() const { return m_human; }
    MembershipPanel* membershipView() const { return m_membership; }
    void setLabFolder(const QString& folder) override;
    /// Reads the lab's study again (after a study run).
    void refreshStudy();

Q_SIGNALS:
    void exportReportRequested();
    void exportModelRequested();

protected:
    void showLabResults(const LabResults& results) override;
    QStringList resultSections() const override
    {
        return {QStringLiteral("activity"),  QStringLiteral("energy"),     QStringLiteral("leakage"),
                QStringLiteral("model"),     QStringLiteral("encryption"), QStringLiteral("membership"),
                QStringLiteral("conversion")};
    }

private:
    QLabel* m_energy;
    QLabel* m_verdicts;
    QCustomPlot* m_spikes;
    QCustomPlot* m_energyPlot;
    QPushButton* m_exportReport;
    QPushButton* m_exportModel;
    QPushButton* m_openReport;
    StudyPanel* m_study;
    HumanJudgePanel* m_human;
    MembershipPanel* m_membership;
    QString m_exportedHtml;
};

} // namespace psnn
