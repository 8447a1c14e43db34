// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/results_steps.h"

#include <optional>

namespace psnn {

/// The two ends of the study's 0-1 distance scale as a lab's attack step measured them in KID.
struct KidScale {
    double real = 0;  ///< held-out real images: 0
    double noise = 0; ///< the attacks' starting noise: 1
};

/// KidScale from the reference rows ("real images", "initial noise"); empty when either is missing
/// or the two coincide. The GUI's Attack page and the report both scale KID with it.
inline std::optional<KidScale> kidScaleOf(const LeakageResults& leakage)
{
    std::optional<double> real, noise;
    for (const LeakageRowResult& row : leakage.rows) {
        if (row.attack == "reference" && row.target == "real images")
            real = row.kid;
        else if (row.attack == "reference" && row.target == "initial noise")
            noise = row.kid;
    }
    if (!real || !noise || *real == *noise)
        return std::nullopt;
    return KidScale{*real, *noise};
}

} // namespace psnn
