#!/usr/bin/env bash
# The fuzz, property and crash tests of tests/dvk/reliability/ for a long local
# run: an optimised build that keeps overflow checks and debug assertions,
# many iterations, a fresh seed per round.
#
# Usage: bench/fuzz.sh [ITERATIONS] [ROUNDS]     (default 100000, 3)
# ITERATIONS is DVK_FUZZ_ITERS: inputs per target (queries get three times
# as many, register loading a quarter). Logs go to bench/data/ (ignored by
# git). A failure names the seed and iteration that replay it:
#   DVK_FUZZ_SEED=S DVK_FUZZ_ITERS=N cargo test --test dvk reliability
set -euo pipefail
cd "$(dirname "$0")/.."
iters=${1:-100000}
rounds=${2:-3}
export CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS=true
export CARGO_PROFILE_RELEASE_OVERFLOW_CHECKS=true
cargo test --release --quiet --test dvk --no-run
mkdir -p bench/data
for round in $(seq "$rounds"); do
  seed=$(( $(date +%s%N) / 1000 + round ))
  log=bench/data/fuzz-$seed.log
  echo "round $round: DVK_FUZZ_SEED=$seed DVK_FUZZ_ITERS=$iters (log: $log)" >&2
  if ! DVK_FUZZ_SEED=$seed DVK_FUZZ_ITERS=$iters \
    cargo test --release --quiet --test dvk reliability -- --nocapture >"$log" 2>&1; then
    grep -E 'failed:|panicked|^input' "$log" | head -20 >&2
    echo "found something: see $log" >&2
    exit 1
  fi
  # cargo's progress dots may precede a line: take the summaries only.
  grep -oE '(fuzz [a-z ]+|crash): .*' "$log"
done
