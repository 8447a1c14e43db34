// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline profiles and the config's JSON form. Each nested config is described once by a "bind"
// function listing its fields; the same list writes JSON and reads it back, so the two cannot drift.
#include "privatesnn/pipeline_config.h"

#include "privatesnn/error.h"
#include "privatesnn/settings_catalogue.h"
#include "privatesnn/snn_archive.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <set>
#include <type_traits>

namespace psnn {

PipelineConfig demoProfile()
{
    PipelineConfig c;
    c.profile = "demo";
    // Measured on 2 idle cores (2026-12-07): 135 s in all (synthesis of 500 images 32 s, 20
    // encryption epochs 56 s, attacks with both judges 37 s). A busy machine is several times
    // slower: LibTorch's threads wait on each other when they do not get a core each.
    c.synthesis.perClass = 50;
    c.conversion.timesteps = 30; // low T: where the threshold scale matters and encryption can help
    c.encryption.timesteps = 0;  // = the converted model's T; 20 epochs as in the paper (§5.1)
    c.evalImages = 1000;
    c.leakage.attack1.restarts = 10; // 10 classes x 10 restarts: an interval narrow enough to decide
    c.leakage.attack2.restarts = 10;
    c.leakage.attack2.iterations = 30; // each iteration is a BPTT over T steps
    c.leakage.attack3.restarts = 10;
    applySeed(c);
    return c;
}

PipelineConfig paperProfile()
{
    PipelineConfig c;
    c.profile = "paper";
    c.synthesis.perClass = 1000; // the reference README's --num_synimage
    c.conversion.timesteps = 100; // §5.2 (CIFAR-10 / Fashion-MNIST setting)
    c.encryption.batchSize = 64;
    c.evalImages = 0;
    c.leakage.attack1.restarts = 10;
    c.leakage.attack2.restarts = 10;
    c.leakage.attack3.restarts = 10;
    applySeed(c);
    return c;
}

DataConversion evalDataConversion(const PipelineConfig& c)
{
    return DataConversion{c.evalResize, c.evalGrayscale, LabelMapping{c.evalLabelsAsIs, c.evalClassMap}};
}

PipelineConfig profileByName(const std::string& name)
{
    if (name == "demo")
        return demoProfile();
    if (name == "paper")
        return paperProfile();
    throw Error(ErrorCode::InvalidArgument, "Unknown profile '" + name + "'.",
                "Choose 'demo' (about 3 minutes on 2 idle cores) or 'paper' (the paper's sizes).");
}

void applySeed(PipelineConfig& c)
{
    c.synthesis.seed = c.seed;
    c.conversion.seed = c.seed;
    c.encryption.seed = c.seed;
    c.leakage.seed = c.seed;
    c.leakage.attack1.seed = c.seed;
    c.leakage.attack2.seed = c.seed;
    c.leakage.attack3.seed = c.seed;
}

namespace {

using nlohmann::json;

/// Writes fields into an object.
struct Writer {
    json& out;
    template <class T>
    void operator()(const char* key, T& value) { out[key] = value; }
    void retired(const char*) {}
};

/// Reads the fields present in an object, remembering which keys were used.
struct Reader {
    const json& in;
    std::set<std::string>& used;
    std::string where;
    /// A setting older labs and config files may hold that no longer changes anything: accepted, not
    /// kept. (encryption.recompute_chunk: gradient checkpointing, which the bit-packed BPTT made moot.)
    void retired(const char* key) { used.insert(key); }
    /// What the catalogue allows for the key (its range, in the words the CLI and GUI use), else fallback.
    std::string allowed(const char* key, const std::string& fallback) const
    {
        const Setting* s = findSetting(where + key);
        return s ? describeAllowed(*s) : fallback;
    }
    template <class T>
    void operator()(const char* key, T& value)
    {
        used.insert(key);
        if (!in.contains(key))
            return;
        try {
            if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
                // get<int> would truncate 1e12 or 2.5 into some other number without a word.
                const json& v = in.at(key);
                const double d = v.is_number() ? v.get<double>() : std::nan("");
                const double low = double(std::numeric_limits<T>::min()), high = double(std::numeric_limits<T>::max());
                // A fraction-typed whole number only where a double holds it exactly: 2^64 read as a
                // double passed the range check and became seed 0.
                const bool exact = v.is_number_integer() || std::fabs(d) < 9007199254740992.0;
                if (!v.is_number() || !exact || d != std::floor(d) || d < low || d > high)
                    throw Error(ErrorCode::InvalidArgument,
                                "The setting '" + where + key + "' is " + v.dump() + "; it must be "
                                    + allowed(key,
                                              "a whole number from " + std::to_string(std::numeric_limits<T>::min())
                                                  + " to " + std::to_string(std::numeric_limits<T>::max()))
                                    + ".",
                                "Compare with the lab's lab.json or `privatesnn run --print-config`.");
                value = v.is_number_integer() ? v.get<T>() : T(d);
                return;
            }
            value = in.at(key).get<T>();
        } catch (const json::exception&) {
            throw Error(ErrorCode::BadFormat,
                        "The setting '" + where + key + "' is " + in.at(key).dump() + ", of the wrong type; it must be "
                            + allowed(key, "of the type `privatesnn run --print-config` shows") + ".",
                        "Compare with the lab's lab.json or `privatesnn run --print-config`.");
        }
    }
};

template <class Bind, class Config>
json toJsonWith(Bind bind, Config c)
{
    json j = json::object();
    Writer w{j};
    bind(w, c);
    return j;
}

void refuseUnknown(const json& in, const std::set<std::string>& used, const std::string& where)
{
    for (auto it = in.begin(); it != in.end(); ++it)
        if (!used.count(it.key()))
            throw Error(ErrorCode::BadFormat, "Unknown setting '" + where + it.key() + "'.",
                        "Check the spelling; `privatesnn run --print-config` lists every setting.");
}

template <class Bind, class Config>
void fromJsonWith(Bind bind, const json& in, Config& c, const std::string& where)
{
    if (!in.is_object())
        throw Error(ErrorCode::BadFormat,
                    "The setting '" + where.substr(0, where.size() - 1) + "' is " + in.dump()
                        + "; it must be a section (a JSON object).",
                    "Compare with `privatesnn run --print-config`.");
    std::set<std::string> used;
    Reader r{in, used, where};
    bind(r, c);
    refuseUnknown(in, used, where);
}

// Enums travel as names: bind functions convert them to a string before the field list and back after it.

template <class F>
void bindSurrogate(F& f, SurrogateGradient& s, const char* prefix)
{
    const std::string p = prefix;
    f((p + "enabled").c_str(), s.enabled);
    f((p + "scale").c_str(), s.scale);
    f((p + "per_threshold").c_str(), s.perThreshold);
}

template <class F>
void bindSynthesis(F& f, SynthesisConfig& c)
{
    f("per_class", c.perClass); f("steps", c.steps); f("batch_size", c.batchSize); f("learning_rate", c.learningRate);
    f("temperature", c.temperature); f("beta", c.beta); f("floor", c.floor);
    f("accumulate_gradients", c.accumulateGradients); f("clamp_each_step", c.clampEachStep);
    f("total_variation", c.totalVariation); f("l2", c.l2); f("jitter", c.jitter); f("seed", c.seed);
}

struct ConversionFields {
    ConversionSettings s;
    int64_t images = 0;
};

template <class F>
void bindConversion(F& f, ConversionFields& c)
{
    std::string mode = thresholdModeName(c.s.mode), coding = codingName(c.s.coding);
    f("images", c.images); f("statistic", mode); f("percentile", c.s.percentile); f("channel_wise", c.s.channelWise);
    f("scale", c.s.scale); f("timesteps", c.s.timesteps); f("leak", c.s.leak); f("coding", coding);
    f("batch_size", c.s.batchSize); f("seed", c.s.seed);
    c.s.mode = thresholdModeFromName(mode);
    c.s.coding = codingFromName(coding);
}

struct EncryptionFields {
    EncryptionConfig e;
    int64_t evalImages = 0;
};

template <class F>
void bindEncryption(F& f, EncryptionFields& c)
{
    EncryptionConfig& e = c.e;
    std::string target = ceTargetName(e.ceTarget);
    std::string readout = readoutName(e.readout);
    f("epochs", e.epochs); f("batch_size", e.batchSize); f("learning_rate", e.learningRate);
    f("weight_decay", e.weightDecay); f("amsgrad", e.amsgrad); f("m", e.distillWeight); f("tau", e.temperature);
    f("ce_target", target); f("readout", readout);
    bindSurrogate(f, e.surrogate, "surrogate_");
    f("timesteps", e.timesteps); f("dropout", e.dropout); f("flip", e.horizontalFlip); f("max_shift", e.maxShift);
    f("label_smoothing", e.labelSmoothing);
    f.retired("recompute_chunk"); f("seed", e.seed); f("eval_batch_size", e.evalBatchSize);
    f("memory_budget_bytes", e.memoryBudgetBytes); f("eval_images", c.evalImages);
    if (!ceTargetFromName(target, e.ceTarget))
        throw Error(ErrorCode::BadFormat, "The setting 'encryption.ce_target' must be \"hard\" or \"soft\", not \"" + target + "\".");
    if (!readoutFromName(readout, e.readout))
        throw Error(ErrorCode::BadFormat, "The setting 'encryption.readout' must be \"matched\", \"sum\" or \"rate\", not \""
                        + readout + "\".");
}

template <class F> void bindSnnImport(F& f, SnnImportSettings& s)
{
    f("reset", s.reset);
    f("input_coding", s.coding);
    f("readout", s.readout);
    f("dt", s.dt);
    f("timesteps", s.timesteps);
}

template <class F>
void bindAttack(F& f, AttackConfig& a)
{
    f("classes", a.classes); f("restarts", a.restarts); f("iterations", a.iterations); f("step_size", a.stepSize);
    f("weight_decay", a.weightDecay); f("normalize_gradient", a.normalizeGradient); f("blur_every", a.blurEvery);
    f("blur_sigma", a.blurSigma); f("quantize", a.quantize); f("jitter", a.priors.jitter); f("tv", a.priors.tv);
    f("l2", a.priors.l2);
    f("scale", a.priors.scale);
    f("rotate", a.priors.rotate);
    f("fourier_decay", a.priors.fourierDecay);
    f("feature_stats", a.priors.featureStats);
    f("surrogate_epochs", a.surrogateEpochs);
    f("candidates", a.candidates);
    f("seed", a.seed);
    f("batch_size", a.batchSize);
    f("timesteps", a.timesteps); f("accumulate_gradient", a.accumulateGradient);
    bindSurrogate(f, a.surrogate, "surrogate_");
}

template <class F>
void bindLeakage(F& f, LeakageStudyConfig& l)
{
    f("run_attack1", l.runAttack1);
    f("run_attack2", l.runAttack2);
    f("run_attack3", l.runAttack3);
    f("kid_subsets", l.kidSubsets);
    f("seed", l.seed);
}

json leakageToJson(const LeakageStudyConfig& l)
{
    json j = toJsonWith([](auto& f, auto& c) { bindLeakage(f, c); }, l);
    j["attack1"] = toJsonWith([](auto& f, auto& c) { bindAttack(f, c); }, l.attack1);
    j["attack2"] = toJsonWith([](auto& f, auto& c) { bindAttack(f, c); }, l.attack2);
    j["attack3"] = toJsonWith([](auto& f, auto& c) { bindAttack(f, c); }, l.attack3);
    return j;
}

json synthesisToJson(const SynthesisConfig& c) { return toJsonWith([](auto& f, auto& x) { bindSynthesis(f, x); }, c); }

json conversionToJson(const ConversionSettings& c, int64_t images)
{
    return toJsonWith([](auto& f, auto& x) { bindConversion(f, x); }, ConversionFields{c, images});
}

json encryptionToJson(const EncryptionConfig& c, int64_t evalImages)
{
    return toJsonWith([](auto& f, auto& x) { bindEncryption(f, x); }, EncryptionFields{c, evalImages});
}

/// The privacy-utility study's own settings (the grid takes the rest from the pipeline's).
template <class F> void bindStudy(F& f, PipelineConfig& p)
{
    f("second_judge", p.studySecondJudge);
    f("transfer_epsilon", p.transferEpsilon);
    f("defence_seeds", p.defenceSeeds);
}

/// The top level's plain fields; the nested sections follow them in configToJson and withSettings.
template <class F>
void bindTop(F& f, PipelineConfig& p)
{
    f("profile", p.profile);
    f("teacher", p.teacher);
    f("snn", p.snn);
    f("judge", p.judge);
    f("second_judge", p.secondJudge);
    f("class_names", p.classNames);
    f("eval_data", p.evalData); f("eval_images", p.evalImages); f("eval_resize", p.evalResize); f("eval_grayscale", p.evalGrayscale);
    f("eval_labels_as_is", p.evalLabelsAsIs);
    f("eval_class_map", p.evalClassMap);
    f("eval_batch_size", p.evalBatchSize); f("run_encryption", p.runEncryption);
    f("run_attacks", p.runAttacks); f("verdict_alpha", p.verdictAlpha); f("seed", p.seed);
}

// Built as values, never through text: a NaN stays a NaN for validatePipelineConfig to name.
json configToJson(const PipelineConfig& c)
{
    json j = toJsonWith([](auto& f, auto& x) { bindTop(f, x); }, c);
    j["snn_import"] = toJsonWith([](auto& f, auto& x) { bindSnnImport(f, x); }, c.snnImport);
    j["synthesis"] = synthesisToJson(c.synthesis);
    j["conversion"] = conversionToJson(c.conversion, c.conversionImages);
    j["encryption"] = encryptionToJson(c.encryption, c.encryptionEvalImages);
    j["leakage"] = leakageToJson(c.leakage);
    j["study"] = toJsonWith([](auto& f, auto& x) { bindStudy(f, x); }, c);
    return j;
}

} // namespace

json synthesisConfigJson(const SynthesisConfig& c)
{
    return synthesisToJson(c);
}

json conversionConfigJson(const ConversionSettings& c, int64_t images)
{
    return conversionToJson(c, images);
}

json encryptionConfigJson(const EncryptionConfig& c, int64_t evalImages)
{
    json settings = encryptionToJson(c, evalImages);
    // Added after labs and studies were made: counted only when used, so their steps and points
    // keep their keys (off, the training is the same).
    if (c.labelSmoothing == 0)
        settings.erase("label_smoothing");
    return settings;
}

json leakageConfigJson(const LeakageStudyConfig& c)
{
    return leakageToJson(c);
}

json pipelineSettings(const PipelineConfig& config)
{
    return configToJson(config);
}

std::string pipelineConfigText(const PipelineConfig& config)
{
    return configToJson(config).dump(2);
}

PipelineConfig pipelineConfigFromText(const std::string& text, const PipelineConfig& base)
{
    json in;
    try {
        in = json::parse(text);
    } catch (const json::exception& e) {
        throw Error(ErrorCode::BadFormat, std::string("The pipeline config is not valid JSON: ") + e.what(),
                    "Fix the file, or start from `privatesnn run --print-config`.");
    }
    return withSettings(base, in);
}

PipelineConfig withSettings(const PipelineConfig& base, const json& in)
{
    PipelineConfig c = base;
    if (!in.is_object())
        throw Error(ErrorCode::BadFormat, "The pipeline config must be a JSON object.");
    std::set<std::string> used{"snn_import", "synthesis", "conversion", "encryption", "leakage", "study"};
    Reader r{in, used, ""};
    bindTop(r, c);
    refuseUnknown(in, used, "");
    if (in.contains("seed"))
        applySeed(c); // a top-level seed reseeds every step; a nested seed below still wins
    if (in.contains("snn_import"))
        fromJsonWith([](auto& f, auto& x) { bindSnnImport(f, x); }, in["snn_import"], c.snnImport, "snn_import.");
    if (in.contains("synthesis"))
        fromJsonWith([](auto& f, auto& x) { bindSynthesis(f, x); }, in["synthesis"], c.synthesis, "synthesis.");
    if (in.contains("conversion")) {
        ConversionFields fields{c.conversion, c.conversionImages};
        fromJsonWith([](auto& f, auto& x) { bindConversion(f, x); }, in["conversion"], fields, "conversion.");
        c.conversion = fields.s;
        c.conversionImages = fields.images;
    }
    if (in.contains("encryption")) {
        EncryptionFields fields{c.encryption, c.encryptionEvalImages};
        fromJsonWith([](auto& f, auto& x) { bindEncryption(f, x); }, in["encryption"], fields, "encryption.");
        c.encryption = fields.e;
        c.encryptionEvalImages = fields.evalImages;
    }
    if (in.contains("leakage")) {
        const json& l = in["leakage"];
        if (!l.is_object()) // checked here: erasing from a number threw an internal error
            throw Error(ErrorCode::BadFormat,
                        "The setting 'leakage' is " + l.dump() + "; it must be a section (a JSON object).",
                        "Compare with `privatesnn run --print-config`.");
        json plain = l;
        plain.erase("attack1");
        plain.erase("attack2");
        plain.erase("attack3");
        fromJsonWith([](auto& f, auto& x) { bindLeakage(f, x); }, plain, c.leakage, "leakage.");
        if (l.contains("attack1"))
            fromJsonWith([](auto& f, auto& x) { bindAttack(f, x); }, l["attack1"], c.leakage.attack1, "leakage.attack1.");
        if (l.contains("attack2"))
            fromJsonWith([](auto& f, auto& x) { bindAttack(f, x); }, l["attack2"], c.leakage.attack2, "leakage.attack2.");
        if (l.contains("attack3"))
            fromJsonWith([](auto& f, auto& x) { bindAttack(f, x); }, l["attack3"], c.leakage.attack3,
                         "leakage.attack3.");
    }
    if (in.contains("study"))
        fromJsonWith([](auto& f, auto& x) { bindStudy(f, x); }, in["study"], c, "study.");
    return c;
}

// The ranges are the settings catalogue's, the same the GUI's forms and the CLI check.
void validatePipelineConfig(const PipelineConfig& c) { validateSettingsJson(configToJson(c)); }

} // namespace psnn
