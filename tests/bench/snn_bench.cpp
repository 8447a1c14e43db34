// SPDX-License-Identifier: GPL-3.0-or-later
// Conversion time of the O(L*T) method vs the O(L^2*T) loop, and SNN inference throughput
// (images * steps per second), on the bundled teacher when present (else an untrained network of
// the teacher's shape: same cost) with Fashion-MNIST-shaped inputs.
#include "privatesnn/archive.h"
#include "privatesnn/conversion.h"
#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/snn_evaluation.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>
#include <benchmark/benchmark.h>

namespace {

psnn::Network teacher()
{
    try {
        return psnn::loadNetwork(psnn::findBundled("models/teacher.psnn"));
    } catch (const psnn::Error&) {
        return psnn::makeVgg(psnn::vggPreset("teacher"));
    }
}

at::Tensor images(int64_t n) { return at::rand({n, 1, 28, 28}, at::detail::createCPUGenerator(1)) * 2 - 1; }

void BM_Convert(benchmark::State& state, bool naive)
{
    psnn::configureThreads(int(state.range(2)));
    const psnn::Network net = teacher();
    const at::Tensor x = images(state.range(0));
    psnn::ConversionSettings settings;
    settings.timesteps = int(state.range(1));
    for (auto _ : state)
        benchmark::DoNotOptimize(naive ? psnn::convertToSnnNaive(net, x, settings) : psnn::convertToSnn(net, x, settings));
    state.counters["images"] = double(state.range(0));
    state.counters["T"] = double(state.range(1));
    state.counters["threads"] = double(state.range(2));
}
BENCHMARK_CAPTURE(BM_Convert, linear_LT, false)->Args({200, 30, 2})->Unit(benchmark::kSecond)->Iterations(1);
BENCHMARK_CAPTURE(BM_Convert, naive_L2T, true)->Args({200, 30, 2})->Unit(benchmark::kSecond)->Iterations(1);

void BM_SnnInference(benchmark::State& state)
{
    psnn::configureThreads(int(state.range(1)));
    const psnn::Network net = teacher();
    psnn::ConversionSettings settings;
    settings.timesteps = 30;
    psnn::SpikingModel snn = psnn::convertToSnn(net, images(100), settings);
    psnn::Dataset data;
    data.images = images(state.range(0));
    data.labels = at::zeros({state.range(0)}, at::kLong);
    for (auto _ : state)
        benchmark::DoNotOptimize(psnn::evaluateSnn(snn, data, int(state.range(0))));
    state.counters["images*steps/s"] =
        benchmark::Counter(double(state.iterations() * state.range(0) * settings.timesteps), benchmark::Counter::kIsRate);
    state.counters["batch"] = double(state.range(0));
    state.counters["threads"] = double(state.range(1));
}
BENCHMARK(BM_SnnInference)->Args({100, 1})->Args({100, 2})->Args({250, 2})->Unit(benchmark::kSecond)->Iterations(2)->UseRealTime();

} // namespace
