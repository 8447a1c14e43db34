// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/architecturemodel.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using psnn::ArchitectureModel;
using psnn::LayerRow;

namespace {

QVector<LayerRow> sampleLayers()
{
    return {
        {QStringLiteral("features.0"), QStringLiteral("Conv2d"), QStringLiteral("16 × 28 × 28"), 144, 112896},
        {QStringLiteral("features.1"), QStringLiteral("ReLU"), QStringLiteral("16 × 28 × 28"), 0, 0},
        {QStringLiteral("classifier.0"), QStringLiteral("Linear"), QStringLiteral("10"), 1234567, 1234567},
    };
}

} // namespace

TEST(ArchitectureModel, PassesTheModelTester)
{
    ArchitectureModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLayers(sampleLayers());
    model.clear();
    model.setLayers(sampleLayers());
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 5);
}

TEST(ArchitectureModel, ShowsTheLayerCells)
{
    ArchitectureModel model;
    model.setLayers(sampleLayers());
    EXPECT_EQ(model.index(0, ArchitectureModel::LayerColumn).data().toString(), QStringLiteral("features.0"));
    EXPECT_EQ(model.index(0, ArchitectureModel::KindColumn).data().toString(), QStringLiteral("Conv2d"));
    EXPECT_EQ(model.index(0, ArchitectureModel::OutputColumn).data().toString(), QStringLiteral("16 × 28 × 28"));
    EXPECT_EQ(model.index(0, ArchitectureModel::MacsColumn).data().toString(), QStringLiteral("112,896"));
    EXPECT_EQ(model.index(2, ArchitectureModel::ParametersColumn).data().toString(), QStringLiteral("1,234,567"));
    EXPECT_EQ(model.index(2, ArchitectureModel::ParametersColumn).data(ArchitectureModel::RawValueRole).toLongLong(),
              1234567);
}

TEST(ArchitectureModel, RightAlignsNumbersOnly)
{
    ArchitectureModel model;
    model.setLayers(sampleLayers());
    const auto alignment = [&](int column) {
        return Qt::Alignment(model.index(0, column).data(Qt::TextAlignmentRole).toInt());
    };
    EXPECT_TRUE(alignment(ArchitectureModel::ParametersColumn) & Qt::AlignRight);
    EXPECT_TRUE(alignment(ArchitectureModel::MacsColumn) & Qt::AlignRight);
    EXPECT_FALSE(alignment(ArchitectureModel::LayerColumn) & Qt::AlignRight);
}

TEST(ArchitectureModel, NamesItsColumns)
{
    ArchitectureModel model;
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    EXPECT_EQ(headers.join(QLatin1Char(',')), QStringLiteral("Layer,Kind,Output,Parameters,MACs"));
}
