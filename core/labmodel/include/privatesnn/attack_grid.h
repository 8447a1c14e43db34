// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The leakage step's image grid (images/leakage_grid.png): which rows of the leakage table its
// columns show, in order, and where its cells lie. Core draws it; the GUI cuts it into cells and
// labels them with translated words, so both read the layout from here.

#include <array>

namespace psnn::attack_grid {

/// One column: the leakage row (attack, target) whose first image of each class it shows.
struct Source {
    const char* attack;
    const char* target;
    const char* title; ///< the PNG's own short header
};

/// Every possible column, in order; a column is drawn only when its row exists.
inline constexpr std::array<Source, 8> kSources{{{"reference", "real images", "real"},
                                                 {"attack 1", "ANN", "ANN"},
                                                 {"attack 1", "SNN", "A1 w/o"},
                                                 {"attack 1", "encrypted SNN", "A1 w/"},
                                                 {"attack 2", "SNN", "A2 w/o"},
                                                 {"attack 2", "encrypted SNN", "A2 w/"},
                                                 {"attack 3", "SNN", "A3 w/o"},
                                                 {"attack 3", "encrypted SNN", "A3 w/"}}};

/// Pixels: the title band on top, the class names on the left, the gap after every cell. A grid
/// of c columns and r classes with cells of s pixels is labelWidth + c (s + gap) wide and
/// header + r (s + gap) high.
inline constexpr int kHeader = 28;
inline constexpr int kLabelWidth = 110;
inline constexpr int kGap = 4;

} // namespace psnn::attack_grid
