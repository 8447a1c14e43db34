// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/studypanel.h"

#include "models/jsonvalues.h"
#include "models/numberformat.h"
#include "models/studyfrontier.h"
#include "plots/frontierplot.h"
#include "plots/plotstyle.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

QString percent(std::optional<double> fraction)
{
    return fraction ? formatPercent(*fraction) : u"–"_s;
}

} // namespace

StudyPanel::StudyPanel(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QComboBox)
    , m_run(new QPushButton(tr("Run study")))
    , m_answer(new QLabel)
    , m_plot(new QCustomPlot)
    , m_table(new QTableWidget(0, 6))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("The same SNN defended at several strengths (encryption doses, noise of equal weight drift, "
                                "distillation from a random init), each attacked with at least 100 images; the strongest "
                                "attack counts. Points appear as they finish; a stopped study resumes where it stopped."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* controls = new QHBoxLayout;
    m_grid->addItem(tr("Default grid (about 15 minutes on the demo, 2 cores)"), u"default"_s);
    m_grid->addItem(tr("Quick grid (a few minutes)"), u"quick"_s);
    controls->addWidget(m_grid);
    controls->addWidget(m_run);
    controls->addStretch(1);
    layout->addLayout(controls);
    m_answer->setWordWrap(true);
    m_answer->setObjectName(u"studyAnswer"_s);
    layout->addWidget(m_answer);
    m_plot->setObjectName(u"studyFrontier"_s);
    m_plot->setMinimumHeight(300);
    layout->addWidget(m_plot);
    m_table->setObjectName(u"studyTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Defence"), tr("Setting"), tr("SNN accuracy"), tr("Strongest attack"),
                                        tr("Judge accuracy [95 % interval]"), tr("Verdict")});
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

void StudyPanel::setRunEnabled(bool enabled)
{
    m_run->setEnabled(enabled);
}

QString StudyPanel::answerText() const
{
    return m_answer->text();
}

void StudyPanel::showStudy(const QJsonObject& study)
{
    m_study = study;
    if (!m_redraw.isActive())
        m_redraw.start();
}

void StudyPanel::showLabStudy(const QString& labFolder)
{
    QFile file(labFolder + u"/study/study.json"_s);
    m_study = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    redraw();
}

void StudyPanel::redraw()
{
    const std::vector<QJsonObject> points = json::objects(json::array(m_study, "points"_L1));
    const QString answer = json::text(m_study, "answer"_L1);
    m_answer->setText(points.empty() ? tr("No study in this lab yet.") : answer);
    const double chance = json::number(m_study, "chance"_L1).value_or(0.1) * 100;
    const double margin = json::number(m_study, "margin"_L1).value_or(0.1) * 100;
    setPlotTheme(*m_plot, PlotTheme::fromPalette(palette()));
    buildFrontierPlot(*m_plot, frontierCurves(m_study), chance, margin);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_table->setRowCount(int(points.size()));
    for (int row = 0; row < int(points.size()); ++row) {
        const QJsonObject& p = points[size_t(row)];
        const QJsonObject a = strongestAttack(p);
        const QStringList cells{defenceTitle(json::text(p, "defence"_L1)), json::text(p, "label"_L1),
                                percent(json::number(p, "snn_accuracy"_L1)), json::text(a, "attack"_L1),
                                tr("%1 [%2, %3]").arg(percent(json::number(a, "judge_accuracy"_L1)),
                                                      percent(json::number(a, "judge_ci_low"_L1)),
                                                      percent(json::number(a, "judge_ci_high"_L1))),
                                studyVerdictText(json::text(a, "verdict"_L1), json::number(a, "images_needed"_L1).value_or(0))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
}

} // namespace psnn
