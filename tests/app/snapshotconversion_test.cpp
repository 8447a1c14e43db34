// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotconversion.h"

#include "privatesnn/vgg.h"

#include <gtest/gtest.h>

using psnn::LayerRow;
using psnn::ModelSnapshot;
using psnn::toSnapshot;

TEST(SnapshotConversion, CopiesTheTeacherNetwork)
{
    psnn::Network net = psnn::makeVgg(psnn::vggPreset("teacher"));
    net.info.testAccuracy = 0.97;
    const ModelSnapshot snapshot = toSnapshot(net, QStringLiteral("/tmp/teacher.psnn"));

    EXPECT_EQ(snapshot.name, QStringLiteral("teacher"));
    EXPECT_EQ(snapshot.source, QStringLiteral("/tmp/teacher.psnn"));
    EXPECT_EQ(snapshot.channels, net.input.channels);
    EXPECT_EQ(snapshot.height, net.input.height);
    EXPECT_EQ(snapshot.width, net.input.width);
    EXPECT_EQ(snapshot.classNames.size(), net.numClasses());
    ASSERT_EQ(snapshot.layers.size(), qsizetype(net.layers.size()));
    EXPECT_EQ(snapshot.parameters, net.parameterCount());
    ASSERT_TRUE(snapshot.testAccuracy.has_value());
    EXPECT_DOUBLE_EQ(*snapshot.testAccuracy, 0.97);

    const std::vector<psnn::LayerSummary> rows = net.summarize();
    qint64 macs = 0;
    for (size_t i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(snapshot.layers[qsizetype(i)].path.toStdString(), rows[i].path);
        EXPECT_EQ(snapshot.layers[qsizetype(i)].macs, rows[i].macs);
        macs += rows[i].macs;
    }
    EXPECT_EQ(snapshot.macs, macs);

    // The first layer is a 3x3 conv from 1 to 16 channels on 28 x 28 with padding 1.
    const LayerRow& first = snapshot.layers.front();
    EXPECT_EQ(first.kind, QStringLiteral("Conv2d"));
    EXPECT_EQ(first.outputShape, QStringLiteral("16 × 28 × 28"));
    EXPECT_EQ(first.parameters, 16 * 1 * 3 * 3);
    EXPECT_EQ(first.macs, 16 * 1 * 3 * 3 * 28 * 28);
}
