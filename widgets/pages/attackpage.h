// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/steppage.h"

class QLabel;
class QTableWidget;

namespace psnn {

class ImageGallery;

/// Step 5: model-inversion attacks on the ANN, the plain and the encrypted SNN. Each class's
/// image evolves live; the final grid and the FID/KID/judge table with verdicts follow.
class AttackPage : public StepPage
{
    Q_OBJECT
public:
    explicit AttackPage(QWidget* parent = nullptr);

    QString lastStep() const override { return QStringLiteral("attack"); }
    void showResults(const QJsonObject& results) override;
    void addImages(const QVector<LiveImage>& images) override;
    void runStarted() override;

    ImageGallery* gallery() const { return m_gallery; }
    QTableWidget* table() const { return m_table; }
    bool showsGrid() const;

private:
    QLabel* m_summary;
    ImageGallery* m_gallery;
    QLabel* m_grid;
    QTableWidget* m_table;
};

} // namespace psnn
