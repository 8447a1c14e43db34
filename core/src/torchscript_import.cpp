// SPDX-License-Identifier: GPL-3.0-or-later
// The importer walks the leaf modules in registration order, which is the order in which a VGG-style
// model's forward runs them. Nothing in a TorchScript file guarantees that (a forward may add skip
// connections, branch, or call functional ops), so every import is checked by running the original
// module and the resulting layer chain on the same random inputs.
#include "privatesnn/torchscript_import.h"

#include "message_text.h"
#include "torchscript_archive_check.h"
#include "torchscript_layers.h"

#include "privatesnn/error.h"
#include "privatesnn/model_validation.h"
#include "privatesnn/runtime.h"
#include "privatesnn/sha256.h"

#include <ATen/ATen.h>
#include <sys/resource.h>
#include <unistd.h>
#include <torch/script.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace psnn {
namespace {

constexpr int64_t kVerifyBatch = 4;
constexpr uint64_t kVerifySeed = 20240917;
constexpr int64_t kMaxInferredSize = 512;

const char* const kTorchScriptChainHint =
    "Rewrite the model so that its forward only runs Conv2d, BatchNorm2d, ReLU, AvgPool2d, Dropout, Flatten and Linear "
    "modules one after another, in the order they are registered (no skip connections, branches, or functional calls "
    "such as F.relu or torch.sigmoid), and export it again.";

/// One line of an exception's text: c10::Error puts its cause first, while TorchScript interpreter
/// errors end with it after a traceback of the scripted code.
std::string summary(const std::exception& e)
{
    if (const auto* c10Error = dynamic_cast<const c10::Error*>(&e)) {
        const std::string text = c10Error->what_without_backtrace();
        return text.substr(0, text.find('\n'));
    }
    std::string text = e.what();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text.substr(text.rfind('\n') + 1);
}

std::string threeDigits(double value)
{
    std::ostringstream text;
    text.precision(3);
    text << value;
    return text.str();
}

/// torch::jit::load trusts each tensor's recorded size, stride and offset; a damaged file can claim
/// more elements than its storage holds, and reading such a tensor runs past the buffer. Every
/// tensor is therefore checked against its storage before any value is read.
void checkStoredTensors(const torch::jit::Module& module, const std::string& path)
{
    for (const auto& item : module.named_attributes(/*recurse=*/true)) {
        if (!item.value.isTensor())
            continue;
        const at::Tensor& t = item.value.toTensor();
        if (!t.defined() || !t.has_storage())
            continue;
        const std::string name = item.name.empty() ? "(root)" : item.name;
        if (t.numel() == 0)
            continue; // reads nothing
        // The highest element index the tensor reaches; an int64 overflow on the way also means it
        // cannot fit.
        bool fits = t.storage_offset() >= 0;
        uint64_t last = fits ? uint64_t(t.storage_offset()) : 0;
        for (int64_t d = 0; fits && d < t.dim(); ++d) {
            const int64_t size = t.size(d), stride = t.stride(d);
            if (size < 1 || stride < 0 || (stride > 0 && uint64_t(size - 1) > (uint64_t(INT64_MAX) - last) / uint64_t(stride)))
                fits = false;
            else
                last += uint64_t(size - 1) * uint64_t(stride);
        }
        const uint64_t itemBytes = uint64_t(t.element_size());
        if (fits && (last >= uint64_t(INT64_MAX) / itemBytes || (last + 1) * itemBytes > t.storage().nbytes()))
            fits = false;
        if (!fits) {
            std::ostringstream shape;
            shape << t.sizes();
            throw Error(ErrorCode::BadFormat, "'" + path + "' is damaged: tensor '" + name + "' claims the shape " + shape.str()
                            + ", more than the " + std::to_string(t.storage().nbytes()) + " bytes stored for it.",
                        "Export the model again from its source; the file was truncated or altered.");
        }
    }
}

/// While alive, caps this process's address space at its present size plus `budget` (at most the
/// memory the machine has free). TorchScript's unpickler sizes tables and strings from the file's own
/// numbers; a damaged file can make it ask for more than exists, and the kernel would end the whole
/// process (losing the user's session) where the cap turns that request into a std::bad_alloc the
/// loader reports.
class AddressSpaceCap {
public:
    explicit AddressSpaceCap(uint64_t budget)
    {
        std::ifstream statm("/proc/self/statm");
        uint64_t pages = 0;
        const double available = availableMemoryBytes();
        if (getrlimit(RLIMIT_AS, &m_saved) != 0 || !(statm >> pages) || available <= 0)
            return;
        rlimit capped = m_saved;
        const uint64_t cap = pages * uint64_t(sysconf(_SC_PAGESIZE)) + std::min(budget, uint64_t(available));
        if (m_saved.rlim_cur != RLIM_INFINITY && m_saved.rlim_cur <= cap)
            return;
        capped.rlim_cur = cap;
        m_active = setrlimit(RLIMIT_AS, &capped) == 0;
    }
    ~AddressSpaceCap()
    {
        if (m_active)
            setrlimit(RLIMIT_AS, &m_saved);
    }
    AddressSpaceCap(const AddressSpaceCap&) = delete;
    AddressSpaceCap& operator=(const AddressSpaceCap&) = delete;

private:
    rlimit m_saved{};
    bool m_active = false;
};

torch::jit::Module loadModule(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, "The model file '" + path + "' does not exist.", "Check the path.");
    if (!std::ifstream(path, std::ios::binary))
        throw Error(ErrorCode::FileUnreadable, "Cannot open the model file '" + path + "'.", "Check the file's permissions.");
    if (std::filesystem::file_size(path, ec) == 0 && !ec)
        throw Error(ErrorCode::Truncated, "The model file '" + path + "' is empty (0 bytes).",
                    "The copy or download was interrupted; copy the model again.");
    torchscript::checkArchiveDirectory(path, uint64_t(availableMemoryBytes()));
    torch::jit::Module module;
    try {
        // A load needs about its tensors (at most the file) plus the parsed code: four times the
        // file and 1 GiB is far above that. The machine's free memory was the cap before, and one
        // damaged debug table (a string length in .debug_pkl, read while an error message is
        // formatted) filled it: 16-22 GB RSS in the TorchScript fuzz.
        const AddressSpaceCap cap(4 * std::filesystem::file_size(path, ec) + (uint64_t(1) << 30));
        module = torch::jit::load(path, c10::Device(c10::kCPU));
    } catch (const std::bad_alloc&) {
        throw Error(ErrorCode::BadFormat, "'" + path + "' is damaged: reading it asked for more memory than this machine has free.",
                    "Export the model again from its source; the file was truncated or altered.");
    } catch (const std::exception& e) {
        throw Error(ErrorCode::BadFormat, "'" + path + "' is not a TorchScript model (" + summary(e) + ").",
                    "Export the model with torch.jit.script(model).save(path) or torch.jit.trace(model, example).save(path); "
                    "a state dict written by torch.save cannot be imported.");
    }
    checkStoredTensors(module, path);
    return module;
}

std::vector<Layer> convertModules(const torch::jit::Module& model, torchscript::ConversionLog& log)
{
    std::vector<Layer> layers;
    if (model.children().size() == 0 && torchscript::moduleClassName(model).rfind("torch.nn.modules.", 0) != 0)
        throw Error(ErrorCode::Unsupported, "The model has no submodules, so its layers cannot be read (torch.jit.freeze, for "
                    "one, inlines them into the code).", "Save the model before calling torch.jit.freeze on it.");
    for (const auto& item : model.named_modules()) {
        if (item.value.children().size() != 0)
            continue; // containers: their leaves come next, in registration order
        const std::string path = item.name.empty() ? "(root)" : item.name;
        try {
            torchscript::appendLeafModule(path, item.value, layers, log);
        } catch (const Error&) {
            throw;
        } catch (const std::exception& e) {
            throw Error(ErrorCode::Unsupported, "Module '" + path + "' cannot be read: " + summary(e) + ".",
                        kTorchScriptChainHint);
        }
    }
    return layers;
}

size_t firstLinear(const std::vector<Layer>& layers)
{
    return size_t(std::find_if(layers.begin(), layers.end(), [](const Layer& l) { return l.kind == LayerKind::Linear; })
                  - layers.begin());
}

/// Features a square side x side input has when it reaches layers[end]; 0 when it shrinks to nothing.
/// exact is false when a strided layer drops rows or columns (side is not a multiple of its stride).
int64_t featuresAt(const std::vector<Layer>& layers, size_t end, int64_t channels, int64_t side, bool& exact)
{
    int64_t c = channels, h = side, w = side;
    exact = true;
    for (size_t i = 0; i < end; ++i) {
        const Layer& layer = layers[i];
        int64_t kh = layer.kernel, kw = layer.kernel, pad = 0;
        if (layer.kind == LayerKind::Conv2d) {
            c = layer.weight.size(0);
            kh = layer.weight.size(2);
            kw = layer.weight.size(3);
            pad = layer.padding;
        } else if (layer.kind != LayerKind::AvgPool2d) {
            continue;
        }
        if (layer.stride <= 0 || h + 2 * pad < kh || w + 2 * pad < kw)
            return 0;
        const int64_t oh = (h + 2 * pad - kh) / layer.stride + 1, ow = (w + 2 * pad - kw) / layer.stride + 1;
        if (layer.stride > 1 && (oh * layer.stride != h || ow * layer.stride != w))
            exact = false;
        h = oh;
        w = ow;
    }
    return c * h * w;
}

/// Several sides can give the same feature count (floor division in strided layers); the one that
/// every strided layer divides exactly is what the model was almost certainly trained on.
int64_t inferSide(const Network& net, const std::string& path, std::vector<std::string>& notes)
{
    const size_t first = firstLinear(net.layers);
    const int64_t wanted = net.layers[first].weight.size(1);
    std::vector<int64_t> fits;
    int64_t exactFit = 0;
    for (int64_t side = 1; side <= kMaxInferredSize; ++side) {
        bool exact = false;
        if (featuresAt(net.layers, first, net.input.channels, side, exact) == wanted) {
            fits.push_back(side);
            if (exact && exactFit == 0)
                exactFit = side;
        }
    }
    if (fits.empty())
        throw Error(ErrorCode::InvalidArgument,
                    "Cannot infer the input size of '" + path + "': no square image of 1 to " + std::to_string(kMaxInferredSize)
                        + " pixels gives the " + std::to_string(wanted) + " inputs that its first Linear layer '"
                        + net.layers[first].path + "' expects.",
                    "Give the model's input size with --input-size HEIGHTxWIDTH.");
    const int64_t side = exactFit ? exactFit : fits.front();
    std::string note = "Input size " + std::to_string(side) + "x" + std::to_string(side) + " inferred from the "
                       + std::to_string(wanted) + " inputs of '" + net.layers[first].path + "'";
    if (fits.size() > 1)
        note += " (sizes " + std::to_string(fits.front()) + " to " + std::to_string(fits.back())
                + " all give that many; give --input-size if the model was trained on another)";
    notes.push_back(note + ".");
    return side;
}

void setInputSpec(Network& net, const std::string& path, const ImportOptions& options, std::vector<std::string>& notes)
{
    const auto conv = std::find_if(net.layers.begin(), net.layers.end(), [](const Layer& l) { return l.kind == LayerKind::Conv2d; });
    net.input.channels = conv != net.layers.end() ? conv->weight.size(1) : 1;
    if (options.height < 0 || options.width < 0)
        throw Error(ErrorCode::InvalidArgument, "The input size " + std::to_string(options.height) + "x" + std::to_string(options.width)
                        + " is negative.", "Give a positive input size, or none to infer it.");
    if (options.height > 0 || options.width > 0) {
        net.input.height = options.height > 0 ? options.height : options.width;
        net.input.width = options.width > 0 ? options.width : options.height;
    } else {
        net.input.height = net.input.width = inferSide(net, path, notes);
    }
    for (const auto* values : {&options.mean, &options.std})
        if (values->size() != 1 && int64_t(values->size()) != net.input.channels)
            throw Error(ErrorCode::InvalidArgument, "The normalisation has " + std::to_string(values->size())
                            + " values, but the model has " + std::to_string(net.input.channels) + " input channels.",
                        "Give one mean and std for all channels or one per channel.");
    if (std::any_of(options.std.begin(), options.std.end(), [](double s) { return !(s > 0); }))
        throw Error(ErrorCode::InvalidArgument, "The normalisation's std must be positive.", "Give the std the model was trained with.");
    net.input.mean = options.mean;
    net.input.std = options.std;
}

/// Runs the chain one layer at a time so a break in it names the module where it happens.
at::Tensor runChain(const Network& net, const at::Tensor& x, const std::string& path)
{
    at::Tensor h = x;
    for (size_t i = 0; i < net.layers.size(); ++i) {
        try {
            h = net.forwardRange(h, i, i + 1);
        } catch (const std::exception& e) {
            throw Error(ErrorCode::Unsupported,
                        "The modules of '" + path + "' do not form a chain in registration order: module '"
                            + net.layers[i].path + "' (" + layerKindName(net.layers[i].kind)
                            + ") cannot take the output of the layer before it (" + summary(e) + ").",
                        kTorchScriptChainHint);
        }
    }
    return h;
}

at::ScalarType modelDtype(const torch::jit::Module& model)
{
    for (const at::Tensor& p : model.parameters())
        if (p.is_floating_point())
            return p.scalar_type();
    return at::kFloat;
}

/// The allowed difference scales with the logits (tolerance x max(1, max |logit|)), so that a model
/// with large logits is not rejected for float rounding alone.
std::string verifyChain(torch::jit::Module& model, const Network& net, const std::string& path, double tolerance)
{
    torch::NoGradGuard noGrad;
    model.eval();
    at::Generator gen = at::detail::createCPUGenerator(kVerifySeed);
    const at::Tensor x = at::randn({kVerifyBatch, net.input.channels, net.input.height, net.input.width}, gen);
    const std::string shape = std::to_string(net.input.channels) + "x" + std::to_string(net.input.height) + "x"
                              + std::to_string(net.input.width);
    c10::IValue out;
    try {
        out = model.forward({x.to(modelDtype(model))});
    } catch (const std::exception& e) {
        throw Error(ErrorCode::ShapeMismatch, "'" + path + "' does not accept inputs of " + shape + " (" + summary(e) + ").",
                    "Give the model's input size with --input-size HEIGHTxWIDTH.");
    }
    if (!out.isTensor())
        throw Error(ErrorCode::Unsupported,
                    "The forward of '" + path + "' returns a " + out.tagKind() + ", not a tensor of logits.",
                    kTorchScriptChainHint);
    const at::Tensor expected = out.toTensor().to(at::kFloat);
    const at::Tensor actual = runChain(net, x, path);
    if (expected.sizes() != actual.sizes()) {
        std::ostringstream text;
        text << "The layer chain of '" << path << "' gives outputs of shape " << actual.sizes() << " but its forward gives "
             << expected.sizes() << ", so the forward does more than run its modules one after another.";
        throw Error(ErrorCode::Unsupported, text.str(), kTorchScriptChainHint);
    }
    const double largest = expected.abs().max().item<double>();
    const double scale = std::max(1.0, largest);
    const double diff = (expected - actual).abs().max().item<double>();
    if (!std::isfinite(diff) || diff > tolerance * scale)
        throw Error(ErrorCode::Unsupported,
                    "The layer chain of '" + path + "' does not reproduce its forward: on random " + shape
                        + " inputs the logits differ by up to " + threeDigits(diff) + " (allowed "
                        + threeDigits(tolerance * scale)
                        + "). The forward does something besides running its modules one after another, such as a skip "
                          "connection, a branch, or a functional op.",
                    kTorchScriptChainHint);
    return "Verified against the TorchScript module on " + std::to_string(kVerifyBatch)
        + " random inputs: logits differ by at most " + threeDigits(diff) + " (largest |logit| " + threeDigits(largest)
        + ").";
}

std::vector<std::string> conversionNotes(const torchscript::ConversionLog& log)
{
    std::vector<std::string> notes;
    if (!log.foldedBatchNorms.empty())
        notes.push_back("Folded BatchNorm2d " + joined(log.foldedBatchNorms, ", ") + ".");
    if (!log.dropoutWithoutP.empty())
        notes.push_back("The traced model does not record the dropout probability of " + joined(log.dropoutWithoutP, ", ")
                        + "; it is set to 0 (dropout only matters when fine-tuning).");
    if (!log.skipped.empty())
        notes.push_back("Skipped modules that do nothing: " + joined(log.skipped, ", ") + ".");
    return notes;
}

} // namespace

Network importTorchScript(const std::string& path, const ImportOptions& options)
{
    torch::jit::Module model = loadModule(path);
    torchscript::ConversionLog log;
    Network net;
    try {
        net.layers = convertModules(model, log);
    } catch (const Error& e) {
        throw Error(e.code(), "Cannot import '" + path + "': " + e.what(), e.hint());
    }
    const size_t first = firstLinear(net.layers);
    if (first == net.layers.size())
        throw Error(ErrorCode::Unsupported, "'" + path + "' has no Linear layer, so the method finds no class logits in it.",
                    "Import a classifier whose last layer is an nn.Linear.");
    std::vector<std::string> notes = conversionNotes(log);
    // A VGG's forward usually reshapes with x.view or torch.flatten, which is not a module.
    if (std::none_of(net.layers.begin(), net.layers.begin() + first, [](const Layer& l) { return l.kind == LayerKind::Flatten; })) {
        Layer flatten;
        flatten.kind = LayerKind::Flatten;
        flatten.path = "flatten";
        notes.push_back("Inserted a Flatten before '" + net.layers[first].path + "' for the reshape in the model's forward.");
        net.layers.insert(net.layers.begin() + first, flatten);
    }
    setInputSpec(net, path, options, notes);

    const int64_t classes = net.numClasses();
    if (!options.classNames.empty() && int64_t(options.classNames.size()) != classes)
        throw Error(ErrorCode::InvalidArgument, std::to_string(options.classNames.size()) + " class names were given, but '" + path
                        + "' has " + std::to_string(classes) + " outputs.", "Give one name per output, or none.");
    net.info.classNames = options.classNames;
    for (int64_t i = int64_t(net.info.classNames.size()); i < classes; ++i)
        net.info.classNames.push_back("class " + std::to_string(i));
    net.info.name = std::filesystem::path(path).stem().string();
    net.info.sourceFile = path;
    net.info.sourceSha256 = sha256File(path);
    net.info.created = utcNowIso8601();
    net.info.toolVersion = toolVersion();

    validateNetwork(net, path); // finite weights and a chain whose shapes fit, before running anything
    notes.push_back(verifyChain(model, net, path, options.tolerance));
    net.info.notes = joined(notes, "\n");
    return net;
}

} // namespace psnn
