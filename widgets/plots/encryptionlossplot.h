// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

class QCustomPlot;

namespace psnn {

/// Encryption losses per epoch: cross-entropy on the soft labels, the distillation term and the
/// weighted total that was minimised. All vectors are matched to `epochs` by index.
void buildEncryptionLossPlot(QCustomPlot& plot, const std::vector<double>& epochs, const std::vector<double>& ce,
                             const std::vector<double>& kd, const std::vector<double>& total);

} // namespace psnn
