// SPDX-License-Identifier: GPL-3.0-or-later
// privatesnn-report: writes the auditor report of a lab folder. `privatesnn run` and `privatesnn
// study` run it as a separate process (report_process.h): the report draws its plots with
// QCustomPlot, a Qt Widgets class that needs a QApplication, and the privatesnn command itself
// stays free of Qt Widgets. Usable by hand too, to write a lab's report again.
//
//   privatesnn-report [--json] LAB OUT     exit 0: written; 1: bad command line; 2: report error
#include "reportwriter.h"

#include <nlohmann/json.hpp>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr int ExitOk = 0, ExitUsage = 1, ExitReportError = 2, ExitInternal = 3;

void printUsage(std::ostream& out)
{
    out << "Usage: privatesnn-report [--json] LAB OUT\n"
           "Writes the report of the lab folder LAB (its results.json, images and plots) into OUT:\n"
           "report.html, report.pdf, report.json, CSV tables and plots. --json prints the files written\n"
           "as JSON on stdout.\n";
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
        printUsage(std::cout);
        return ExitOk;
    }
    if (args.size() == 1 && args[0] == "--version") {
        std::cout << "privatesnn-report " PRIVATESNN_VERSION " (" << psnn::reportLibraryVersions() << ")\n";
        return ExitOk;
    }
    const bool json = !args.empty() && args[0] == "--json";
    if (json)
        args.erase(args.begin());
    if (args.size() != 2 || args[0].empty() || args[1].empty()) {
        printUsage(std::cerr);
        return ExitUsage;
    }
    try {
        const psnn::ReportApplication application; // an offscreen QApplication when there is no display
        const psnn::ReportFiles files = psnn::writeReport(args[0], args[1]);
        if (json)
            std::cout << nlohmann::json{{"html", files.html}, {"pdf", files.pdf},     {"json", files.json},
                                        {"csv", files.csv},   {"plots", files.plots}, {"images", files.images}}
                             .dump()
                      << "\n";
        else
            std::cout << files.html << "\n" << files.pdf << "\n" << files.json << "\n";
    } catch (const psnn::ReportError& e) {
        std::cerr << e.what() << "\n";
        return ExitReportError;
    } catch (const std::exception& e) {
        std::cerr << "internal error: " << e.what() << "\n";
        return ExitInternal;
    }
    return ExitOk;
}
