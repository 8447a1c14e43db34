// SPDX-License-Identifier: GPL-3.0-or-later
// ANN inference throughput of the bundled presets (images per second) at several thread counts.
#include "privatesnn/runtime.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>
#include <benchmark/benchmark.h>
#include <torch/torch.h>

static void BM_AnnForward(benchmark::State& state, const char* preset)
{
    psnn::configureThreads(int(state.range(1)));
    const psnn::Network net = psnn::makeVgg(psnn::vggPreset(preset));
    const at::Tensor x = at::rand({state.range(0), 1, 28, 28}) * 2 - 1;
    torch::NoGradGuard noGrad;
    for (auto _ : state)
        benchmark::DoNotOptimize(net.forward(x));
    state.counters["images/s"] = benchmark::Counter(double(state.iterations() * state.range(0)), benchmark::Counter::kIsRate);
    state.counters["threads"] = double(state.range(1));
}
BENCHMARK_CAPTURE(BM_AnnForward, teacher, "teacher")->Args({256, 1})->Args({256, 2})->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_AnnForward, judge, "judge")->Args({256, 2})->Unit(benchmark::kMillisecond);
