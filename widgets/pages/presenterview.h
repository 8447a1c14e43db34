// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace psnn {

class BeforeAfterView;
class PixelImage;
class RatingSession;
struct RatingImage;

/// The classroom view (issue 25): the lab's attack images for a projector, full screen and driven
/// from the keyboard. One image at a time, large and blind: nothing on screen names its target,
/// point or attack until Space reveals the target, both judge networks' answers and the room's.
/// The teacher types the room's answer (0-9, or ? for "can't tell"); the answers are one rating
/// session of a rater id the teacher names (LAB/ratings/ID.csv, written at once, resumable), so
/// they count in the human judge like anyone's. Arrows go back and forth, B shows one class before
/// and after encryption side by side, Ctrl+plus/minus/0 zoom, F11 toggles full screen, Esc leaves.
class PresenterView : public QWidget {
    Q_OBJECT
public:
    explicit PresenterView(const QString& labFolder, QWidget* parent = nullptr);
    ~PresenterView() override;

    /// Starts (or continues) the room's session; a new one draws perGroup images of each attack,
    /// model and point (0: every image). False with errorText() set when it cannot start.
    bool start(const QString& rater, int perGroup);
    QString errorText() const;
    void next();
    void previous();
    /// Shows or hides the answers for the image on screen.
    void toggleReveal();
    bool isRevealed() const;
    /// Records the room's answer for the image on screen (a class, or -1 for "can't tell"); refused
    /// once the answers are revealed, so the room cannot answer with the solution in view.
    void vote(int cls);
    /// Switches between the blind images and the before/after comparison.
    void toggleBeforeAfter();
    /// The image on screen's place in the session (0-based); -1 before start and at the end.
    int position() const;
    /// The zoom of the fonts (1 = as fits the screen).
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);

    static constexpr int kMinimumImageEdge = 300;

Q_SIGNALS:
    /// After each answer is saved.
    void answered();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showImage(int position);
    void showEnd();
    void showRevealed(bool revealed);
    void showVote();
    void applyFonts();
    QString className(int64_t cls) const;
    QString judgeLine(const QString& judge, const std::optional<int64_t>& answer, int64_t target) const;
    const RatingImage* imageOnScreen() const;

    QString m_lab;
    std::unique_ptr<RatingSession> m_session;
    int m_position = -1;
    QSet<QString> m_revealedIds; ///< revealed in this sitting: their answers stay as given
    bool m_revealed = false;
    double m_zoom = 1;
    QElapsedTimer m_shownFor;

    QStackedWidget* m_pages;
    QLineEdit* m_rater;
    QSpinBox* m_perGroup;
    QLabel* m_setupError;
    QLabel* m_progress;
    QLabel* m_room;
    PixelImage* m_image;
    QLabel* m_legend;
    QLabel* m_vote;
    QWidget* m_revealBox;
    QLabel* m_target;
    QLabel* m_judge1;
    QLabel* m_judge2;
    QLabel* m_roomAnswer;
    QLabel* m_source;
    QLabel* m_keys;
    QLabel* m_end;
    BeforeAfterView* m_beforeAfter;
    int m_pageBeforeComparison = 0;
};

} // namespace psnn
