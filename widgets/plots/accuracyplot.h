// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

class QCustomPlot;

namespace psnn {

/// Test accuracy after t = 1 … T time steps (Fig. 4 of the paper): the converted and the
/// encrypted SNN as curves, the ANN as a dashed reference line. Accuracies are fractions in
/// [0, 1] and drawn in percent; an empty vector or an empty optional is left out.
void buildAccuracyPlot(QCustomPlot& plot, const std::vector<double>& convertedPerStep,
                       const std::vector<double>& encryptedPerStep, std::optional<double> ann);

} // namespace psnn
