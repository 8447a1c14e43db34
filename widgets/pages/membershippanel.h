// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/membership_results.h"

#include <QTimer>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace psnn {

/// The membership-inference audit on the Attack page: the auditor's data (the teacher's training
/// data and held-out data), the ROCs on log-log axes (filling in as the worker finishes each
/// attack), the table with intervals and the verdicts. Shows only what it is given; MainWindow
/// starts the run.
class MembershipPanel : public QWidget {
    Q_OBJECT
public:
    explicit MembershipPanel(QWidget* parent = nullptr);
    /// The worker's partial audit or the lab's. Redraws on a short timer, so a burst of updates
    /// costs one redraw.
    void showMembership(const MembershipResults& audit);
    /// No audit (a lab without one, or no lab).
    void clear();
    /// Data specs as `privatesnn membership --members/--non-members` takes them; empty = the
    /// bundled teacher's default (Fashion-MNIST's training and test splits).
    QString membersSpec() const;
    QString nonMembersSpec() const;
    void setRunEnabled(bool enabled);
    /// False: only the results (the Report page's view); no data fields or Run.
    void setControlsVisible(bool visible);
    QCustomPlot* plot() const { return m_plot; }
    QTableWidget* table() const { return m_table; }
    QString summaryText() const;

Q_SIGNALS:
    /// Run the audit with membersSpec() and nonMembersSpec().
    void runRequested();

private:
    void redraw();

    QLineEdit* m_members;
    QLineEdit* m_nonMembers;
    QPushButton* m_run;
    QWidget* m_controls;
    QLabel* m_summary;
    QCustomPlot* m_plot;
    QTableWidget* m_table;
    MembershipResults m_audit;
    bool m_hasAudit = false;
    QTimer m_redraw;
};

} // namespace psnn
