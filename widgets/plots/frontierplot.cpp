// SPDX-License-Identifier: GPL-3.0-or-later
#include "plots/frontierplot.h"

#include "plots/plotstyle.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace psnn {
namespace {

/// Beyond this many points lost, the near points would share a few pixels on a linear axis.
constexpr double kLogBeyond = 10;
/// The signed log axis is linear up to about this many points, logarithmic beyond: the doses that
/// cost a fraction of a point are the ones people compare.
constexpr double kLinearUpTo = 0.1;

/// The marker of every people's curve, filled; the judges' markers are hollow and never this shape.
constexpr QCPScatterStyle::ScatterShape kPeopleShape = QCPScatterStyle::ssTriangleInverted;

QColor curveColor(std::size_t index)
{
    static const Series order[] = {Series::Encrypted, Series::Converted, Series::Extra, Series::Ann};
    return seriesColor(order[index % 4]);
}

void addLevel(QCustomPlot& plot, double y, const QString& name, Qt::PenStyle style, Qt::Alignment side)
{
    QCPItemStraightLine* line = new QCPItemStraightLine(&plot);
    line->point1->setCoords(0, y);
    line->point2->setCoords(1, y);
    line->setPen(QPen(plotTheme(plot).foreground, 1, style));
    QCPItemText* label = new QCPItemText(&plot);
    label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    // At the left: the weak defences there leak far above these levels, so the corner is free.
    label->position->setCoords(0.01, y);
    label->setPositionAlignment(Qt::AlignLeft | side);
    label->setText(name);
    label->setColor(plotTheme(plot).foreground);
}

/// Ticks at 0, ±1, ±2, ±5, ±10, … labelled with the points they stand for.
void setSignedLogTicks(QCPAxis& axis, double lowest, double highest)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const QLocale locale;
    for (double decade = kLinearUpTo; decade <= 1000; decade *= 10)
        for (double step : {1.0, 2.0, 5.0})
            for (double value : {step * decade, -step * decade})
                if (value >= lowest && value <= highest)
                    ticker->addTick(frontierKey(value, true), locale.toString(value));
    ticker->addTick(0, locale.toString(0));
    ticker->setSubTickCount(0);
    axis.setTicker(ticker);
}

/// Puts each point's label where it covers no other label and no point: right or left of its point,
/// above or below, in that order of preference. Where every place covers another label (points
/// crowded together) or reaches beyond the plot's edge, the label is hidden rather than drawn over
/// it or cut off: the point's hover and its table row still name it. Runs after each layout of the
/// plot (its size decides the pixel positions), so labels placed at one size never overlap at another.
void placeLabels(QCustomPlot& plot, const std::vector<QCPItemText*>& labels)
{
    std::vector<QRectF> markers, placed;
    for (const QCPItemText* label : labels) {
        const QPointF p = label->position->pixelPosition();
        markers.push_back(QRectF(p - QPointF(6, 6), QSizeF(12, 12)));
    }
    // skipOwn: leave out the rectangle around the label's own point (its marker), not another label
    // that happens to lie over the point.
    const auto overlap = [](const QRectF& box, const std::vector<QRectF>& others, const QPointF& own, bool skipOwn) {
        double area = 0;
        for (const QRectF& other : others)
            if (!skipOwn || !other.contains(own)) {
                const QRectF common = box.intersected(other);
                area += common.width() * common.height();
            }
        return area;
    };
    const QRectF area = plot.axisRect()->rect();
    for (QCPItemText* label : labels) {
        const QPointF p = label->position->pixelPosition();
        const QSizeF size = QFontMetricsF(label->font()).size(0, label->text()) + QSizeF(8, 2);
        const Qt::Alignment places[] = {Qt::AlignLeft | Qt::AlignBottom, Qt::AlignLeft | Qt::AlignTop,
                                        Qt::AlignRight | Qt::AlignBottom, Qt::AlignRight | Qt::AlignTop};
        const auto boxAt = [&](Qt::Alignment place) {
            const double x = place & Qt::AlignLeft ? p.x() + 2 : p.x() - 2 - size.width();
            const double y = place & Qt::AlignBottom ? p.y() - size.height() : p.y();
            return QRectF(QPointF(x, y), size);
        };
        // Another label covered, or a place beyond the plot's edge (where the label would be cut
        // off), weighs far more than a point marker.
        Qt::Alignment best = places[0];
        double bestCost = -1, bestLabels = 0;
        for (const Qt::Alignment place : places) {
            const QRectF box = boxAt(place);
            const double labelsCovered =
                overlap(box, placed, p, false) + (area.contains(box) ? 0 : size.width() * size.height());
            const double cost = 1e6 * labelsCovered + overlap(box, markers, p, true);
            if (bestCost < 0 || cost < bestCost) {
                bestCost = cost;
                bestLabels = labelsCovered;
                best = place;
            }
            if (cost == 0)
                break;
        }
        label->setVisible(bestLabels == 0);
        if (bestLabels > 0)
            continue;
        label->setPositionAlignment(best);
        label->setPadding(best & Qt::AlignLeft ? QMargins(6, 1, 1, 1) : QMargins(1, 1, 6, 1));
        placed.push_back(boxAt(best));
    }
}

/// A control as a star in the theme's text colour (no defence curve uses it, so a control never
/// reads as one), with its dashed interval bar; its place goes into the layout like a point's.
void addControl(QCustomPlot& plot, const FrontierControl& control, FrontierLayout& layout,
                std::vector<QCPItemText*>& labels)
{
    const FrontierPoint& p = control.point;
    if (!std::isfinite(p.accuracyLost) || !std::isfinite(p.judgeAccuracy))
        return;
    const QColor color = plotTheme(plot).foreground;
    const FrontierMark mark{frontierKey(p.accuracyLost, layout.logX), p.judgeAccuracy, &p};
    QCPGraph* graph = plot.addGraph();
    graph->setName(control.name);
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(color, 2), Qt::NoBrush, 12));
    graph->setData({mark.key}, {mark.value}, true);
    QCPErrorBars* bars = new QCPErrorBars(plot.xAxis, plot.yAxis);
    bars->setDataPlottable(graph);
    bars->setData({p.judgeAccuracy - p.low}, {p.high - p.judgeAccuracy});
    bars->setPen(QPen(color, 1.2, Qt::DashLine));
    bars->removeFromLegend();
    layout.marks.push_back(mark);
    if (p.label.isEmpty())
        return;
    auto* label = new QCPItemText(&plot);
    label->position->setCoords(mark.key, mark.value);
    label->setText(p.label);
    label->setColor(color);
    labels.push_back(label);
}

} // namespace

double frontierKey(double accuracyLost, bool logX)
{
    if (!logX)
        return accuracyLost;
    return std::copysign(std::log10(1 + std::abs(accuracyLost) / kLinearUpTo), accuracyLost);
}

FrontierLayout buildFrontierPlot(QCustomPlot& plot, const std::vector<FrontierCurve>& curves, double chancePercent,
                                 double marginPercent, const std::vector<FrontierControl>& controls)
{
    // The previous build's labels are about to go: so is the placement that knew them.
    QObject::disconnect(&plot, &QCustomPlot::afterLayout, nullptr, nullptr);
    resetPlot(plot);
    FrontierLayout layout;
    double lowest = 0, highest = 1;
    for (const FrontierCurve& curve : curves)
        for (const FrontierPoint& p : curve.points)
            if (std::isfinite(p.accuracyLost) && std::isfinite(p.judgeAccuracy)) {
                lowest = std::min(lowest, p.accuracyLost);
                highest = std::max(highest, p.accuracyLost);
            }
    for (const FrontierControl& control : controls)
        if (std::isfinite(control.point.accuracyLost) && std::isfinite(control.point.judgeAccuracy)) {
            lowest = std::min(lowest, control.point.accuracyLost);
            highest = std::max(highest, control.point.accuracyLost);
        }
    layout.logX = std::max(std::abs(lowest), highest) > kLogBeyond;
    // Six shapes over four colours: the first twelve defences differ in one or the other; defences
    // from the fifth on are also dashed (people's points take their defence's colour and style).
    static const QCPScatterStyle::ScatterShape shapes[] = {
        QCPScatterStyle::ssCircle,   QCPScatterStyle::ssSquare,           QCPScatterStyle::ssDiamond,
        QCPScatterStyle::ssTriangle, QCPScatterStyle::ssTriangleInverted, QCPScatterStyle::ssCrossSquare};
    const QColor text = plotTheme(plot).foreground;
    std::vector<QCPItemText*> labels;
    bool anyPeople = false;
    for (std::size_t c = 0; c < curves.size(); ++c) {
        const FrontierCurve& curve = curves[c];
        const std::size_t style = curve.colourOf >= 0 ? std::size_t(curve.colourOf) : c;
        const QColor color = curveColor(style);
        QCPGraph* graph = plot.addGraph();
        graph->setName(curve.name);
        const Qt::PenStyle line = style < 4 ? Qt::SolidLine : Qt::DashLine;
        graph->setPen(QPen(color, 2, line));
        graph->setLineStyle(QCPGraph::lsNone);
        if (curve.people) {
            graph->setScatterStyle(QCPScatterStyle(kPeopleShape, color, color, 10));
            graph->removeFromLegend(); // one legend entry explains the marker of every defence's people
            anyPeople = true;
        } else {
            graph->setScatterStyle(QCPScatterStyle(shapes[style % 6], color, Qt::white, 9));
        }
        std::vector<FrontierMark> marks;
        for (const FrontierPoint& p : curve.points)
            if (std::isfinite(p.accuracyLost) && std::isfinite(p.judgeAccuracy))
                marks.push_back({frontierKey(p.accuracyLost, layout.logX), p.judgeAccuracy, &p});
        // One defence's own doses, in order of strength: the only points a line may join.
        if (curve.connected && marks.size() > 1) {
            QVector<double> keys, values;
            for (const FrontierMark& m : marks) {
                keys << m.key;
                values << m.value;
            }
            auto* path = new QCPCurve(plot.xAxis, plot.yAxis);
            path->setPen(QPen(color, 1.5, line));
            path->setData(keys, values);
            path->removeFromLegend();
        }
        // The graph keeps its data sorted by x; the error bars pair with it by index, so sort both alike.
        std::vector<FrontierMark> sorted = marks;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const FrontierMark& a, const FrontierMark& b) { return a.key < b.key; });
        QVector<double> keys, values, errLow, errHigh;
        for (const FrontierMark& m : sorted) {
            keys << m.key;
            values << m.value;
            errLow << m.value - m.point->low;
            errHigh << m.point->high - m.value;
        }
        graph->setData(keys, values, true);
        QCPErrorBars* bars = new QCPErrorBars(plot.xAxis, plot.yAxis);
        bars->setDataPlottable(graph);
        bars->setData(errLow, errHigh);
        bars->setPen(QPen(color, 1.2));
        bars->removeFromLegend();
        for (const FrontierMark& m : marks) {
            layout.marks.push_back(m);
            if (m.point->label.isEmpty())
                continue;
            auto* label = new QCPItemText(&plot);
            label->position->setCoords(m.key, m.value);
            label->setText(m.point->label);
            label->setColor(color.lightness() > 200 ? text : color.darker(130));
            labels.push_back(label);
        }
    }
    for (const FrontierControl& control : controls)
        addControl(plot, control, layout, labels);
    if (anyPeople) {
        QCPGraph* key = plot.addGraph(); // no data: only its legend entry
        key->setName(PlotText::tr("people (human judge), in their defence's colour"));
        key->setLineStyle(QCPGraph::lsNone);
        key->setScatterStyle(QCPScatterStyle(kPeopleShape, text, text, 10));
    }
    addLevel(plot, chancePercent, PlotText::tr("chance (%1 %)").arg(QLocale().toString(chancePercent, 'f', 0)),
             Qt::DashLine, Qt::AlignTop);
    addLevel(plot, chancePercent + marginPercent,
             PlotText::tr("chance + %1 points: \"protected\" needs the whole bar below this line")
                 .arg(QLocale().toString(marginPercent, 'f', 0)),
             Qt::DotLine, Qt::AlignBottom);
    plot.xAxis->setLabel(layout.logX ? PlotText::tr("Accuracy lost against the ANN (points, logarithmic beyond 0.1)")
                                     : PlotText::tr("Accuracy lost against the ANN (points)"));
    plot.yAxis->setLabel(PlotText::tr("Strongest attack: judge accuracy (%)"));
    const double from = frontierKey(lowest, layout.logX), to = frontierKey(highest, layout.logX);
    const double pad = std::max(layout.logX ? 0.08 : 1.0, (to - from) * 0.06);
    // The labels run to the right of their points: room for them at the right end.
    plot.xAxis->setRange(from - pad, to + 3 * pad);
    if (layout.logX)
        setSignedLogTicks(*plot.xAxis, lowest, highest);
    plot.yAxis->setRange(0, 100);
    if (plot.graphCount() > 0) {
        showLegendBelow(plot);
        // Two entries a row: three cut the longer names ("Distillation from a random init") short.
        plot.legend->setWrap(2);
        plot.legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }
    QObject::connect(&plot, &QCustomPlot::afterLayout, &plot, [&plot, labels] { placeLabels(plot, labels); });
    plot.replot(QCustomPlot::rpQueuedRefresh); // lays the plot out now, which places the labels
    return layout;
}

} // namespace psnn
