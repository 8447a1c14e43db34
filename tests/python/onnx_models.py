#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""ONNX models written by real exporters for the ONNX import tests (Debian's python3-torch and
python3-onnx), with the logits their own framework computes.

Usage: onnx_models.py OUTDIR TEACHER.psnn

OUTDIR/teacher.onnx       the bundled teacher (its architecture and weights, read from the .psnn
                          archive) in torch.nn, exported by torch.onnx.export (opset 13, dynamic batch)
OUTDIR/teacher.pt         the same torch.nn module as TorchScript (its "TorchScript twin")
OUTDIR/batchnorm.onnx     a graph built with onnx.helper: Conv -> BatchNormalization -> Relu ->
                          GlobalAveragePool -> Flatten -> MatMul -> Add (opset 9), so that BN folding,
                          MatMul + Add and global pooling are read from a file no torch export fuses
OUTDIR/reference.json     per model: the input images and the logits torch or NumPy computes
"""
import json
import os
import struct
import sys

try:
    import numpy as np
    import onnx
    import torch
    from onnx import helper, numpy_helper, TensorProto
except ImportError as e:
    sys.exit(f"FAIL: {e}. Install Debian's python3-torch and python3-onnx (scripts/setup-debian.sh) for /usr/bin/python3.")

OUT, TEACHER = sys.argv[1:3]
os.makedirs(OUT, exist_ok=True)
torch.manual_seed(20261226)


def read_archive(path):
    """The .psnn container: magic, u64 header size, JSON header, tensor bytes, SHA-256."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:9] == b"PSNNARC1\n", path
    size = struct.unpack("<Q", data[9:17])[0]
    header = json.loads(data[17:17 + size])
    blob = 17 + size
    tensors = {}
    for t in header["tensors"]:
        start = blob + t["offset"]
        tensors[t["name"]] = np.frombuffer(data[start:start + t["bytes"]], np.float32).reshape(t["shape"]).copy()
    return header["meta"], tensors


def teacher_module(path):
    meta, tensors = read_archive(path)
    layers = []
    for i, l in enumerate(meta["layers"]):
        kind = l["kind"]
        if kind == "Conv2d":
            w = torch.from_numpy(tensors[f"layer.{i}.weight"])
            b = tensors.get(f"layer.{i}.bias")
            conv = torch.nn.Conv2d(w.shape[1], w.shape[0], w.shape[2], stride=l["stride"], padding=l["padding"],
                                   bias=b is not None)
            conv.weight.data.copy_(w)
            if b is not None:
                conv.bias.data.copy_(torch.from_numpy(b))
            layers.append(conv)
        elif kind == "Linear":
            w = torch.from_numpy(tensors[f"layer.{i}.weight"])
            b = tensors.get(f"layer.{i}.bias")
            fc = torch.nn.Linear(w.shape[1], w.shape[0], bias=b is not None)
            fc.weight.data.copy_(w)
            if b is not None:
                fc.bias.data.copy_(torch.from_numpy(b))
            layers.append(fc)
        elif kind == "ReLU":
            layers.append(torch.nn.ReLU())
        elif kind == "AvgPool2d":
            layers.append(torch.nn.AvgPool2d(l["kernel"], l["stride"]))
        elif kind == "Dropout":
            layers.append(torch.nn.Dropout(l["dropout"]))
        elif kind == "Flatten":
            layers.append(torch.nn.Flatten())
        else:
            raise ValueError(kind)
    return torch.nn.Sequential(*layers).eval(), meta["input"]


def teacher(reference):
    model, spec = teacher_module(TEACHER)
    x = torch.rand(16, spec["channels"], spec["height"], spec["width"]) * 2 - 1
    with torch.no_grad():
        logits = model(x)
    path = os.path.join(OUT, "teacher.onnx")
    torch.onnx.export(model, x[:1], path, opset_version=13, input_names=["image"], output_names=["logits"],
                      dynamic_axes={"image": {0: "batch"}, "logits": {0: "batch"}}, do_constant_folding=True)
    onnx.checker.check_model(onnx.load(path))
    twin = os.path.join(OUT, "teacher.pt")
    torch.jit.script(model).save(twin)
    reference["teacher"] = {"file": path, "twin": twin, "images": x.numpy().reshape(-1).tolist(), "shape": list(x.shape),
                            "logits": logits.numpy().reshape(-1).tolist()}


def batchnorm(reference):
    rng = np.random.default_rng(7)
    f32 = lambda a: np.asarray(a, np.float32)
    w = f32(rng.normal(0, 0.5, (6, 2, 3, 3)))
    b = f32(rng.normal(0, 0.1, 6))
    scale, shift = f32(rng.uniform(0.5, 1.5, 6)), f32(rng.normal(0, 0.2, 6))
    mean, var = f32(rng.normal(0, 0.3, 6)), f32(rng.uniform(0.2, 2.0, 6))
    fc, fc_b = f32(rng.normal(0, 0.5, (6, 4))), f32(rng.normal(0, 0.1, 4))
    eps = 1e-3
    inits = [numpy_helper.from_array(a, n) for a, n in
             [(w, "w"), (b, "b"), (scale, "scale"), (shift, "shift"), (mean, "mean"), (var, "var"), (fc, "fc"), (fc_b, "fc_b")]]
    nodes = [helper.make_node("Conv", ["image", "w", "b"], ["c"], name="conv", pads=[1, 1, 1, 1], kernel_shape=[3, 3]),
             helper.make_node("BatchNormalization", ["c", "scale", "shift", "mean", "var"], ["n"], name="bn", epsilon=eps),
             helper.make_node("Relu", ["n"], ["r"], name="relu"),
             helper.make_node("GlobalAveragePool", ["r"], ["g"], name="gap"),
             helper.make_node("Flatten", ["g"], ["f"], name="flatten", axis=1),
             helper.make_node("MatMul", ["f", "fc"], ["m"], name="matmul"),
             helper.make_node("Add", ["m", "fc_b"], ["logits"], name="add")]
    graph = helper.make_graph(nodes, "bn", [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["N", 2, 6, 6])],
                              [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["N", 4])], inits)
    model = helper.make_model(graph, producer_name="onnx.helper", opset_imports=[helper.make_opsetid("", 9)])
    onnx.checker.check_model(model)
    path = os.path.join(OUT, "batchnorm.onnx")
    onnx.save(model, path)
    # The reference in float64, from ONNX's definitions of the operators.
    x = rng.uniform(-1, 1, (5, 2, 6, 6))
    xp = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    conv = np.zeros((5, 6, 6, 6))
    for i in range(6):
        for j in range(6):
            conv[:, :, i, j] = np.tensordot(xp[:, :, i:i + 3, j:j + 3], w.astype(np.float64), axes=([1, 2, 3], [1, 2, 3]))
    conv += b[None, :, None, None]
    n = (conv - mean[None, :, None, None]) / np.sqrt(var[None, :, None, None] + eps) * scale[None, :, None, None] \
        + shift[None, :, None, None]
    logits = np.maximum(n, 0).mean(axis=(2, 3)) @ fc.astype(np.float64) + fc_b
    reference["batchnorm"] = {"file": path, "images": x.reshape(-1).tolist(), "shape": list(x.shape),
                              "logits": logits.reshape(-1).tolist()}


reference = {}
teacher(reference)
batchnorm(reference)
with open(os.path.join(OUT, "reference.json"), "w") as f:
    json.dump(reference, f)
