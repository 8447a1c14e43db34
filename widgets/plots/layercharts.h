// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

class QCustomPlot;

namespace psnn {

// Per-layer charts: one category per weight layer on the x axis. Values are matched to `layers`
// by index; NaN marks a layer without a measurement. Each builder starts by resetting the plot.

/// Firing threshold of each layer after conversion.
void buildThresholdPlot(QCustomPlot& plot, const QStringList& layers, const std::vector<double>& thresholds);

/// Spikes per neuron per time step of the converted and the encrypted SNN (Fig. 7 of the paper).
/// Rates span decades between the first and the last layers, so the y axis is logarithmic;
/// zero rates cannot be drawn on it and are left out. Either vector may be empty.
void buildSpikeRatePlot(QCustomPlot& plot, const QStringList& layers, const std::vector<double>& converted,
                        const std::vector<double>& encrypted);

/// Energy per image of each layer in picojoules, drawn in microjoules: the ANN next to the
/// converted and the encrypted SNN. Any vector may be empty.
void buildEnergyPlot(QCustomPlot& plot, const QStringList& layers, const std::vector<double>& annPj,
                     const std::vector<double>& convertedPj, const std::vector<double>& encryptedPj);

/// How far encryption moved each layer's weights: cosine similarity to the converted weights on
/// the left axis (1 = unchanged direction) and the relative L2 change on the right axis. Lines,
/// not bars, because cosines sit just below 1 and bars from 0 would all look the same.
void buildDriftPlot(QCustomPlot& plot, const QStringList& layers, const std::vector<double>& cosine,
                    const std::vector<double>& relativeL2);

} // namespace psnn
