#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Two spiking networks trained outside the lab, written as NIR graphs in the dialects snnTorch and
Norse export, for `privatesnn run --snn FILE.nir` (README, "Importing other frameworks' models").

Usage: train-nir-examples.py OUTDIR [--images N] [--epochs E]

Both are trained directly as SNNs by surrogate-gradient BPTT in plain PyTorch (Debian's
python3-torch; snnTorch and Norse themselves are not packaged), on the first N Fashion-MNIST
training images (Debian's dataset-fashion-mnist), in exactly the discrete time that NIR's neurons
have under forward Euler, as the two libraries simulate them:

  snntorch.nir  conv 8 - Leaky - AvgPool2d - conv 16 - Leaky - AvgPool2d - fc 10 - Leaky, beta 0.9,
                threshold 1, reset by subtraction, spike counts read out. Written as snnTorch's
                export writes Leaky: LIF with tau = dt / (1 - beta), r = tau / dt (dt = 1e-4),
                v_leak = 0, and reset_method = "subtract" in the metadata.
  norse.nir     the same layers with Norse's LIF (tau_mem 5 ms, v_th 0.25, hard reset to v_reset = 0;
                dt = 1 ms, which the file does not state: import with --dt 0.001), SumPool2d and an
                LI readout (tau 10 ms) whose final membrane gives the class scores.

Then the NumPy reference of NIR's semantics (tests/python/nir_dialects.py) runs both graphs from the
files alone on the first 1000 test images, which are written as an IDX folder (OUTDIR/idx, labels
as numbers) for `--eval-data idx:OUTDIR/idx:test --eval-images 0`. OUTDIR/reference.json holds the
accuracies: direct coding, so `privatesnn evaluate` must give the same.
"""
import gzip
import json
import os
import struct
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "python"))
try:
    import numpy as np
    import torch
    import nir_dialects as nd
except ImportError as e:
    sys.exit(f"FAIL: {e}. Install Debian's python3-torch and python3-h5py (scripts/setup-debian.sh).")

OUT = sys.argv[1]
ARGS = dict(zip(sys.argv[2::2], sys.argv[3::2]))
TRAIN_IMAGES = int(ARGS.get("--images", 10000))
EPOCHS = int(ARGS.get("--epochs", 2))
TEST_IMAGES = 1000
T = 8
torch.manual_seed(20261226)
torch.set_num_threads(int(os.environ.get("PRIVATESNN_THREADS", "2")))
FASHION = os.environ.get("PRIVATESNN_FASHION_MNIST", "/usr/share/datasets/fashion-mnist")


def idx(name, count, offset, shape):
    with gzip.open(os.path.join(FASHION, name)) as f:
        data = f.read()
    return np.frombuffer(data, np.uint8, count * int(np.prod(shape)), offset).reshape(count, *shape)


class Spike(torch.autograd.Function):
    """Heaviside forward; fast-sigmoid surrogate backward (snnTorch's default shape, slope 10)."""

    @staticmethod
    def forward(ctx, v):
        ctx.save_for_backward(v)
        return (v > 0).float()

    @staticmethod
    def backward(ctx, grad):
        (v,) = ctx.saved_tensors
        return grad / (1 + 10 * v.abs()) ** 2


class Net(torch.nn.Module):
    """conv 8 - neuron - pool - conv 16 - neuron - pool - fc 10 - readout, in NIR's discrete time:
    v = leak u + gain I (+ drive), spike when v > threshold, reset by subtraction or to v_reset."""

    def __init__(self, dialect):
        super().__init__()
        self.dialect = dialect
        self.conv1 = torch.nn.Conv2d(1, 8, 3, padding=1)
        self.conv2 = torch.nn.Conv2d(8, 16, 3, padding=1)
        self.fc = torch.nn.Linear(16 * 7 * 7, 10)
        if dialect == "snntorch":
            self.leak, self.gain, self.threshold = 0.9, 1.0, 1.0
        else:  # Norse: dt = 1 ms, tau_mem = 5 ms, r = 1: leak 0.8, gain 0.2; the LI readout tau 10 ms
            self.leak, self.gain, self.threshold, self.v_reset = 0.8, 0.2, 0.25, 0.0
            self.out_leak, self.out_gain = 0.9, 0.1

    def pool(self, x):
        return torch.nn.functional.avg_pool2d(x, 2) * (1 if self.dialect == "snntorch" else 4)

    def neuron(self, u, current):
        v = self.leak * u + self.gain * current
        s = Spike.apply(v - self.threshold)
        if self.dialect == "snntorch":
            return s, v - self.threshold * s.detach()
        return s, v * (1 - s.detach()) + self.v_reset * s.detach()

    def forward(self, x):
        u1 = u2 = u3 = 0.0
        out = 0.0
        for _ in range(T):
            s1, u1 = self.neuron(u1, self.conv1(x))
            s2, u2 = self.neuron(u2, self.conv2(self.pool(s1)))
            current = self.fc(self.pool(s2).flatten(1))
            if self.dialect == "snntorch":
                s3, u3 = self.neuron(u3, current)
                out = out + s3  # spike counts
            else:
                u3 = self.out_leak * u3 + self.out_gain * current
                out = u3  # the LI membrane after the last step
        return out


def train(dialect, images, labels):
    net = Net(dialect)
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    x = torch.from_numpy(images.astype(np.float32) / 255)
    y = torch.from_numpy(labels.astype(np.int64))
    started = time.time()
    for epoch in range(EPOCHS):
        order = torch.randperm(len(x))
        for b in range(0, len(x), 64):
            i = order[b:b + 64]
            # The LI membrane is small (gain 0.1): scaled for the loss only, which leaves its argmax alone.
            scale = 1.0 if dialect == "snntorch" else 10.0
            loss = torch.nn.functional.cross_entropy(net(x[i]) * scale, y[i])
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"{dialect}: epoch {epoch + 1}, last batch loss {loss.item():.3f}, {time.time() - started:.0f} s", flush=True)
    return net.eval()


def ints(*v):
    return np.array(v, np.int64)


def chain_of(net):
    """The trained net as a NIR chain in its library's dialect."""
    w = lambda t: t.detach().numpy().astype(np.float32)
    conv = lambda c, hw: {"input_shape": ints(hw, hw), "weight": w(c.weight), "bias": w(c.bias), "stride": ints(1, 1),
                          "padding": ints(1, 1), "dilation": ints(1, 1), "groups": 1}
    pool = {"kernel_size": ints(2, 2), "stride": ints(2, 2), "padding": ints(0, 0)}
    full = lambda v, shape: np.full(shape, v, np.float32)
    if net.dialect == "snntorch":
        dt = 1e-4
        tau = dt / (1 - net.leak)
        lif = lambda shape: {"tau": full(tau, shape), "r": full(np.float32(tau) / dt, shape), "v_leak": full(0, shape),
                             "v_threshold": full(net.threshold, shape)}
        neurons = [("lif1", "LIF", lif((8, 28, 28))), ("lif2", "LIF", lif((16, 14, 14))), ("lif3", "LIF", lif((10,)))]
        pool_type, metadata = "AvgPool2d", {"reset_method": "subtract"}
    else:
        lif = lambda shape: {"tau": full(0.005, shape), "r": full(1, shape), "v_leak": full(0, shape),
                             "v_threshold": full(net.threshold, shape), "v_reset": full(net.v_reset, shape)}
        neurons = [("lif1", "LIF", lif((8, 28, 28))), ("lif2", "LIF", lif((16, 14, 14))),
                   ("li", "LI", {"tau": full(0.01, (10,)), "r": full(1, (10,)), "v_leak": full(0, (10,))})]
        pool_type, metadata = "SumPool2d", {}
    chain = [("input", "Input", {"shape": ints(1, 28, 28)}), ("conv1", "Conv2d", conv(net.conv1, 28)), neurons[0],
             ("pool1", pool_type, pool), ("conv2", "Conv2d", conv(net.conv2, 14)), neurons[1],
             ("pool2", pool_type, pool), ("flatten", "Flatten", {"input_type": ints(16, 7, 7), "start_dim": 0, "end_dim": -1}),
             ("fc", "Affine", {"weight": w(net.fc.weight), "bias": w(net.fc.bias)}), neurons[2],
             ("output", "Output", {"shape": ints(10)})]
    return chain, metadata


def main():
    os.makedirs(OUT, exist_ok=True)
    train_x = idx("train-images-idx3-ubyte.gz", TRAIN_IMAGES, 16, (1, 28, 28))
    train_y = idx("train-labels-idx1-ubyte.gz", TRAIN_IMAGES, 8, ())
    test_x = idx("t10k-images-idx3-ubyte.gz", TEST_IMAGES, 16, (1, 28, 28))
    test_y = idx("t10k-labels-idx1-ubyte.gz", TEST_IMAGES, 8, ())
    folder = os.path.join(OUT, "idx")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "t10k-images-idx3-ubyte"), "wb") as f:
        f.write(struct.pack(">IIII", 0x803, TEST_IMAGES, 28, 28) + test_x.tobytes())
    with open(os.path.join(folder, "t10k-labels-idx1-ubyte"), "wb") as f:
        f.write(struct.pack(">II", 0x801, TEST_IMAGES) + test_y.tobytes())
    reference = {"timesteps": T, "test_images": TEST_IMAGES, "train_images": TRAIN_IMAGES, "epochs": EPOCHS}
    images = test_x.astype(np.float32) / 255
    for dialect, dt, reset in (("snntorch", None, "subtract"), ("norse", 0.001, "v_reset")):
        net = train(dialect, train_x, train_y)
        with torch.no_grad():
            torch_accuracy = float((net(torch.from_numpy(images)).argmax(1).numpy() == test_y).mean())
        chain, metadata = chain_of(net)
        path = os.path.join(OUT, dialect + ".nir")
        nd.write_graph(path, chain, metadata)
        if dt is None:  # snnTorch's convention: dt = tau / r
            dt = float(np.float64(chain[2][2]["tau"].flat[0]) / np.float64(chain[2][2]["r"].flat[0]))
        _, readout = nd.simulate(chain, images, dt, reset, T)
        accuracy = float((readout.argmax(1) == test_y).mean())
        reference[dialect] = {"file": path, "torch_accuracy": torch_accuracy, "numpy_accuracy": accuracy,
                              "import_options": [] if dialect == "snntorch" else ["--dt", "0.001"]}
        print(f"{dialect}: test accuracy {accuracy * 100:.2f} % (NumPy reference from the file), "
              f"{torch_accuracy * 100:.2f} % (the trained torch module)", flush=True)
    with open(os.path.join(OUT, "reference.json"), "w") as f:
        json.dump(reference, f, indent=1)


main()
