// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// How long the worker tests wait for one of the worker's signals before they fail.
inline constexpr int WaitMs = 30000;
