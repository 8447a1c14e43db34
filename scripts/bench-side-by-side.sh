#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Side-by-side speed of the spiking engine: the plain-PyTorch loop of ../shared/bench/ref_pytorch.py
# (Debian's python3-torch) against the project's CLI, on the same workloads, in one run, so that both
# sides see the same machine load. Builds nothing: point PRIVATESNN at a built CLI.
#
#   scripts/bench-side-by-side.sh [THREADS]        (default 2)
#
# Environment: PRIVATESNN (default build/release/app/cli/privatesnn), SHARED (default ../shared),
# DATA (default /usr/share/datasets/fashion-mnist), PYTHON (default /usr/bin/python3).
# Workloads (the VGG ../shared/bench/vgg_fmnist.pt, Fashion-MNIST):
#   conversion  200 training images, T = 30, batch 100; wall time of the whole process on both sides
#   inference   1000 test images, T = 30, batch 100; in-process seconds (ref: its T-step loop;
#               CLI: evaluate --json "seconds"), as images x steps per second
#   BPTT        one epoch on 200 training images, T = 10, batch 100; epoch seconds and the process's
#               peak RSS from /usr/bin/time -v on both sides
set -euo pipefail

THREADS=${1:-2}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PRIVATESNN=${PRIVATESNN:-$ROOT/build/release/app/cli/privatesnn}
SHARED=${SHARED:-$ROOT/../shared}
DATA=${DATA:-/usr/share/datasets/fashion-mnist}
PYTHON=${PYTHON:-/usr/bin/python3}
MODEL=$SHARED/bench/vgg_fmnist.pt
REF=$SHARED/bench/ref_pytorch.py

if ! "$PYTHON" -c 'import torch' 2>/dev/null; then
    echo "SKIPPED: $PYTHON has no torch (install python3-torch: apt-get install python3-torch)." >&2
    exit 0
fi
for f in "$PRIVATESNN" "$MODEL" "$REF" "$DATA/t10k-images-idx3-ubyte.gz"; do
    [ -e "$f" ] || { echo "missing $f (build the CLI with cmake --preset release, or set PRIVATESNN/SHARED/DATA)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "missing /usr/bin/time (apt-get install time)" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export OMP_NUM_THREADS=$THREADS

# Runs a command under /usr/bin/time -v; prints "wall_seconds peak_rss_mb" and keeps stdout in $WORK/out.
timed() {
    /usr/bin/time -v -o "$WORK/time" "$@" > "$WORK/out" 2> "$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; w = s }
                /Maximum resident set size/ { r = $2 / 1024 } END { printf "%.3f %.1f\n", w, r }' "$WORK/time"
}
json() { "$PYTHON" -c "import json,sys; d=json.loads(open(sys.argv[1]).read()); print($2)" "$WORK/out"; }
ratio() { "$PYTHON" -c "print('%.2f' % ($1))"; }

echo "threads $THREADS, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- conversion --------------------------------------------------------------------------------
read -r REF_CONV_WALL _ < <(timed "$PYTHON" "$REF" --model "$MODEL" --data "$DATA" --T 30 --images 200 --batch 100 \
    --threads "$THREADS" --only convert)
REF_CONV_IN=$(grep '"convert"' "$WORK/out" | "$PYTHON" -c 'import json,sys; print("%.2f" % json.loads(sys.stdin.read())["seconds"])')
read -r CLI_CONV_WALL _ < <(timed "$PRIVATESNN" --quiet --threads "$THREADS" convert --model "$MODEL" --images fashion-mnist:train \
    --count 200 -T 30 --batch 100 --out "$WORK/snn.psnn")
echo "conversion  plain PyTorch ${REF_CONV_WALL} s (conversion itself ${REF_CONV_IN} s)   privatesnn ${CLI_CONV_WALL} s   " \
     "speed-up $(ratio "$REF_CONV_WALL / $CLI_CONV_WALL")x (goal >= 4)"

# --- inference ---------------------------------------------------------------------------------
# ref_pytorch.py's own --only infer would first convert on all 1000 images with its O(L^2 T) loop;
# this driver reuses its functions: thresholds from 100 images, then the timed 1000-image loop.
cat > "$WORK/infer.py" <<'EOF'
import json, sys, time, torch
sys.path.insert(0, sys.argv[1])
import ref_pytorch as r
torch.set_num_threads(int(sys.argv[4])); torch.manual_seed(0)
layers = r.layers_of(torch.jit.load(sys.argv[2]).eval())
x, _ = r.load_images(sys.argv[3], 'train', 100)
xt, yt = r.load_images(sys.argv[3], 't10k', 1000)
with torch.no_grad():
    th = r.convert(layers, x, 30, 0.7)
    t0 = time.time(); correct = 0
    for i in range(0, 1000, 100):
        correct += (r.run_snn(layers, th, xt[i:i + 100], 30).argmax(1) == yt[i:i + 100]).sum().item()
    dt = time.time() - t0
print(json.dumps(dict(seconds=dt, img_steps_per_s=1000 * 30 / dt, accuracy=correct / 1000)))
EOF
timed "$PYTHON" "$WORK/infer.py" "$(dirname "$REF")" "$MODEL" "$DATA" "$THREADS" > /dev/null
REF_INF=$(json "$WORK/out" "'%.1f' % d['img_steps_per_s']")
REF_INF_ACC=$(json "$WORK/out" "'%.2f' % (100 * d['accuracy'])")
timed "$PRIVATESNN" --quiet --json --threads "$THREADS" evaluate --snn "$WORK/snn.psnn" --data fashion-mnist:test --count 1000 \
    -T 30 --batch 100 --labels-as-is > /dev/null # the bench VGG names its classes "class 0".."class 9"
CLI_INF=$(json "$WORK/out" "'%.1f' % (d['images'] * d['timesteps'] / d['seconds'])")
CLI_INF_ACC=$(json "$WORK/out" "'%.2f' % (100 * d['snn_accuracy'])")
# Synaptic events actually processed: per weight layer, input events x fan-out = MACs x input rate.
CLI_EVENTS=$(json "$WORK/out" "'%.3g' % (sum(l['macs'] * l['input_rate'] for l in d['layers']) * d['images'] / d['seconds'])")
DENSE_MACS=$(json "$WORK/out" "sum(l['macs'] for l in d['layers'])")
echo "inference   plain PyTorch ${REF_INF} images*steps/s (accuracy ${REF_INF_ACC} %)   privatesnn ${CLI_INF} (accuracy ${CLI_INF_ACC} %)   " \
     "ratio $(ratio "$CLI_INF / $REF_INF")x (goal >= 3)"
echo "            synaptic events/s: privatesnn ${CLI_EVENTS}; the plain loop's dense rate" \
     "$(ratio "$REF_INF * $DENSE_MACS / 1e9") GMAC/s (${DENSE_MACS} MACs per image and step)"

# --- one BPTT epoch ----------------------------------------------------------------------------
read -r _ REF_RSS < <(timed "$PYTHON" "$REF" --model "$MODEL" --data "$DATA" --T 10 --images 200 --batch 100 \
    --threads "$THREADS" --only bptt)
REF_BPTT=$(grep '"bptt_epoch"' "$WORK/out" | "$PYTHON" -c 'import json,sys; print("%.2f" % json.loads(sys.stdin.read())["seconds"])')
read -r _ CLI_RSS < <(timed "$PRIVATESNN" --quiet --json --threads "$THREADS" encrypt --snn "$WORK/snn.psnn" \
    --images fashion-mnist:train --count 200 --teacher "$MODEL" --epochs 1 -T 10 --batch 100 --labels-as-is --out "$WORK/enc.psnn")
CLI_BPTT=$(json "$WORK/out" "'%.2f' % d['epochs'][0]['seconds']")
echo "BPTT epoch  plain PyTorch ${REF_BPTT} s, ${REF_RSS} MB peak RSS   privatesnn ${CLI_BPTT} s, ${CLI_RSS} MB   " \
     "time $(ratio "$CLI_BPTT / $REF_BPTT")x, memory $(ratio "$CLI_RSS / $REF_RSS")x (goals <= 0.5)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
