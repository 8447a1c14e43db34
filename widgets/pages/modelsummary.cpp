// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/modelsummary.h"

#include "models/numberformat.h"

namespace psnn {
namespace {

constexpr int ClassesShown = 10;

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

ModelSummary::ModelSummary(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("modelSummary"));
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    clear();
}

void ModelSummary::setSnapshot(const ModelSnapshot& snapshot)
{
    const QString times = QStringLiteral(" × ");
    const QString input = QString::number(snapshot.channels) + times + QString::number(snapshot.height) + times
                          + QString::number(snapshot.width);
    QStringList shown = snapshot.classNames.mid(0, ClassesShown);
    if (snapshot.classNames.size() > ClassesShown)
        shown << QStringLiteral("…");
    const QString classes = shown.isEmpty() ? tr("none recorded")
                                            : tr("%1: %2").arg(QString::number(snapshot.classNames.size()),
                                                                 shown.join(QStringLiteral(", ")));
    const QString accuracy = snapshot.testAccuracy ? formatLocalePercent(*snapshot.testAccuracy) : tr("not recorded");

    setText(QStringLiteral("<table>") + row(tr("Model"), snapshot.name) + row(tr("Source"), snapshot.source)
            + row(tr("Input"), input) + row(tr("Classes"), classes)
            + row(tr("Parameters"), formatLocaleCount(snapshot.parameters))
            + row(tr("MACs per image"), formatLocaleCount(snapshot.macs)) + row(tr("Recorded test accuracy"), accuracy)
            + QStringLiteral("</table>"));
}

void ModelSummary::clear()
{
    setText(tr("No model loaded yet. Open a TorchScript file saved with <i>torch.jit.save</i> (.pt) or a "
               "PrivateSNN archive (.psnn), or try the bundled demo network."));
}

} // namespace psnn
