// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plots/plotstyle.h"

#include <QString>

#include <cstdint>
#include <vector>

class QCustomPlot;

namespace psnn {

/// One membership-inference ROC: true-positive against false-positive rate, fractions in [0, 1].
struct RocSeries {
    QString name;
    Series series = Series::Extra;      ///< the target's colour (ANN, converted, encrypted)
    Qt::PenStyle style = Qt::SolidLine; ///< tells the attacks on one target apart
    std::vector<double> fpr, tpr;
};

/// ROCs on log-log axes, as membership audits are read (the low-FPR corner is what matters), with
/// the chance diagonal. Rates of 0 cannot sit on a log axis: they are drawn at half the smallest
/// rate the audit can resolve (one record of `members` or `nonMembers`), where the axes start.
/// Safe to call again on the same plot as curves arrive.
void buildRocPlot(QCustomPlot& plot, const std::vector<RocSeries>& curves, int64_t members, int64_t nonMembers);

} // namespace psnn
