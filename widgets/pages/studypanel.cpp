// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/studypanel.h"

#include "models/leakagetext.h"
#include "models/numberformat.h"
#include "models/studyfrontier.h"
#include "pages/frontierhover.h"
#include "pages/plotwheel.h"
#include "pages/studylive.h"
#include "pages/studypointimages.h"
#include "plots/frontierplot.h"
#include "plots/plotstyle.h"

#include "privatesnn/error.h"
#include "privatesnn/study_caveat.h"

#include <qcustomplot.h>

#include <algorithm>

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace psnn {

using namespace Qt::StringLiterals;

StudyPanel::StudyPanel(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QComboBox)
    , m_secondJudge(new QLineEdit)
    , m_run(new QPushButton(tr("Run study")))
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_live(new StudyLive)
    , m_answer(new QLabel)
    , m_plot(new QCustomPlot)
    , m_hover(new FrontierHover(*m_plot))
    , m_details(new QLabel)
    , m_table(new QTableWidget(0, 7))
    , m_pointImages(new StudyPointImages)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro =
        new QLabel(tr("The same SNN defended at several strengths (encryption doses, noise of equal weight drift, "
                      "distillation from a random init), each attacked with at least 100 images by several attacks and "
                      "scored by two judges: a point leaks when any attack leaks for any judge (at a level corrected "
                      "for their number) and is protected only when all are. Points appear as they finish; a stopped "
                      "study resumes where it stopped."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_controls = new QWidget;
    auto* controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    m_grid->addItem(tr("Default grid (54 jobs, about 30 minutes on the demo, 2 cores)"), u"default"_s);
    m_grid->addItem(tr("Quick grid (a few minutes)"), u"quick"_s);
    controls->addWidget(m_grid);
    auto* judgeLabel = new QLabel(tr("Second judge:"));
    judgeLabel->setBuddy(m_secondJudge);
    controls->addWidget(judgeLabel);
    m_secondJudge->setObjectName(u"studySecondJudge"_s);
    m_secondJudge->setPlaceholderText(tr("bundled (with the bundled judge)"));
    m_secondJudge->setToolTip(
        tr("A second classifier of another shape, trained on other data, that decides the verdicts with the "
           "judge: protected only when both say so. A model file, or \"none\" for one judge."));
    m_secondJudge->setMinimumWidth(180);
    controls->addWidget(m_secondJudge);
    auto* choose = new QPushButton(tr("Choose…"));
    connect(choose, &QPushButton::clicked, this, &StudyPanel::chooseSecondJudge);
    controls->addWidget(choose);
    m_run->setObjectName(u"studyRun"_s);
    controls->addWidget(m_run);
    // The study's own progress and Cancel, beside the Run that started it.
    m_progress->setObjectName(u"studyProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(220);
    controls->addWidget(m_progress, 1);
    m_cancel->setObjectName(u"studyCancel"_s);
    controls->addWidget(m_cancel);
    controls->addStretch(1);
    layout->addWidget(m_controls);
    m_live->setObjectName(u"studyLive"_s);
    layout->addWidget(m_live);
    m_answer->setWordWrap(true);
    m_answer->setObjectName(u"studyAnswer"_s);
    layout->addWidget(m_answer);
    m_plot->setObjectName(u"studyFrontier"_s);
    m_plot->setMinimumHeight(340);
    enablePlotWheel(*m_plot);
    connect(m_plot, &QCustomPlot::beforeReplot, m_plot, [this] { fitAxisLabels(*m_plot); });
    layout->addWidget(m_plot);
    auto* plotRow = new QHBoxLayout;
    auto* hint = new QLabel(tr("Hover a point for its values, click it for its attack images; drag a rectangle or "
                               "Ctrl+wheel to zoom."));
    hint->setWordWrap(true);
    plotRow->addWidget(hint, 1);
    auto* reset = new QPushButton(tr("Show all points"));
    reset->setObjectName(u"studyResetZoom"_s);
    connect(reset, &QPushButton::clicked, m_hover, &FrontierHover::resetZoom);
    plotRow->addWidget(reset);
    layout->addLayout(plotRow);
    m_details->setObjectName(u"studyPointDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    connect(m_hover, &FrontierHover::pointClicked, this, &StudyPanel::selectPoint);
    m_table->setObjectName(u"studyTable"_s);
    // Two-line headers keep the columns as narrow as their values; every column as wide as its
    // header and values (a horizontal scroll bar where the window is narrower), never cut off.
    m_table->setHorizontalHeaderLabels({tr("Defence"), tr("Setting"), tr("SNN accuracy"), tr("Strongest attack"),
                                        tr("Judge accuracy\n[95 % interval]"), tr("Verdict\n(all attacks and judges)"),
                                        tr("People\n[exact 95 % interval]")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumHeight(160);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { selectPoint(row); });
    layout->addWidget(m_table);
    m_pointImages->setObjectName(u"studyPointImages"_s);
    layout->addWidget(m_pointImages);
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(40); // the pages' live interval
    connect(&m_redraw, &QTimer::timeout, this, &StudyPanel::redraw);
    connect(m_run, &QPushButton::clicked, this, &StudyPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &StudyPanel::cancelRequested);
    setRunning(false);
    redraw();
}

void StudyPanel::setControlsVisible(bool visible)
{
    m_controls->setVisible(visible);
}

void StudyPanel::setClassNames(const QStringList& names)
{
    m_live->setClassNames(names);
    m_pointImages->setClassNames(names);
}

void StudyPanel::setRunning(bool running)
{
    m_running = running;
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_live->setVisible(running);
    if (running) {
        m_progress->setValue(0);
        m_progress->setFormat(tr("Starting…"));
        m_live->startPoint(tr("Preparing the lab (synthesis and conversion, kept when unchanged)…"));
    }
}

void StudyPanel::setProgress(double fraction, const QString& message)
{
    // The bar covers the whole study: finished points, then the current one's fraction.
    const double whole = (m_pointIndex + std::clamp(fraction, 0.0, 1.0)) / std::max(1, m_pointCount);
    m_progress->setValue(int(whole * 1000));
    m_progress->setFormat(tr("%1 % — point %2 of %3").arg(int(whole * 100)).arg(m_pointIndex + 1).arg(m_pointCount));
    m_progress->setToolTip(message);
}

void StudyPanel::startPoint(const QString& title, int index, int count)
{
    m_pointIndex = index;
    m_pointCount = std::max(1, count);
    m_live->startPoint(tr("Now computing point %1 of %2: %3. Its training losses and each attack's current image "
                          "of every class, as they form:")
                           .arg(index + 1)
                           .arg(count)
                           .arg(title));
    setProgress(0, title);
}

void StudyPanel::addMetrics(const QVector<MetricPoint>& points)
{
    m_live->addMetrics(points);
}

void StudyPanel::addImages(const QVector<LiveImage>& images)
{
    m_live->addImages(images);
}

QString StudyPanel::progressText() const
{
    return m_progress->isVisible() || m_running ? m_progress->text() : QString();
}

QString StudyPanel::detailsText() const
{
    return m_details->text();
}

void StudyPanel::selectPoint(int row)
{
    if (row < 0 || row >= int(m_study.points.size()))
        return;
    m_selected = row;
    m_table->selectRow(row);
    const StudyPointResult& p = m_study.points[size_t(row)];
    m_details->setText(pointDetails(m_study, p));
    const QString title = p.seeds.size() > 1
        ? tr("Attack images of %1 (%2), the first of its %3 defence seeds")
              .arg(defenceTitle(p.point.defence), pointSetting(p.point), QString::number(p.seeds.size()))
        : tr("Attack images of %1 (%2)").arg(defenceTitle(p.point.defence), pointSetting(p.point));
    m_pointImages->showPoint(m_labFolder, p.point.id, title);
}

QString StudyPanel::grid() const
{
    return m_grid->currentData().toString();
}

QString StudyPanel::secondJudge() const
{
    return m_secondJudge->text().trimmed();
}

void StudyPanel::chooseSecondJudge()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Second judge"), {},
                                                      tr("Models (*.pt *.pth *.ptl *.psnn);;All files (*)"));
    if (!path.isEmpty())
        m_secondJudge->setText(path);
}

void StudyPanel::setRunEnabled(bool enabled)
{
    m_run->setEnabled(enabled);
}

QString StudyPanel::answerText() const
{
    return m_answer->text();
}

void StudyPanel::showStudy(const StudySummary& study)
{
    m_study = study;
    if (!m_redraw.isActive())
        m_redraw.start();
}

void StudyPanel::showLabStudy(const QString& labFolder)
{
    m_labFolder = labFolder;
    m_selected = -1;
    m_details->clear();
    m_pointImages->clear();
    m_study = {};
    m_human.reset();
    try {
        if (std::optional<StudySummary> study = readStudySummary(labFolder.toStdString()))
            m_study = std::move(*study);
    } catch (const Error& e) {
        qWarning("The lab's study cannot be shown: %s", e.what());
    }
    try {
        if (!labFolder.isEmpty())
            m_human = readRatingsSummary(labFolder.toStdString());
    } catch (const Error& e) {
        // The Attack page's human judge panel shows this error in full.
        qWarning("The lab's ratings cannot be shown: %s", e.what());
    }
    redraw();
}

void StudyPanel::redraw()
{
    QString answer = m_study.points.empty() ? tr("No study in this lab yet.") : studyAnswer(m_study);
    if (const QString caveat = tooFewImagesNote(m_study); !caveat.isEmpty())
        answer = caveat + QStringLiteral("\n") + answer;
    if (const QString transfer = transferControlText(m_study); !transfer.isEmpty())
        answer += QStringLiteral("\n") + transfer;
    // A broken scoring comes first: no verdict below it can be read until it is explained.
    const QStringList warnings = controlWarnings(m_study);
    if (!warnings.isEmpty())
        answer = warnings.join(QStringLiteral("\n")) + QStringLiteral("\n") + answer;
    m_answer->setText(answer);
    setPlotTheme(*m_plot, PlotTheme::fromPalette(palette()));
    m_curves = frontierCurves(m_study, m_human ? &*m_human : nullptr);
    m_controlMarks = frontierControls(m_study);
    m_layout = buildFrontierPlot(*m_plot, m_curves, m_study.chance * 100, m_study.margin * 100, m_controlMarks);
    m_hover->setLayout(m_layout);
    m_table->setColumnHidden(6, !m_human); // people's column only once someone has rated
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_table->setRowCount(int(m_study.points.size()));
    for (int row = 0; row < int(m_study.points.size()); ++row) {
        const StudyPointResult& p = m_study.points[size_t(row)];
        QStringList cells{defenceTitle(p.point.defence), pointSetting(p.point), formatLocalePercent(p.snnAccuracy)};
        if (const StudyAttackRow* a = p.strongestAttack())
            cells << attackTitle(a->attack)
                  << tr("%1 [%2, %3]")
                         .arg(formatLocalePercent(a->accuracy), formatLocalePercent(a->interval.low),
                              formatLocalePercent(a->interval.high))
                  << pointVerdict(m_study, p);
        else
            cells << u"–"_s << u"–"_s << u"–"_s;
        const int verdictColumn = int(cells.size()) - 1;
        const std::optional<HumanPoint> h = m_human ? m_human->point(p.point.id) : std::nullopt;
        cells << (h ? tr("%1 [%2, %3]")
                          .arg(formatLocalePercent(h->accuracy), formatLocalePercent(h->interval.low),
                               formatLocalePercent(h->interval.high))
                    : u"–"_s);
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (tooFewImagesForVerdict(m_study, p))
            m_table->item(row, verdictColumn)
                ->setToolTip(wrappedToolTip(tr("%n images per attack give intervals too wide to act on: run the "
                                               "default grid (100 per attack) for verdicts.",
                                               nullptr, int(verdictImages(p)))));
    }
    if (m_selected >= 0 && m_selected < m_table->rowCount())
        m_table->selectRow(m_selected);
}

} // namespace psnn
