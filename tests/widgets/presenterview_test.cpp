// SPDX-License-Identifier: GPL-3.0-or-later
// The classroom view: walked through with the keys a teacher uses, everything it shows (texts,
// window title, tooltips, accessible names) is read for every image and must not name the target,
// the point or the attack before Space reveals them; the room's typed answers land in the session
// file; before/after pairs one class's images of the SNN and the encrypted SNN; zoom scales fonts.
#include "pages/beforeafterview.h"
#include "pages/pixelimage.h"
#include "pages/presenterview.h"
#include "pages/viewzoom.h"

#include "privatesnn/ratings.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace {

using psnn::PresenterView;

const QStringList kRoomClasses{QStringLiteral("heron"), QStringLiteral("otter"), QStringLiteral("moose")};

/// What the test knows about each image of the classroom lab, keyed by its pixels.
struct RoomImage {
    int target = 0;
    std::optional<int> judge1, judge2;
    std::string model;
};

/// The grey levels of an image, row by row: a key that ignores the padding at the ends of lines.
QByteArray greyKey(const QImage& image)
{
    QByteArray key;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            key.append(char(qGray(image.pixel(x, y))));
    return key;
}

/// A lab of 3 classes: attack 1 on the SNN and on the encrypted SNN (3 images each, both judges'
/// classes recorded; judge 2 wrong on class 2) and a study point "encryption-2" whose manifest is
/// of the older kind without judges. Every image is a distinct 7 x 7 pattern.
std::map<QByteArray, RoomImage> makeClassroomLab(const QString& lab)
{
    QDir(lab).mkpath(QString::fromLatin1(psnn::kLabAttackImagesFolder));
    QDir(lab).mkpath(QStringLiteral("study/images/encryption-2"));
    QFile results(QDir(lab).filePath(QStringLiteral("results.json")));
    EXPECT_TRUE(results.open(QIODevice::WriteOnly));
    results.write(
        R"({"schema": "privatesnn-results", "version": 3, "model": {"class_names": ["heron", "otter", "moose"]}})");
    results.close();
    std::map<QByteArray, RoomImage> known;
    int pattern = 0;
    const auto folderOf = [&](const QString& relative, const std::vector<std::string>& models, bool judges) {
        psnn::AttackImageManifest manifest;
        for (const std::string& model : models)
            for (int target = 0; target < 3; ++target, ++pattern) {
                QImage image(7, 7, QImage::Format_Grayscale8);
                for (int y = 0; y < 7; ++y)
                    for (int x = 0; x < 7; ++x)
                        image.setPixel(x, y, qRgb((x * 37 + y * 11 + pattern * 61) % 256, 0, 0));
                image = image.convertToFormat(QImage::Format_Grayscale8);
                const QString file = QStringLiteral("room-%1.png").arg(pattern);
                EXPECT_TRUE(image.save(QDir(lab).filePath(relative + u'/' + file)));
                RoomImage info{target, std::nullopt, std::nullopt, model};
                psnn::AttackImageEntry entry{
                    file.toStdString(), target, "attack 1 (ReLU re-conversion)", model, "", {}, {}};
                if (judges) {
                    info.judge1 = target;
                    info.judge2 = target == 2 ? 0 : target;
                    entry.judge1 = *info.judge1;
                    entry.judge2 = *info.judge2;
                }
                known[greyKey(image)] = info;
                manifest.images.push_back(entry);
            }
        psnn::writeAttackImageManifest(
            QDir(lab).filePath(relative + QStringLiteral("/attack_images.json")).toStdString(), manifest);
    };
    folderOf(QString::fromLatin1(psnn::kLabAttackImagesFolder), {"SNN", "encrypted SNN"}, true);
    folderOf(QStringLiteral("study/images/encryption-2"), {"SNN"}, false);
    return known;
}

/// The 7 x 7 source pixels of what a PixelImage shows, checking it is at least 300 pixels and
/// enlarged by a whole factor without smoothing.
QByteArray sourcePixels(const psnn::PixelImage& widget)
{
    const QImage big = widget.shown().convertToFormat(QImage::Format_Grayscale8);
    EXPECT_GE(big.width(), PresenterView::kMinimumImageEdge);
    EXPECT_EQ(big.width() % 7, 0);
    const int factor = big.width() / 7;
    QImage small(7, 7, QImage::Format_Grayscale8);
    for (int y = 0; y < 7; ++y)
        for (int x = 0; x < 7; ++x) {
            const int value = qGray(big.pixel(x * factor, y * factor));
            EXPECT_EQ(qGray(big.pixel(x * factor + factor - 1, y * factor + factor - 1)), value);
            small.setPixel(x, y, qRgb(value, value, value));
        }
    return greyKey(small);
}

/// Every text the view shows: the window title, and for each visible widget its text, tooltip,
/// status tip, What's This and accessible name and description. The progress line apart.
QStringList visibleTexts(const QWidget& view, QString* progress)
{
    QStringList texts{QStringLiteral("title=") + view.windowTitle()};
    for (const QWidget* w : view.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&view))
            continue;
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(w))
            text = label->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            text = button->text();
        text += w->toolTip() + w->statusTip() + w->whatsThis() + w->accessibleName() + w->accessibleDescription();
        if (w->objectName() == QStringLiteral("presenterProgress"))
            *progress = text;
        else if (!text.isEmpty())
            texts << w->objectName() + u'=' + text;
    }
    texts.sort();
    return texts;
}

QByteArray onScreen(const PresenterView& view)
{
    return sourcePixels(*view.findChild<psnn::PixelImage*>(QStringLiteral("presenterImage")));
}

TEST(PresenterView, BlindUntilSpaceThenTheTargetBothJudgesAndTheRoomAreRevealed)
{
    QTemporaryDir dir;
    const std::map<QByteArray, RoomImage> known = makeClassroomLab(dir.path());
    PresenterView view(dir.path());
    view.resize(1280, 720);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    ASSERT_TRUE(view.start(QStringLiteral("class-1"), 0)) << view.errorText().toStdString();
    // The window's title says "PrivateSNN": the models are looked for as the reveal names them.
    const QStringList secrets{QStringLiteral("encryption-2"), QStringLiteral("attack 1"),
                              QStringLiteral("the SNN"),      QStringLiteral("encrypted"),
                              QStringLiteral("ReLU"),         QStringLiteral("room-"),
                              QStringLiteral(".png"),         QStringLiteral("the lab's own attacks"),
                              QStringLiteral("made for"),     QStringLiteral("said")};
    QStringList blind;
    std::set<QByteArray> seen;
    for (int i = 0; i < 9; ++i) {
        QString progress;
        const QStringList texts = visibleTexts(view, &progress);
        EXPECT_EQ(progress, QStringLiteral("Image %1 of 9").arg(i + 1));
        for (const QString& text : texts)
            for (const QString& secret : secrets)
                EXPECT_FALSE(text.contains(secret, Qt::CaseInsensitive))
                    << text.toStdString() << " shows " << secret.toStdString();
        // Apart from the count, the blind screen is the same for every image: nothing follows the target.
        if (i == 0)
            blind = texts;
        else
            EXPECT_EQ(texts.join(u'\n').toStdString(), blind.join(u'\n').toStdString());
        const QByteArray pixels = onScreen(view);
        ASSERT_TRUE(known.count(pixels));
        EXPECT_TRUE(seen.insert(pixels).second) << "each image once";
        const RoomImage& image = known.at(pixels);

        QTest::keyClick(&view, Qt::Key_Space);
        ASSERT_TRUE(view.isRevealed());
        const QString revealed = visibleTexts(view, &progress).join(u'\n');
        const QString target = kRoomClasses[image.target];
        EXPECT_TRUE(revealed.contains(QStringLiteral("Made for: %1 (%2)").arg(target).arg(image.target)))
            << revealed.toStdString();
        if (image.judge1) {
            EXPECT_TRUE(revealed.contains(QStringLiteral("Judge 1 said: %1").arg(kRoomClasses[*image.judge1])));
            const QString judge2 = QStringLiteral("Judge 2 said: %1 %2")
                                       .arg(kRoomClasses[*image.judge2] + QStringLiteral(" (%1)").arg(*image.judge2),
                                            *image.judge2 == image.target ? QStringLiteral("✓") : QStringLiteral("✗"));
            EXPECT_TRUE(revealed.contains(judge2)) << revealed.toStdString();
            EXPECT_TRUE(
                revealed.contains(QString::fromStdString("on the " + image.model + " (the lab's own attacks)")));
        } else {
            EXPECT_TRUE(revealed.contains(QStringLiteral("Judge 1 said: not recorded for this image")));
            EXPECT_TRUE(revealed.contains(QStringLiteral("(encryption-2)")));
        }
        EXPECT_TRUE(revealed.contains(QStringLiteral("The room: no answer")));
        QTest::keyClick(&view, Qt::Key_Right);
        EXPECT_FALSE(view.isRevealed()) << "the next image comes blind";
    }
    EXPECT_EQ(view.position(), -1) << "after the last image, the end";
    EXPECT_TRUE(view.findChild<QLabel*>(QStringLiteral("presenterEnd"))->isVisibleTo(&view));
}

TEST(PresenterView, TheRoomsTypedAnswersLandInItsSessionFileAndLockOnceRevealed)
{
    QTemporaryDir dir;
    const std::map<QByteArray, RoomImage> known = makeClassroomLab(dir.path());
    const std::string file = psnn::ratingSessionPath(dir.path().toStdString(), "class-7b");
    std::vector<QByteArray> shown;
    {
        PresenterView view(dir.path());
        view.show();
        ASSERT_TRUE(view.start(QStringLiteral("class-7b"), 0));
        // Image 1: right by its digit; image 2: "can't tell" (?), then corrected to a wrong class;
        // image 3: right, revealed, then a digit that must not change it.
        shown.push_back(onScreen(view));
        QTest::keyClick(&view, Qt::Key(Qt::Key_0 + known.at(shown[0]).target));
        QTest::keyClick(&view, Qt::Key_Right);
        shown.push_back(onScreen(view));
        QTest::keyClick(&view, Qt::Key_Question);
        ASSERT_EQ(psnn::readRatingAnswers(file).size(), 2u);
        EXPECT_FALSE(psnn::readRatingAnswers(file)[1].answer.has_value());
        QTest::keyClick(&view, Qt::Key(Qt::Key_0 + (known.at(shown[1]).target + 1) % 3));
        QTest::keyClick(&view, Qt::Key_Right);
        shown.push_back(onScreen(view));
        const int third = known.at(shown[2]).target;
        QTest::keyClick(&view, Qt::Key(Qt::Key_0 + third));
        QTest::keyClick(&view, Qt::Key_Space);
        QString progress;
        EXPECT_TRUE(visibleTexts(view, &progress)
                        .join(u'\n')
                        .contains(QStringLiteral("The room: %1 (%2) ✓").arg(kRoomClasses[third]).arg(third)));
        QTest::keyClick(&view, Qt::Key(Qt::Key_0 + (third + 1) % 3));
        // Back to image 1 and forth again: the view shows what the room said.
        QTest::keyClick(&view, Qt::Key_Left);
        QTest::keyClick(&view, Qt::Key_Left);
        EXPECT_EQ(onScreen(view), shown[0]);
        EXPECT_TRUE(view.findChild<QLabel*>(QStringLiteral("presenterVote"))
                        ->text()
                        .contains(kRoomClasses[known.at(shown[0]).target]));
    } // the teacher leaves mid-lesson
    const std::vector<psnn::RatingAnswer> saved = psnn::readRatingAnswers(file);
    ASSERT_EQ(saved.size(), 3u);
    EXPECT_TRUE(saved[0].correct());
    ASSERT_TRUE(saved[1].answer.has_value()) << "the correction replaced \"can't tell\"";
    EXPECT_FALSE(saved[1].correct());
    EXPECT_TRUE(saved[2].correct()) << "a digit after the reveal changes nothing";

    PresenterView again(dir.path());
    ASSERT_TRUE(again.start(QStringLiteral("class-7b"), 0));
    EXPECT_EQ(again.position(), 3) << "a session that stopped continues at its first unanswered image";
    EXPECT_FALSE(std::count(shown.begin(), shown.end(), onScreen(again)));
}

TEST(PresenterView, BeforeAndAfterShowsOneClassFromTheSnnAndTheEncryptedSnn)
{
    QTemporaryDir dir;
    const std::map<QByteArray, RoomImage> known = makeClassroomLab(dir.path());
    PresenterView view(dir.path());
    view.resize(1920, 1080);
    view.show();
    ASSERT_TRUE(view.start(QStringLiteral("class-1"), 0));
    QTest::keyClick(&view, Qt::Key_B);
    auto* comparison = view.findChild<psnn::BeforeAfterView*>();
    ASSERT_TRUE(comparison->isVisibleTo(&view));
    for (int step = 0; step < 3; ++step) {
        const RoomImage& before = known.at(sourcePixels(*comparison->beforeImage()));
        const RoomImage& after = known.at(sourcePixels(*comparison->afterImage()));
        EXPECT_EQ(before.target, comparison->currentClass());
        EXPECT_EQ(after.target, comparison->currentClass());
        EXPECT_EQ(before.model, "SNN");
        EXPECT_EQ(after.model, "encrypted SNN");
        QTest::keyClick(&view, Qt::Key_Right);
    }
    EXPECT_EQ(comparison->currentClass(), 0) << "the classes go round";
    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_TRUE(view.isVisible()) << "Esc leaves the comparison first";
    EXPECT_EQ(view.position(), 0);
}

TEST(ViewZoom, CtrlPlusScalesFontsHeadingsAndPlotTextsAndIsRemembered)
{
    QSettings().remove(QStringLiteral("test/zoom"));
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* text = new QLabel(QStringLiteral("text"));
    auto* heading = new QLabel(QStringLiteral("heading"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    heading->setFont(big);
    auto* bold = new QLabel(QStringLiteral("section")); // a font of its own that sets only boldness
    QFont boldFont;
    boldFont.setBold(true);
    bold->setFont(boldFont);
    auto* plot = new QCustomPlot;
    layout->addWidget(text);
    layout->addWidget(heading);
    layout->addWidget(bold);
    layout->addWidget(plot);
    const double textSize = text->font().pointSizeF(), headingSize = heading->font().pointSizeF();
    const double tickSize = plot->xAxis->tickLabelFont().pointSizeF();
    psnn::ViewZoom zoom(&window, QStringLiteral("test/zoom"));
    zoom.zoomIn();
    zoom.zoomIn();
    const double factor = psnn::ViewZoom::kStep * psnn::ViewZoom::kStep;
    EXPECT_NEAR(text->font().pointSizeF(), textSize * factor, 0.01);
    EXPECT_NEAR(heading->font().pointSizeF(), headingSize * factor, 0.01);
    EXPECT_NEAR(bold->font().pointSizeF(), textSize * factor, 0.01) << "zoomed once, not twice";
    EXPECT_NEAR(plot->xAxis->tickLabelFont().pointSizeF(), tickSize * factor, 0.01);
    EXPECT_NEAR(QSettings().value(QStringLiteral("test/zoom")).toDouble(), factor, 1e-9);
    EXPECT_NEAR(psnn::ViewZoom(&window, QStringLiteral("test/zoom")).factor(), factor, 1e-9) << "remembered";
    zoom.reset();
    EXPECT_NEAR(heading->font().pointSizeF(), headingSize, 0.01);
    EXPECT_NEAR(plot->xAxis->tickLabelFont().pointSizeF(), tickSize, 0.01);
    QSettings().remove(QStringLiteral("test/zoom"));
}

TEST(PresenterView, CtrlPlusEnlargesItsTextAndCtrlZeroResetsIt)
{
    QTemporaryDir dir;
    makeClassroomLab(dir.path());
    PresenterView view(dir.path());
    view.resize(1280, 720);
    view.show();
    ASSERT_TRUE(view.start(QStringLiteral("class-1"), 0));
    view.setZoom(1);
    const auto* legend = view.findChild<QLabel*>(QStringLiteral("presenterLegend"));
    const int size = legend->font().pixelSize();
    QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_GT(legend->font().pixelSize(), size);
    QTest::keyClick(&view, Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(legend->font().pixelSize(), size);
    EXPECT_EQ(view.position(), 0) << "Ctrl+0 is the zoom, not the room's answer 0";
    EXPECT_FALSE(QFile::exists(QString::fromStdString(psnn::ratingSessionPath(dir.path().toStdString(), "class-1"))))
        << "no answer was recorded";
}

} // namespace
