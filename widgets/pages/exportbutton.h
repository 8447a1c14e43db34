// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace psnn {

/// "Export…" with a menu of formats for a lab's spiking model: NIR (AvgPool2d or SumPool2d), a
/// TorchScript SNN, and the re-converted ANN (attack 1's starting point) as TorchScript. Asks where
/// to save and emits the request; the export itself runs in app/, on the worker.
class ExportButton : public QPushButton
{
    Q_OBJECT
public:
    /// baseName proposes the file names ("snn" → snn.nir, snn.pt, snn-ann.pt).
    explicit ExportButton(const QString& baseName, QWidget* parent = nullptr);

    void setStartDirectory(const QString& directory) { m_startDirectory = directory; }

Q_SIGNALS:
    /// format: "nir", "nir-sumpool", "torchscript" or "reconverted-ann".
    void exportRequested(const QString& format, const QString& path);

private:
    void choose(const QString& format);

    QString m_baseName;
    QString m_startDirectory;
};

} // namespace psnn
