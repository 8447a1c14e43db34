// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/livedata.h"
#include "plots/frontierplot.h"

#include "privatesnn/ratings.h"
#include "privatesnn/study_summary.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace psnn {

class FrontierHover;
class StudyLive;
class StudyPointImages;

/// The privacy-utility study on the Attack page: which grid to run with which second judge, the
/// run's progress and Cancel beside Run, the point being computed as it forms (StudyLive), the
/// frontier (filling in as the worker reports finished points; hover, zoom, click a point), the
/// per-point table, the selected point's attack images and the answer. Shows only what it is
/// given (a study summary, live data); MainWindow starts the run.
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
    /// False: only the results (the Report page's view); no grid, judge, Run or progress.
    void setControlsVisible(bool visible);
    void setClassNames(const QStringList& names);
    /// A study run of this panel starts or ends: progress and Cancel show, and the live view.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    /// The run's progress within the current point, with what it does.
    void setProgress(double fraction, const QString& message);
    /// A point starts (index among count): the live view starts empty under its title.
    void startPoint(const QString& title, int index, int count);
    void addMetrics(const QVector<MetricPoint>& points);
    void addImages(const QVector<LiveImage>& images);
    /// Selects a point's row in the table and shows its values and attack images.
    void selectPoint(int row);

    QCustomPlot* plot() const { return m_plot; }
    QTableWidget* table() const { return m_table; }
    QString answerText() const;
    FrontierHover* frontierHover() const { return m_hover; }
    const FrontierLayout& frontierLayout() const { return m_layout; }
    StudyPointImages* pointImages() const { return m_pointImages; }
    StudyLive* liveView() const { return m_live; }
    QString detailsText() const;
    QString progressText() const;

Q_SIGNALS:
    /// Run the study with grid() ("default" or "quick").
    void runRequested();
    void cancelRequested();

private:
    void redraw();
    void chooseSecondJudge();
    QComboBox* m_grid;
    QLineEdit* m_secondJudge;
    QWidget* m_controls;
    QPushButton* m_run;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    StudyLive* m_live;
    QLabel* m_answer;
    QCustomPlot* m_plot;
    FrontierHover* m_hover;
    QLabel* m_details;
    QTableWidget* m_table;
    StudyPointImages* m_pointImages;
    StudySummary m_study;
    QString m_labFolder;
    std::vector<FrontierCurve> m_curves;         ///< what the frontier draws; m_layout points into it
    std::vector<FrontierControl> m_controlMarks; ///< the controls' marks; m_layout points into them too
    FrontierLayout m_layout;
    int m_selected = -1;
    int m_pointIndex = 0, m_pointCount = 1;
    bool m_running = false;
    /// The lab's human judge, when people have rated its images: the table's and frontier's "people".
    std::optional<RatingsSummary> m_human;
    QTimer m_redraw;
};

} // namespace psnn
