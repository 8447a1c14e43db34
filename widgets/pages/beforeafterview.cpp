// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/beforeafterview.h"

#include "pages/pixelimage.h"
#include "pages/presenterview.h"

#include "privatesnn/ratings.h"

#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QVBoxLayout>

#include <map>

namespace psnn {

/// One attack on one model at one point, with its images by class (the first of each class).
struct BeforeAfterView::Source {
    std::string point, attack, model;
    std::map<int64_t, const RatingImage*> byClass;
};

namespace {

QLabel* centred(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

BeforeAfterView::BeforeAfterView(QWidget* parent)
    : QWidget(parent)
    , m_title(centred(QStringLiteral("comparisonTitle")))
    , m_beforeCaption(centred(QStringLiteral("beforeCaption")))
    , m_afterCaption(centred(QStringLiteral("afterCaption")))
    , m_before(new PixelImage(PresenterView::kMinimumImageEdge))
    , m_after(new PixelImage(PresenterView::kMinimumImageEdge))
    , m_beforeJudges(centred(QStringLiteral("beforeJudges")))
    , m_afterJudges(centred(QStringLiteral("afterJudges")))
    , m_keys(centred(QStringLiteral("comparisonKeys")))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto* pair = new QGridLayout;
    pair->addWidget(m_beforeCaption, 0, 0);
    pair->addWidget(m_afterCaption, 0, 1);
    m_before->setObjectName(QStringLiteral("beforeImage"));
    m_after->setObjectName(QStringLiteral("afterImage"));
    m_before->setAccessibleName(tr("Before"));
    m_after->setAccessibleName(tr("After"));
    pair->addWidget(m_before, 1, 0);
    pair->addWidget(m_after, 1, 1);
    pair->addWidget(m_beforeJudges, 2, 0);
    pair->addWidget(m_afterJudges, 2, 1);
    pair->setRowStretch(1, 1);
    layout->addLayout(pair, 1);
    m_keys->setText(tr("←/→ class   ↑/↓ the \"after\" source   Page Up/Down the \"before\" source   B or Esc: "
                       "back to the images"));
    layout->addWidget(m_keys);
}

BeforeAfterView::~BeforeAfterView() = default;

bool BeforeAfterView::setImages(const RatingImageSet& images)
{
    m_images = std::make_unique<RatingImageSet>(images);
    m_sources.clear();
    std::map<std::string, size_t> index;
    for (const RatingImage& image : m_images->images) {
        const std::string key = ratingGroupKey(image);
        if (!index.count(key)) {
            index[key] = m_sources.size();
            m_sources.push_back({image.point, image.attack, image.model, {}});
        }
        m_sources[index[key]].byClass.emplace(image.target, &image); // the first of each class (ids in order)
    }
    // Before: the lab's SNN, else the study's undefended point ("encryption-0"), else the first
    // source; after: the same attack on the encrypted SNN, else on a dose, else the next source.
    const auto find = [&](auto&& wanted) -> int {
        for (size_t i = 0; i < m_sources.size(); ++i)
            if (wanted(m_sources[i]))
                return int(i);
        return -1;
    };
    m_beforeSource = find([](const Source& s) { return s.point == kLabPoint && s.model == "SNN"; });
    if (m_beforeSource < 0)
        m_beforeSource = find([](const Source& s) { return s.point == "encryption-0"; });
    m_beforeSource = std::max(0, m_beforeSource);
    m_afterSource = -1;
    if (!m_sources.empty()) {
        const Source& before = m_sources[size_t(m_beforeSource)];
        m_afterSource = find([&](const Source& s) {
            return s.point == before.point && s.attack == before.attack && s.model == "encrypted SNN";
        });
        if (m_afterSource < 0)
            m_afterSource = find([&](const Source& s) {
                return s.point != before.point && s.attack == before.attack && s.point.rfind("encryption-", 0) == 0;
            });
        if (m_afterSource < 0)
            m_afterSource = (m_beforeSource + 1) % int(m_sources.size());
    }
    m_class = 0;
    showPair();
    return m_sources.size() >= 2;
}

void BeforeAfterView::stepClass(int delta)
{
    const int classes = m_images ? int(m_images->classNames.size()) : 0;
    if (classes > 0)
        m_class = ((m_class + delta) % classes + classes) % classes;
    showPair();
}

void BeforeAfterView::stepBefore(int delta)
{
    const int n = int(m_sources.size());
    if (n > 0)
        m_beforeSource = ((m_beforeSource + delta) % n + n) % n;
    showPair();
}

void BeforeAfterView::stepAfter(int delta)
{
    const int n = int(m_sources.size());
    if (n > 0)
        m_afterSource = ((m_afterSource + delta) % n + n) % n;
    showPair();
}

bool BeforeAfterView::handleKey(int key)
{
    switch (key) {
    case Qt::Key_Left:
        stepClass(-1);
        return true;
    case Qt::Key_Right:
        stepClass(1);
        return true;
    case Qt::Key_Up:
        stepAfter(-1);
        return true;
    case Qt::Key_Down:
        stepAfter(1);
        return true;
    case Qt::Key_PageUp:
        stepBefore(-1);
        return true;
    case Qt::Key_PageDown:
        stepBefore(1);
        return true;
    default:
        return false;
    }
}

void BeforeAfterView::setFontScale(double pixels)
{
    QFont title = font();
    title.setPixelSize(int(pixels * 1.4));
    title.setBold(true);
    m_title->setFont(title);
}

QString BeforeAfterView::sourceText(const Source& source) const
{
    const QString point =
        source.point == kLabPoint ? tr("the lab's own attacks") : QString::fromStdString(source.point);
    return tr("%1 on the %2 (%3)")
        .arg(QString::fromStdString(source.attack), QString::fromStdString(source.model), point);
}

void BeforeAfterView::showPair()
{
    if (!m_images || m_sources.size() < 2) {
        m_title->setText(tr("The lab has no two sets of attack images to compare: run the attack step with "
                            "encryption, or a study."));
        for (QLabel* label : {m_beforeCaption, m_afterCaption, m_beforeJudges, m_afterJudges})
            label->clear();
        m_before->setImage({});
        m_after->setImage({});
        return;
    }
    const QString name = m_class < int(m_images->classNames.size())
        ? QString::fromStdString(m_images->classNames[size_t(m_class)])
        : QString::number(m_class);
    m_title->setText(tr("Before and after: %1 (class %2)").arg(name).arg(m_class));
    const auto show = [&](const Source& source, QLabel* caption, PixelImage* picture, QLabel* judges,
                          const QString& side) {
        caption->setText(side.arg(sourceText(source)));
        const auto it = source.byClass.find(m_class);
        if (it == source.byClass.end()) {
            picture->setImage({});
            judges->setText(tr("No image of this class here."));
            return;
        }
        picture->setImage(QImage(QString::fromStdString(it->second->path)));
        const auto said = [&](const std::optional<int64_t>& answer) {
            if (!answer)
                return tr("not recorded");
            const QString answerName = *answer < int64_t(m_images->classNames.size())
                ? QString::fromStdString(m_images->classNames[size_t(*answer)])
                : QString::number(*answer);
            return *answer == m_class ? tr("%1 ✓").arg(answerName) : tr("%1 ✗").arg(answerName);
        };
        judges->setText(tr("Judge 1: %1   Judge 2: %2").arg(said(it->second->judge1), said(it->second->judge2)));
    };
    show(m_sources[size_t(m_beforeSource)], m_beforeCaption, m_before, m_beforeJudges, tr("Before: %1"));
    show(m_sources[size_t(m_afterSource)], m_afterCaption, m_after, m_afterJudges, tr("After: %1"));
}

} // namespace psnn
