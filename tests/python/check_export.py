#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""CTest: `privatesnn export` read back by other tools (Debian's Python: python3-h5py, python3-torch).

Usage: check_export.py PRIVATESNN TEACHER WORKDIR

1. Writes a small IDX data set (the first 200 Fashion-MNIST test images, images plain and labels
   gzipped) with a classes.txt, and reads it with the idx:DIR:test spec.
2. Converts the bundled teacher with direct and with Poisson coding and evaluates both on it.
3. NIR: checks node types, shapes, weights and thresholds against the .psnn archive (parsed here),
   the edges, the metadata, and runs the graph from the file alone (a few lines of torch) to the
   same accuracy as `privatesnn evaluate` (AvgPool2d) or within one image (SumPool2d with 1/k^2
   folded into the next layer, which rounds differently); a leak of 0.9 gives LIF nodes whose
   forward-Euler run stays within one image too.
4. TorchScript: torch.jit.load runs the SNN to exactly evaluate's accuracy with direct coding and
   within noise with Poisson coding; the re-converted ANN to evaluate's ANN accuracy.
A missing Python package is a failure, not a skip: scripts/setup-debian.sh installs them.
"""
import gzip
import json
import math
import os
import struct
import subprocess
import sys

try:
    import h5py
    import numpy as np
    import torch
except ImportError as e:
    sys.exit(f"FAIL: {e}. Install Debian's python3-h5py and python3-torch (scripts/setup-debian.sh) for /usr/bin/python3.")

CLI, TEACHER, WORK = sys.argv[1:4]
N = 200
CLASSES = ["top", "trouser", "pullover", "dress", "coat", "sandal", "shirt", "sneaker", "bag", "boot"]
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(*args):
    done = subprocess.run([CLI, "--threads", "2", "-q", *args], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"FAIL: privatesnn {' '.join(args)} exited {done.returncode}:\n{done.stdout}\n{done.stderr}")
    return done


def run_json(*args):
    return json.loads(run("--json", *args).stdout)


# --- 1. an IDX data set of our own ------------------------------------------------------------
fashion = os.environ.get("PRIVATESNN_FASHION_MNIST", "/usr/share/datasets/fashion-mnist")
with gzip.open(os.path.join(fashion, "t10k-images-idx3-ubyte.gz")) as f:
    raw_images = f.read()
with gzip.open(os.path.join(fashion, "t10k-labels-idx1-ubyte.gz")) as f:
    raw_labels = f.read()
pixels = np.frombuffer(raw_images, np.uint8, N * 784, 16).reshape(N, 1, 28, 28)
labels = np.frombuffer(raw_labels, np.uint8, N, 8).astype(np.int64)
idx = os.path.join(WORK, "idx")
os.makedirs(idx, exist_ok=True)
with open(os.path.join(idx, "t10k-images-idx3-ubyte"), "wb") as f:
    f.write(struct.pack(">IIII", 0x803, N, 28, 28) + pixels.tobytes())
with gzip.open(os.path.join(idx, "t10k-labels-idx1-ubyte.gz"), "wb") as f:
    f.write(struct.pack(">II", 0x801, N) + labels.astype(np.uint8).tobytes())
with open(os.path.join(idx, "classes.txt"), "w") as f:
    f.write("\n".join(CLASSES) + "\n")
spec = f"idx:{idx}:test"
images = torch.from_numpy(pixels.astype(np.float32)) / 127.5 - 1.0  # as the C++ loader: [-1, 1]
targets = torch.from_numpy(labels)


def read_archive(path):
    """The .psnn container: magic, u64 header size, JSON header, tensor bytes, SHA-256."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:9] == b"PSNNARC1\n", path
    size = struct.unpack("<Q", data[9:17])[0]
    header = json.loads(data[17:17 + size])
    blob = 17 + size
    dtypes = {"float32": np.float32, "int64": np.int64, "uint8": np.uint8}
    tensors = {}
    for t in header["tensors"]:
        start = blob + t["offset"]
        tensors[t["name"]] = np.frombuffer(data[start:start + t["bytes"]], dtypes[t["dtype"]]).reshape(t["shape"])
    return header["meta"], tensors


def accuracy(logits):
    return (logits.argmax(1) == targets).double().mean().item()


# --- 2. two converted SNNs and their evaluation ---------------------------------------------
models = {}
for coding, steps in (("direct", 20), ("poisson", 40)):
    snn = os.path.join(WORK, f"{coding}.psnn")
    run("convert", "--model", TEACHER, "--images", spec, "--count", "100", "-T", str(steps), "--coding", coding, "--out", snn)
    ev = run_json("evaluate", "--snn", snn, "--data", spec, "--labels-as-is")
    check(ev["images"] == N, f"evaluate reads {N} images through {spec} ({coding})")
    models[coding] = (snn, ev)
    print(f"     evaluate {coding}: SNN {ev['snn_accuracy']:.4f}, ANN {ev['ann_accuracy']:.4f}, T = {steps}")

# --- 3. NIR -------------------------------------------------------------------------------------
snn, ev = models["direct"]
meta, tensors = read_archive(snn)
layers = meta["layers"]
weight_layers = [i for i, l in enumerate(layers) if l["kind"] in ("Conv2d", "Linear")]
output_layer = max(i for i, l in enumerate(layers) if l["kind"] == "Linear")


def node_name(i):
    return "".join(c if c.isalnum() else "_" for c in layers[i]["path"])


def read_graph(path):
    with h5py.File(path, "r") as f:
        version = f["version"][()].decode()
        g = f["node"]
        nodes = {name: {k: g["nodes"][name][k][()] for k in g["nodes"][name]} for name in g["nodes"]}
        edges = [(a.decode(), b.decode()) for a, b in g["edges"][()]]
        metadata = {k: g["metadata"][k][()] for k in g["metadata"]}
        return version, g["type"][()].decode(), nodes, edges, metadata


def run_graph(nodes, edges, x, steps):
    """Simulates the NIR graph with discrete IF neurons that reset by subtraction."""
    order, current = [], "input"
    following = dict(edges)
    while current in following:
        current = following[current]
        order.append(current)
    state, out = {}, 0
    for _ in range(steps):
        h = x
        for name in order:
            n, kind = nodes[name], nodes[name]["type"].decode()
            if kind == "Conv2d":
                h = torch.conv2d(h, torch.from_numpy(n["weight"]), torch.from_numpy(n["bias"]), tuple(n["stride"]),
                                 tuple(n["padding"]), tuple(n["dilation"]), int(n["groups"]))
            elif kind in ("AvgPool2d", "SumPool2d"):
                k = tuple(int(v) for v in n["kernel_size"])
                h = torch.nn.functional.avg_pool2d(h, k, tuple(int(v) for v in n["stride"]))
                if kind == "SumPool2d":
                    h = h * (k[0] * k[1])
            elif kind == "Flatten":
                h = h.flatten(1)
            elif kind in ("Affine", "Linear"):
                h = torch.nn.functional.linear(h, torch.from_numpy(n["weight"]),
                                               torch.from_numpy(n["bias"]) if kind == "Affine" else None)
            elif kind == "LIF":  # forward Euler, dt = 1: v += (v_leak - v + r I) / tau
                v = state.get(name, 0)
                tau = torch.from_numpy(n["tau"])
                u = v + (torch.from_numpy(n["v_leak"]) - v + torch.from_numpy(n["r"]) * h) / tau
                theta = torch.from_numpy(n["v_threshold"])
                h = (u > theta).float()
                state[name] = u - theta * h
            elif kind == "IF":
                u = state.get(name, 0) + torch.from_numpy(n["r"]) * h
                theta = torch.from_numpy(n["v_threshold"])
                h = (u > theta).float()
                state[name] = u - theta * h
            elif kind == "Output":
                out = out + h
    return out


nir_path = os.path.join(WORK, "direct.nir")
done = run("export", "--snn", snn, "--format", "nir", "--out", nir_path, "--class-names", os.path.join(idx, "classes.txt"))
check("v_reset" in done.stderr and "subtract" in done.stderr, "export prints the reset warning")
version, graph_type, nodes, edges, md = read_graph(nir_path)
check(graph_type == "NIRGraph" and version.startswith("1."), f"NIRGraph, version {version}")
check(nodes["input"]["type"].decode() == "Input" and list(nodes["input"]["shape"]) == [1, 28, 28], "Input node shape [1, 28, 28]")
check(nodes["output"]["type"].decode() == "Output" and list(nodes["output"]["shape"]) == [10], "Output node shape [10]")
shape = [1, 28, 28]
for i, layer in enumerate(layers[:output_layer + 1]):
    name = node_name(i)
    w = tensors.get(f"layer.{i}.weight")
    if layer["kind"] == "Conv2d":
        n = nodes[name]
        check(n["type"].decode() == "Conv2d" and np.array_equal(n["weight"], w) and list(n["input_shape"]) == shape[1:]
              and list(n["stride"]) == [layer["stride"]] * 2 and list(n["padding"]) == [layer["padding"]] * 2,
              f"{name}: Conv2d, weight {list(w.shape)} equal to the archive's")
        shape = [w.shape[0], shape[1] + 2 * layer["padding"] - w.shape[2] + 1, shape[2] + 2 * layer["padding"] - w.shape[3] + 1]
    elif layer["kind"] == "Linear":
        n = nodes[name]
        kind = "Affine" if layer["has_bias"] else "Linear"
        ok = n["type"].decode() == kind and np.array_equal(n["weight"], w)
        if layer["has_bias"]:
            ok = ok and np.array_equal(n["bias"], tensors[f"layer.{i}.bias"])
        check(ok, f"{name}: {kind}, weight {list(w.shape)} equal to the archive's")
        shape = [w.shape[0]]
    elif layer["kind"] == "AvgPool2d":
        n = nodes[name]
        check(n["type"].decode() == "AvgPool2d" and list(n["kernel_size"]) == [layer["kernel"]] * 2, f"{name}: AvgPool2d")
        shape = [shape[0], shape[1] // layer["stride"], shape[2] // layer["stride"]]
    elif layer["kind"] == "Flatten":
        check(list(nodes[name]["input_type"]) == shape, f"{name}: Flatten of {shape}")
        shape = [int(np.prod(shape))]
    if i in weight_layers and i != output_layer:
        n = nodes[name + "_if"]
        theta = tensors[f"threshold.{i}"]
        ok = (n["type"].decode() == "IF" and list(n["v_threshold"].shape) == shape and np.all(n["r"] == 1)
              and np.all(n["v_reset"] == 0) and np.allclose(n["v_threshold"], theta.reshape([-1] + [1] * (len(shape) - 1)), 0, 0))
        check(ok, f"{name}_if: IF of shape {shape}, threshold {float(theta.max()):.4f}, r = 1, v_reset = 0")
chain = [b for _, b in edges]
check(edges[0][0] == "input" and chain[-1] == "output" and len(set(chain)) == len(chain) == len(nodes) - 1,
      f"edges chain input -> ... -> output through all {len(nodes)} nodes")
check(md["reset_method"].decode() == "subtract" and int(md["num_timesteps"]) == 20 and md["input_encoding"].decode() == "direct"
      and md["readout"].decode() == "output_membrane_sum", "metadata: reset_method, num_timesteps, input_encoding, readout")
check([c.decode() for c in md["class_names"]] == CLASSES, "metadata: class names from --class-names FILE")
with torch.no_grad():
    nir_acc = accuracy(torch.cat([run_graph(nodes, edges, images[b:b + 100], 20) for b in range(0, N, 100)]))
check(nir_acc == ev["snn_accuracy"], f"the NIR graph run from the file: {nir_acc:.4f} = evaluate {ev['snn_accuracy']:.4f}")

sum_path = os.path.join(WORK, "direct-sumpool.nir")
run("export", "--snn", snn, "--format", "nir", "--sum-pool", "--out", sum_path)
_, _, snodes, sedges, smd = read_graph(sum_path)
pools = [i for i, l in enumerate(layers) if l["kind"] == "AvgPool2d"]
folded = True
for p in pools:
    nxt = min(i for i in weight_layers if i > p)
    folded = folded and snodes[node_name(p)]["type"].decode() == "SumPool2d"
    folded = folded and np.allclose(snodes[node_name(nxt)]["weight"], tensors[f"layer.{nxt}.weight"] / layers[p]["kernel"] ** 2,
                                    rtol=1e-6, atol=0)
check(folded and smd["pooling"].decode() == "sumpool_scale_folded_into_next_layer",
      f"--sum-pool: {len(pools)} SumPool2d, the next layer's weight divided by k^2")
with torch.no_grad():
    sum_acc = accuracy(torch.cat([run_graph(snodes, sedges, images[b:b + 100], 20) for b in range(0, N, 100)]))
check(abs(sum_acc - ev["snn_accuracy"]) <= 1.0 / N + 1e-12, f"SumPool2d graph: {sum_acc:.4f} (within one image of {ev['snn_accuracy']:.4f})")

# A leaky network (leak 0.9) becomes LIF nodes with tau = r = 1 / (1 - leak) = 10 and v_leak = 0.
leaky = os.path.join(WORK, "leaky.psnn")
run("convert", "--model", TEACHER, "--images", spec, "--count", "100", "-T", "20", "--coding", "direct", "--leak", "0.9",
    "--out", leaky)
leaky_ev = run_json("evaluate", "--snn", leaky, "--data", spec, "--labels-as-is")
leaky_nir = os.path.join(WORK, "leaky.nir")
run("export", "--snn", leaky, "--format", "nir", "--out", leaky_nir)
_, _, lnodes, ledges, _ = read_graph(leaky_nir)
lif = [n for n in lnodes.values() if n["type"].decode() == "LIF"]
check(len(lif) == len(weight_layers) - 1 and all(np.allclose(n["tau"], 10) and np.allclose(n["r"], 10) and np.all(n["v_leak"] == 0)
                                                  for n in lif), f"leak 0.9: {len(lif)} LIF nodes, tau = r = 10, v_leak = 0")
with torch.no_grad():
    lif_acc = accuracy(torch.cat([run_graph(lnodes, ledges, images[b:b + 100], 20) for b in range(0, N, 100)]))
check(abs(lif_acc - leaky_ev["snn_accuracy"]) <= 1.0 / N + 1e-12,
      f"LIF graph: {lif_acc:.4f} (within one image of evaluate {leaky_ev['snn_accuracy']:.4f}; Euler rounds differently)")

# --- 4. TorchScript -----------------------------------------------------------------------------
for coding, (snn, ev) in models.items():
    pt = os.path.join(WORK, f"{coding}.pt")
    run("export", "--snn", snn, "--format", "torchscript", "--out", pt, "--class-names", ",".join(CLASSES))
    module = torch.jit.load(pt)
    check(list(module.class_names) == CLASSES and module.coding == coding and module.reset == "subtract",
          f"{coding}.pt: class_names, coding, reset attributes")
    torch.manual_seed(0)
    with torch.no_grad():
        acc = accuracy(torch.cat([module(images[b:b + 100]) for b in range(0, N, 100)]))
    expected = ev["snn_accuracy"]
    if coding == "direct":
        check(acc == expected, f"torch.jit.load({coding}.pt): {acc:.4f} = evaluate {expected:.4f}")
    else:
        # Two independent Poisson runs of the same model on the same N images: the difference of
        # two accuracies, each with binomial variance p(1-p)/N, stays within 3 standard deviations.
        bound = 3 * math.sqrt(2 * expected * (1 - expected) / N)
        check(abs(acc - expected) <= bound, f"torch.jit.load({coding}.pt): {acc:.4f} vs evaluate {expected:.4f} "
              f"(|diff| {abs(acc - expected):.4f} <= 3 sigma = {bound:.4f})")

snn, ev = models["direct"]
ann_pt = os.path.join(WORK, "reconverted-ann.pt")
run("export", "--snn", snn, "--format", "torchscript", "--reconverted-ann", "--out", ann_pt)
ann = torch.jit.load(ann_pt)
with torch.no_grad():
    ann_acc = accuracy(ann(images))
check(ann_acc == ev["ann_accuracy"], f"re-converted ANN: {ann_acc:.4f} = evaluate's ANN accuracy {ev['ann_accuracy']:.4f}")

print(f"\n{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
