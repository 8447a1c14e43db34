// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/studypointimages.h"

#include "models/leakagetext.h"

#include "privatesnn/error.h"
#include "privatesnn/ratings.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace psnn {
namespace {

constexpr int kCell = 96;   ///< an image's shown size, pixels (28 x 28 images grow 3 times)
constexpr int kPerRow = 10; ///< one row per restart of a 10-class attack

} // namespace

StudyPointImages::StudyPointImages(QWidget* parent) : QWidget(parent), m_title(new QLabel), m_note(new QLabel)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_note->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    clear();
}

void StudyPointImages::clear()
{
    delete m_body;
    m_body = nullptr;
    m_images = 0;
    m_title->setText(tr("Click a point of the frontier or a row of the table to see its attack images."));
    m_note->clear();
    m_note->hide();
}

QString StudyPointImages::titleText() const
{
    return m_title->text();
}

QString StudyPointImages::className(long long index) const
{
    return index >= 0 && index < m_classNames.size() ? m_classNames[int(index)] : tr("class %1").arg(index);
}

QString StudyPointImages::noteText() const
{
    return m_note->text();
}

QStringList StudyPointImages::captions() const
{
    QStringList out;
    if (m_body)
        for (const QLabel* label : m_body->findChildren<QLabel*>(QStringLiteral("caption")))
            out << label->text();
    return out;
}

void StudyPointImages::showPoint(const QString& labFolder, const std::string& pointId, const QString& title)
{
    clear();
    m_title->setText(title);
    const QDir images(QDir(labFolder).filePath(QString::fromUtf8(kStudyAttackImagesFolder)));
    QDir folder(images.filePath(QString::fromStdString(pointId)));
    // A study with defence seeds keeps one folder per job (ID-sK): the point's first seed's images,
    // as the human judge's summary takes them.
    if (!folder.exists())
        folder.setPath(images.filePath(QString::fromStdString(pointId + "-s0")));
    const QString manifestPath = folder.filePath(QString::fromUtf8(kAttackImagesManifest));
    AttackImageManifest manifest;
    try {
        if (!QFileInfo::exists(manifestPath)) {
            m_note->setText(tr("No attack images were kept for this point (a study run before images were kept, "
                               "or the point has not finished). Run the study again to make them."));
            m_note->show();
            return;
        }
        manifest = readAttackImageManifest(manifestPath.toStdString());
    } catch (const Error& e) {
        m_note->setText(tr("The point's attack images cannot be shown: %1").arg(QString::fromStdString(e.what())));
        m_note->show();
        return;
    }
    m_body = new QWidget(this);
    auto* grid = new QGridLayout(m_body);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    layout()->addWidget(m_body);
    // Groups in the manifest's order: one per attack and attacked model.
    std::vector<std::pair<std::string, std::string>> groups;
    for (const AttackImageEntry& e : manifest.images)
        if (std::find(groups.begin(), groups.end(), std::pair(e.attack, e.model)) == groups.end())
            groups.emplace_back(e.attack, e.model);
    int row = 0;
    for (const auto& [attack, model] : groups) {
        const auto inGroup = [&](const AttackImageEntry& e) { return e.attack == attack && e.model == model; };
        const int count = int(std::count_if(manifest.images.begin(), manifest.images.end(), inGroup));
        auto* heading =
            new QLabel(tr("%1 on the %2: %n images, each captioned with the class it was made for", nullptr, count)
                           .arg(attackTitle(attack), targetTitle(model)));
        heading->setWordWrap(true);
        grid->addWidget(heading, row++, 0, 1, kPerRow);
        int column = 0;
        for (const AttackImageEntry& e : manifest.images) {
            if (!inGroup(e))
                continue;
            const QImage image(folder.filePath(QString::fromStdString(e.file)));
            auto* picture = new QLabel;
            picture->setFixedSize(kCell, kCell);
            picture->setAlignment(Qt::AlignCenter);
            if (image.isNull()) {
                picture->setText(tr("missing"));
            } else {
                // A whole factor without smoothing: the pixels the attack made, not a blur of them.
                const int factor = std::max(1, kCell / std::max(image.width(), image.height()));
                picture->setPixmap(QPixmap::fromImage(
                    image.scaled(image.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation)));
                ++m_images;
            }
            picture->setToolTip(
                tr("%1, made for the class %2").arg(QString::fromStdString(e.file), className(e.target)));
            auto* caption = new QLabel(className(e.target));
            caption->setObjectName(QStringLiteral("caption"));
            caption->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
            grid->addWidget(picture, row, column);
            grid->addWidget(caption, row + 1, column);
            if (++column == kPerRow) {
                column = 0;
                row += 2;
            }
        }
        if (column != 0)
            row += 2;
    }
}

} // namespace psnn
