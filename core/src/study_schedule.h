// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a study's jobs one after another or several at a time in one process.
#pragma once

#include "privatesnn/pipeline.h"
#include "privatesnn/study.h"

#include <functional>
#include <optional>
#include <vector>

namespace psnn::study_detail {

/// What one job gave: its result and whether it was kept from the lab (already finished).
struct JobOutcome {
    StudyPointResult result;
    bool kept = false;
};

/// Runs one job: its progress goes to sink, its live images to images.
using JobBody = std::function<JobOutcome(size_t job, ProgressSink& sink, PipelineObserver& images)>;

/// Runs every job through body. workers = 1: on this thread, in order, exactly as a loop would.
/// workers > 1: that many threads, each with threadsPerJob LibTorch intra-op threads (jobs are
/// independent, so two single-threaded jobs use two cores better than one job on two threads), and
/// a job starts only when the job waitFor names (a noise job's encryption twin in the same run) has
/// finished. The observer and the images hear one job at a time, in the order jobs finish, as from a
/// sequential run: a job that finishes while another is shown is reported right after it. Cancelling
/// through the shown job's sink stops every job; the first error (or the cancellation) is rethrown
/// once every thread has stopped.
void runScheduled(size_t jobs, const std::vector<std::optional<size_t>>& waitFor,
                  const std::vector<const StudyPoint*>& points, int workers, int threadsPerJob, StudyObserver& observer,
                  PipelineObserver& images, const JobBody& body);

} // namespace psnn::study_detail
