#!/usr/bin/env bash
# Runs a privacy-utility study as independent jobs, two at a time, and prints where the time went:
#   scripts/study-jobs-parallel.sh LAB [study options...]     e.g. --config t2.json, --grid quick
# It prepares LAB once (`study --emit-jobs`), runs every printed job command under GNU parallel -j2
# with one LibTorch thread each, then collects (study.csv, study.json, the report). This is how the
# README's evidence-grid timing was taken; `privatesnn study --threads 2` does the same in one process.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 LAB [study options...]" >&2; exit 2; }
cli=${PRIVATESNN:-"$(dirname "$0")/../build/release/app/cli/privatesnn"}
command -v parallel >/dev/null || { echo "GNU parallel is missing: run scripts/setup-debian.sh" >&2; exit 1; }
lab=$1
shift
start=$(date +%s)
"$cli" --threads 2 study --lab "$lab" "$@" --emit-jobs >"$lab.jobs" 2>"$lab.prepare.log"
prepared=$(date +%s)
# The emitted lines start with "privatesnn"; run this build's binary instead, without the report per job.
grep '^privatesnn --threads 1 study' "$lab.jobs" | sed "s#^privatesnn#$cli#; s#\$# --no-report#" >"$lab.cmds"
parallel -j2 --joblog "$lab.joblog" <"$lab.cmds" >"$lab.jobs.log" 2>&1
ran=$(date +%s)
"$cli" --threads 2 study --lab "$lab" "$@" --collect >"$lab.collect.log" 2>&1
end=$(date +%s)
echo "prepare $((prepared - start)) s, jobs $((ran - prepared)) s, collect and report $((end - ran)) s, total $((end - start)) s"
