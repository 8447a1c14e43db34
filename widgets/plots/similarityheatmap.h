// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

class QCPColorMap;
class QCustomPlot;

namespace psnn {

/// K x K similarity between the synthetic images of each pair of classes, as a colour map with a
/// colour scale; row i (top to bottom, like a matrix) and column j are named after the classes.
/// Rows shorter than K leave the missing cells empty. Small matrices also print the value in each
/// cell, because colours alone are hard to read exactly. Returns the colour map.
QCPColorMap* buildSimilarityHeatmap(QCustomPlot& plot, const std::vector<std::vector<double>>& similarity,
                                    const QStringList& classNames);

} // namespace psnn
