// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

#include <string>

class QGridLayout;
class QLabel;

namespace psnn {

/// The attack images of one study point (LAB/study/images/POINT/ and its manifest), large and
/// crisp (enlarged by a whole factor, no smoothing), grouped by attack, each captioned with the
/// class it was made for: what the frontier's numbers are about.
class StudyPointImages : public QWidget {
    Q_OBJECT
public:
    explicit StudyPointImages(QWidget* parent = nullptr);
    void setClassNames(const QStringList& names) { m_classNames = names; }
    /// Shows the point's images under title; says so when the point has none (or its manifest
    /// cannot be read, naming why).
    void showPoint(const QString& labFolder, const std::string& pointId, const QString& title);
    void clear();
    int imageCount() const { return m_images; }
    QString titleText() const;
    /// Why no images show ("" when they do).
    QString noteText() const;
    /// The words under the images: class names, per attack group.
    QStringList captions() const;

private:
    QString className(long long index) const;

    QLabel* m_title;
    QLabel* m_note;
    QWidget* m_body = nullptr;
    QStringList m_classNames;
    int m_images = 0;
};

} // namespace psnn
