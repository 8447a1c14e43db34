// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plots/rocplot.h"

#include "privatesnn/membership_results.h"

#include <QString>

#include <vector>

namespace psnn {

/// A membership verdict for people, translated: the GUI's and the report's one text for it.
QString translatedMembershipVerdict(MembershipVerdict verdict);

/// A readout the audit attacks ("logits", "membrane", "spike counts"), translated; another as it is.
QString membershipReadoutTitle(const std::string& readout);
/// A membership attack ("loss"; LiRA and RMIA are names), translated; another as it is.
QString membershipAttackTitle(const std::string& attack);

/// The ROCs of an audit's deployed readouts (the ANN's logits, each SNN's summed output membrane),
/// one per target and attack: the target picks the colour, the attack the line style.
std::vector<RocSeries> membershipRocCurves(const MembershipResults& audit);

} // namespace psnn
