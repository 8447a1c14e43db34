// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption training: seconds per epoch and peak memory, on the bundled teacher when present
// (else an untrained network of the teacher's shape: same cost) with Fashion-MNIST-shaped inputs.
// Args: images, T, batch, recompute chunk (0 = plain BPTT), threads.
// ru_maxrss is the peak of the whole process, so run ONE configuration per process, e.g.
//   privatesnn_bench --benchmark_filter='BM_EncryptionEpoch/200/20/50/0/1/'
// The counters give the figures that calibrate the memory estimate (encryption_memory.cpp):
// rss_growth_MB is the peak minus the resident size before training; implied_factor is that growth,
// less the fixed part of the estimate, per activation byte held (activations x batch x steps held).
#include "privatesnn/archive.h"
#include "privatesnn/conversion.h"
#include "privatesnn/encryption.h"
#include "privatesnn/error.h"
#include "privatesnn/runtime.h"
#include "privatesnn/vgg.h"

#include <ATen/ATen.h>
#include <benchmark/benchmark.h>
#include <torch/torch.h>

#include <fstream>
#include <string>
#include <sys/resource.h>

namespace {

psnn::Network teacher()
{
    try {
        return psnn::loadNetwork(psnn::findBundled("models/teacher.psnn"));
    } catch (const psnn::Error&) {
        return psnn::makeVgg(psnn::vggPreset("teacher"));
    }
}

double residentBytes()
{
    std::ifstream in("/proc/self/status");
    std::string key;
    while (in >> key) {
        if (key == "VmRSS:") {
            double kb = 0;
            in >> kb;
            return kb * 1024;
        }
        std::getline(in, key);
    }
    return 0;
}

void BM_EncryptionEpoch(benchmark::State& state)
{
    psnn::configureThreads(int(state.range(4)));
    const psnn::Network net = teacher();
    const int64_t n = state.range(0);
    const at::Tensor x = at::rand({n, 1, 28, 28}, at::detail::createCPUGenerator(1)) * 2 - 1;
    psnn::ConversionSettings settings;
    settings.timesteps = int(state.range(1));
    const psnn::SpikingModel snn = psnn::convertToSnn(net, x.slice(0, 0, std::min<int64_t>(n, 100)), settings);
    psnn::EncryptionData data;
    data.images = x;
    {
        torch::NoGradGuard noGrad;
        data.labels = net.forward(x).argmax(1);
    }
    psnn::EncryptionConfig config;
    config.epochs = 1;
    config.timesteps = int(state.range(1));
    config.batchSize = int(state.range(2));
    config.recomputeChunk = int(state.range(3));
    const double before = residentBytes();
    for (auto _ : state)
        benchmark::DoNotOptimize(psnn::encryptSnn(snn, net, data, config));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peak = double(usage.ru_maxrss) * 1024;
    const psnn::MemoryEstimate e = psnn::estimateEncryptionMemory(snn, config, n);
    const int T = config.timesteps;
    const int held = config.recomputeChunk > 0 && config.recomputeChunk < T ? config.recomputeChunk : T;
    state.counters["images"] = double(n);
    state.counters["T"] = double(T);
    state.counters["batch"] = double(config.batchSize);
    state.counters["chunk"] = double(config.recomputeChunk);
    state.counters["threads"] = double(state.range(4));
    state.counters["peak_rss_MB"] = peak / 1e6;
    state.counters["rss_growth_MB"] = (peak - before) / 1e6;
    state.counters["estimate_MB"] = e.neededBytes / 1e6;
    state.counters["implied_factor"] =
        (peak - before - (e.fixedBytes - 64.0 * 1024 * 1024)) / (e.activationBytesPerImageStep * config.batchSize * held);
}
// One thread by default: on a shared 2-core machine a second LibTorch thread that has to wait for
// a busy core makes an epoch several times slower (measured: 4.2 s vs 31.7 s); the last
// configuration is for an idle machine.
BENCHMARK(BM_EncryptionEpoch)
    ->Args({200, 20, 50, 0, 1})
    ->Args({200, 20, 50, 5, 1})
    ->Args({200, 40, 50, 0, 1})
    ->Args({200, 20, 50, 0, 2})
    ->Unit(benchmark::kSecond)
    ->Iterations(1);

} // namespace
