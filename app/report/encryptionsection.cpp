// SPDX-License-Identifier: GPL-3.0-or-later
#include "sections.h"

#include "csvtable.h"
#include "reportcontext.h"
#include "reportformat.h"
#include "reporttext.h"

#include "plots/encryptionlossplot.h"
#include "plots/layercharts.h"

#include <cmath>

namespace psnn {

using namespace Qt::StringLiterals;

namespace {

void writeSettings(ReportContext& context, const EncryptionResults& encryption, std::size_t epochsRun)
{
    const EncryptionSettingsUsed& settings = encryption.settings;
    QString text = ReportText::tr("Spike-based training at T = %1 on %2 synthetic images for %3 of %4 planned epochs "
                                  "(%5); m = %6, τ = %7, learning rate %8, batch size %9.")
                       .arg(formatCount(double(encryption.timesteps)), formatCount(double(encryption.images)),
                            QString::number(epochsRun), formatCount(double(encryption.epochsPlanned)),
                            formatSeconds(encryption.seconds), formatSignificant(settings.m, 3),
                            formatSignificant(settings.tau, 3), formatSignificant(settings.learningRate, 3),
                            formatCount(double(settings.batchSize)));
    // Older labs have no readout: they trained on the raw sum.
    const std::string& readout = settings.readout;
    const auto scale = settings.logitScale;
    if (readout == "matched" && scale)
        text += u' ' + ReportText::tr("Logits of Eq. 6: %1 × the accumulated output membrane (factor fitted to the ANN's "
                                      "logits before training).").arg(formatSignificant(scale, 3));
    else if (readout == "rate" && scale)
        text += u' ' + ReportText::tr("Logits of Eq. 6: %1 × the accumulated output membrane (rate decoding).")
                           .arg(formatSignificant(scale, 3));
    else
        text += u' ' + ReportText::tr("Logits of Eq. 6: the accumulated output membrane as it is.");
    if (encryption.wallSeconds)
        text += u' '
            + ReportText::tr("The whole step took %1 (training, the evaluations around it and saving the model).")
                  .arg(formatSeconds(encryption.wallSeconds));
    if (!settings.dropout)
        text += u' ' + ReportText::tr("The network's dropout layers were off during training (the paper keeps them on).");
    if (encryption.resumedFromEpoch > 0)
        text += u' ' + ReportText::tr("Resumed from the checkpoint of epoch %1.").arg(formatCount(double(encryption.resumedFromEpoch)));
    const auto before = encryption.accuracyBefore;
    if (before)
        text += u' '
            + (importedSnn(context.results())
                   ? ReportText::tr("Accuracy of the imported SNN at this T before encryption: %1.")
                   : ReportText::tr("Accuracy of the converted SNN at this T before encryption: %1."))
                  .arg(formatPercent(before));
    context.html().paragraph(text);
}

void writeEpochs(ReportContext& context, const std::vector<EncryptionEpochRow>& epochs)
{
    HtmlTable table;
    table.header = {ReportText::tr("Epoch"),      ReportText::tr("Learning rate"),  ReportText::tr("Cross-entropy"),
                    ReportText::tr("Distillation"), ReportText::tr("Total loss"),   ReportText::tr("Train accuracy"),
                    ReportText::tr("Eval accuracy"), ReportText::tr("Time")};
    table.numeric = {true, true, true, true, true, true, true, true};
    CsvTable csv({u"epoch"_s, u"lr"_s, u"ce"_s, u"kd"_s, u"loss"_s, u"train_accuracy"_s, u"eval_accuracy"_s,
                  u"seconds"_s});
    std::vector<double> epochNumbers, ce, kd, total;
    for (const EncryptionEpochRow& epoch : epochs) {
        // -1: the epoch was not evaluated (no evaluation data given for it).
        const std::optional<double> evaluated = epoch.evalAccuracy >= 0 ? std::optional<double>(epoch.evalAccuracy) : std::nullopt;
        table.rows << QStringList{formatCount(double(epoch.epoch)), formatSignificant(epoch.lr, 3),
                                  formatDecimal(epoch.ce, 4), formatDecimal(epoch.kd, 4), formatDecimal(epoch.loss, 4),
                                  formatPercent(epoch.trainAccuracy),
                                  evaluated ? formatPercent(evaluated) : ReportText::tr("not evaluated"),
                                  formatSeconds(epoch.seconds)};
        csv.addRow({CsvTable::number(double(epoch.epoch)), CsvTable::number(epoch.lr), CsvTable::number(epoch.ce),
                    CsvTable::number(epoch.kd), CsvTable::number(epoch.loss), CsvTable::number(epoch.trainAccuracy),
                    CsvTable::number(evaluated), CsvTable::number(epoch.seconds)});
        epochNumbers.push_back(double(epoch.epoch));
        ce.push_back(epoch.ce);
        kd.push_back(epoch.kd);
        total.push_back(epoch.loss);
    }
    context.html().subsection(ReportText::tr("Epochs"));
    context.plotFigure(u"encryption_loss"_s, ChartSize,
                       [&](QCustomPlot& plot) { buildEncryptionLossPlot(plot, epochNumbers, ce, kd, total); },
                       ReportText::tr("Encryption losses per epoch: cross-entropy, distillation and their weighted "
                                      "total."));
    context.html().table(table);
    context.writeCsv(u"encryption_epochs.csv"_s, csv);
}

void writeDrift(ReportContext& context, const std::vector<LayerDriftRow>& drift)
{
    context.html().subsection(ReportText::tr("Weight drift"));
    QStringList layers;
    std::vector<double> cosine, relative;
    HtmlTable table;
    table.header = {ReportText::tr("Layer"), ReportText::tr("Cosine similarity"), ReportText::tr("Relative L2 change")};
    table.numeric = {false, true, true};
    CsvTable csv({u"layer"_s, u"cosine"_s, u"relative_l2"_s});
    for (const LayerDriftRow& entry : drift) {
        const QString layer = QString::fromStdString(entry.layer);
        const double cos = entry.cosine;
        const double l2 = entry.relativeL2;
        layers << layer;
        cosine.push_back(cos);
        relative.push_back(l2);
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
    const std::optional<EncryptionResults>& encryption = context.results().encryption;
    HtmlWriter& html = context.html();
    html.section(ReportText::tr("Encryption"), u"encryption"_s);
    context.markSection(u"encryption"_s, encryption.has_value());
    if (!encryption) {
        html.notRun(ReportText::tr("Not run: the SNN has not been encrypted yet."));
        return;
    }
    writeSettings(context, *encryption, encryption->epochs.size());
    if (encryption->epochs.empty())
        html.notRun(ReportText::tr("No finished epoch has been recorded."));
    else
        writeEpochs(context, encryption->epochs);
    if (!encryption->drift.empty())
        writeDrift(context, encryption->drift);
}

} // namespace psnn
