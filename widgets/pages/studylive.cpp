// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/studylive.h"

#include "models/leakagetext.h"
#include "pages/imagegallery.h"
#include "pages/livecurves.h"
#include "plots/plotstyle.h"

#include "privatesnn/live_series.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace psnn {

StudyLive::StudyLive(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_plot(new QCustomPlot)
    , m_images(new ImageGallery(4, 56))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_plot->setObjectName(QStringLiteral("studyLiveLosses"));
    m_plot->setMinimumHeight(200);
    layout->addWidget(m_plot);
    m_images->setObjectName(QStringLiteral("studyLiveImages"));
    layout->addWidget(m_images);
    m_curves = std::make_unique<LiveCurves>(*m_plot);
    startPoint(QString());
}

StudyLive::~StudyLive() = default;

void StudyLive::setClassNames(const QStringList& names)
{
    m_images->setClassNames(names);
}

void StudyLive::startPoint(const QString& title)
{
    m_title->setText(title);
    setPlotTheme(*m_plot, PlotTheme::fromPalette(palette()));
    m_curves->start({{liveName(live::kCrossEntropy), tr("cross-entropy"), seriesColor(Series::Converted)},
                     {liveName(live::kDistillation), tr("distillation"), seriesColor(Series::Ann)},
                     {liveName(live::kLoss), tr("total"), seriesColor(Series::Encrypted)}},
                    tr("batch"), tr("training loss"));
    m_images->clear();
    m_images->setColumnTitles({});
    m_attacks.clear();
}

void StudyLive::addMetrics(const QVector<MetricPoint>& points)
{
    // A point's stages prefix their series ("lr 1e-3, 5 epochs/ce"); the curves know the last part.
    QVector<MetricPoint> named;
    named.reserve(points.size());
    for (MetricPoint p : points) {
        p.series = p.series.section(QLatin1Char('/'), -1);
        named.append(p);
    }
    m_curves->add(named);
}

void StudyLive::addImages(const QVector<LiveImage>& images)
{
    for (const LiveImage& image : images) {
        qsizetype column = m_attacks.indexOf(image.series);
        if (column < 0) {
            m_attacks.append(image.series);
            column = m_attacks.size() - 1;
            QStringList titles;
            for (const QString& attack : std::as_const(m_attacks))
                titles << attackTitle(attack.toStdString());
            m_images->setColumnTitles(titles);
        }
        m_images->setImage(image.classIndex, int(column), image.image);
    }
}

QString StudyLive::titleText() const
{
    return m_title->text();
}

int StudyLive::curvePoints() const
{
    return m_curves->pointCount();
}

int StudyLive::imageCount() const
{
    return m_images->imageCount();
}

} // namespace psnn
