// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/livedata.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QLabel;

namespace psnn {

class ImageGallery;
class LiveCurves;

/// The study point being computed, as it forms: its training losses (encryption and distillation
/// points) and each attack's current image of every class, from the same live series the Encrypt
/// and Attack pages draw. Starts empty at every point.
class StudyLive : public QWidget {
    Q_OBJECT
public:
    explicit StudyLive(QWidget* parent = nullptr);
    ~StudyLive() override;
    void setClassNames(const QStringList& names);
    /// A new point starts: title names it; the curves and images start empty.
    void startPoint(const QString& title);
    void addMetrics(const QVector<MetricPoint>& points);
    void addImages(const QVector<LiveImage>& images);
    QString titleText() const;
    int curvePoints() const;
    int imageCount() const;
    QCustomPlot* plot() const { return m_plot; }

private:
    QLabel* m_title;
    QCustomPlot* m_plot;
    std::unique_ptr<LiveCurves> m_curves;
    ImageGallery* m_images;
    QStringList m_attacks; ///< the image series seen at this point, in order: the gallery's columns
};

} // namespace psnn
