// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>
#include <QString>

namespace psnn {

class MainWindow;

/// Shows every wizard page of a window in turn, saves a PNG of the window for each into a folder
/// (01-load-ann.png, …), then, when the lab holds a study, the frontier with a point selected and
/// its images (07-study-frontier.png, 08-study-images.png) and the Report page's study
/// (09-report-study.png), and quits the application: for docs/screenshots (scripts/screenshots.sh).
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    /// size: the window's while it is captured (1280 x 1000 unless a projector's is wanted).
    /// classroomRater: when given, the classroom view is shot too (presenter-*.png), its session
    /// started under this rater id.
    Screenshotter(MainWindow& window, const QString& folder, QSize size = QSize(1280, 1000),
                  const QString& classroomRater = QString());

    /// Waits until the model shown on the Load page is loaded (or a few seconds have passed).
    void start();

private:
    void capture(int step);
    /// The study shots after the pages (shot 0, 1, 2), each scrolled to what it shows.
    void captureStudy(int shot);
    /// Saves a grab of widget (the main window when null) as name in the folder.
    void save(const QString& name, QWidget* widget = nullptr);
    /// The classroom view's shots, then quits.
    void captureClassroom();

    MainWindow& m_window;
    QString m_folder;
    QSize m_size;
    QString m_classroomRater;
    bool m_started = false;
};

} // namespace psnn
