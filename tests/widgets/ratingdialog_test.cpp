// SPDX-License-Identifier: GPL-3.0-or-later
// "Rate images": every text the dialog shows is read for every image and must not reveal the
// image's target, point or attack; a scripted rater (who recognises the images by their pixels)
// answers through buttons and keys, and the answers survive closing the dialog mid-session and
// reach the report's "Human judge" section.
#include "pages/humanjudgepanel.h"
#include "pages/ratingdialog.h"

#include "reportwriter.h"
#include "samplelab.h"

#include "privatesnn/ratings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <map>
#include <set>

namespace {

using psnn::RatingDialog;

const QStringList kClasses{QStringLiteral("sandal"), QStringLiteral("coat"), QStringLiteral("bag")};
const QStringList kSecrets{QStringLiteral("encryption-3"), QStringLiteral("attack"),    QStringLiteral("SNN"),
                           QStringLiteral("relu"),         QStringLiteral("surrogate"), QStringLiteral("target"),
                           QStringLiteral(".png"),         QStringLiteral("lab/")};

/// A lab of 3 classes: the pipeline's two attacks on two models and a study point's attack, 3
/// images each (targets 0, 1, 2), every image a distinct 8 x 8 pattern. Returns image key -> target
/// for the scripted rater, the key being the pixels.
std::map<QByteArray, int> makeRatingLab(const QString& lab)
{
    QDir(lab).mkpath(QString::fromLatin1(psnn::kLabAttackImagesFolder));
    QDir(lab).mkpath(QStringLiteral("study/images/encryption-3"));
    QFile results(QDir(lab).filePath(QStringLiteral("results.json")));
    EXPECT_TRUE(results.open(QIODevice::WriteOnly));
    results.write(
        R"({"schema": "privatesnn-results", "version": 3, "model": {"class_names": ["sandal", "coat", "bag"]}})");
    results.close();
    std::map<QByteArray, int> targets;
    int pattern = 0;
    const auto folderOf = [&](const QString& relative,
                              const std::vector<std::pair<std::string, std::string>>& sources) {
        psnn::AttackImageManifest manifest;
        for (const auto& [attack, model] : sources)
            for (int target = 0; target < 3; ++target, ++pattern) {
                QImage image(8, 8, QImage::Format_Grayscale8);
                for (int y = 0; y < 8; ++y)
                    for (int x = 0; x < 8; ++x)
                        image.setPixel(x, y, qRgb((x * 31 + y * 7 + pattern * 53) % 256, 0, 0));
                image = image.convertToFormat(QImage::Format_Grayscale8);
                const QString file = QStringLiteral("img-%1.png").arg(pattern);
                EXPECT_TRUE(image.save(QDir(lab).filePath(relative + u'/' + file)));
                targets[QByteArray(reinterpret_cast<const char*>(image.constBits()), image.sizeInBytes())] = target;
                manifest.images.push_back({file.toStdString(), target, attack, model, "", {}, {}});
            }
        psnn::writeAttackImageManifest(
            QDir(lab).filePath(relative + QStringLiteral("/attack_images.json")).toStdString(), manifest);
    };
    folderOf(QString::fromLatin1(psnn::kLabAttackImagesFolder),
             {{"attack 1 (ReLU re-conversion)", "SNN"}, {"attack 2 (surrogate gradients)", "encrypted SNN"}});
    folderOf(QStringLiteral("study/images/encryption-3"), {{"attack 1 (ReLU re-conversion)", "SNN"}});
    return targets;
}

/// Every text the dialog shows on its current page, with the widget's name; the progress label apart.
QStringList shownTexts(const QDialog& dialog, QString* progress)
{
    QStringList texts{dialog.windowTitle()};
    for (const QWidget* w : dialog.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&dialog))
            continue;
        QString text;
        if (const auto* label = qobject_cast<const QLabel*>(w))
            text = label->text();
        else if (const auto* button = qobject_cast<const QPushButton*>(w))
            text = button->text() + (button->isDefault() ? QStringLiteral(" [default]") : QString())
                + (button->isEnabled() ? QString() : QStringLiteral(" [disabled]"));
        text += w->toolTip() + w->statusTip() + w->whatsThis() + w->accessibleName() + w->accessibleDescription();
        if (w->objectName() == QStringLiteral("ratingProgress"))
            *progress = text;
        else if (!text.isEmpty())
            texts << w->objectName() + u'=' + text;
    }
    texts.sort();
    return texts;
}

/// The image on screen reduced to its source pixels, checking it is enlarged by a whole factor
/// with nearest-neighbour sampling to at least 300 pixels.
QByteArray shownImage(const RatingDialog& dialog)
{
    const QPixmap pixmap = dialog.findChild<QLabel*>(QStringLiteral("ratingImage"))->pixmap();
    EXPECT_GE(pixmap.width(), 300);
    EXPECT_GE(pixmap.height(), 300);
    const QImage big = pixmap.toImage().convertToFormat(QImage::Format_Grayscale8);
    const int factor = big.width() / 8;
    QImage small(8, 8, QImage::Format_Grayscale8);
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x) {
            const int value = qGray(big.pixel(x * factor, y * factor));
            // Every pixel of a block is the source pixel: no smoothing between them.
            EXPECT_EQ(qGray(big.pixel(x * factor + factor - 1, y * factor + factor - 1)), value);
            small.setPixel(x, y, qRgb(value, value, value));
        }
    small = small.convertToFormat(QImage::Format_Grayscale8);
    return QByteArray(reinterpret_cast<const char*>(small.constBits()), small.sizeInBytes());
}

TEST(RatingDialog, NothingShownRevealsTheTargetThePointOrTheAttack)
{
    QTemporaryDir dir;
    const std::map<QByteArray, int> targets = makeRatingLab(dir.path());
    RatingDialog dialog(dir.path());
    dialog.show();
    ASSERT_TRUE(dialog.start(QStringLiteral("blind-test")));
    QStringList first;
    std::set<QByteArray> seen;
    for (int i = 0; i < 9; ++i) {
        QString progress;
        const QStringList texts = shownTexts(dialog, &progress);
        EXPECT_EQ(progress, QStringLiteral("Image %1 of 9").arg(i + 1));
        for (const QString& text : texts)
            for (const QString& secret : kSecrets)
                EXPECT_FALSE(text.contains(secret, Qt::CaseInsensitive))
                    << text.toStdString() << " shows " << secret.toStdString();
        // Apart from the count, what is shown is the same for every image: nothing follows the target.
        // (From the second image on: before the first answer there is nothing to undo.)
        if (i == 1)
            first = texts;
        else if (i > 1)
            EXPECT_EQ(texts.join(u'\n').toStdString(), first.join(u'\n').toStdString());
        for (const QString& name : kClasses)
            EXPECT_TRUE(texts.join(u'\n').contains(name)) << "every class is offered";
        const QByteArray image = shownImage(dialog);
        ASSERT_TRUE(targets.count(image)) << "the image shown is one of the lab's";
        EXPECT_TRUE(seen.insert(image).second) << "each image once";
        dialog.answer((targets.at(image) + 1) % 3); // always wrong: the order must not follow the answers
    }
    EXPECT_EQ(seen.size(), 9u);
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("ratingDone"))->isVisibleTo(&dialog));
}

TEST(RatingDialog, ABadRaterIdOrALabWithoutImagesIsExplained)
{
    QTemporaryDir dir;
    RatingDialog empty(dir.path());
    EXPECT_FALSE(empty.start(QStringLiteral("ok")));
    EXPECT_TRUE(empty.errorText().contains(QStringLiteral("no stored attack images")))
        << empty.errorText().toStdString();
    makeRatingLab(dir.path());
    RatingDialog dialog(dir.path());
    EXPECT_FALSE(dialog.start(QStringLiteral("../x")));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("../x")));
    EXPECT_FALSE(QDir(dir.path()).exists(QStringLiteral("ratings")));
}

// Without a window manager there is no title bar: a Close button, on every page, closes the dialog.
TEST(RatingDialog, ACloseButtonClosesItMidSession)
{
    QTemporaryDir dir;
    makeRatingLab(dir.path());
    RatingDialog dialog(dir.path());
    dialog.show();
    ASSERT_TRUE(dialog.start(QStringLiteral("tester"))) << dialog.errorText().toStdString();
    const QDialogButtonBox* box = dialog.findChild<QDialogButtonBox*>();
    ASSERT_NE(box, nullptr);
    QPushButton* close = box->button(QDialogButtonBox::Close);
    ASSERT_NE(close, nullptr);
    EXPECT_TRUE(close->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

TEST(RatingDialog, AScriptedRaterUsesKeysAndUndoAndTheSessionSurvivesClosingMidWay)
{
    QTemporaryDir dir;
    const std::map<QByteArray, int> targets = makeRatingLab(dir.path());
    const std::string session = psnn::ratingSessionPath(dir.path().toStdString(), "key-rater");
    {
        RatingDialog dialog(dir.path());
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        ASSERT_TRUE(dialog.start(QStringLiteral("key-rater")));
        dialog.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
        QTRY_VERIFY(dialog.findChild<QPushButton*>(QStringLiteral("class0"))->isVisible());
        // Right by its digit key, then "can't tell" by Space, then a wrong answer taken back with Ctrl+Z.
        QTest::keyClick(&dialog, Qt::Key(Qt::Key_0 + targets.at(shownImage(dialog))));
        QTest::keyClick(&dialog, Qt::Key_Space);
        const QByteArray third = shownImage(dialog);
        dialog.findChild<QPushButton*>(QStringLiteral("class%1").arg((targets.at(third) + 1) % 3))->click();
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        EXPECT_EQ(shownImage(dialog), third) << "undo shows the image again";
        dialog.findChild<QPushButton*>(QStringLiteral("class%1").arg(targets.at(third)))->click();
        EXPECT_EQ(psnn::readRatingAnswers(session).size(), 3u);
    } // closed mid-session, as a kill would leave it: the file holds every answer given

    const std::vector<psnn::RatingAnswer> saved = psnn::readRatingAnswers(session);
    ASSERT_EQ(saved.size(), 3u);
    EXPECT_TRUE(saved[0].correct());
    EXPECT_FALSE(saved[1].answer.has_value());
    EXPECT_TRUE(saved[2].correct());

    RatingDialog again(dir.path());
    ASSERT_TRUE(again.start(QStringLiteral("key-rater")));
    QString progress;
    shownTexts(again, &progress);
    EXPECT_EQ(progress, QStringLiteral("Image 4 of 9")) << "continues where it stopped";
    const QByteArray fourth = shownImage(again);
    for (const psnn::RatingAnswer& a : saved)
        EXPECT_NE(psnn::collectRatingImages(dir.path().toStdString()).find(a.image), nullptr);
    again.answer(targets.at(fourth));
    EXPECT_EQ(psnn::readRatingAnswers(session).size(), 4u);
}

TEST(RatingDialog, ASampledSessionCountsItsOwnImagesAndSaysWhenItIsComplete)
{
    QTemporaryDir dir;
    const std::map<QByteArray, int> targets = makeRatingLab(dir.path()); // 3 groups of 3 images
    RatingDialog dialog(dir.path());
    dialog.show();
    const auto* size = dialog.findChild<QLabel*>(QStringLiteral("sampleSize"));
    dialog.setImagesPerGroup(0);
    EXPECT_TRUE(size->text().contains(QStringLiteral("rates 9 of the lab's 9 images"))) << size->text().toStdString();
    dialog.setImagesPerGroup(1);
    EXPECT_TRUE(size->text().contains(QStringLiteral("rates 3 of the lab's 9 images"))) << size->text().toStdString();
    ASSERT_TRUE(dialog.start(QStringLiteral("sampled")));
    std::set<int> classes;
    for (int i = 0; i < 3; ++i) {
        QString progress;
        shownTexts(dialog, &progress);
        EXPECT_EQ(progress, QStringLiteral("Image %1 of 3").arg(i + 1));
        const int target = targets.at(shownImage(dialog));
        classes.insert(target);
        dialog.answer(target);
    }
    EXPECT_EQ(classes.size(), 3u) << "one image of each group, the classes spread over the groups";
    const auto* done = dialog.findChild<QLabel*>(QStringLiteral("ratingDone"));
    EXPECT_TRUE(done->isVisibleTo(&dialog));
    EXPECT_TRUE(done->text().contains(QStringLiteral("This session is complete: all 3 of its images")))
        << done->text().toStdString();
    EXPECT_TRUE(done->text().contains(QStringLiteral("sample of the lab's 9 images")));
    EXPECT_EQ(psnn::readRatingAnswers(psnn::ratingSessionPath(dir.path().toStdString(), "sampled")).size(), 3u);

    // The same id continues its own sample whatever is chosen now.
    RatingDialog again(dir.path());
    again.setImagesPerGroup(0);
    ASSERT_TRUE(again.start(QStringLiteral("sampled")));
    EXPECT_TRUE(again.findChild<QLabel*>(QStringLiteral("ratingDone"))->isVisibleTo(&again));
}

TEST(RatingSheet, APrintedSheetNumbersTheImagesBlindAndItsTypedUpAnswersComeBack)
{
    QTemporaryDir dir;
    makeRatingLab(dir.path());
    psnn::HumanJudgePanel panel;
    panel.showLab(dir.path());
    const QString pdf = QDir(dir.path()).filePath(QStringLiteral("sheet.pdf"));
    ASSERT_EQ(panel.printSheet(QStringLiteral("room-12"), pdf, 0), QString());
    ASSERT_TRUE(QFile::exists(pdf));
    if (const std::optional<QString> text = psnn::test::pdfText(pdf)) {
        EXPECT_TRUE(text->contains(QStringLiteral("Rating sheet room-12"))) << text->toStdString();
        EXPECT_TRUE(text->contains(QStringLiteral("0 = sandal")));
        EXPECT_TRUE(text->contains(QStringLiteral("9"))) << "numbered up to the last image";
        for (const QString& secret : kSecrets)
            EXPECT_FALSE(text->contains(secret, Qt::CaseInsensitive)) << secret.toStdString();
    }
    const QString csv = QDir(dir.path()).filePath(QStringLiteral("typed.csv"));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("number,answer\n1,0\n2,?\n3,2\n");
    file.close();
    EXPECT_EQ(panel.importSheet(QStringLiteral("room-12"), csv), QString());
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("1 rater(s), 3 answers")))
        << panel.summaryText().toStdString();
    EXPECT_TRUE(panel.importSheet(QStringLiteral("room-12"), csv).contains(QStringLiteral("already has answers")));
    EXPECT_TRUE(panel.importSheet(QStringLiteral("room-13"), csv).contains(QStringLiteral("No rating sheet")));
}

TEST(RatingDialog, RatingsThroughTheDialogReachTheReportsHumanJudgeSection)
{
    psnn::test::SampleLab lab; // the tiny pipeline's real lab: its attack step kept the images
    psnn::HumanJudgePanel panel;
    panel.showLab(lab.path());
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("Nobody has rated"))) << panel.summaryText().toStdString();
    {
        RatingDialog dialog(lab.path());
        ASSERT_TRUE(dialog.start(QStringLiteral("scripted"))) << dialog.errorText().toStdString();
        for (int i = 0; i < 5; ++i)
            dialog.answer(i == 4 ? -1 : i % 2);
    }
    panel.showLab(lab.path());
    EXPECT_TRUE(panel.summaryText().contains(QStringLiteral("1 rater(s), 5 answers")))
        << panel.summaryText().toStdString();
    const psnn::ReportFiles files = psnn::writeReport(lab.path().toStdString(), lab.reportPath().toStdString());
    QFile html(QString::fromStdString(files.html));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString text = psnn::test::collapsedSpaces(QString::fromUtf8(html.readAll()));
    EXPECT_TRUE(text.contains(QStringLiteral("<h2 id=\"human_judge\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("1 rater(s) gave 5 answers"))) << "the report says who rated how many";
    EXPECT_TRUE(text.contains(QStringLiteral(">scripted<")));
}

} // namespace
