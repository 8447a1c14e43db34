// SPDX-License-Identifier: GPL-3.0-or-later
// Per-kernel cost of the time-batched engine: the currents of one layer for 300 frames (T x B)
// from binary spikes at a given rate, event-driven vs one dense product over all frames. The
// crossover rates in snn_engine.h come from these figures. Counters: synaptic events per second
// (input spikes x fan-out actually added) and dense-equivalent multiply-accumulates per second.
#include "snn_engine.h"
#include "snn_layer_kernels.h"

#include "privatesnn/runtime.h"

#include <ATen/ATen.h>
#include <benchmark/benchmark.h>

namespace {

constexpr int64_t kFrames = 300;

at::Tensor spikes(at::IntArrayRef shape, double rate)
{
    return (at::rand(shape, at::detail::createCPUGenerator(5)) < rate).to(at::kByte);
}

/// args: rate in percent, input channels, output channels, map size, threads, dense (0/1)
void BM_ConvCurrents(benchmark::State& state)
{
    const double rate = double(state.range(0)) / 100.0;
    const int64_t cin = state.range(1), cout = state.range(2), size = state.range(3);
    psnn::configureThreads(int(state.range(4)));
    const bool dense = state.range(5) != 0;
    const at::Tensor in = spikes({kFrames, size, size, cin}, rate);
    const at::Tensor weight = at::randn({cout, cin, 3, 3});
    const at::Tensor eventWeight = weight.permute({2, 3, 1, 0}).contiguous();
    const at::Tensor denseWeight = weight.contiguous(at::MemoryFormat::ChannelsLast);
    psnn::kernels::ConvShape shape{size, size, cin, size, size, cout, 3, 1, 1};
    at::Tensor out = at::empty({kFrames, size, size, cout});
    for (auto _ : state) {
        if (dense)
            out = at::conv2d(in.to(at::kFloat).permute({0, 3, 1, 2}), denseWeight, {}, {1, 1}, {1, 1}).permute({0, 2, 3, 1}).contiguous();
        else
            psnn::kernels::eventConv("bench", in, 1.0f, eventWeight, shape, out);
        benchmark::DoNotOptimize(out.data_ptr<float>());
    }
    const double events = double(in.sum().item<int64_t>()) * 9.0 * double(cout);
    const double macs = double(kFrames * size * size * cin) * 9.0 * double(cout);
    state.counters["synaptic_events/s"] = benchmark::Counter(events * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["dense_MAC/s"] = benchmark::Counter(macs * double(state.iterations()), benchmark::Counter::kIsRate);
}

/// args: rate in percent, inputs, outputs, threads, dense (0: events, 1: at::linear, 2: 1x1 convolution)
void BM_LinearCurrents(benchmark::State& state)
{
    const double rate = double(state.range(0)) / 100.0;
    const int64_t d = state.range(1), k = state.range(2);
    psnn::configureThreads(int(state.range(3)));
    const int64_t dense = state.range(4);
    const at::Tensor in = spikes({kFrames, d}, rate);
    const at::Tensor weight = at::randn({k, d});
    const at::Tensor weight1x1 = weight.view({k, d, 1, 1});
    const at::Tensor eventWeight = weight.t().contiguous();
    at::Tensor out = at::empty({kFrames, k});
    for (auto _ : state) {
        if (dense == 1)
            out = at::linear(in.to(at::kFloat), weight);
        else if (dense == 2) // the same product as a 1x1 convolution (oneDNN instead of BLAS)
            out = at::conv2d(in.to(at::kFloat).view({kFrames, d, 1, 1}), weight1x1).view({kFrames, k});
        else
            psnn::kernels::eventLinear("bench", in, 1.0f, eventWeight, out);
        benchmark::DoNotOptimize(out.data_ptr<float>());
    }
    const double events = double(in.sum().item<int64_t>()) * double(k);
    state.counters["synaptic_events/s"] = benchmark::Counter(events * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["dense_MAC/s"] = benchmark::Counter(double(kFrames * d * k) * double(state.iterations()), benchmark::Counter::kIsRate);
}

/// args: threads. The IF/LIF scan over T = 30 for 10 samples of a 28 x 28 x 32 map.
void BM_IntegrateAndFire(benchmark::State& state)
{
    psnn::configureThreads(int(state.range(0)));
    const at::Tensor currents = at::rand({30, 10, 28 * 28 * 32}, at::detail::createCPUGenerator(2)) * 0.3;
    const at::Tensor theta = at::full({32}, 1.0f);
    at::Tensor spikesOut = at::empty(currents.sizes(), at::kByte);
    for (auto _ : state) {
        at::Tensor membrane = at::zeros({10, 28 * 28 * 32});
        benchmark::DoNotOptimize(psnn::kernels::integrateAndFire("bench", currents, theta, 1.0f, membrane, spikesOut));
    }
    state.counters["neuron_steps/s"] = benchmark::Counter(double(currents.numel()) * double(state.iterations()), benchmark::Counter::kIsRate);
}

void rates(benchmark::internal::Benchmark* b, std::vector<int64_t> layer, std::vector<int64_t> modes = {0, 1},
           std::vector<int64_t> percents = {1, 5, 20, 50}, int64_t threads = 2)
{
    for (int64_t dense : modes)
        for (int64_t rate : percents) {
            std::vector<int64_t> args{rate};
            args.insert(args.end(), layer.begin(), layer.end());
            args.push_back(threads);
            args.push_back(dense);
            b->Args(args);
        }
}

BENCHMARK(BM_ConvCurrents)->Apply([](auto* b) { rates(b, {32, 32, 28}); })->ArgNames({"rate%", "cin", "cout", "size", "threads", "dense"})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_ConvCurrents)->Apply([](auto* b) { rates(b, {64, 64, 14}); })->ArgNames({"rate%", "cin", "cout", "size", "threads", "dense"})->Unit(benchmark::kMillisecond)->UseRealTime();
// The bundled teacher's narrow layers at the rates attack 2 drives them to, on one thread (a study job).
void teacherLayer(benchmark::internal::Benchmark* b, std::vector<int64_t> layer)
{
    rates(b, std::move(layer), {0, 1}, {5, 12, 20}, 1);
    b->ArgNames({"rate%", "cin", "cout", "size", "threads", "dense"})->Unit(benchmark::kMillisecond)->UseRealTime();
}
BENCHMARK(BM_ConvCurrents)->Apply([](auto* b) { teacherLayer(b, {16, 16, 28}); });
BENCHMARK(BM_ConvCurrents)->Apply([](auto* b) { teacherLayer(b, {16, 32, 14}); });
BENCHMARK(BM_LinearCurrents)->Apply([](auto* b) { rates(b, {3136, 256}, {0, 1, 2}); })->ArgNames({"rate%", "in", "out", "threads", "dense"})->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_IntegrateAndFire)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
