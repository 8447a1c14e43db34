// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace psnn {

/// Zoom for a window shown on a projector or read from afar: Ctrl+plus, Ctrl+minus and Ctrl+0 scale
/// every font of the window (its own, the headings' larger ones, the plots' axes and legends) and
/// the image galleries' thumbnails by one factor, remembered in QSettings under settingsKey. Widgets
/// and plot texts made after a zoom are scaled by the next one (apply() at once when it matters).
class ViewZoom : public QObject {
    Q_OBJECT
public:
    ViewZoom(QWidget* window, const QString& settingsKey);

    double factor() const { return m_factor; }
    /// Clamped to 50 % … 300 %; saved and applied at once.
    void setFactor(double factor);
    void zoomIn();
    void zoomOut();
    void reset();
    /// Scales what the window holds now to the present factor.
    void apply();

    static constexpr double kStep = 1.15;

Q_SIGNALS:
    void changed(double factor);

private:
    QWidget* m_window;
    QString m_key;
    double m_factor = 1;
    /// The factor the window's fonts are at now: what a font seen for the first time is divided by.
    double m_applied = 1;
};

} // namespace psnn
