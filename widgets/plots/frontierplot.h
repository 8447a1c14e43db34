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
    /// The strongest attack's normalised KID (0 held-out real images, 1 initial noise) and its
    /// standard error, for a point's tooltip; empty for the people's curves.
    std::vector<double> kidNormalised, kidNormalisedSe;
};

/// The privacy-utility frontier: x accuracy lost against the ANN, y the strongest attack's judge
/// accuracy with interval bars, one curve per defence, the chance line and the "protected" line
/// (chance + margin). Safe to call again on the same plot as points arrive.
void buildFrontierPlot(QCustomPlot& plot, const std::vector<FrontierCurve>& curves, double chancePercent, double marginPercent);

} // namespace psnn
