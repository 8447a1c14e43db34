// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What writing a report gives back, in or out of process: free of Qt and of the report library, so
// the privatesnn command can use it without linking either (app/cli/report_process.h).

#include <stdexcept>
#include <string>
#include <vector>

namespace psnn {

/// A report could not be written. what() is an English sentence that names the file or folder
/// at fault and why, e.g. "/lab/results.json does not exist".
class ReportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// What writeReport() wrote; every path is absolute.
struct ReportFiles {
    std::string html;                ///< report.html (references plots/ and images/ relative to itself)
    std::string pdf;                 ///< report.pdf, A4
    std::string json;                ///< report.json: normalised results plus verdicts
    std::vector<std::string> csv;    ///< one CSV per section that has data
    std::vector<std::string> plots;  ///< plots/*.png and plots/*.svg
    std::vector<std::string> images; ///< lab images copied (and enlarged crisply) into outDir/images
};

} // namespace psnn
