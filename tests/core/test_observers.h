// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Progress sinks and pipeline observers that several suites use.

#include "privatesnn/pipeline.h"
#include "privatesnn/progress.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace psnn::test {

/// Runs the pipeline without showing anything.
struct QuietObserver : PipelineObserver {
    ProgressSink& stepStarted(const RunItem&, int, int) override { return nullProgress(); }
};

/// Runs quietly and keeps the notes the pipeline tells.
struct NoteRecorder : QuietObserver {
    std::vector<std::string> notes;
    void note(const std::string& line) override { notes.push_back(line); }
};

/// Records every metric point, by series name.
struct SeriesRecorder : ProgressSink {
    std::map<std::string, std::vector<std::pair<double, double>>> series;
    void metric(const std::string& name, double x, double y) override { series[name].push_back({x, y}); }
};

} // namespace psnn::test
