// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privatesnn/data_spec.h"

#include "privatesnn/encryption.h"
#include "privatesnn/leakage_metrics.h"
#include "privatesnn/snn.h"
#include "privatesnn/synthesis.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace psnn {

/// How a run reads an imported spiking model (PipelineConfig::snn): what a NIR graph does not state
/// (privatesnn/nir_import.h). Empty or 0: the graph's metadata, else the importer's default.
struct SnnImportSettings {
    std::string reset;   ///< "", "subtract", "v_reset" or "zero"
    std::string coding;  ///< "", "direct" or "poisson"
    std::string readout; ///< "", "membrane" or "spikes"
    double dt = 0;
    int timesteps = 0;
};

/// Everything the pipeline load -> synthesize -> convert -> encrypt -> attack needs. The nested
/// configs keep their own defaults (the paper's, see each header); a profile only changes sizes.
struct PipelineConfig {
    std::string profile = "demo";          ///< "demo", "paper" or "custom" (after overrides)
    std::string teacher;                   ///< model file; empty = the bundled teacher
    /// A spiking model to audit instead of converting the teacher (a NIR graph or a .psnn), with
    /// how to read it. Its ReLU re-conversion then stands in for the teacher: synthesis runs on it,
    /// the convert step imports the model, encryption distils from the model's own outputs.
    std::string snn;
    SnnImportSettings snnImport;
    std::string judge;                     ///< independent classifier; empty = the bundled judge, "none" = no judge
    /// A second independent classifier (another shape, trained on other data) that decides the
    /// leakage verdicts with the judge: leaks when either says so, protected only when both do.
    /// Empty = the bundled models/judge2.psnn beside the bundled judge (none for a user's judge),
    /// "none" = the verdicts rest on one judge.
    std::string secondJudge;
    /// Names of the teacher's classes, replacing the ones it carries; empty = keep them.
    std::vector<std::string> classNames;
    /// Measurement only (accuracy, leakage reference): never given to synthesis, conversion or
    /// encryption. Empty = no evaluation (then no accuracies and no leakage scores).
    std::string evalData = "fashion-mnist:test";
    int64_t evalImages = 1000;             ///< seeded random subset for accuracies; 0 = all
    /// An image folder's images of another size / colour than the teacher's input are refused
    /// unless these allow resizing / converting them (the report then says so).
    bool evalResize = false;
    bool evalGrayscale = false;
    /// The evaluation data's labels are matched to the teacher's classes by name unless these say
    /// otherwise (see mapLabelsToModel).
    bool evalLabelsAsIs = false;
    std::string evalClassMap;
    int evalBatchSize = 100;
    SynthesisConfig synthesis;
    int64_t conversionImages = 0;          ///< synthetic images used for balancing; 0 = all
    ConversionSettings conversion;
    bool runEncryption = true;
    /// checkpointPath and resume are managed by the pipeline (the lab's encrypt.ckpt).
    EncryptionConfig encryption;
    int64_t encryptionEvalImages = 0;      ///< > 0: accuracy after every epoch on this many eval images
    bool runAttacks = true;
    LeakageStudyConfig leakage;
    /// Verdicts use the (1 - alpha) Clopper-Pearson interval of the judge accuracy (95 % by default).
    double verdictAlpha = 0.05;
    /// The privacy-utility study's second judge ("study.second_judge"); empty = secondJudge above.
    std::string studySecondJudge;
    /// The study's transfer control: the L-inf radius of its adversarial examples as a fraction of
    /// the pixel range ("study.transfer_epsilon"; 0.1, the usual Fashion-MNIST budget).
    double transferEpsilon = 0.1;
    /// How many times each trained or noised study point is built ("study.defence_seeds").
    int defenceSeeds = 3;
    uint64_t seed = 0;                     ///< written into every nested config by applySeed()
};

/// Sized to finish well within ten minutes on 2 idle cores (README command 1): 50 synthetic images
/// per class, T = 30 for conversion, encryption (the paper's 20 epochs) and attacks, 1000
/// evaluation images.
PipelineConfig demoProfile();
/// The paper's sizes (§5.1): T = 100, 1000 synthetic images per class, 20 encryption epochs at
/// batch 64, all test images. Hours on a desktop CPU.
PipelineConfig paperProfile();
/// "demo" or "paper"; throws Error(InvalidArgument) naming the choices otherwise.
PipelineConfig profileByName(const std::string& name);

/// Sets config.seed into every nested config (synthesis, conversion, encryption, attacks).
void applySeed(PipelineConfig& config);

/// Every setting of the config as a JSON object (what lab.json and results.json record).
nlohmann::json pipelineSettings(const PipelineConfig& config);
/// base with the settings present in `settings` (pipelineSettings' form, or part of it) over it:
/// absent keys keep base. Unknown keys are refused with their name, so typos do not pass silently;
/// a value of the wrong type or range is refused naming the setting (Error).
PipelineConfig withSettings(const PipelineConfig& base, const nlohmann::json& settings);
/// The same as text, for files (a --config file, --print-config): pretty-printed pipelineSettings,
/// and withSettings of parsed text (which names a syntax error).
std::string pipelineConfigText(const PipelineConfig& config);
PipelineConfig pipelineConfigFromText(const std::string& text, const PipelineConfig& base);

/// Checks every setting against its allowed range before the first step runs; throws
/// Error(InvalidArgument) naming the key, its value and the range.
void validatePipelineConfig(const PipelineConfig& config);

/// One step's settings, as their section of pipelineSettings (used for the step keys).
nlohmann::json synthesisConfigJson(const SynthesisConfig& c);
nlohmann::json conversionConfigJson(const ConversionSettings& c, int64_t images);
nlohmann::json encryptionConfigJson(const EncryptionConfig& c, int64_t evalImages);
nlohmann::json leakageConfigJson(const LeakageStudyConfig& c);

/// How the pipeline reads its evaluation data (resizing, colours, labels), as loadDataSpec takes it.
DataConversion evalDataConversion(const PipelineConfig& config);

} // namespace psnn
