// SPDX-License-Identifier: GPL-3.0-or-later
// The Attack page's replay slider: every live image of the run is kept, the slider scrubs back over
// them (the gallery shows what it showed then), and at its right end it follows the run.
#include "pages/attackpage.h"
#include "pages/imagegallery.h"

#include <QLabel>
#include <QSlider>

#include <gtest/gtest.h>

namespace {

psnn::LiveImage snapshot(const char* series, int cls, int grey)
{
    QImage image(4, 4, QImage::Format_RGB888);
    image.fill(QColor(grey, grey, grey));
    return {psnn::RunItem::of(psnn::Step::Attack), QString::fromLatin1(series), cls, image};
}

int greyAt(const psnn::ImageGallery& gallery, int cls, int column)
{
    const QImage image = gallery.image(cls, column);
    return image.isNull() ? -1 : qGray(image.pixel(0, 0));
}

TEST(AttackPage, TheReplaySliderScrubsBackOverTheRunsSnapshotsAndFollowsTheRunAtItsEnd)
{
    psnn::AttackPage page;
    page.show();
    page.runStarted();
    QSlider* slider = page.replaySlider();
    EXPECT_FALSE(slider->isVisibleTo(&page)) << "nothing to replay yet";
    page.addImages({snapshot("attack 1", 0, 10)});
    page.addImages({snapshot("attack 1", 0, 20), snapshot("attack 2", 1, 99), snapshot("synthesis", 0, 5)});
    page.addImages({snapshot("attack 1", 0, 30)});
    ASSERT_TRUE(slider->isVisibleTo(&page));
    EXPECT_EQ(slider->maximum(), 3) << "attack snapshots only";
    EXPECT_EQ(slider->value(), 3);
    EXPECT_EQ(greyAt(*page.gallery(), 0, 0), 30);

    slider->setValue(0);
    EXPECT_EQ(greyAt(*page.gallery(), 0, 0), 10) << "the first snapshot";
    EXPECT_EQ(greyAt(*page.gallery(), 1, 1), -1) << "attack 2 had not begun";
    slider->setValue(2);
    EXPECT_EQ(greyAt(*page.gallery(), 0, 0), 20);
    EXPECT_EQ(greyAt(*page.gallery(), 1, 1), 99);

    page.addImages({snapshot("attack 1", 0, 40)}); // the run goes on while the user looks back
    EXPECT_EQ(slider->value(), 2);
    EXPECT_EQ(greyAt(*page.gallery(), 0, 0), 20);
    EXPECT_EQ(slider->maximum(), 4);
    slider->setValue(4);
    EXPECT_EQ(greyAt(*page.gallery(), 0, 0), 40);
    const QString text = page.findChild<QLabel*>(QStringLiteral("attackReplayText"))->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Snapshot 5 of 5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("only while the lab is open"))) << "says the lab keeps none";
    page.addImages({snapshot("attack 1", 0, 50)});
    EXPECT_EQ(slider->value(), 5) << "at the end it follows the run";
    EXPECT_EQ(greyAt(*page.gallery(), 0, 0), 50);

    page.runStarted();
    EXPECT_EQ(slider->maximum(), 0);
    EXPECT_FALSE(slider->isVisibleTo(&page));
}

} // namespace
