// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

class QCustomPlot;

namespace psnn {

/// One point of the privacy-utility frontier, in percent (accuracy lost in points).
struct FrontierPoint {
    double accuracyLost = 0;  ///< x: points of accuracy lost against the ANN
    double judgeAccuracy = 0; ///< y: the strongest attack's judge accuracy
    double low = 0, high = 0; ///< its 95 % interval
    QString label;            ///< short, beside the point ("paper dose"); empty: none
    QString details;          ///< every value in words, shown on hover
    int row = -1;             ///< the point's row in the study table; -1: none
};

/// One defence of the privacy-utility study: its points in order of strength.
struct FrontierCurve {
    QString name; ///< the legend's
    std::vector<FrontierPoint> points;
    /// A line through the points in order: one defence's doses. People's curves have none: their
    /// few ratings give intervals so wide that a line would only add noise.
    bool connected = true;
    /// The human judge's points of a defence: drawn in that defence's colour (its curve's index in
    /// the list, colourOf) with the one marker all people's curves share, explained once in the
    /// legend instead of once per defence.
    bool people = false;
    int colourOf = -1; ///< for people: the index of its defence's curve; -1: its own index
};

/// Where buildFrontierPlot put a point, in plot coordinates (the x axis may be logarithmic).
struct FrontierMark {
    double key = 0, value = 0;
    const FrontierPoint* point = nullptr; ///< into the curves or controls given to buildFrontierPlot
};

/// A control of the study (it defends nothing): one reference mark with its interval, not a curve.
struct FrontierControl {
    QString name; ///< the legend's: the control's title says it is one
    FrontierPoint point;
};

struct FrontierLayout {
    bool logX = false; ///< the x axis is logarithmic beyond 0.1 point (a far point, see frontierKey)
    std::vector<FrontierMark> marks;
};

/// The x position of an accuracy loss: itself on a linear axis; with logX sign(x) · log10(1 + |x| / 0.1),
/// linear near 0 (so the undefended point and negative losses have a place) and logarithmic beyond
/// 0.1 point, so a defence that loses 60 points does not squeeze the others into one spot.
double frontierKey(double accuracyLost, bool logX);

/// The privacy-utility frontier: x accuracy lost against the ANN, y the strongest attack's judge
/// accuracy with interval bars, one colour and hollow marker per defence with a line through its own
/// points in order (no line joins different defences), people's points as filled triangles in their
/// defence's colour, each point labelled where the label covers no other label or point, the controls
/// as star marks in the text colour (hovered and clicked like points), the chance line and the line
/// "protected" must stay under (chance + margin), the legend below the data. The x axis turns
/// logarithmic (frontierKey) when a point lost more than 10 points, and says so. Safe to call again on
/// the same plot as points arrive; the curves and controls must outlive the returned marks.
FrontierLayout buildFrontierPlot(QCustomPlot& plot, const std::vector<FrontierCurve>& curves, double chancePercent,
                                 double marginPercent, const std::vector<FrontierControl>& controls = {});

} // namespace psnn
