// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

class QCustomPlot;

namespace psnn {

/// One defence of the privacy-utility study: its points in order of strength.
struct FrontierCurve {
    QString name;             ///< "encryption", "noise", "reinit" (shown translated by the caller)
    std::vector<double> accuracyLost;   ///< x: points of accuracy lost against the ANN (percent)
    std::vector<double> judgeAccuracy;  ///< y: the strongest attack's judge accuracy (percent)
    std::vector<double> low, high;      ///< its 95 % interval (percent)
};

/// A control of the study (it defends nothing): one reference mark with its interval, not a curve.
struct FrontierMark {
    QString name;
    double accuracyLost = 0, judgeAccuracy = 0, low = 0, high = 0; ///< as FrontierCurve's, percent
};

/// The privacy-utility frontier: x accuracy lost against the ANN, y the strongest attack's judge
/// accuracy with interval bars, one curve per defence, the chance line and the "protected" line
/// (chance + margin), and the controls as star marks in the text colour. Safe to call again on the same plot as
/// points arrive.
void buildFrontierPlot(QCustomPlot& plot, const std::vector<FrontierCurve>& curves, double chancePercent,
                       double marginPercent, const std::vector<FrontierMark>& marks = {});

} // namespace psnn
