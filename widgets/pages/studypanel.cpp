// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/studypanel.h"

#include "models/leakagetext.h"
#include "models/numberformat.h"
#include "models/studyfrontier.h"
#include "pages/plotwheel.h"
#include "plots/frontierplot.h"
#include "plots/plotstyle.h"

#include "privatesnn/error.h"

#include <qcustomplot.h>

#include <algorithm>

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_answer(new QLabel)
    , m_plot(new QCustomPlot)
    , m_table(new QTableWidget(0, 7))
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
    auto* controls = new QHBoxLayout;
    m_grid->addItem(tr("Default grid (about 15 minutes on the demo, 2 cores)"), u"default"_s);
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
    controls->addStretch(1);
    layout->addLayout(controls);
    m_answer->setWordWrap(true);
    m_answer->setObjectName(u"studyAnswer"_s);
    layout->addWidget(m_answer);
    m_plot->setObjectName(u"studyFrontier"_s);
    m_plot->setMinimumHeight(300);
    enablePlotWheel(*m_plot);
    connect(m_plot, &QCustomPlot::beforeReplot, m_plot, [this] { fitAxisLabels(*m_plot); });
    layout->addWidget(m_plot);
    m_table->setObjectName(u"studyTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Defence"), tr("Setting"), tr("SNN accuracy"), tr("Strongest attack"),
                                        tr("Judge accuracy [95 % interval]"), tr("Verdict (all attacks and judges)"),
                                        tr("People [exact 95 % interval]")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    layout->addWidget(m_table);
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(40); // the pages' live interval
    connect(&m_redraw, &QTimer::timeout, this, &StudyPanel::redraw);
    connect(m_run, &QPushButton::clicked, this, &StudyPanel::runRequested);
    redraw();
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

bool StudyPanel::tooFewForVerdicts(const StudyPointResult& point) const
{
    // The default grid attacks every point with 100 images (10 classes x 10 restarts); the quick
    // grid's 20 give intervals 30-45 points wide, which decide nothing a reader should act on.
    constexpr int64_t verdictImages = 100;
    const StudyAttackRow* attack = point.strongestAttack();
    return m_study.grid == "quick" || (attack && attack->images < verdictImages);
}

void StudyPanel::redraw()
{
    QString answer = m_study.points.empty() ? tr("No study in this lab yet.") : QString::fromStdString(m_study.answer);
    if (std::any_of(m_study.points.begin(), m_study.points.end(),
                    [this](const StudyPointResult& p) { return tooFewForVerdicts(p); }))
        answer = tr("Too few images for verdicts: this study attacked its points with fewer than 100 images each (the "
                    "quick grid), so its intervals are too wide to decide. Run the default grid for verdicts.")
            + QStringLiteral("\n") + answer;
    if (const QString transfer = transferControlText(m_study); !transfer.isEmpty())
        answer += QStringLiteral("\n") + transfer;
    // A broken scoring comes first: no verdict below it can be read until it is explained.
    const QStringList warnings = controlWarnings(m_study);
    if (!warnings.isEmpty())
        answer = warnings.join(QStringLiteral("\n")) + QStringLiteral("\n") + answer;
    m_answer->setText(answer);
    setPlotTheme(*m_plot, PlotTheme::fromPalette(palette()));
    buildFrontierPlot(*m_plot, frontierCurves(m_study, m_human ? &*m_human : nullptr), m_study.chance * 100,
                      m_study.margin * 100, frontierMarks(m_study));
    m_table->setColumnHidden(6, !m_human); // people's column only once someone has rated
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_table->setRowCount(int(m_study.points.size()));
    for (int row = 0; row < int(m_study.points.size()); ++row) {
        const StudyPointResult& p = m_study.points[size_t(row)];
        QStringList cells{defenceTitle(p.point.defence), QString::fromStdString(p.point.label),
                          formatLocalePercent(p.snnAccuracy)};
        if (const StudyAttackRow* a = p.strongestAttack())
            cells << attackTitle(a->attack)
                  << tr("%1 [%2, %3]")
                         .arg(formatLocalePercent(a->accuracy), formatLocalePercent(a->interval.low),
                              formatLocalePercent(a->interval.high))
                  << translatedVerdict(p.verdict);
        else
            cells << u"–"_s << u"–"_s << u"–"_s;
        const StudyAttackRow* a = p.strongestAttack();
        const int verdictColumn = int(cells.size()) - 1;
        if (a && tooFewForVerdicts(p))
            cells.last() = tr("too few images for a verdict (%n images)", nullptr, int(a->images));
        const HumanPoint* h = m_human ? m_human->point(p.point.id) : nullptr;
        cells << (h ? tr("%1 [%2, %3]")
                          .arg(formatLocalePercent(h->accuracy), formatLocalePercent(h->interval.low),
                               formatLocalePercent(h->interval.high))
                    : u"–"_s);
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
        if (a && tooFewForVerdicts(p))
            m_table->item(row, verdictColumn)
                ->setToolTip(wrappedToolTip(tr("What the %n images would say: %1.", nullptr, int(a->images))
                                                .arg(translatedVerdict(p.verdict))));
    }
}

} // namespace psnn
