// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/membershipcurves.h"

#include <QCoreApplication>

namespace psnn {

namespace {

class MembershipText {
    Q_DECLARE_TR_FUNCTIONS(MembershipText)
};

Series seriesOf(const std::string& target)
{
    return target == "ANN" ? Series::Ann : target == "SNN" ? Series::Converted : Series::Encrypted;
}

Qt::PenStyle styleOf(const std::string& attack)
{
    return attack == "RMIA" ? Qt::SolidLine : attack == "LiRA" ? Qt::DashLine : Qt::DotLine;
}

} // namespace

QString translatedMembershipVerdict(MembershipVerdict verdict)
{
    return verdict == MembershipVerdict::Leaks ? MembershipText::tr("leaks")
                                               : MembershipText::tr("no evidence of leakage at this attacker budget");
}

QString membershipReadoutTitle(const std::string& readout)
{
    if (readout == "logits")
        return MembershipText::tr("logits");
    if (readout == "membrane")
        return MembershipText::tr("membrane");
    if (readout == "spike counts")
        return MembershipText::tr("spike counts");
    return QString::fromStdString(readout);
}

QString membershipAttackTitle(const std::string& attack)
{
    if (attack == "loss")
        return MembershipText::tr("loss");
    return QString::fromStdString(attack);
}

std::vector<RocSeries> membershipRocCurves(const MembershipResults& audit)
{
    std::vector<RocSeries> curves;
    for (const MembershipRow& row : audit.rows)
        if (row.readout == "logits" || row.readout == "membrane")
            curves.push_back({QString::fromStdString(row.target + ", " + row.attack), seriesOf(row.target),
                              styleOf(row.attack), row.rocFpr, row.rocTpr});
    return curves;
}

} // namespace psnn
