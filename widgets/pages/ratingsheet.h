// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace psnn {

/// A printable blind rating sheet for a class without computers: perGroup of the lab's attack images
/// of each attack on each model at each point (a blind sample as a rating session draws it; 0 for
/// every image) in a blind order recorded for `sheetId` (LAB/ratings/SHEET-ID.order.json), numbered, each with an
/// answer box, and the classes with their numbers on every page. Nothing on it names an image's
/// target, point or attack. The filled sheet comes back typed up as "number,answer"
/// (privatesnn ratings --import-sheet, or "Import a filled sheet…"). Returns an error in words, or
/// an empty string when the PDF is written.
QString writeRatingSheet(const QString& labFolder, const QString& sheetId, const QString& pdfPath, int perGroup);

} // namespace psnn
