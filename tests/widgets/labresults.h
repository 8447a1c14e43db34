// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/results.h"

#include <memory>

namespace psnn::test {

/// A lab's results from a hand-written fixture of some of its sections (read as the current
/// version; every lab's results name their model, so an empty one stands in when none is given).
inline std::shared_ptr<const LabResults> labResults(const char* sections)
{
    nlohmann::json j = nlohmann::json::parse(sections);
    j["schema"] = kResultsSchema;
    j["version"] = kResultsVersion;
    if (!j.contains("model"))
        j["model"] = nlohmann::json::object();
    return std::make_shared<const LabResults>(labResultsFromJson(j));
}

} // namespace psnn::test
