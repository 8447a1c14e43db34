// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pages/steppage.h"

class QLabel;
class QSlider;
class QTableWidget;

namespace psnn {

class HumanJudgePanel;
class ImageGallery;
class LeakageGrid;
class MembershipPanel;
class StudyPanel;

/// Step 5: model-inversion attacks on the ANN, the plain and the encrypted SNN. Each class's
/// image evolves live; the final grid and the FID/KID/judge table with verdicts follow.
class AttackPage : public StepPage
{
    Q_OBJECT
public:
    explicit AttackPage(QWidget* parent = nullptr);

    void addImages(const QVector<LiveImage>& images) override;
    void runStarted() override;
    /// The model's classes: the class fields accept 0 … count − 1 and list the names.
    void setClassNames(const QStringList& names);

    ImageGallery* gallery() const { return m_gallery; }
    /// The replay slider over the run's snapshots (0 … snapshots − 1; at the end it follows the run).
    QSlider* replaySlider() const { return m_replay; }
    LeakageGrid* grid() const { return m_grid; }
    QTableWidget* table() const { return m_table; }
    bool showsGrid() const;
    /// The privacy-utility study ("How much encryption is enough?") at the end of the page.
    StudyPanel* studyPanel() const { return m_study; }
    /// The membership-inference audit ("Does the network reveal its training records?").
    MembershipPanel* membershipPanel() const { return m_membership; }
    /// The human judge ("Do people recognise the classes?") and its "Rate images…".
    HumanJudgePanel* humanJudgePanel() const { return m_human; }
    void setLabFolder(const QString& folder) override;

protected:
    void showLabResults(const LabResults& results) override;
    QStringList resultSections() const override
    {
        return {QStringLiteral("model"), QStringLiteral("leakage"), QStringLiteral("membership")};
    }

private:
    void setLiveVisible(bool visible);
    void fitTableHeight();
    /// The gallery as it was after the first `count` snapshots of the run.
    void showSnapshots(int count);
    void showReplayText();

    QLabel* m_summary;
    QLabel* m_liveHeading = nullptr;
    ImageGallery* m_gallery;
    /// Every live image of the run in the order it came: the replay slider scrubs over them. Kept in
    /// memory for the run on screen only; the lab stores the final images, not the way there.
    QVector<LiveImage> m_snapshots;
    static constexpr qsizetype kMaxSnapshots = 20000; ///< about 60 MB of 28 x 28 images
    QSlider* m_replay;
    QLabel* m_replayText;
    LeakageGrid* m_grid;
    QLabel* m_gridImage = nullptr;
    QLabel* m_gridHeading = nullptr;
    bool m_hadLeakage = false; ///< the settings fold when results arrive, unfold when they go
    QTableWidget* m_table;
    StudyPanel* m_study;
    HumanJudgePanel* m_human;
    MembershipPanel* m_membership;
};

} // namespace psnn
