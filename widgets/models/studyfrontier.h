// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plots/frontierplot.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace psnn {

/// A defence's name for people ("encryption" -> "Encryption (STBP + KD)", ...), translated.
QString defenceTitle(const QString& defence);
/// A study verdict for people from its key and the images needed, translated.
QString studyVerdictText(const QString& key, double imagesNeeded);

/// The frontier's curves from study.json (or the worker's live summary of the same shape): one
/// per defence in the order they first appear, the undefended point leading every curve.
std::vector<FrontierCurve> frontierCurves(const QJsonObject& study);

/// The strongest attack's entry of a study point (its "strongest" names it), or an empty object.
QJsonObject strongestAttack(const QJsonObject& point);

} // namespace psnn
