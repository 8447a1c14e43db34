#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""NIR graphs written by hand in the dialects other libraries export, and an independent NumPy
reference of NIR's semantics that simulates them (Debian's python3-h5py and python3-numpy).

Usage: nir_dialects.py OUTDIR

Writes OUTDIR/<dialect>.nir for each dialect below and OUTDIR/reference.json with, per dialect,
the import options a user gives for it, the images, T, and what the reference computes: every
spiking layer's spike count per image and the readout after T steps.

The reference is NIR's continuous-time neurons under forward Euler with step dt, written from
NIR's definitions (neuromorphs/NIR nir/ir/neuron.py), in float32 and in the factored order
    v = (1 - dt/tau) u + (dt R / tau) I + (dt / tau) v_leak        (IF: v = u + dt R I)
with the factors worked out in float64. Spike when v > v_threshold, then reset by subtraction or
to v_reset as the dialect says; the input is the image at every step (direct coding). Weights and
images lie on a binary grid, so every current is exact in float32 whatever the summation order.

Dialects:
  snntorch  snnTorch's export of Leaky (beta): LIF with tau = dt / (1 - beta), r = tau / dt, dt =
            1e-4, no v_reset, AvgPool2d; reset_method = "subtract" in the metadata; spikes read out.
            The reference takes dt = tau / r, the convention itself, and checks it gives beta and 1.
  sinabs    Sinabs' IAFSqueeze: IF with r = 1, v_reset = 0, SumPool2d; Sinabs subtracts, so the user
            gives --reset subtract; spikes read out.
  norse     Norse's LIF (hard reset to v_reset = -1/8) with a dilated convolution, SumPool2d and an
            LI readout; Norse's dt = 1e-3 is not in the file, so the user gives --dt 0.001.
  if_scalar An IF whose r, v_threshold and v_reset are scalars (NIR#176), NIR's reset to v_reset,
            and an Affine output without a neuron (its currents summed over T).
"""
import json
import os
import sys

try:
    import h5py
    import numpy as np
except ImportError as e:
    sys.exit(f"FAIL: {e}. Install Debian's python3-h5py (scripts/setup-debian.sh) for /usr/bin/python3.")

F = np.float32
T = 12
N = 6
rng = np.random.default_rng(20261226)


def grid(shape, spread, step=1 / 16):
    """Values on a grid of `step`, so that sums of a few hundred products stay exact in float32."""
    return (np.round(rng.normal(0, spread, shape) / step) * step).astype(F)


def conv2d(x, w, b, stride, padding, dilation):
    """x: N,C,H,W; w: O,I,k,k (PyTorch's cross-correlation), summed in float64."""
    n, c, h, width = x.shape
    k = w.shape[2]
    span = (k - 1) * dilation + 1
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = np.lib.stride_tricks.sliding_window_view(xp, (span, span), axis=(2, 3))
    windows = windows[:, :, ::stride, ::stride, ::dilation, ::dilation]  # N, C, OH, OW, k, k
    out = np.einsum("nchwij,ocij->nohw", windows, w.astype(np.float64))
    if b is not None:
        out += b[None, :, None, None]
    return out.astype(F)


def pool(x, k, stride, average):
    windows = np.lib.stride_tricks.sliding_window_view(x.astype(np.float64), (k, k), axis=(2, 3))[:, :, ::stride, ::stride]
    out = windows.sum(axis=(4, 5))
    return (out / (k * k) if average else out).astype(F)


class Neuron:
    """One NIR neuron node in discrete time (see the module's docstring), for a batch."""

    def __init__(self, kind, fields, shape, dt, reset):
        def field(name, default=None):
            """A scalar, one value per channel or one per neuron, broadcast to the layer (NIR#176)."""
            v = np.asarray(fields.get(name, default), np.float64)
            if v.size == 1:
                return np.full(shape, v.reshape(-1)[0])
            if v.size == np.prod(shape):
                return v.reshape(shape)
            return np.broadcast_to(v.reshape(-1, 1, 1), shape)

        r = field("r", 1.0)
        if kind == "IF":
            self.leak, self.gain, self.drive = np.ones(shape), dt * r, np.zeros(shape)
        else:
            a = dt / field("tau")
            self.leak, self.gain, self.drive = 1 - a, a * r, a * field("v_leak", 0.0)
        self.leak, self.gain, self.drive = (v.astype(F) for v in (self.leak, self.gain, self.drive))
        self.fires = kind != "LI"
        if self.fires:
            self.threshold = field("v_threshold").astype(F)
            self.v_reset = field("v_reset", 0.0).astype(F)
        self.reset = reset
        self.u = None

    def step(self, current):
        if self.u is None:
            self.u = np.zeros(current.shape, F)
        v = self.leak * self.u + self.gain * current + self.drive
        if not self.fires:
            self.u = v
            return v
        s = v > self.threshold
        if self.reset == "subtract":
            self.u = v - self.threshold * s.astype(F)
        else:
            self.u = np.where(s, self.v_reset, v).astype(F)
        return s.astype(F)


def simulate(chain, images, dt, reset, steps=None):
    """Runs the chain [(name, type, fields)] on a batch of images (N, C, H, W) for T steps, the
    image at every step: each firing neuron node's spike count per image ({name: [N]}), and the
    readout per image (an LI output's membrane; else the output's spikes or currents summed)."""
    neurons, counts, readout = {}, {}, None
    for t in range(steps or T):
        x = images.astype(F)
        last = None
        for name, kind, f in chain:
            if kind in ("Input", "Output"):
                continue
            if kind == "Conv2d":
                x = conv2d(x, f["weight"], f.get("bias"), int(f["stride"][0]), int(f["padding"][0]),
                           int(f["dilation"][0]))
            elif kind in ("Affine", "Linear"):
                y = x.reshape(len(x), -1).astype(np.float64) @ f["weight"].astype(np.float64).T
                x = (y + f["bias"] if kind == "Affine" else y).astype(F)
            elif kind in ("AvgPool2d", "SumPool2d"):
                x = pool(x, int(f["kernel_size"][0]), int(f["stride"][0]), kind == "AvgPool2d")
            elif kind == "Flatten":
                x = x.reshape(len(x), -1)
            elif kind in ("IF", "LIF", "LI"):
                if name not in neurons:
                    neurons[name] = Neuron(kind, f, x.shape[1:], dt, reset)
                x = neurons[name].step(x)
                if neurons[name].fires:
                    counts[name] = counts.get(name, 0.0) + x.reshape(len(x), -1).sum(axis=1)
            last = kind
        # An LI output is read as its membrane; spikes and currents are summed over the steps.
        readout = x if last == "LI" or readout is None else readout + x
    return counts, readout


def write_graph(path, chain, metadata):
    """The layout of nir.write (neuromorphs/NIR nir/serialization.py)."""
    text = h5py.string_dtype()
    with h5py.File(path, "w") as f:
        f.create_dataset("version", data="1.0.7", dtype=text)
        g = f.create_group("node")
        g.create_dataset("type", data="NIRGraph", dtype=text)
        nodes = g.create_group("nodes")
        for name, kind, fields in chain:
            n = nodes.create_group(name)
            n.create_dataset("type", data=kind, dtype=text)
            for key, value in fields.items():
                if isinstance(value, np.ndarray) and value.ndim > 0:
                    n.create_dataset(key, data=value, compression="gzip")
                else:
                    n.create_dataset(key, data=value)
        edges = [[chain[i][0], chain[i + 1][0]] for i in range(len(chain) - 1)]
        g.create_dataset("edges", data=np.array(edges, dtype=object), dtype=text)
        if metadata:
            m = g.create_group("metadata")
            for key, value in metadata.items():
                m.create_dataset(key, data=value, dtype=text if isinstance(value, str) else None)


def ints(*v):
    return np.array(v, np.int64)


def per_neuron(value, shape):
    return np.full(shape, value, F)


def snntorch():
    dt = 1e-4
    lif = lambda beta, threshold, shape: {"tau": per_neuron(dt / (1 - beta), shape),
                                          "r": per_neuron(F(dt / (1 - beta)) / dt, shape),
                                          "v_leak": per_neuron(0, shape), "v_threshold": per_neuron(threshold, shape)}
    chain = [("input", "Input", {"shape": ints(1, 8, 8)}),
             ("conv1", "Conv2d", {"input_shape": ints(8, 8), "weight": grid((4, 1, 3, 3), 0.5), "bias": grid(4, 0.1),
                                  "stride": ints(1, 1), "padding": ints(1, 1), "dilation": ints(1, 1), "groups": 1}),
             ("lif1", "LIF", lif(0.75, 0.5, (4, 8, 8))),
             ("pool1", "AvgPool2d", {"kernel_size": ints(2, 2), "stride": ints(2, 2), "padding": ints(0, 0)}),
             ("flatten", "Flatten", {"input_type": ints(4, 4, 4), "start_dim": 0, "end_dim": -1}),
             ("fc1", "Affine", {"weight": grid((10, 64), 0.4), "bias": grid(10, 0.1)}),
             ("lif2", "LIF", lif(0.5, 1.0, (10,))),
             ("output", "Output", {"shape": ints(10)})]
    tau, r = chain[2][2]["tau"].astype(np.float64), chain[2][2]["r"].astype(np.float64)
    dt_file = float(tau.flat[0] / r.flat[0])  # the export's convention: r = tau / dt
    leak, gain = F(1 - dt_file / tau.flat[0]), F(dt_file / tau.flat[0] * r.flat[0])
    assert leak == F(0.75) and gain == F(1), (leak, gain)  # it recovers beta and snnTorch's unit gain
    return chain, {"reset_method": "subtract"}, {}, dt_file, "subtract"


def sinabs():
    chain = [("input", "Input", {"shape": ints(1, 8, 8)}),
             ("0", "Conv2d", {"input_shape": ints(8, 8), "weight": grid((4, 1, 3, 3), 0.5), "bias": np.zeros(4, F),
                              "stride": ints(1, 1), "padding": ints(1, 1), "dilation": ints(1, 1), "groups": 1}),
             ("1", "IF", {"r": per_neuron(1, (4, 8, 8)), "v_threshold": per_neuron(0.75, (4, 8, 8)),
                          "v_reset": per_neuron(0, (4, 8, 8))}),
             ("2", "SumPool2d", {"kernel_size": ints(2, 2), "stride": ints(2, 2), "padding": ints(0, 0)}),
             ("3", "Flatten", {"input_type": ints(4, 4, 4), "start_dim": 0, "end_dim": -1}),
             ("4", "Affine", {"weight": grid((10, 64), 0.2), "bias": grid(10, 0.1)}),
             ("5", "IF", {"r": per_neuron(1, (10,)), "v_threshold": per_neuron(4, (10,)),
                          "v_reset": per_neuron(0, (10,))}),
             ("output", "Output", {"shape": ints(10)})]
    return chain, {}, {"reset": "subtract"}, 1.0, "subtract"


def norse():
    chain = [("input", "Input", {"shape": ints(1, 8, 8)}),
             ("conv", "Conv2d", {"input_shape": ints(8, 8), "weight": grid((4, 1, 3, 3), 1.0), "bias": grid(4, 0.5),
                                 "stride": ints(1, 1), "padding": ints(2, 2), "dilation": ints(2, 2), "groups": 1}),
             ("lif", "LIF", {"tau": per_neuron(0.005, (4, 8, 8)), "r": per_neuron(1, (4, 8, 8)),
                             "v_leak": per_neuron(0, (4, 8, 8)), "v_threshold": per_neuron(0.25, (4, 8, 8)),
                             "v_reset": per_neuron(-0.125, (4, 8, 8))}),
             ("pool", "SumPool2d", {"kernel_size": ints(2, 2), "stride": ints(2, 2), "padding": ints(0, 0)}),
             ("flat", "Flatten", {"input_type": ints(4, 4, 4), "start_dim": 0, "end_dim": -1}),
             ("fc", "Affine", {"weight": grid((10, 64), 0.4), "bias": grid(10, 0.1)}),
             ("li", "LI", {"tau": per_neuron(0.01, (10,)), "r": per_neuron(1, (10,)), "v_leak": per_neuron(0, (10,))}),
             ("output", "Output", {"shape": ints(10)})]
    return chain, {}, {"dt": 0.001}, 0.001, "v_reset"


def if_scalar():
    chain = [("input", "Input", {"shape": ints(1, 8, 8)}),
             ("flat", "Flatten", {"input_type": ints(1, 8, 8), "start_dim": 0, "end_dim": -1}),
             ("fc1", "Linear", {"weight": grid((24, 64), 0.3)}),
             ("if1", "IF", {"r": np.array(1.0), "v_threshold": np.array(0.75), "v_reset": np.array(0.0)}),
             ("fc2", "Affine", {"weight": grid((10, 24), 0.4), "bias": grid(10, 0.1)}),
             ("output", "Output", {"shape": ints(10)})]
    return chain, {}, {}, 1.0, "v_reset"


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    images = (np.round(rng.uniform(0, 1, (N, 1, 8, 8)) * 8) / 8).astype(F)
    reference = {}
    for name, make in [("snntorch", snntorch), ("sinabs", sinabs), ("norse", norse), ("if_scalar", if_scalar)]:
        chain, metadata, options, dt, reset = make()
        path = os.path.join(out, name + ".nir")
        write_graph(path, chain, metadata)
        counts, readout = simulate(chain, images, dt, reset)
        hidden = [n for n, kind, _ in chain if kind in ("IF", "LIF") and n != chain[-2][0]]
        spikes = [[float(counts[n][i]) for n in hidden] for i in range(N)]
        outputs = readout.astype(np.float64).tolist()
        reference[name] = {"file": path, "options": options, "T": T, "images": images.reshape(-1).tolist(),
                           "shape": list(images.shape), "spikes": spikes, "output": outputs,
                           "hidden_spikes_total": float(np.sum(spikes))}
    with open(os.path.join(out, "reference.json"), "w") as f:
        json.dump(reference, f)


if __name__ == "__main__":
    main()
