// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/pipeline_config.h"
#include "privatesnn/progress.h"

#include <string>
#include <vector>

namespace psnn {

/// The pipeline's steps in order. "evaluate" and "evaluate_encrypted" only measure (they need the
/// evaluation data); the report is written from the lab afterwards (app/report).
const std::vector<std::string>& pipelineSteps();
/// A short human title for a step ("Synthesize images", ...).
std::string pipelineStepTitle(const std::string& step);

/// How the pipeline talks to the CLI or the GUI worker.
class PipelineObserver {
public:
    virtual ~PipelineObserver() = default;
    /// A step starts (index is 0-based among the steps that run); progress and cancellation of that
    /// step go through the returned sink, which must live until stepFinished.
    virtual ProgressSink& stepStarted(const std::string& step, int index, int count) = 0;
    /// skipped = true: the lab already held this step's result for the same inputs and settings.
    virtual void stepFinished(const std::string& step, bool skipped, double seconds, const std::string& summary) {}
    /// A line worth telling the user beyond the steps themselves (those come through stepStarted/stepFinished).
    virtual void note(const std::string& line) {}
    /// results.json was rewritten with this text (after each step that ran, on a failed step, and at
    /// the end when the last write was not already the final one).
    virtual void resultsWritten(const std::string& json) {}
    /// A live image, e.g. a finished synthetic image or an attack's current image of a class.
    /// series: "synthesis", "attack 1 on SNN", ...; pixels: channels x height x width in [0, 1],
    /// row-major. Called on the pipeline's thread; keep it cheap (copy and return).
    virtual void image(const std::string& series, int64_t classIndex, int channels, int height, int width,
                       const std::vector<float>& pixels)
    {
    }
};

struct PipelineOutcome {
    std::string lab;                  ///< the lab folder
    std::string resultsJson;          ///< what results.json holds
    std::vector<std::string> ran;     ///< steps computed by this call
    std::vector<std::string> skipped; ///< steps whose lab results were reused
    double seconds = 0;
};

/// Runs every step the config asks for into the lab folder (created when missing), skipping steps
/// whose lab record matches their settings and inputs, resuming encryption from its last epoch
/// checkpoint. After every step lab.json and results.json are rewritten atomically, so an
/// interruption (Error(Cancelled), a crash, kill -9) keeps every finished step. The evaluation data
/// is only given to the measuring steps, never to synthesis, conversion or encryption.
/// lastStep (one of pipelineSteps()) stops after that step, e.g. for a wizard page's "Run"; the
/// results of later steps already in the lab are kept when their inputs did not change.
PipelineOutcome runPipeline(const PipelineConfig& config, const std::string& labFolder, PipelineObserver& observer,
                            const std::string& lastStep = {});

} // namespace psnn
