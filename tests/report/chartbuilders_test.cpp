// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/accuracyplot.h"
#include "plots/encryptionlossplot.h"
#include "plots/layercharts.h"
#include "plots/plotexport.h"
#include "plots/similarityheatmap.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <cmath>

namespace {

const QStringList Layers = {QStringLiteral("features.0"), QStringLiteral("features.3"), QStringLiteral("classifier.1"),
                            QStringLiteral("classifier.3")};

QCPColorScale* colourScaleOf(QCustomPlot& plot)
{
    for (int i = 0; i < plot.plotLayout()->elementCount(); ++i) {
        if (auto* scale = qobject_cast<QCPColorScale*>(plot.plotLayout()->elementAt(i)))
            return scale;
    }
    return nullptr;
}

std::vector<std::vector<double>> similarity(int classes)
{
    std::vector<std::vector<double>> matrix(static_cast<std::size_t>(classes));
    for (int i = 0; i < classes; ++i) {
        for (int j = 0; j < classes; ++j)
            matrix[static_cast<std::size_t>(i)].push_back(i == j ? 1.0 : 0.1 * ((i + j) % 5));
    }
    return matrix;
}

} // namespace

TEST(ChartBuilders, SpikeRatesUseALogarithmicAxisWithBarsFromTheBottomDecade)
{
    QCustomPlot plot;
    psnn::buildSpikeRatePlot(plot, Layers, {0.12, 0.045, 0.021, 0.0087}, {0.10, 0.031, 0.012, 0.0041});
    EXPECT_EQ(plot.yAxis->scaleType(), QCPAxis::stLogarithmic);
    EXPECT_NE(dynamic_cast<QCPAxisTickerLog*>(plot.yAxis->ticker().data()), nullptr);
    EXPECT_DOUBLE_EQ(plot.yAxis->range().lower, 1e-3);
    EXPECT_DOUBLE_EQ(plot.yAxis->range().upper, 1.0);
    ASSERT_EQ(plot.plottableCount(), 2);
    auto* encrypted = qobject_cast<QCPBars*>(plot.plottable(1));
    ASSERT_NE(encrypted, nullptr);
    EXPECT_EQ(encrypted->name(), QStringLiteral("Encrypted SNN"));
    EXPECT_DOUBLE_EQ(encrypted->baseValue(), 1e-3);
    EXPECT_EQ(encrypted->data()->size(), 4);
}

TEST(ChartBuilders, SpikeRatesLeaveOutMissingSeriesAndZeroRates)
{
    QCustomPlot plot;
    psnn::buildSpikeRatePlot(plot, Layers, {0.12, 0.0, std::nan(""), 0.01}, {});
    ASSERT_EQ(plot.plottableCount(), 1);
    // A zero rate has no place on a log axis; the NaN is a layer without a measurement.
    EXPECT_EQ(qobject_cast<QCPBars*>(plot.plottable(0))->data()->size(), 2);
}

TEST(ChartBuilders, HeatmapHasOneCellPerPairOfClassesAndAColourScale)
{
    const int classes = 10;
    QStringList names;
    for (int i = 0; i < classes; ++i)
        names << QStringLiteral("class %1").arg(i);
    QCustomPlot plot;
    QCPColorMap* map = psnn::buildSimilarityHeatmap(plot, similarity(classes), names);
    ASSERT_NE(map, nullptr);
    EXPECT_EQ(map->data()->keySize(), classes);
    EXPECT_EQ(map->data()->valueSize(), classes);
    EXPECT_DOUBLE_EQ(map->data()->cell(3, 2), 0.1 * ((2 + 3) % 5)); // column 3, row 2
    EXPECT_DOUBLE_EQ(map->data()->cell(7, 7), 1.0);
    EXPECT_NE(colourScaleOf(plot), nullptr);
    EXPECT_EQ(map->colorScale(), colourScaleOf(plot));
    EXPECT_TRUE(plot.yAxis->rangeReversed());
    auto* ticker = dynamic_cast<QCPAxisTickerText*>(plot.xAxis->ticker().data());
    ASSERT_NE(ticker, nullptr);
    EXPECT_EQ(ticker->ticks().value(9), QStringLiteral("class 9"));
    EXPECT_EQ(plot.itemCount(), classes * classes); // the value printed in every cell
}

TEST(ChartBuilders, ReusingAPlotRemovesWhatTheLastBuilderAdded)
{
    QCustomPlot plot;
    psnn::buildSimilarityHeatmap(plot, similarity(4), {});
    psnn::buildThresholdPlot(plot, Layers, {4.12, 2.87, 1.93, 3.05});
    EXPECT_EQ(colourScaleOf(plot), nullptr);
    EXPECT_EQ(plot.itemCount(), 0);
    EXPECT_EQ(plot.plottableCount(), 1);
    EXPECT_FALSE(plot.yAxis->rangeReversed());
    psnn::buildThresholdPlot(plot, Layers, {4.12, 2.87, 1.93, 3.05});
    EXPECT_EQ(plot.findChildren<QCPBarsGroup*>().size(), 1);
}

TEST(ChartBuilders, AccuracyPlotDrawsBothCurvesInPercentAndTheAnnReference)
{
    QCustomPlot plot;
    psnn::buildAccuracyPlot(plot, {0.1, 0.5, 0.8, 0.9}, {0.1, 0.4, 0.85}, 0.9055);
    ASSERT_EQ(plot.graphCount(), 3);
    EXPECT_EQ(plot.graph(0)->dataCount(), 4);
    EXPECT_DOUBLE_EQ(plot.graph(0)->data()->at(3)->value, 90.0);
    EXPECT_EQ(plot.graph(1)->dataCount(), 3);
    EXPECT_EQ(plot.graph(2)->name(), QStringLiteral("ANN"));
    EXPECT_DOUBLE_EQ(plot.graph(2)->data()->at(1)->key, 4.0); // spans all T
    EXPECT_DOUBLE_EQ(plot.graph(2)->data()->at(1)->value, 90.55);
    EXPECT_TRUE(plot.legend->visible());
}

TEST(ChartBuilders, EnergyBarsAreInMicrojoules)
{
    QCustomPlot plot;
    psnn::buildEnergyPlot(plot, Layers, {5.2e5, 4.2e6, 9.2e5, 5.9e3}, {5.2e5, 1.2e6, 2.1e5, 9.0e2}, {});
    ASSERT_EQ(plot.plottableCount(), 2);
    auto* ann = qobject_cast<QCPBars*>(plot.plottable(0));
    EXPECT_DOUBLE_EQ(ann->data()->at(1)->value, 4.2);
    EXPECT_EQ(plot.yAxis->scaleType(), QCPAxis::stLinear);
}

TEST(ChartBuilders, DriftPutsTheRelativeChangeOnTheRightAxis)
{
    QCustomPlot plot;
    psnn::buildDriftPlot(plot, Layers, {0.9991, 0.9952, 0.9876, 0.9934}, {0.042, 0.098, 0.157, 0.115});
    ASSERT_EQ(plot.graphCount(), 2);
    EXPECT_EQ(plot.graph(1)->valueAxis(), plot.yAxis2);
    EXPECT_TRUE(plot.yAxis2->visible());
    EXPECT_LT(plot.yAxis->range().lower, 0.9876);
    EXPECT_GT(plot.yAxis->range().upper, 1.0);
}

TEST(ChartBuilders, LossPlotHasOneCurvePerLoss)
{
    QCustomPlot plot;
    psnn::buildEncryptionLossPlot(plot, {1, 2, 3}, {1.2, 1.0, 0.9}, {3.4, 3.0, 2.6}, {1.9, 1.6, 1.4});
    ASSERT_EQ(plot.graphCount(), 3);
    EXPECT_EQ(plot.graph(2)->name(), QStringLiteral("Total"));
    EXPECT_DOUBLE_EQ(plot.yAxis->range().lower, 0.0);
}

TEST(PlotExport, WritesAScaledPngAndAWellFormedSvg)
{
    QTemporaryDir dir;
    QCustomPlot plot;
    psnn::buildThresholdPlot(plot, Layers, {4.12, 2.87, 1.93, 3.05});
    const QString png = dir.filePath(QStringLiteral("thresholds.png"));
    const QString svg = dir.filePath(QStringLiteral("thresholds.svg"));
    ASSERT_TRUE(psnn::savePlotPng(plot, png, QSize(400, 300), 2.0));
    ASSERT_TRUE(psnn::savePlotSvg(plot, svg, QSize(400, 300), QStringLiteral("Thresholds")));

    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(800, 600));
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QStringLiteral("text"))
            ++texts;
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(texts, 4); // tick labels stay text, not pixels
}

TEST(PlotExport, ReportsAnUnwritablePath)
{
    QCustomPlot plot;
    QString error;
    EXPECT_FALSE(psnn::savePlotPng(plot, QStringLiteral("/nonexistent-folder/x.png"), QSize(100, 100), 1.0, &error));
    EXPECT_FALSE(error.isEmpty());
}
