// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "models/jsonvalues.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "plots/encryptionlossplot.h"
#include "plots/layercharts.h"

#include <cmath>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

double orNan(std::optional<double> value)
{
    return value.value_or(std::nan(""));
}

void writeSettings(ReportContext& context, const QJsonObject& encryption, std::size_t epochsRun)
{
    const QJsonObject settings = json::object(encryption, "settings"_L1);
    QString text = ReportText::tr("Spike-based training at T = %1 on %2 synthetic images for %3 of %4 planned epochs "
                                  "(%5); m = %6, τ = %7, learning rate %8, batch size %9.")
                       .arg(formatCount(json::number(encryption, "timesteps"_L1)),
                            formatCount(json::number(encryption, "images"_L1)),
                            QString::number(epochsRun),
                            formatCount(json::number(encryption, "epochs_planned"_L1)),
                            formatSeconds(json::number(encryption, "seconds"_L1)),
                            formatSignificant(json::number(settings, "m"_L1), 3),
                            formatSignificant(json::number(settings, "tau"_L1), 3),
                            formatSignificant(json::number(settings, "learning_rate"_L1), 3),
                            formatCount(json::number(settings, "batch_size"_L1)));
    // Older labs have no readout: they trained on the raw sum.
    const QString readout = json::text(settings, "readout"_L1);
    const auto scale = json::number(settings, "logit_scale"_L1);
    if (readout == "matched"_L1 && scale)
        text += u' ' + ReportText::tr("Logits of Eq. 6: %1 × the accumulated output membrane (factor fitted to the ANN's "
                                      "logits before training).").arg(formatSignificant(scale, 3));
    else if (readout == "rate"_L1 && scale)
        text += u' ' + ReportText::tr("Logits of Eq. 6: %1 × the accumulated output membrane (rate decoding).")
                           .arg(formatSignificant(scale, 3));
    else
        text += u' ' + ReportText::tr("Logits of Eq. 6: the accumulated output membrane as it is.");
    // Older labs have no dropout entry: they trained with it on.
    if (json::boolean(settings, "dropout"_L1) == false)
        text += u' ' + ReportText::tr("The network's dropout layers were off during training (the paper keeps them on).");
    const auto resumed = json::number(encryption, "resumed_from_epoch"_L1);
    if (resumed && *resumed > 0)
        text += u' ' + ReportText::tr("Resumed from the checkpoint of epoch %1.").arg(formatCount(resumed));
    const auto before = json::number(encryption, "accuracy_before"_L1);
    if (before)
        text += u' ' + ReportText::tr("Accuracy of the converted SNN at this T before encryption: %1.")
                           .arg(formatPercent(before));
    context.html().paragraph(text);
}

void writeEpochs(ReportContext& context, const std::vector<QJsonObject>& epochs)
{
    HtmlTable table;
    table.header = {ReportText::tr("Epoch"),      ReportText::tr("Learning rate"),  ReportText::tr("Cross-entropy"),
                    ReportText::tr("Distillation"), ReportText::tr("Total loss"),   ReportText::tr("Train accuracy"),
                    ReportText::tr("Eval accuracy"), ReportText::tr("Time")};
    table.numeric = {true, true, true, true, true, true, true, true};
    CsvTable csv({u"epoch"_s, u"lr"_s, u"ce"_s, u"kd"_s, u"loss"_s, u"train_accuracy"_s, u"eval_accuracy"_s,
                  u"seconds"_s});
    std::vector<double> epochNumbers, ce, kd, total;
    for (const QJsonObject& epoch : epochs) {
        const auto number = json::number(epoch, "epoch"_L1);
        table.rows << QStringList{formatCount(number),
                                  formatSignificant(json::number(epoch, "lr"_L1), 3),
                                  formatDecimal(json::number(epoch, "ce"_L1), 4),
                                  formatDecimal(json::number(epoch, "kd"_L1), 4),
                                  formatDecimal(json::number(epoch, "loss"_L1), 4),
                                  formatPercent(json::number(epoch, "train_accuracy"_L1)),
                                  formatPercent(json::number(epoch, "eval_accuracy"_L1)),
                                  formatSeconds(json::number(epoch, "seconds"_L1))};
        QStringList row;
        for (const auto key : {"epoch"_L1, "lr"_L1, "ce"_L1, "kd"_L1, "loss"_L1, "train_accuracy"_L1,
                               "eval_accuracy"_L1, "seconds"_L1})
            row << CsvTable::number(json::number(epoch, key));
        csv.addRow(row);
        epochNumbers.push_back(orNan(number));
        ce.push_back(orNan(json::number(epoch, "ce"_L1)));
        kd.push_back(orNan(json::number(epoch, "kd"_L1)));
        total.push_back(orNan(json::number(epoch, "loss"_L1)));
    }
    context.html().subsection(ReportText::tr("Epochs"));
    context.plotFigure(u"encryption_loss"_s, ChartSize,
                       [&](QCustomPlot& plot) { buildEncryptionLossPlot(plot, epochNumbers, ce, kd, total); },
                       ReportText::tr("Encryption losses per epoch: cross-entropy, distillation and their weighted "
                                      "total."));
    context.html().table(table);
    context.writeCsv(u"encryption_epochs.csv"_s, csv);
}

void writeDrift(ReportContext& context, const std::vector<QJsonObject>& drift)
{
    context.html().subsection(ReportText::tr("Weight drift"));
    QStringList layers;
    std::vector<double> cosine, relative;
    HtmlTable table;
    table.header = {ReportText::tr("Layer"), ReportText::tr("Cosine similarity"), ReportText::tr("Relative L2 change")};
    table.numeric = {false, true, true};
    CsvTable csv({u"layer"_s, u"cosine"_s, u"relative_l2"_s});
    for (const QJsonObject& entry : drift) {
        const QString layer = json::text(entry, "layer"_L1);
        const auto cos = json::number(entry, "cosine"_L1);
        const auto l2 = json::number(entry, "relative_l2"_L1);
        layers << layer;
        cosine.push_back(orNan(cos));
        relative.push_back(orNan(l2));
        table.rows << QStringList{layer, formatDecimal(cos, 4), formatPercent(l2)};
        csv.addRow({layer, CsvTable::number(cos), CsvTable::number(l2)});
    }
    context.plotFigure(u"weight_drift"_s, ChartSize,
                       [&](QCustomPlot& plot) { buildDriftPlot(plot, layers, cosine, relative); },
                       ReportText::tr("How far encryption moved each layer's weights from the converted SNN."));
    context.html().table(table);
    context.writeCsv(u"drift.csv"_s, csv);
}

} // namespace

void writeEncryptionSection(ReportContext& context)
{
    const QJsonObject encryption = context.resultsSection("encryption"_L1);
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Encryption"), u"encryption"_s);
    context.markSection(u"encryption"_s, !encryption.isEmpty());
    if (encryption.isEmpty()) {
        html.notRun(ReportText::tr("Not run: the SNN has not been encrypted yet."));
        return;
    }
    const std::vector<QJsonObject> epochs = json::objects(json::array(encryption, "epochs"_L1));
    writeSettings(context, encryption, epochs.size());
    if (epochs.empty())
        html.notRun(ReportText::tr("No finished epoch has been recorded."));
    else
        writeEpochs(context, epochs);
    const std::vector<QJsonObject> drift = json::objects(json::array(encryption, "drift"_L1));
    if (!drift.empty())
        writeDrift(context, drift);
}

} // namespace psnn
