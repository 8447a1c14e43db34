// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace psnn {

class MainWindow;

/// Shows every wizard page of a window in turn, saves a PNG of the window for each into a folder
/// (01-load-ann.png, …) and then quits the application: for docs/screenshots (scripts/screenshots.sh).
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(MainWindow& window, const QString& folder);

    /// Waits until the model shown on the Load page is loaded (or a few seconds have passed).
    void start();

private:
    void capture(int step);

    MainWindow& m_window;
    QString m_folder;
    bool m_started = false;
};

} // namespace psnn
