#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""CTest: class names travel with data and models through the command line.

Usage: check_class_names.py PRIVATESNN WORKDIR

Writes an IDX folder of its own (random 12 x 12 images, 3 classes, both splits, gzipped), trains on
it with `train-ann --data DIR` and checks that the model is named after the data (digits without a
classes.txt, never Fashion-MNIST's names; classes.txt when present), that `--class-names` on
train-ann, inspect (--out) and run (--print-config) replaces them, and that a wrong count is refused.
Standard library only.
"""
import gzip
import json
import os
import random
import struct
import subprocess
import sys

CLI, WORK = sys.argv[1:3]
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def run(*args, expect=0):
    done = subprocess.run([CLI, "--threads", "2", "-q", *args], capture_output=True, text=True)
    if done.returncode != expect:
        sys.exit(f"FAIL: privatesnn {' '.join(args)} exited {done.returncode}, expected {expect}:\n{done.stdout}\n{done.stderr}")
    return done


def write_idx(folder, prefix, n, rng):
    labels = bytes(i % 3 for i in range(n))
    # Class k is bright in band k of the image, so a small network can learn it in one epoch.
    pixels = bytearray()
    for i in range(n):
        for y in range(12):
            for x in range(12):
                pixels.append(200 if y // 4 == labels[i] else rng.randrange(0, 60))
    with gzip.open(os.path.join(folder, f"{prefix}-images-idx3-ubyte.gz"), "wb") as f:
        f.write(struct.pack(">IIII", 0x803, n, 12, 12) + bytes(pixels))
    with gzip.open(os.path.join(folder, f"{prefix}-labels-idx1-ubyte.gz"), "wb") as f:
        f.write(struct.pack(">II", 0x801, n) + labels)


rng = random.Random(0)
data = os.path.join(WORK, "bands")
os.makedirs(data, exist_ok=True)
write_idx(data, "train", 120, rng)
write_idx(data, "t10k", 30, rng)
if os.path.exists(os.path.join(data, "classes.txt")):
    os.remove(os.path.join(data, "classes.txt"))

train = ["train-ann", "--layers", "4,A", "--epochs", "1", "--batch", "20"]
plain = os.path.join(WORK, "plain.psnn")
run(*train, "--data", data, "--out", plain)
info = json.loads(run("--json", "inspect", plain).stdout)
check(info["classes"] == ["0", "1", "2"], f"train-ann --data DIR without classes.txt: classes {info['classes']}")
check(info["input"] == [1, 12, 12], f"the network takes the data's image shape {info['input']}")

with open(os.path.join(data, "classes.txt"), "w") as f:
    f.write("top\nmiddle\nbottom\n")
named = os.path.join(WORK, "named.psnn")
run(*train, "--data", f"idx:{data}", "--out", named)
info = json.loads(run("--json", "inspect", named).stdout)
check(info["classes"] == ["top", "middle", "bottom"], f"train-ann --data idx:DIR with classes.txt: classes {info['classes']}")

override = os.path.join(WORK, "override.psnn")
run(*train, "--data", data, "--class-names", "up,centre,down", "--out", override)
check(json.loads(run("--json", "inspect", override).stdout)["classes"] == ["up", "centre", "down"],
      "train-ann --class-names a,b,c replaces the data's names")

renamed = os.path.join(WORK, "renamed.psnn")
names_file = os.path.join(WORK, "names.txt")
with open(names_file, "w") as f:
    f.write("north\nequator\nsouth\n")
run("inspect", plain, "--class-names", names_file, "--out", renamed)
check(json.loads(run("--json", "inspect", renamed).stdout)["classes"] == ["north", "equator", "south"],
      "inspect --class-names FILE --out keeps the names in a new archive")
refused = run("inspect", plain, "--class-names", "a,b", expect=2)
check("2 class names" in refused.stderr and "3 classes" in refused.stderr, "a wrong number of names is refused with exit code 2")

config = json.loads(run("run", "--teacher", plain, "--class-names", "x,y,z", "--print-config").stdout)
check(config["class_names"] == ["x", "y", "z"], "run --class-names goes into the lab's config")

print(f"\n{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
