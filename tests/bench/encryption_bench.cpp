// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption training: seconds per epoch and peak memory, on the bundled teacher when present
// (else an untrained network of the teacher's shape: same cost) with Fashion-MNIST-shaped inputs.
// Args: images, T, batch, threads.
// The peak is the process's, so run ONE configuration per process, e.g.
//   privatesnn_bench --benchmark_filter='BM_EncryptionEpoch/200/20/50/1/'
// The counters check the memory estimate (encryption_memory.cpp): rss_growth_MB is the peak minus
// the resident size before training, estimate_growth_MB what the estimate expects on top of
// LibTorch's base; estimate_ratio (their quotient) below 1 means the estimate is short; and
// implied_buffers is how many per-chunk buffers the growth left after the state and the fixed part
// amounts to (kWorkspaceBuffers should stay above it).
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
#include <malloc.h>
#include <string>

namespace {

psnn::Network teacher()
{
    try {
        return psnn::loadNetwork(psnn::findBundled("models/teacher.psnn"));
    } catch (const psnn::Error&) {
        return psnn::makeVgg(psnn::vggPreset("teacher"));
    }
}

/// A /proc/self/status field in bytes: VmRSS (resident now) or VmHWM (peak since the last reset).
double statusBytes(const std::string& field)
{
    std::ifstream in("/proc/self/status");
    std::string key;
    while (in >> key) {
        if (key == field + ":") {
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
    psnn::configureThreads(int(state.range(3)));
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
    // Training's own peak: the heap that conversion freed but glibc kept (configureAllocator) is
    // returned first, and the kernel's peak-RSS mark is reset (Linux >= 4.0), so the conversion's
    // peak does not hide the training's.
    malloc_trim(0);
    std::ofstream("/proc/self/clear_refs") << "5";
    const double before = statusBytes("VmRSS");
    for (auto _ : state)
        benchmark::DoNotOptimize(psnn::encryptSnn(snn, net, data, config));
    const double peak = statusBytes("VmHWM");
    const psnn::MemoryEstimate e = psnn::estimateEncryptionMemory(snn, config, n);
    state.counters["images"] = double(n);
    state.counters["T"] = double(config.timesteps);
    state.counters["batch"] = double(config.batchSize);
    state.counters["threads"] = double(state.range(3));
    state.counters["peak_rss_MB"] = peak / 1e6;
    state.counters["rss_growth_MB"] = (peak - before) / 1e6;
    state.counters["estimate_MB"] = e.neededBytes / 1e6;
    state.counters["state_MB"] = e.stateBytes / 1e6;
    state.counters["chunk_MB"] = e.chunkBytes / 1e6;
    const double base = 64.0 * 1024 * 1024; // LibTorch's own, already resident before training
    state.counters["estimate_growth_MB"] = (e.neededBytes - base) / 1e6;
    state.counters["estimate_ratio"] = (e.neededBytes - base) / (peak - before);
    state.counters["implied_buffers"] =
        (peak - before - (e.fixedBytes - base) - e.stateBytes) / e.chunkBytes;
}
// One thread by default: on a shared 2-core machine a second LibTorch thread that has to wait for
// a busy core makes an epoch several times slower (measured: 4.2 s vs 31.7 s); the last
// configuration is for an idle machine.
BENCHMARK(BM_EncryptionEpoch)
    ->Args({200, 20, 50, 1})
    ->Args({200, 40, 50, 1})
    ->Args({200, 100, 50, 1})
    ->Args({200, 20, 100, 1})
    ->Args({200, 100, 200, 1})
    ->Args({200, 20, 50, 2})
    ->Unit(benchmark::kSecond)
    ->Iterations(1);

} // namespace
