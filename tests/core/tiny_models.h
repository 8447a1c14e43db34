// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/dataset.h"
#include "privatesnn/network.h"

#include <cstdint>

namespace psnn::test {

/// Three classes a tiny network separates: a bright band at the top, middle or bottom of an 8 x 8
/// image, with seeded noise. Labels cycle 0, 1, 2.
Dataset bands(int64_t n, uint64_t seed);

/// A small VGG (convs 4-A-6-A, FC 12, 3 classes, dropout) trained for a few hundred milliseconds on
/// bands(60, 1), so it is a meaningful teacher for conversion, encryption and attacks.
Network trainedBandsTeacher();

} // namespace psnn::test
