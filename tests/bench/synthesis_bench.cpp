// SPDX-License-Identifier: GPL-3.0-or-later
// Data-free synthesis throughput on the teacher preset: images per second when B images are
// optimised together (each with its own target) versus one image at a time as in the reference
// code. Same images, same number of Adam steps; only the batching differs.
#include "privatesnn/runtime.h"
#include "privatesnn/synthesis.h"
#include "privatesnn/vgg.h"

#include <benchmark/benchmark.h>

namespace {

constexpr int kPerClass = 4; // 40 images for the 10 teacher classes
constexpr int kSteps = 20;

void BM_Synthesis(benchmark::State& state)
{
    psnn::configureThreads(int(state.range(1)));
    const psnn::Network net = psnn::makeVgg(psnn::vggPreset("teacher"));
    psnn::SynthesisConfig config;
    config.perClass = kPerClass;
    config.steps = kSteps;
    config.batchSize = int(state.range(0));
    int64_t images = 0;
    for (auto _ : state) {
        const psnn::SyntheticSet set = psnn::synthesize(net, config);
        images += set.size();
        benchmark::DoNotOptimize(set.images.data_ptr());
    }
    state.counters["images/s"] = benchmark::Counter(double(images), benchmark::Counter::kIsRate);
    state.counters["image_steps/s"] = benchmark::Counter(double(images) * kSteps, benchmark::Counter::kIsRate);
    state.counters["batch"] = double(state.range(0));
    state.counters["threads"] = double(state.range(1));
}

} // namespace

// Batch 1 is the reference's one-image-at-a-time loop; 40 puts all images in one batch.
BENCHMARK(BM_Synthesis)->ArgNames({"batch", "threads"})->Args({1, 1})->Args({8, 1})->Args({40, 1})->Args({1, 2})->Args({40, 2})
    ->Unit(benchmark::kSecond)->UseRealTime();
