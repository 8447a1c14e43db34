// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/membershippanel.h"

#include "models/leakagetext.h"
#include "models/membershipcurves.h"
#include "models/numberformat.h"
#include "pages/plotwheel.h"
#include "plots/plotstyle.h"
#include "plots/rocplot.h"

#include <qcustomplot.h>

#include <QFormLayout>
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

namespace {

enum Column {
    TargetColumn,
    ReadoutColumn,
    AttackColumn,
    AucColumn,
    LowFprColumn,
    OnePercentColumn,
    VerdictColumn,
    ColumnCount
};

} // namespace

MembershipPanel::MembershipPanel(QWidget* parent)
    : QWidget(parent)
    , m_members(new QLineEdit)
    , m_nonMembers(new QLineEdit)
    , m_run(new QPushButton(tr("Run membership audit")))
    , m_summary(new QLabel)
    , m_plot(new QCustomPlot)
    , m_table(new QTableWidget(0, ColumnCount))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro =
        new QLabel(tr("Can an attacker who sees only a network's outputs tell whether a record was in the "
                      "teacher's training data? The loss attack, offline LiRA and offline RMIA (two reference "
                      "models of the teacher's shape, trained here and kept in the lab) attack the ANN, the "
                      "converted and the encrypted SNN on the same 2,000 members and 2,000 held-out records."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_controls = new QWidget;
    auto* controlsLayout = new QVBoxLayout(m_controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    auto* data = new QFormLayout;
    m_members->setObjectName(u"membershipMembers"_s);
    m_members->setPlaceholderText(tr("the bundled teacher's: fashion-mnist:train"));
    m_members->setToolTip(
        tr("The teacher's training data, as a data spec (fashion-mnist:train, idx:DIR:train, an image "
           "folder, …). Needed for any teacher but the bundled one."));
    m_nonMembers->setObjectName(u"membershipNonMembers"_s);
    m_nonMembers->setPlaceholderText(tr("the bundled teacher's: fashion-mnist:test"));
    m_nonMembers->setToolTip(tr("Held-out data of the same classes that the teacher never saw, as a data spec."));
    data->addRow(tr("Training data (members)"), m_members);
    data->addRow(tr("Held-out data (non-members)"), m_nonMembers);
    controlsLayout->addLayout(data);
    auto* controls = new QHBoxLayout;
    m_run->setObjectName(u"membershipRun"_s);
    controls->addWidget(m_run);
    controls->addStretch(1);
    controlsLayout->addLayout(controls);
    layout->addWidget(m_controls);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(u"membershipSummary"_s);
    layout->addWidget(m_summary);
    m_plot->setObjectName(u"membershipRoc"_s);
    m_plot->setMinimumHeight(320);
    enablePlotWheel(*m_plot);
    connect(m_plot, &QCustomPlot::beforeReplot, m_plot, [this] { fitAxisLabels(*m_plot); });
    layout->addWidget(m_plot);
    m_table->setObjectName(u"membershipTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Target"), tr("Readout"), tr("Attack"), tr("AUC [95 % interval]"),
                                        tr("TPR at 0.1 % FPR"), tr("TPR at 1 % FPR [95 % interval]"), tr("Verdict")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);
    layout->addWidget(m_table);
    m_redraw.setSingleShot(true);
    m_redraw.setInterval(40); // the pages' live interval
    connect(&m_redraw, &QTimer::timeout, this, &MembershipPanel::redraw);
    connect(m_run, &QPushButton::clicked, this, &MembershipPanel::runRequested);
    redraw();
}

QString MembershipPanel::membersSpec() const
{
    return m_members->text().trimmed();
}

QString MembershipPanel::nonMembersSpec() const
{
    return m_nonMembers->text().trimmed();
}

void MembershipPanel::setControlsVisible(bool visible)
{
    m_controls->setVisible(visible);
}

void MembershipPanel::setRunEnabled(bool enabled)
{
    m_run->setEnabled(enabled);
}

QString MembershipPanel::summaryText() const
{
    return m_summary->text();
}

void MembershipPanel::showMembership(const MembershipResults& audit)
{
    m_audit = audit;
    m_hasAudit = true;
    if (!m_redraw.isActive())
        m_redraw.start();
}

void MembershipPanel::clear()
{
    m_audit = {};
    m_hasAudit = false;
    m_redraw.stop();
    redraw();
}

void MembershipPanel::redraw()
{
    QStringList verdicts;
    for (const MembershipTarget& t : m_audit.targets)
        verdicts << tr("%1: %2").arg(QString::fromStdString(t.name), translatedMembershipVerdict(t.verdict));
    m_summary->setText(!m_hasAudit              ? tr("No membership audit in this lab yet.")
                           : verdicts.isEmpty() ? tr("Attacks finished so far: %1.").arg(m_audit.rows.size())
                                                : verdicts.join(u"; "_s));
    setPlotTheme(*m_plot, PlotTheme::fromPalette(palette()));
    buildRocPlot(*m_plot, membershipRocCurves(m_audit), std::max<int64_t>(m_audit.members, 1),
                 std::max<int64_t>(m_audit.nonMembers, 1));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_table->setRowCount(int(m_audit.rows.size()));
    const QLocale locale;
    for (int row = 0; row < int(m_audit.rows.size()); ++row) {
        const MembershipRow& r = m_audit.rows[size_t(row)];
        const MembershipOperatingPoint* low = r.at(0.001);
        const MembershipOperatingPoint* one = r.at(0.01);
        const QStringList cells{
            targetTitle(r.target),
            membershipReadoutTitle(r.readout),
            membershipAttackTitle(r.attack),
            tr("%1 [%2, %3]")
                .arg(locale.toString(r.auc, 'f', 3), locale.toString(r.aucLow, 'f', 3),
                     locale.toString(r.aucHigh, 'f', 3)),
            low ? formatLocalePercent(low->tpr, 2) + (low->resolved ? QString() : tr(" (unresolved)")) : u"–"_s,
            one ? tr("%1 [%2, %3]")
                      .arg(formatLocalePercent(one->tpr, 2), formatLocalePercent(one->tprLow, 2),
                           formatLocalePercent(one->tprHigh, 2))
                : u"–"_s,
            translatedMembershipVerdict(r.verdict)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c == VerdictColumn) {
                item->setToolTip(QString::fromStdString(r.verdictReason));
                item->setForeground(r.verdict == MembershipVerdict::Leaks ? QColor(0xc6, 0x28, 0x28)
                                                                          : QColor(0x55, 0x55, 0x55));
            }
            m_table->setItem(row, c, item);
        }
    }
}

} // namespace psnn
