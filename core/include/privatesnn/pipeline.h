// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/pipeline_config.h"
#include "privatesnn/progress.h"
#include "privatesnn/results.h"
#include "privatesnn/step_status.h"
#include "privatesnn/steps.h"

#include <optional>
#include <string>
#include <vector>

namespace psnn {

/// The pipeline's steps in run order (stepTable()'s). Evaluate and EvaluateEncrypted only measure
/// (they need the evaluation data); the report is written from the lab afterwards (app/report).
std::vector<Step> pipelineSteps();

/// A spiking model to audit (PipelineConfig::snn: a NIR graph or a .psnn) as a run reads it: with
/// config.snnImport's choices and the config's class names (what the GUI's Load page shows).
SpikingModel loadImported(const std::string& file, const PipelineConfig& config);

/// How the pipeline talks to the CLI or the GUI worker.
class PipelineObserver {
public:
    virtual ~PipelineObserver() = default;
    /// A step starts (a pipeline step, or a study's point: the same observers hear both); index is
    /// 0-based among the items that run. Progress and cancellation of that item go through the
    /// returned sink, which must live until stepFinished.
    virtual ProgressSink& stepStarted(const RunItem& item, int index, int count) = 0;
    /// skipped = true: the lab already held this step's result for the same inputs and settings.
    virtual void stepFinished(const RunItem& item, bool skipped, double seconds, const std::string& summary) { }
    /// A line worth telling the user beyond the steps themselves (those come through stepStarted/stepFinished).
    virtual void note(const std::string& line) {}
    /// results.json was rewritten with these results (after each step that ran, on a failed step,
    /// and at the end when the last write was not already the final one).
    virtual void resultsWritten(const LabResults& results) { }
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
    LabResults results;               ///< what results.json holds
    std::vector<Step> ran;            ///< steps computed by this call
    std::vector<Step> skipped;        ///< steps whose lab results were reused
    double seconds = 0;
};

/// Runs every step the config asks for into the lab folder (created when missing), skipping steps
/// whose lab record matches their settings and inputs, resuming encryption from its last epoch
/// checkpoint. After every step lab.json and results.json are rewritten atomically, so an
/// interruption (Error(Cancelled), a crash, kill -9) keeps every finished step. The evaluation data
/// is only given to the measuring steps, never to synthesis, conversion or encryption.
/// lastStep stops after that step, e.g. for a wizard page's "Run"; the
/// results of later steps already in the lab are kept when their inputs did not change.
/// One writer at a time: the lab is locked (LabLock) for the whole run, and a second run into it
/// throws Error(FileUnwritable) naming the holder. rerunFrom recomputes that
/// step and every later one even when the lab holds them. Model paths are stored absolute with
/// their SHA-256; a model missing from its recorded path is looked for by hash in and next to the lab.
PipelineOutcome runPipeline(const PipelineConfig& config, const std::string& labFolder, PipelineObserver& observer,
                            std::optional<Step> lastStep = std::nullopt, std::optional<Step> rerunFrom = std::nullopt);

/// Each step's status in the lab for config, as runPipeline would see it: the step's key planned
/// from config (settings, the hashes of the teacher, judge and evaluation data, and the lab's recorded
/// outputs of the steps it reads) against the key lab.json recorded, and the recorded outputs still
/// on disk with their hashes. A step reading an out-of-date or missing step is out of date too.
/// Only reads: nothing in the lab is written (a missing folder is "nothing run"). File hashes are
/// cached by path, size and modification time, so asking again after a settings change is cheap;
/// the first call with evaluation data loads it (and the teacher) to hash the selected images.
std::vector<StepStatus> labStepStatus(const PipelineConfig& config, const std::string& labFolder);

/// The config a lab last ran with, or nullopt for a new or empty folder (no lab.json, or no config in it).
std::optional<PipelineConfig> storedLabConfig(const std::string& labFolder);

/// What a run with config would recompute of a lab's finished data-free work (synthesis,
/// conversion, encryption and what follows from them) because the teacher or their settings changed.
/// Evaluation data and attack settings are not data-free inputs and do not count.
struct LabChanges {
    std::optional<Step> firstStep;     ///< the earliest step to recompute; nullopt = nothing changes
    std::vector<Step> steps;           ///< finished steps of the lab that would be recomputed
    std::vector<std::string> settings; ///< "conversion.timesteps: 30 -> 50", "teacher: a.pt -> b.pt", ...
    /// True when the lab's own lab.json already disagrees with the records of its finished steps
    /// (edited or damaged): resuming it as it is would recompute them.
    bool labDisagrees = false;
    std::string describe() const;
};
LabChanges dataFreeChanges(const PipelineConfig& config, const std::string& labFolder);

} // namespace psnn
