#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small TorchScript fixtures in tests/data/torchscript/ used by torchscript_import_test.

Run with a Python that has PyTorch 1.13 (on Debian 12: /usr/bin/python3 with python3-torch):
    python3 tests/data/make_torchscript_fixtures.py
The outputs are committed, so the C++ tests never need Python. Every model is seeded, so rerunning
gives the same weights, and the script pins PYTHONHASHSEED so that the files are byte-identical too.
"""
import os
import sys

# TorchScript writes each module's __constants__ (a Python set) in iteration order, which string
# hashing randomises per process; a fixed seed keeps regenerated files identical.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, "PYTHONHASHSEED": "0"})

import torch
import torch.nn as nn
import torch.nn.functional as F

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "torchscript")


class Vgg(nn.Module):
    """3x16x16 input, bias-free convs, average pooling, dropout, two FC layers; no nn.Flatten."""

    def __init__(self, batch_norm=False, pool="avg", activation="relu"):
        super().__init__()

        def pool_layer():
            return nn.MaxPool2d(2) if pool == "max" else nn.AvgPool2d(2)

        def block(cin, cout):
            layers = [nn.Conv2d(cin, cout, 3, padding=1, bias=False)]
            if batch_norm:
                layers.append(nn.BatchNorm2d(cout))
            layers.append(nn.ReLU(inplace=True))
            return layers

        self.features = nn.Sequential(
            *block(3, 4), pool_layer(),
            *block(4, 8), nn.Dropout(0.1), pool_layer(),
            *block(8, 8), nn.AvgPool2d(2))
        act = nn.Sigmoid() if activation == "sigmoid" else nn.ReLU()
        self.classifier = nn.Sequential(nn.Linear(32, 16), act, nn.Dropout(0.5), nn.Linear(16, 10))

    def forward(self, x):
        x = self.features(x)
        x = x.view(x.size(0), -1)
        return self.classifier(x)


class StrideBias(nn.Module):
    """1x28x28 input, convs with bias, a stride-2 conv, an unpadded conv, an explicit nn.Flatten and dropout."""

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 4, 3, stride=2, padding=1), nn.ReLU(),
            nn.AvgPool2d(kernel_size=2, stride=2),
            nn.Conv2d(4, 8, 3), nn.ReLU())
        self.flatten = nn.Flatten()
        self.classifier = nn.Sequential(nn.Dropout(0.25), nn.Linear(8 * 5 * 5, 10))

    def forward(self, x):
        return self.classifier(self.flatten(self.features(x)))


class Residual(nn.Module):
    """A skip connection in forward: the leaf modules alone look like a valid chain."""

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 4, 3, padding=1, bias=False), nn.ReLU(),
            nn.Conv2d(4, 4, 3, padding=1, bias=False), nn.ReLU(),
            nn.AvgPool2d(4))
        self.classifier = nn.Sequential(nn.Linear(64, 10))

    def forward(self, x):
        x = self.features[1](self.features[0](x))
        x = x + self.features[3](self.features[2](x))
        x = self.features[4](x)
        return self.classifier(torch.flatten(x, 1))


class TinyConv(nn.Module):
    """2x8x8 input, one conv with the given options; for the conv variants the method rejects."""

    def __init__(self, **conv_options):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(2, 4, 3, padding=1, **conv_options), nn.ReLU())
        self.classifier = nn.Linear(4 * 8 * 8, 3)

    def forward(self, x):
        return self.classifier(torch.flatten(self.features(x), 1))


def randomize_batch_norm(model):
    # Fresh BatchNorm2d layers are the identity in eval mode, which would not test the folding.
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            n = module.num_features
            module.weight.data = torch.rand(n) + 0.5
            module.bias.data = torch.randn(n) * 0.2
            module.running_mean = torch.randn(n) * 0.3
            module.running_var = torch.rand(n) * 2 + 0.2
            module.num_batches_tracked.fill_(100)


def build(factory, seed):
    torch.manual_seed(seed)
    model = factory()
    randomize_batch_norm(model)
    return model.eval()


def save(module, name):
    path = os.path.join(OUT, name)
    module.save(path)
    print(f"{name}: {os.path.getsize(path)} bytes")


def main():
    os.makedirs(OUT, exist_ok=True)
    with torch.no_grad():
        vgg = build(Vgg, 1)
        save(torch.jit.script(vgg), "vgg_scripted.pt")
        save(torch.jit.trace(vgg, torch.rand(1, 3, 16, 16)), "vgg_traced.pt")

        bn = build(lambda: Vgg(batch_norm=True), 2)
        save(torch.jit.script(bn), "vgg_bn_scripted.pt")
        save(torch.jit.trace(bn, torch.rand(1, 3, 16, 16)), "vgg_bn_traced.pt")

        stride = build(StrideBias, 3)
        save(torch.jit.script(stride), "stride_bias_scripted.pt")
        # Some exporters leave eval-mode dropout out of the trace; an identity forward does the same.
        stride.classifier[0].forward = lambda x: x
        save(torch.jit.trace(stride, torch.rand(1, 1, 28, 28)), "stride_bias_traced.pt")

        save(torch.jit.script(build(lambda: Vgg(pool="max"), 4)), "vgg_maxpool.pt")
        save(torch.jit.script(build(lambda: Vgg(activation="sigmoid"), 5)), "vgg_sigmoid.pt")
        save(torch.jit.script(build(Residual, 6)), "residual.pt")
        # Traced, so these options are visible only in the recorded graph (aten::pad, groups=2).
        tiny_input = torch.rand(1, 2, 8, 8)
        save(torch.jit.trace(build(lambda: TinyConv(padding_mode="reflect"), 9), tiny_input), "conv_reflect_traced.pt")
        save(torch.jit.trace(build(lambda: TinyConv(groups=2), 10), tiny_input), "conv_grouped_traced.pt")
        # Freezing inlines the submodules into the code, leaving no layer structure to read.
        save(torch.jit.freeze(torch.jit.script(build(Vgg, 8))), "vgg_frozen.pt")
        # A plain torch.save of a state dict: a zip file, but not TorchScript.
        torch.save(build(StrideBias, 7).state_dict(), os.path.join(OUT, "state_dict.pt"))
        print("state_dict.pt written")


if __name__ == "__main__":
    main()
