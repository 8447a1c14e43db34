// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/humanjudgepanel.h"

#include "models/numberformat.h"
#include "models/studyfrontier.h"
#include "pages/ratingdialog.h"
#include "pages/ratingsheet.h"

#include "privatesnn/error.h"
#include "privatesnn/ratings.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace psnn {

HumanJudgePanel::HumanJudgePanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel)
    , m_rate(new QPushButton(tr("Rate images…")))
    , m_note(new QLabel)
    , m_print(new QPushButton(tr("Print a rating sheet…")))
    , m_import(new QPushButton(tr("Import a filled sheet…")))
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
    m_controls = new QWidget;
    auto* row = new QHBoxLayout(m_controls);
    row->setContentsMargins(0, 0, 0, 0);
    m_rate->setObjectName(QStringLiteral("rateImages"));
    row->addWidget(m_rate);
    m_print->setToolTip(tr("A PDF of the images in a blind order with numbered answer boxes, for a class "
                           "without computers."));
    row->addWidget(m_print);
    row->addWidget(m_import);
    row->addStretch(1);
    layout->addWidget(m_controls);
    m_note->setObjectName(QStringLiteral("humanJudgeNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    connect(m_rate, &QPushButton::clicked, this, &HumanJudgePanel::openRatingDialog);
    connect(m_print, &QPushButton::clicked, this, &HumanJudgePanel::askPrintSheet);
    connect(m_import, &QPushButton::clicked, this, &HumanJudgePanel::askImportSheet);
    showLab(QString());
}

QString HumanJudgePanel::summaryText() const
{
    return m_summary->text();
}

void HumanJudgePanel::setControlsVisible(bool visible)
{
    m_controls->setVisible(visible);
}

void HumanJudgePanel::showLab(const QString& labFolder)
{
    m_lab = labFolder;
    for (QPushButton* button : {m_rate, m_print, m_import})
        button->setEnabled(!labFolder.isEmpty());
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
                         .arg(row.point == kLabPoint ? tr("the lab's own attacks") : QString::fromStdString(row.point),
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

void HumanJudgePanel::showNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString HumanJudgePanel::printSheet(const QString& sheetId, const QString& pdfPath, int perGroup)
{
    const QString error = writeRatingSheet(m_lab, sheetId, pdfPath, perGroup);
    showNote(error.isEmpty() ? tr("Rating sheet \"%1\" written to %2. Type the filled sheet up as lines "
                                  "\"number,answer\" and import it with the same id.")
                                   .arg(sheetId, QDir::toNativeSeparators(pdfPath))
                             : error);
    return error;
}

QString HumanJudgePanel::importSheet(const QString& sheetId, const QString& csvPath)
{
    try {
        const size_t taken = importRatingSheet(m_lab.toStdString(), sheetId.toStdString(), csvPath.toStdString());
        showLab(m_lab);
        showNote(tr("%1 answers of sheet \"%2\" imported.").arg(taken).arg(sheetId));
        return {};
    } catch (const Error& e) {
        const QString error = QString::fromStdString(std::string(e.what()) + " " + e.hint());
        showNote(error);
        return error;
    }
}

void HumanJudgePanel::askPrintSheet()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Print a rating sheet"),
                                             tr("An id for this sheet (it names the answers when they come back):"),
                                             QLineEdit::Normal, tr("sheet-1"), &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return;
    const int perGroup = QInputDialog::getInt(
        this, tr("Print a rating sheet"),
        tr("Images of each attack, model and point on the sheet (0: every image; a study holds thousands):"), 4, 0,
        1000, 1, &ok);
    if (!ok)
        return;
    const QString pdf = QFileDialog::getSaveFileName(
        this, tr("Save the rating sheet"), QDir(m_lab).filePath(id + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
    if (!pdf.isEmpty())
        printSheet(id, pdf, perGroup);
}

void HumanJudgePanel::askImportSheet()
{
    bool ok = false;
    const QString id = QInputDialog::getText(this, tr("Import a filled sheet"), tr("The id printed on the sheet:"),
                                             QLineEdit::Normal, QString(), &ok)
                           .trimmed();
    if (!ok || id.isEmpty())
        return;
    const QString csv =
        QFileDialog::getOpenFileName(this, tr("The typed-up answers"), m_lab, tr("CSV (*.csv);;All files (*)"));
    if (!csv.isEmpty())
        importSheet(id, csv);
}

} // namespace psnn
