// SPDX-License-Identifier: GPL-3.0-or-later
// The table of every pipeline setting. Defaults are the demo profile's (a test compares them with
// demoProfile()), ranges are the only ones: core validates with them, the GUI's forms and the CLI's
// options check against them.
//
// The labels, help and units of the settings the GUI shows are marked for translation: lupdate reads
// this file and the GUI looks them up in the "Settings" context. The rest appear only in the CLI's
// `privatesnn settings`, which is English. Qt is not included here, so the marker is defined as Qt
// defines it: the text itself.
#include "privatesnn/settings_catalogue.h"

#include <limits>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace psnn {
namespace {

using nlohmann::json;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kT = double(kMaxTimesteps);
constexpr double kB = double(kMaxBatchSize);
constexpr double kSeedMax = double(std::numeric_limits<uint64_t>::max());

struct Builder {
    std::vector<Setting>& out;
    std::string prefix;
    std::optional<Step> step;

    Setting& add(const char* name, SettingType type, json value, const char* label, const char* help)
    {
        Setting s;
        s.key = prefix + name;
        s.type = type;
        s.defaultValue = std::move(value);
        s.label = label;
        s.help = help;
        s.step = step;
        out.push_back(std::move(s));
        return out.back();
    }
    /// A whole number in [low, high].
    Setting& integer(const char* name, json value, double low, double high, const char* unit, const char* label, const char* help)
    {
        Setting& s = add(name, SettingType::Integer, std::move(value), label, help);
        s.minimum = low;
        s.maximum = high;
        s.unit = unit;
        return s;
    }
    /// A number in [low, high], or in (low, high] when `open`.
    Setting& real(const char* name, double value, double low, bool open, double high, const char* unit, const char* label,
                  const char* help)
    {
        Setting& s = add(name, SettingType::Real, value, label, help);
        s.minimum = low;
        s.minimumOpen = open;
        s.maximum = high;
        s.unit = unit;
        return s;
    }
    Setting& flag(const char* name, bool value, const char* label, const char* help)
    {
        return add(name, SettingType::Bool, value, label, help);
    }
    Setting& choice(const char* name, const char* value, std::vector<SettingChoice> choices, const char* label, const char* help)
    {
        Setting& s = add(name, SettingType::Choice, value, label, help);
        s.choices = std::move(choices);
        return s;
    }
    Setting& text(const char* name, const char* value, const char* label, const char* help)
    {
        return add(name, SettingType::Text, value, label, help);
    }
    Setting& seed() { return integer("seed", 0, 0, kSeedMax, "", "Seed", "Random seed of this step; the top-level seed sets every step's."); }
};

void addTopLevel(std::vector<Setting>& out)
{
    Builder b{out, "", std::nullopt};
    b.text("profile", "demo", "Profile", "Where the settings started: \"demo\", \"paper\" or \"custom\" (after changes). A record only.");
    b.text("teacher", "", "Teacher",
           "The ANN to protect: a TorchScript file, ONNX model or .psnn archive; empty = the bundled teacher.");
    b.text("snn", "", "Spiking model",
           "A spiking model to audit instead of converting the teacher: a NIR graph or .psnn archive; empty = convert "
           "the teacher.");
    b.add("class_names", SettingType::TextList, json::array(), "Class names",
          "Names replacing the teacher's class names, in class order; empty = keep them.");
    b.step = Step::Evaluate;
    b.text("eval_data", "fashion-mnist:test", "Evaluation data",
           "Test images used only to measure (accuracy, leakage reference), never to train; empty = none.");
    b.integer("eval_images", 1000, 0, 1e9, "images", "Evaluation images", "Seeded random subset for accuracies; 0 = all.");
    b.flag("eval_resize", false, "Resize evaluation images", "Allow image-folder images of another size than the teacher's input.");
    b.flag("eval_grayscale", false, "Convert evaluation colours", "Allow image-folder images of other colours than the teacher's input.");
    b.flag("eval_labels_as_is", false, "Evaluation labels as numbers",
           "Take the evaluation data's label numbers as the teacher's classes instead of matching class names.");
    b.text("eval_class_map", "", "Evaluation class map",
           "A file naming, on line k, the teacher's class for the evaluation data's label k; empty = match by name.");
    b.integer("eval_batch_size", 100, 1, kB, "images", "Evaluation batch size", "Images measured together.");
    b.step = Step::Encrypt;
    b.flag("run_encryption", true, "Encrypt", "Run the encryption step.");
    b.step = Step::Attack;
    b.text("judge", "", "Judge", "Independent classifier scoring the attacks' images; empty = the bundled judge, \"none\" = no judge.");
    b.text("second_judge", "", "Second judge",
           "A second independent classifier (another shape, trained on other data) that decides the leakage verdicts "
           "with the judge: leaks when either says so, protected only when both do. Empty = the bundled second judge "
           "beside the bundled judge, \"none\" = the verdicts rest on one judge.");
    b.flag("run_attacks", true, "Attack", "Run the leakage study.");
    b.real("verdict_alpha", 0.05, 0, true, 1, "", "Verdict alpha",
           "Verdicts use the (1 - alpha) Clopper-Pearson interval of the judge accuracy.");
    b.step = std::nullopt;
    b.integer("seed", 0, 0, kSeedMax, "", "Seed", "Written into every step's seed (a step's own seed, when given, wins).");
}

void addSynthesis(std::vector<Setting>& out)
{
    Builder b{out, "synthesis.", Step::Synthesize};
    b.integer("per_class", 50, 1, 1e6, QT_TRANSLATE_NOOP("Settings", "images"), QT_TRANSLATE_NOOP("Settings", "Images per class"),
              QT_TRANSLATE_NOOP("Settings", "How many synthetic images to make for each class (paper: 1000; demo: 50)."));
    b.integer("steps", 200, 1, 1e7, "", QT_TRANSLATE_NOOP("Settings", "Optimisation steps"),
              QT_TRANSLATE_NOOP("Settings", "Adam steps per batch of images (paper: 200)."));
    b.integer("batch_size", 100, 1, kB, QT_TRANSLATE_NOOP("Settings", "images"), QT_TRANSLATE_NOOP("Settings", "Batch size"),
              QT_TRANSLATE_NOOP("Settings", "Images optimised together; larger is faster but needs more memory (paper: 100)."));
    b.real("learning_rate", 0.05, 0, true, 1e6, "", QT_TRANSLATE_NOOP("Settings", "Learning rate"),
           QT_TRANSLATE_NOOP("Settings", "Adam's step size on the image pixels (paper: 0.05)."));
    b.real("temperature", 20, 0, true, 1e6, "", QT_TRANSLATE_NOOP("Settings", "Temperature τ"),
           QT_TRANSLATE_NOOP("Settings", "The loss compares softmax(z / τ) with the soft label (paper: 20)."));
    b.real("beta", 1, 0, true, 1e6, "", QT_TRANSLATE_NOOP("Settings", "Dirichlet β"),
           QT_TRANSLATE_NOOP("Settings", "Scales the class-similarity row into the Dirichlet concentration: small β gives "
                                         "peaked, varied targets (paper: 1.0)."));
    b.real("floor", 1e-4, 0, true, 1e6, "", "Dirichlet floor", "Smallest Dirichlet concentration (ZSKD: 1e-4).");
    b.flag("accumulate_gradients", false, "Accumulate gradients", "Reproduce the reference code's bug: never zero the image gradient.");
    b.flag("clamp_each_step", true, "Clamp each step", "Keep the images in the input range after every step.");
    b.real("total_variation", 0, 0, false, 1e6, "", "Total-variation prior", "Weight of the mean squared neighbour difference (0 = off).");
    b.real("l2", 0, 0, false, 1e6, "", "L2 prior", "Weight of the mean squared pixel value (0 = off).");
    b.integer("jitter", 0, 0, 1024, "pixels", "Jitter", "Random roll of up to this many pixels each step (0 = off).");
    b.seed();
}

void addConversion(std::vector<Setting>& out)
{
    Builder b{out, "conversion.", Step::Convert};
    b.integer("images", 0, 0, 1e9, "images", "Balancing images", "Synthetic images used to balance the thresholds; 0 = all.");
    b.choice("statistic", "max",
             {{"max", QT_TRANSLATE_NOOP("Settings", "Maximum input current (Algorithm 1)")},
              {"percentile", QT_TRANSLATE_NOOP("Settings", "High percentile (robust to outliers)")}},
             QT_TRANSLATE_NOOP("Settings", "Threshold statistic"),
             QT_TRANSLATE_NOOP("Settings", "Which statistic of each layer's input current becomes its threshold."));
    b.real("percentile", 99.99, 0, true, 100, "%", "Percentile", "The percentile used by the \"percentile\" statistic.");
    b.flag("channel_wise", false, "Channel-wise thresholds", "One threshold per output channel instead of per layer.");
    b.real("scale", 0.7, 0, true, 1e6, "", QT_TRANSLATE_NOOP("Settings", "Threshold scale"),
           QT_TRANSLATE_NOOP("Settings", "Multiplies every balanced threshold; below 1 lets low T reach the ANN's accuracy (paper: 0.7)."));
    b.integer("timesteps", 30, 1, kT, QT_TRANSLATE_NOOP("Settings", "time steps"), QT_TRANSLATE_NOOP("Settings", "Time steps T"),
              QT_TRANSLATE_NOOP("Settings", "Simulation length while balancing thresholds and measuring (paper: 100; demo: 30)."));
    b.real("leak", 1, 0, true, 1, "", "Leak", "Membrane leak lambda (1 = integrate-and-fire, below 1 = leaky).");
    b.choice("coding", "poisson", {{"poisson", "Poisson spikes"}, {"direct", "Direct (analogue) input"}}, "Input coding",
             "How images enter the spiking network.");
    b.integer("batch_size", 100, 1, kB, "images", "Batch size", "Images simulated together while balancing.");
    b.seed();
}

void addEncryption(std::vector<Setting>& out)
{
    Builder b{out, "encryption.", Step::Encrypt};
    b.integer("epochs", 20, 1, 1e5, "", QT_TRANSLATE_NOOP("Settings", "Epochs"),
              QT_TRANSLATE_NOOP("Settings", "Passes over the synthetic images (paper: 20). The learning rate drops tenfold at 50 % and 70 %."));
    b.integer("batch_size", 50, 1, kB, QT_TRANSLATE_NOOP("Settings", "images"), QT_TRANSLATE_NOOP("Settings", "Batch size"),
              QT_TRANSLATE_NOOP("Settings", "Images per training step (paper: 64; memory grows with batch × T)."));
    b.real("learning_rate", 1e-4, 0, true, 1e6, "", QT_TRANSLATE_NOOP("Settings", "Learning rate"),
           QT_TRANSLATE_NOOP("Settings", "Adam's learning rate (paper: 1e-4)."));
    b.real("weight_decay", 0, 0, false, 1e6, "", "Weight decay", "L2 in Adam; the authors' spike training code used 5e-4.");
    b.flag("amsgrad", false, "AMSGrad", "Use Adam's AMSGrad variant (the authors' spike training code did).");
    b.real("m", 0.7, 0, false, 1, "", QT_TRANSLATE_NOOP("Settings", "Distillation weight m"),
           QT_TRANSLATE_NOOP("Settings", "Eq. 6: loss = (1 − m) · CE + m · τ² · KD (paper: 0.7)."));
    b.real("tau", 20, 0, true, 1e6, "", QT_TRANSLATE_NOOP("Settings", "Temperature τ"),
           QT_TRANSLATE_NOOP("Settings", "Softens the ANN's and the SNN's outputs in the distillation term (paper: 20)."));
    b.choice("ce_target", "hard", {{"hard", "The ANN's predicted class"}, {"soft", "The synthetic image's soft label"}},
             "Cross-entropy target", "What the CE term of Eq. 6 compares the SNN's output with.");
    b.choice("readout", "matched",
             {{"matched", QT_TRANSLATE_NOOP("Settings", "Accumulated membrane, scaled to the ANN's logits")},
              {"sum", QT_TRANSLATE_NOOP("Settings", "Accumulated membrane as it is (authors' code)")},
              {"rate", QT_TRANSLATE_NOOP("Settings", "Rate-decoded: divided by T, times the thresholds")}},
             QT_TRANSLATE_NOOP("Settings", "Output logits"),
             QT_TRANSLATE_NOOP("Settings", "How the spiking network's output enters the loss of Eq. 6. The raw sum suits thresholds "
                                           "balanced without the 0.7 scale."));
    b.flag("surrogate_enabled", true, "Surrogate gradient", "Differentiate spikes with the surrogate of Eq. 9.");
    b.real("surrogate_scale", 1, 0, true, 1e6, "", "Surrogate scale", "Height of the surrogate derivative (authors' LinearSpike: 0.3).");
    b.flag("surrogate_per_threshold", false, "Surrogate per threshold", "Divide the surrogate by the threshold (authors' LinearSpike).");
    b.integer("timesteps", 0, 0, kT, QT_TRANSLATE_NOOP("Settings", "time steps"), QT_TRANSLATE_NOOP("Settings", "Time steps T (0: as converted)"),
              QT_TRANSLATE_NOOP("Settings", "Simulation length during training; 0 keeps the converted network's T."));
    b.flag("dropout", true, "Dropout", "The network's dropout layers act during training, one mask held over T.");
    b.flag("flip", false, "Horizontal flips", "Augmentation (not in the paper): random left-right flips.");
    b.integer("max_shift", 0, 0, 1024, "pixels", "Random shift", "Augmentation (not in the paper): random shifts up to this many pixels.");
    b.real("label_smoothing", 0, -1, false, 1, "", QT_TRANSLATE_NOOP("Settings", "Label smoothing"),
           QT_TRANSLATE_NOOP("Settings",
                             "Both targets of Eq. 6 become (1 − a) · t + a / K. Negative values sharpen them, "
                             "a defence against model inversion (Struppek et al. 2024); 0 = the paper."));
    b.seed();
    b.integer("eval_batch_size", 100, 1, kB, "images", "Evaluation batch size", "Images measured together after each epoch.");
    b.real("memory_budget_bytes", 0, 0, false, kInf, "bytes", "Memory budget", "Memory training may use; 0 = what the system has free.");
    b.integer("eval_images", 0, 0, 1e9, "images", "Evaluation images per epoch", "Accuracy after every epoch on this many images; 0 = off.");
}

/// The three attacks share their settings; the defaults differ (the paper's scenario 1 and 2, sized
/// by the demo, and attack 3 = readableAttackConfig(), attack 1 with natural-image priors).
void addAttack(std::vector<Setting>& out, int n)
{
    Builder b{out, "leakage.attack" + std::to_string(n) + ".", Step::Attack};
    const bool one = n == 1, two = n == 2, three = n == 3;
    Setting& classes = b.add("classes", SettingType::IndexList, json::array(), QT_TRANSLATE_NOOP("Settings", "Classes"),
                             QT_TRANSLATE_NOOP("Settings", "Class numbers to attack, separated by commas (0 is the first class); "
                                                           "empty attacks every class."));
    classes.minimum = 0;
    classes.maximum = 1e6;
    b.integer("restarts", 10, 1, 1e5, QT_TRANSLATE_NOOP("Settings", "images"), QT_TRANSLATE_NOOP("Settings", "Restarts"),
              QT_TRANSLATE_NOOP("Settings", "Images per class, each from its own seeded noise (paper: 10)."));
    b.integer("iterations", two ? 30 : 150, 1, 1e7, "", QT_TRANSLATE_NOOP("Settings", "Iterations"),
              QT_TRANSLATE_NOOP("Settings",
                                "Gradient steps per image (paper: 150). In attack 2 each one backpropagates "
                                "through all T time steps, so keep it small on a CPU."));
    const double step = one ? 6.0 : two ? 0.01 : 0.1;
    b.real("step_size", step, 0, true, 1e6, "", "Step size",
           "Step on the normalised image per iteration (paper: 6 and 0.01).");
    b.real("weight_decay", two ? 0.0 : 1e-4, 0, false, 1e6, "", "Weight decay",
           "Decay of the image per iteration (0 = off).");
    b.flag("normalize_gradient", three, "Normalise gradient",
           "Divide each image's gradient by its mean magnitude before the step.");
    b.integer("blur_every", one ? 4 : 0, 0, 1e7, "iterations", "Blur every", "Blur the image every this many iterations (0 = never).");
    b.real("blur_sigma", 1, 0, false, 1e3, "pixels", "Blur sigma", "Gaussian blur's sigma.");
    b.flag("quantize", !two, "Quantise", "Round the image to 8 bit after every step.");
    b.integer("jitter", three ? 2 : 0, 0, 1024, "pixels", "Jitter prior",
              "Random shift of up to this many pixels before each forward pass (0 = off).");
    b.real("tv", three ? 0.05 : 0, 0, false, 1e6, "", "Total-variation prior",
           "Weight of the squared total variation (0 = off).");
    b.real("l2", three ? 0.005 : 0, 0, false, 1e6, "", "L2 prior", "Weight of the squared image norm (0 = off).");
    b.real(
        "scale", three ? 0.1 : 0, 0, false, 0.9, "", "Zoom prior",
        "Zoom each image by a random factor in [1 - scale, 1 + scale] before each forward pass (0 = off; Lucid: 0.1).");
    b.real("rotate", three ? 10 : 0, 0, false, 180, "degrees", "Rotation prior",
           "Rotate each image by a random angle of up to this many degrees before each forward pass (0 = off; Lucid: "
           "10).");
    b.real("fourier_decay", three ? 1 : 0, 0, false, 4, "", "Fourier parametrisation",
           "Ascend the image's spectrum scaled by 1/frequency^decay, which favours smooth images (0 = off; Lucid: 1).");
    b.real("feature_stats", 0, 0, false, 1e6, "", "Feature-statistics prior",
           "Attacks 1 and 3: weight pulling each image's per-channel mean and variance in every convolutional layer "
           "towards "
           "those of the lab's synthetic images (DeepInversion without BatchNorm; 0 = off).");
    b.integer(
        "surrogate_epochs", 0, 0, 1e5, "epochs", "Surrogate attacker",
        "Attacks 1 and 3 on a spiking model: distil an ANN of its architecture from its outputs on the lab's synthetic "
        "images for this many epochs, then ascend its class output and the re-conversion's together (0 = off).");
    b.integer("candidates", 1, 1, 1e4, "", "Candidates", "Keep the best of this many images per restart, as the attacked model scores them.");
    b.seed();
    b.integer("batch_size", two ? 25 : 64, 1, kB, "images", "Batch size", "Images optimised together (memory only).");
    b.integer("timesteps", 0, 0, kT, "time steps", "Time steps T", "Attack 2's simulation length; 0 = the model's T.");
    b.flag("accumulate_gradient", two, "Accumulate gradient",
           "Step along the sum of all gradients so far (Algorithm 4 as printed).");
    b.flag("surrogate_enabled", true, "Surrogate gradient", "Differentiate spikes with the surrogate of Eq. 9.");
    b.real("surrogate_scale", 1, 0, true, 1e6, "", "Surrogate scale", "Height of the surrogate derivative.");
    b.flag("surrogate_per_threshold", false, "Surrogate per threshold", "Divide the surrogate by the threshold.");
}

void addLeakage(std::vector<Setting>& out)
{
    Builder b{out, "leakage.", Step::Attack};
    b.flag("run_attack1", true, "Attack 1", "Attack 1: ascend the class output of the ANN and of each spiking network.");
    b.flag("run_attack2", true, "Attack 2", "Attack 2: attack the spiking networks through their spikes (much slower).");
    b.flag("run_attack3", false, "Attack 3 (readable)",
           "Attack 3: attack 1 with natural-image priors (jitter, zoom, rotation, Fourier parametrisation, TV and L2), "
           "for images a person can read.");
    b.integer("kid_subsets", 100, 1, 1e6, "", "KID subsets", "Random subsets the KID is averaged over.");
    b.seed();
    addAttack(out, 1);
    addAttack(out, 2);
    addAttack(out, 3);
}

/// How an imported spiking model is read (nir_import.h); every step reads the model.
void addSnnImport(std::vector<Setting>& out)
{
    Builder b{out, "snn_import.", std::nullopt};
    // Shown on the Load page while a NIR graph is loaded, so marked for translation.
    b.choice("reset", "",
             {{"", QT_TRANSLATE_NOOP("Settings", "From the file, else to v_reset (NIR)")},
              {"subtract", QT_TRANSLATE_NOOP("Settings", "Subtract the threshold")},
              {"v_reset", QT_TRANSLATE_NOOP("Settings", "Set to v_reset")},
              {"zero", QT_TRANSLATE_NOOP("Settings", "Set to zero")}},
             QT_TRANSLATE_NOOP("Settings", "Reset after a spike"),
             QT_TRANSLATE_NOOP("Settings",
                               "After a spike: subtract the threshold or set the membrane to v_reset or 0; from the "
                               "file = the graph's metadata, else v_reset (NIR's definition)."));
    b.choice(
        "input_coding", "",
        {{"", QT_TRANSLATE_NOOP("Settings", "From the file, else direct")},
         {"direct", QT_TRANSLATE_NOOP("Settings", "Direct (the image at every step)")},
         {"poisson", QT_TRANSLATE_NOOP("Settings", "Poisson spikes")}},
        QT_TRANSLATE_NOOP("Settings", "Input coding"),
        QT_TRANSLATE_NOOP("Settings",
                          "How images enter the imported model; from the file = the graph's metadata, else direct."));
    b.choice("readout", "",
             {{"", QT_TRANSLATE_NOOP("Settings", "From the file, else spikes of a firing output layer")},
              {"membrane", QT_TRANSLATE_NOOP("Settings", "Output membrane")},
              {"spikes", QT_TRANSLATE_NOOP("Settings", "Output spike counts")}},
             QT_TRANSLATE_NOOP("Settings", "Readout"),
             QT_TRANSLATE_NOOP("Settings",
                               "Class scores of the imported model; from the file = the graph's metadata, else the "
                               "spike counts of a firing output layer."));
    b.real("dt", 0, 0, false, kInf, "", QT_TRANSLATE_NOOP("Settings", "Time step (dt)"),
           QT_TRANSLATE_NOOP("Settings",
                             "Forward-Euler step of the imported neurons in seconds; 0 = the graph's metadata, "
                             "snnTorch's tau/r, else 1 (Norse trains with 0.001)."));
    b.integer(
        "timesteps", 0, 0, kT, QT_TRANSLATE_NOOP("Settings", "steps"), QT_TRANSLATE_NOOP("Settings", "Time steps (T)"),
        QT_TRANSLATE_NOOP("Settings", "Simulation length of the imported model; 0 = the graph's metadata, else 100."));
}

void addStudy(std::vector<Setting>& out)
{
    Builder b{out, "study.", std::nullopt}; // read by `privatesnn study`, not by a pipeline step
    b.text("second_judge", "", "Second judge",
           "The study's second judge, which decides its verdicts with the judge: protected only when both say so. "
           "Empty = the lab's second judge (second_judge), \"none\" = one judge.");
    b.real("transfer_epsilon", 0.1, 0, true, 1, "", QT_TRANSLATE_NOOP("Settings", "Transfer control ε"),
           QT_TRANSLATE_NOOP("Settings",
                             "L∞ radius of the transfer control's adversarial examples, as a share of the "
                             "pixel range (0.1: the usual Fashion-MNIST budget)."));
    b.integer("defence_seeds", 3, 1, 100, QT_TRANSLATE_NOOP("Settings", "seeds"),
              QT_TRANSLATE_NOOP("Settings", "Defence seeds"),
              QT_TRANSLATE_NOOP("Settings",
                                "How many times each trained or noised point of the study is built, each seed its own "
                                "network or noise direction, all attacked with the same restart seeds; the verdicts "
                                "and comparisons account for the spread between them."));
}

} // namespace

const std::vector<Setting>& settingsCatalogue()
{
    static const std::vector<Setting> table = [] {
        std::vector<Setting> t;
        addTopLevel(t);
        addSnnImport(t);
        addSynthesis(t);
        addConversion(t);
        addEncryption(t);
        addLeakage(t);
        addStudy(t);
        return t;
    }();
    return table;
}

} // namespace psnn
