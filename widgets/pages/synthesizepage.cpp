// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/synthesizepage.h"

#include "pages/imagegallery.h"
#include "pages/livecurves.h"
#include "pages/settingsform.h"
#include "plots/plotstyle.h"
#include "plots/similarityheatmap.h"

#include "privatesnn/live_series.h"
#include "privatesnn/steps.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace psnn {
namespace {
constexpr int ImagesPerClass = 10; // enough to judge variety; more would only widen the page
}

SynthesizePage::SynthesizePage(QWidget* parent)
    : StepPage(tr("Synthesize images"),
               tr("Generate class-conditioned images from the ANN itself, so no training data is needed. "
                  "Each image is optimised until the ANN's output matches a soft label drawn from the "
                  "classes' similarity."),
               parent)
    , m_summary(new QLabel)
    , m_lossNote(new QLabel(tr("This lab recorded no loss curve (it was made by an older version). Run this step "
                               "again to see it.")))
    , m_gallery(new ImageGallery(ImagesPerClass))
{
    SettingsForm* f = form();
    for (const char* key : {"synthesis.per_class", "synthesis.steps", "synthesis.batch_size", "synthesis.learning_rate",
                            "synthesis.temperature", "synthesis.beta"})
        f->addSetting(key);

    m_summary->setWordWrap(true);
    contentLayout()->addWidget(m_summary);
    addSection(tr("Class similarity of the ANN's last layer"));
    m_heatmap = addPlot(QStringLiteral("class-similarity"), 320);
    addSection(tr("Loss (live while synthesis runs)"));
    m_loss = addPlot(QStringLiteral("synthesis-loss"), 200);
    m_lossCurve = std::make_unique<LiveCurves>(*m_loss);
    startLossCurve();
    m_lossNote->setWordWrap(true);
    m_lossNote->setObjectName(QStringLiteral("lossNote"));
    m_lossNote->hide();
    contentLayout()->addWidget(m_lossNote);
    addSection(tr("Synthetic images by class"));
    m_gallery->setObjectName(QStringLiteral("syntheticGallery"));
    contentLayout()->addWidget(m_gallery);
    contentLayout()->addStretch(1);
}

SynthesizePage::~SynthesizePage() = default;

void SynthesizePage::startLossCurve()
{
    m_lossCurve->start({{liveName(live::kSynthesisLoss), tr("loss"), seriesColor(Series::Ann)}},
                       tr("optimisation step"), tr("soft-label cross entropy"));
}

void SynthesizePage::runStarted()
{
    startLossCurve();
    m_lossNote->hide();
    m_loss->show();
    m_gallery->clear();
}

void SynthesizePage::showLabResults(const LabResults& results)
{
    m_classNames.clear();
    for (const std::string& name : results.model.classNames)
        m_classNames << QString::fromStdString(name);
    m_gallery->setClassNames(m_classNames);

    if (!results.synthesis) {
        m_summary->setText(tr("No synthetic images yet. Run this step to make them."));
        resetPlot(*m_heatmap);
        m_heatmap->replot(QCustomPlot::rpQueuedReplot);
        startLossCurve(); // an opened lab without synthesis: no curve of another lab stays
        m_lossNote->hide();
        m_loss->show();

        return;
    }
    const SynthesisResults& synthesis = *results.synthesis;
    const QLocale locale;
    m_summary->setText(tr("%1 images (%2 per class) in %3 s. The ANN agrees with the intended class for %4 % of "
                          "them; mean final loss %5, diversity %6.")
                           .arg(synthesis.images)
                           .arg(synthesis.perClass)
                           .arg(locale.toString(synthesis.seconds.value_or(0), 'f', 1))
                           .arg(locale.toString(synthesis.teacherAgreement.value_or(0) * 100, 'f', 1))
                           .arg(locale.toString(synthesis.meanLoss.value_or(0), 'g', 3))
                           .arg(locale.toString(synthesis.diversity.value_or(0), 'g', 3)));

    buildSimilarityHeatmap(*m_heatmap, synthesis.classSimilarity, m_classNames);
    m_heatmap->replot(QCustomPlot::rpQueuedReplot);

    // The recorded curve (<= 200 points) replaces the live one, so an opened lab shows it too.
    // Labs from before it was recorded keep whatever the page shows.
    const auto& lossCurve = synthesis.lossCurve;
    const bool noCurve = lossCurve.empty() && m_lossCurve->isEmpty();
    m_lossNote->setVisible(noCurve);
    m_loss->setHidden(noCurve); // an empty frame would only look broken
    if (!lossCurve.empty()) {
        QVector<MetricPoint> points;
        points.reserve(qsizetype(lossCurve.size()));
        for (const auto& [x, loss] : lossCurve)
            points.append({RunItem::of(Step::Synthesize), liveName(live::kSynthesisLoss), x, loss});
        startLossCurve();
        m_lossCurve->add(points);
    }

    // A lab opened from disk has no live images: show the samples the step saved.
    if (m_gallery->imageCount() == 0 && !labFolder().isEmpty()) {
        const QDir lab(labFolder());
        for (const SynthesisSample& sample : synthesis.samples) {
            const QImage image(lab.filePath(QString::fromStdString(sample.file)));
            if (!image.isNull())
                m_gallery->addImage(int(sample.cls), image);
        }
    }
}

void SynthesizePage::addMetrics(const QVector<MetricPoint>& points)
{
    m_lossCurve->add(points);
}

void SynthesizePage::addImages(const QVector<LiveImage>& images)
{
    for (const LiveImage& image : images) {
        if (image.series == liveName(live::kSynthesisImages))
            m_gallery->addImage(image.classIndex, image.image);
    }
}

int SynthesizePage::lossPointCount() const
{
    return m_lossCurve->pointCount();
}

QString SynthesizePage::summaryText() const
{
    return m_summary->text();
}

} // namespace psnn
