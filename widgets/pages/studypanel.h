// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/ratings.h"
#include "privatesnn/study_summary.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace psnn {

/// The privacy-utility study on the Attack page: which grid to run with which second judge, the
/// frontier (filling in as the worker reports finished points), the per-point table and the
/// one-sentence answer. Shows only what it is given (a study summary); MainWindow starts the run.
class StudyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit StudyPanel(QWidget* parent = nullptr);
    /// The worker's live summary or the lab's. Redraws on a short timer, so a burst of updates
    /// costs one redraw.
    void showStudy(const StudySummary& study);
    /// Reads LAB/study/study.json when there is one, else clears (a damaged one too, with a warning).
    void showLabStudy(const QString& labFolder);
    QString grid() const;
    /// The second judge chosen here (a model file or "none"); empty = the lab's setting
    /// study.second_judge (by default the bundled second judge beside the bundled judge).
    QString secondJudge() const;
    void setRunEnabled(bool enabled);
    QCustomPlot* plot() const { return m_plot; }
    QTableWidget* table() const { return m_table; }
    QString answerText() const;

Q_SIGNALS:
    /// Run the study with grid() ("default" or "quick").
    void runRequested();

private:
    void redraw();
    /// The quick grid, or fewer than the default grid's 100 images on the point's strongest attack.
    bool tooFewForVerdicts(const StudyPointResult& point) const;
    void chooseSecondJudge();
    QComboBox* m_grid;
    QLineEdit* m_secondJudge;
    QPushButton* m_run;
    QLabel* m_answer;
    QCustomPlot* m_plot;
    QTableWidget* m_table;
    StudySummary m_study;
    /// The lab's human judge, when people have rated its images: the table's and frontier's "people".
    std::optional<RatingsSummary> m_human;
    QTimer m_redraw;
};

} // namespace psnn
