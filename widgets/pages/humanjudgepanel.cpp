// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/humanjudgepanel.h"

#include "models/numberformat.h"
#include "models/studyfrontier.h"
#include "pages/ratingdialog.h"

#include "privatesnn/error.h"
#include "privatesnn/ratings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace psnn {

HumanJudgePanel::HumanJudgePanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_rate(new QPushButton(tr("Rate images…")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(tr("Judge networks can be fooled by patterns no person would recognise. Here people name "
                                "the class of each attack image, blind, one image at a time; their accuracy, with its "
                                "exact interval, says whether the images leak the classes to people."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary->setObjectName(QStringLiteral("humanJudgeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    auto* row = new QHBoxLayout;
    m_rate->setObjectName(QStringLiteral("rateImages"));
    row->addWidget(m_rate);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_rate, &QPushButton::clicked, this, &HumanJudgePanel::openRatingDialog);
    showLab(QString());
}

QString HumanJudgePanel::summaryText() const
{
    return m_summary->text();
}

void HumanJudgePanel::showLab(const QString& labFolder)
{
    m_lab = labFolder;
    m_rate->setEnabled(!labFolder.isEmpty());
    if (labFolder.isEmpty()) {
        m_summary->setText(tr("Open a lab with attack results to rate its images."));
        return;
    }
    try {
        const std::optional<RatingsSummary> s = readRatingsSummary(labFolder.toStdString());
        if (!s) {
            m_summary->setText(tr("Nobody has rated this lab's attack images yet."));
            return;
        }
        int64_t answers = 0;
        for (const RaterCount& r : s->raters)
            answers += r.images;
        QStringList lines{tr("%n rater(s), %1 answers.", nullptr, int(s->raters.size())).arg(answers)};
        for (const HumanRow& row : s->rows)
            lines << tr("%1 · %2 on the %3: %4 of %5 right, %6 (exact interval %7–%8): %9")
                         .arg(row.point == kLabPoint ? tr("this lab") : QString::fromStdString(row.point),
                              QString::fromStdString(row.attack), QString::fromStdString(row.model))
                         .arg(row.correct)
                         .arg(row.ratings)
                         .arg(formatLocalePercent(row.accuracy), formatLocalePercent(row.verdict.interval.low),
                              formatLocalePercent(row.verdict.interval.high),
                              translatedVerdict(row.verdict.verdict, row.verdict.powerTarget, row.verdict.imagesFor80));
        if (s->fleissKappa)
            lines << tr("Agreement between raters (Fleiss' κ): %1").arg(QLocale().toString(*s->fleissKappa, 'f', 2));
        m_summary->setText(lines.join(QLatin1Char('\n')));
    } catch (const Error& e) {
        m_summary->setText(tr("The lab's ratings cannot be read: %1").arg(QString::fromStdString(e.what())));
    }
}

bool HumanJudgePanel::openRatingDialog()
{
    if (m_lab.isEmpty())
        return false;
    RatingDialog dialog(m_lab, this);
    dialog.resize(640, 720);
    dialog.exec();
    showLab(m_lab);
    return true;
}

} // namespace psnn
