// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a plot on a page: log-axis ticks are numbers in every locale, the wheel scrolls the page
// over a plot as anywhere else, and Ctrl+wheel zooms the plot (a double-click undoes it).
#include "pages/plotwheel.h"
#include "plots/plotstyle.h"

#include <QApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <qcustomplot.h>

#include <gtest/gtest.h>

namespace {

/// A wheel notch down over widget's centre, as a mouse sends it.
void turnWheel(QWidget& widget, Qt::KeyboardModifiers modifiers)
{
    const QPointF centre = QRectF(widget.rect()).center();
    QWheelEvent wheel(centre, widget.mapToGlobal(centre), QPoint(), QPoint(0, -120), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&widget, &wheel);
}

} // namespace

TEST(PlotReading, LogTicksAreNumbersInEveryLocale)
{
    const QLocale c = QLocale::c();
    EXPECT_EQ(psnn::logTickLabel(0.001, c), QStringLiteral("0.001"));
    EXPECT_EQ(psnn::logTickLabel(0.05, c), QStringLiteral("0.05"));
    EXPECT_EQ(psnn::logTickLabel(1, c), QStringLiteral("1"));
    EXPECT_EQ(psnn::logTickLabel(100, c), QStringLiteral("100"));
    EXPECT_EQ(psnn::logTickLabel(1e-6, c), QStringLiteral("10⁻⁶"));
    EXPECT_EQ(psnn::logTickLabel(2e7, c), QStringLiteral("2·10⁷"));
    const QLocale german(QLocale::German, QLocale::Germany);
    EXPECT_EQ(psnn::logTickLabel(0.01, german), QStringLiteral("0,01"));
    EXPECT_EQ(psnn::logTickLabel(1, german), QStringLiteral("1"));
    for (const QLocale& locale :
         {german, QLocale(QLocale::Chinese, QLocale::China), QLocale(QLocale::Korean, QLocale::SouthKorea)}) {
        for (double tick : {1e-5, 1e-3, 0.1, 1.0, 10.0, 1e4, 1e8}) {
            const QString label = psnn::logTickLabel(tick, locale);
            EXPECT_FALSE(label.contains(QLatin1Char('E')) || label.contains(QLatin1Char('e')))
                << locale.name().toStdString() << " " << tick << ": " << label.toStdString();
        }
    }
}

TEST(PlotReading, TheWheelScrollsThePageAndCtrlWheelZoomsThePlot)
{
    QScrollArea area;
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    auto* plot = new QCustomPlot;
    plot->setMinimumHeight(300);
    layout->addWidget(plot);
    layout->addSpacing(3000); // a page much taller than the window
    area.setWidget(content);
    area.setWidgetResizable(true);
    area.resize(500, 400);
    psnn::enablePlotWheel(*plot);
    plot->xAxis->setRange(0, 10);
    area.show();
    QScrollBar* bar = area.verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);

    turnWheel(*plot, Qt::NoModifier);
    EXPECT_GT(bar->value(), 0) << "the page did not scroll under the plot";
    EXPECT_EQ(plot->xAxis->range(), QCPRange(0, 10)) << "the plot zoomed without Ctrl";

    const int scrolled = bar->value();
    turnWheel(*plot, Qt::ControlModifier);
    EXPECT_EQ(bar->value(), scrolled) << "Ctrl+wheel scrolled the page";
    EXPECT_GT(plot->xAxis->range().size(), 10.0) << "Ctrl+wheel did not zoom (out) the plot";

    const QPointF centre = QRectF(plot->rect()).center();
    QMouseEvent click(QEvent::MouseButtonDblClick, centre, plot->mapToGlobal(centre), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(plot, &click);
    EXPECT_EQ(plot->xAxis->range(), QCPRange(0, 10)) << "a double-click returns to the plot's own ranges";
}

// "Stärkster Angriff: Prüfer-Genauigkeit (%)" was cut off at both ends of the study's 300-pixel plot.
TEST(PlotReading, ALongAxisTitleBreaksOntoTwoLinesAndJoinsWhenThereIsRoom)
{
    QCustomPlot plot;
    plot.resize(600, 300);
    const QString title = QStringLiteral("Stärkster Angriff: Prüfer-Genauigkeit bei allen Richtern (%)");
    plot.yAxis->setLabel(title);
    plot.xAxis->setLabel(QStringLiteral("Epoche"));
    QObject::connect(&plot, &QCustomPlot::beforeReplot, &plot, [&plot] { psnn::fitAxisLabels(plot); });
    plot.show();
    plot.replot();
    ASSERT_GT(QFontMetrics(plot.yAxis->labelFont()).horizontalAdvance(title), plot.axisRect()->height());
    const QStringList lines = plot.yAxis->label().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << plot.yAxis->label().toStdString();
    EXPECT_EQ(lines.join(QLatin1Char(' ')), title);
    for (const QString& line : lines)
        EXPECT_LE(QFontMetrics(plot.yAxis->labelFont()).horizontalAdvance(line), plot.axisRect()->height());
    EXPECT_EQ(plot.xAxis->label(), QStringLiteral("Epoche")) << "a short title stays one line";

    plot.resize(600, 900);
    plot.replot();
    EXPECT_EQ(plot.yAxis->label(), title) << "with room again it is one line";
}
