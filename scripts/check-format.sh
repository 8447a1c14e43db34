#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the C++ lines a change touches against .clang-format, and only those: the tree predates the
# style file and is not reformatted at once (that would collide with everyone's open branches).
# Fails, printing the diff clang-format wants, when a changed line is formatted otherwise; fix with
# `git clang-format BASE` (it formats the same lines in place).
#
#   scripts/check-format.sh            # against PRIVATESNN_FORMAT_BASE, else the fork point from
#                                      # main, else (on main itself) the first parent of HEAD
#   scripts/check-format.sh BASE       # against any commit
set -euo pipefail
cd "$(dirname "$0")/.."

command -v git-clang-format >/dev/null || { echo "check-format: git-clang-format is missing (run scripts/setup-debian.sh)" >&2; exit 1; }

base=${1:-${PRIVATESNN_FORMAT_BASE:-}}
if [ -z "$base" ]; then
    branch=$(git symbolic-ref -q --short HEAD || true)
    if [ -n "$branch" ] && [ "$branch" != main ] && git rev-parse -q --verify main >/dev/null; then
        base=$(git merge-base HEAD main) # a topic branch: everything it changes
    elif git rev-parse -q --verify HEAD^1 >/dev/null; then
        base=HEAD^1 # on main: a merge commit's whole change, or the last commit
    else
        echo "check-format: HEAD has no parent to compare with; nothing to check"
        exit 0
    fi
fi
git rev-parse -q --verify "$base^{commit}" >/dev/null || { echo "check-format: '$base' is not a commit" >&2; exit 1; }

# Committed changes since base plus whatever is not committed yet, in C++ files only.
out=$(git clang-format --diff --extensions cpp,h,hpp,cc "$base" -- 2>&1) || true
case "$out" in
    "" | *"no modified files to format"* | *"did not modify any files"*)
        echo "check-format: the C++ lines changed since $(git rev-parse --short "$base") follow .clang-format"
        ;;
    *)
        printf '%s\n' "$out"
        echo "check-format: the lines above, changed since $(git rev-parse --short "$base"), do not follow .clang-format;" \
             "run: git clang-format $(git rev-parse --short "$base")" >&2
        exit 1
        ;;
esac
