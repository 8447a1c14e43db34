// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/exportbutton.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>

namespace psnn {

ExportButton::ExportButton(const QString& baseName, QWidget* parent)
    : QPushButton(tr("Export…"), parent)
    , m_baseName(baseName)
{
    setObjectName(QStringLiteral("exportButton"));
    setToolTip(tr("Save this spiking model for other tools: NIR for snnTorch, Norse, Sinabs, Lava and neuromorphic "
                  "chips, TorchScript for PyTorch"));
    auto* menu = new QMenu(this);
    auto add = [this, menu](const QString& text, const QString& format) {
        QAction* action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, format] { choose(format); });
    };
    add(tr("NIR graph (AvgPool2d; snnTorch)…"), QStringLiteral("nir"));
    add(tr("NIR graph (SumPool2d; Sinabs, Norse, Lava, SpiNNaker2)…"), QStringLiteral("nir-sumpool"));
    add(tr("TorchScript spiking network…"), QStringLiteral("torchscript"));
    add(tr("TorchScript re-converted ANN (attack 1's starting point)…"), QStringLiteral("reconverted-ann"));
    setMenu(menu);
}

void ExportButton::choose(const QString& format)
{
    const bool nir = format.startsWith(QLatin1String("nir"));
    const QString name = m_baseName + (format == QLatin1String("reconverted-ann") ? QStringLiteral("-ann.pt")
                                       : nir                                      ? QStringLiteral(".nir")
                                                                                  : QStringLiteral(".pt"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the spiking model"), QDir(m_startDirectory).filePath(name),
                                                      nir ? tr("NIR graphs (*.nir)") : tr("TorchScript modules (*.pt)"));
    if (!path.isEmpty())
        Q_EMIT exportRequested(format, path);
}

} // namespace psnn
