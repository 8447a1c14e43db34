// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plots/plotstyle.h"

#include <QString>
#include <QVector>

#include <vector>

class QCPBars;

namespace psnn {

/// One bar per category for one network. A NaN value leaves that bar out (e.g. a layer the
/// encrypted network has no measurement for), instead of drawing a misleading zero.
struct BarSeries {
    QString name;
    Series series = Series::Extra;
    std::vector<double> values;
};

/// Side-by-side bars for each category on the plot's x axis (categories at 1, 2, … n). Series with
/// no values are skipped. Returns the bars in the order of `series` that were added.
QVector<QCPBars*> addGroupedBars(QCustomPlot& plot, const QStringList& categories,
                                 const std::vector<BarSeries>& series);

} // namespace psnn
