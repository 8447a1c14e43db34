// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QList>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;
class QStackedWidget;

namespace psnn {

class RatingSession;
struct RatingImageSet;

/// "Rate images": a person names the class of the lab's attack images one at a time, blind. The
/// dialog asks for a rater id and how many images of each attack on each model at each point the
/// session rates (a blind sample, see sampleRatingImages; or every image), then shows one image enlarged with nearest-neighbour sampling, the
/// model's classes as buttons (keys 0-9), "can't tell" (Space), undo (Ctrl+Z or Backspace) and
/// "n of N". It never shows an image's target class, point or attack: everything but the image and
/// the count is the same for every image. Each answer is saved at once (LAB/ratings/RATER.csv), so
/// closing the dialog or a crash loses nothing but the image on screen, and the same rater id
/// continues where it stopped.
class RatingDialog : public QDialog {
    Q_OBJECT
public:
    explicit RatingDialog(const QString& labFolder, QWidget* parent = nullptr);
    ~RatingDialog() override;

    /// Starts (or continues) the session of this rater, a new one with the images per group chosen
    /// on the first page; false with errorText() set when the id or the lab's images are not usable.
    bool start(const QString& rater);
    /// The images per group a new session rates; 0 for every image.
    void setImagesPerGroup(int perGroup);
    QString errorText() const;
    /// Answers the image on screen: a class index, or -1 for "can't tell".
    void answer(int cls);
    void undo();

    /// The shortest side the image is shown at, in pixels.
    static constexpr int kImageEdge = 360;

Q_SIGNALS:
    /// After every answer and undo (the session file is already written).
    void answered();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showCurrent();
    void showError(const QString& text);
    void showSampleSize();

    QString m_lab;
    std::unique_ptr<RatingSession> m_session;
    QElapsedTimer m_shownFor;
    QStackedWidget* m_pages;
    QLineEdit* m_rater;
    QSpinBox* m_perGroup;
    QCheckBox* m_allImages;
    QLabel* m_sampleSize;
    /// The lab's images when the dialog opened, for the sample size shown; empty when unreadable.
    std::unique_ptr<RatingImageSet> m_images;
    QLabel* m_error;
    QLabel* m_progress;
    QLabel* m_image;
    QList<QPushButton*> m_classButtons;
    QPushButton* m_cantTell;
    QPushButton* m_undo;
    QLabel* m_done;
};

} // namespace psnn
