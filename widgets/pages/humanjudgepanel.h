// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace psnn {

/// The human judge on the Attack page: what the lab's rating sessions say so far (per point and
/// attack: people's accuracy, exact interval, verdict) and "Rate images…", which opens the blind
/// rating dialog on the lab's stored attack images.
class HumanJudgePanel : public QWidget {
    Q_OBJECT
public:
    explicit HumanJudgePanel(QWidget* parent = nullptr);
    /// Reads the lab's sessions again (no lab: an empty folder).
    void showLab(const QString& labFolder);
    /// Opens the rating dialog (modal) and shows the summary again when it closes; false without a lab.
    bool openRatingDialog();
    QString summaryText() const;
    /// Writes a blind rating sheet (PDF) for sheetId with perGroup images of each attack, model and
    /// point (0: every image); returns the error in words, empty when done.
    QString printSheet(const QString& sheetId, const QString& pdfPath, int perGroup);
    /// Takes in a filled sheet typed up as "number,answer"; returns the error in words, empty when done.
    QString importSheet(const QString& sheetId, const QString& csvPath);
    QPushButton* rateButton() const { return m_rate; }
    /// False: only the summary (the Report page's view); no rating, sheets or imports.
    void setControlsVisible(bool visible);

private:
    void askPrintSheet();
    void askImportSheet();
    void showNote(const QString& text);

    QString m_lab;
    QLabel* m_summary;
    QPushButton* m_rate;
    QWidget* m_controls;
    QLabel* m_note;
    QPushButton* m_print;
    QPushButton* m_import;
};

} // namespace psnn
