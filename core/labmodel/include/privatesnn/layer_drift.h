// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace psnn {

/// Cosine similarity and relative L2 distance ||W - W0|| / ||W0|| of one layer's weights to the
/// converted (un-encrypted) weights: 1 and 0 before training. Computed by core (weightDrift),
/// stored in the study's files.
struct LayerDrift {
    std::string path;
    double cosine = 1.0;
    double relativeL2 = 0.0;
};

/// Its form in the study's files (json_fields.h).
template <class F> void describeFields(F& f, LayerDrift& d)
{
    f("layer", d.path);
    f("cosine", d.cosine);
    f("relative_l2", d.relativeL2);
}

} // namespace psnn
