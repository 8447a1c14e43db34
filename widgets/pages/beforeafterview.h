// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;

namespace psnn {

class PixelImage;
struct RatingImageSet;

/// One class's attack image before and after the defence, side by side, for a class to see what
/// encryption takes away: by default an attack on the lab's SNN against the same attack on its
/// encrypted SNN (or, without those, the study's undefended point against a dose). Left/Right
/// choose the class, Up/Down the "after" source, Page Up/Down the "before" source. It names the
/// class and the sources: it is a lesson, not a blind test.
class BeforeAfterView : public QWidget {
    Q_OBJECT
public:
    explicit BeforeAfterView(QWidget* parent = nullptr);
    ~BeforeAfterView() override;

    /// The lab's images; false (and a message on screen) when no two sources share a class.
    bool setImages(const RatingImageSet& images);
    void stepClass(int delta);
    void stepBefore(int delta);
    void stepAfter(int delta);
    /// Handles the view's keys; false for any other key.
    bool handleKey(int key);
    int currentClass() const { return m_class; }
    PixelImage* beforeImage() const { return m_before; }
    PixelImage* afterImage() const { return m_after; }
    void setFontScale(double pixels);

private:
    struct Source;
    void showPair();
    QString sourceText(const Source& source) const;

    std::unique_ptr<RatingImageSet> m_images;
    std::vector<Source> m_sources;
    int m_class = 0, m_beforeSource = 0, m_afterSource = 0;
    QLabel* m_title;
    QLabel* m_beforeCaption;
    QLabel* m_afterCaption;
    PixelImage* m_before;
    PixelImage* m_after;
    QLabel* m_beforeJudges;
    QLabel* m_afterJudges;
    QLabel* m_keys;
};

} // namespace psnn
