#!/usr/bin/env bash
# The latency of each page of `dvk serve` on a generated register of N
# models (as bench/run.sh makes them, in bench/data/N): the first request
# of each page (cold: the page computed) and the median of RUNS requests
# after it (warm: what a leader clicking around gets), with the size of
# the answer. The target is every page under 300 ms warm on 100,000
# models. Prints a table; timings are never judged here.
#
# Usage: bench/serve.sh [N] [RUNS]     (default N=100000, RUNS=5)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
runs=${2:-5}
. bench/register.sh
out=$(mktemp)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -f "$out"
}
trap cleanup EXIT

start=$(date +%s.%N)
DVK_TODAY=2025-06-30 "$dvk" -C "$reg" serve --port 0 >"$out" 2>/dev/null &
server=$!
while [ ! -s "$out" ]; do
  kill -0 "$server" 2>/dev/null || { echo "dvk serve did not start" >&2; exit 1; }
  sleep 0.05
done
base=$(head -1 "$out" | sed 's:/$::')
ready=$(date +%s.%N)
id=$(find "$reg/models" -name '*.toml' | sort | sed -n '1000p' | xargs basename | sed 's/\.toml$//')

printf 'dvk serve benchmark: %s models in %s; %s cores; warm = median of %s\n' "$n" "$reg" "$(nproc)" "$runs"
printf 'started and read the register in %.2f s\n\n' "$(echo "$ready - $start" | bc)"
printf '%-58s %6s %9s %9s %10s\n' page status "first ms" "warm ms" bytes
for page in \
  "/" \
  "/?year=2024" \
  "/?phase=2021-2025" \
  "/?date=2024-06-30" \
  "/models" \
  "/models?page=1000" \
  "/models?sort=-registered" \
  "/models?sort=-registered&page=2" \
  "/models?q=field%3Akinh_te+level%3E%3Dhuyen+commune%3Aquang" \
  "/models?q=field%3Akinh_te+level%3E%3Dhuyen+commune%3Aquang&sort=name&page=3" \
  "/models?q=status%3Acong_nhan&date=2023-12-31" \
  "/models/$id" \
  "/models?q=nokey%3Ax" \
  "/models/no-such-model" \
  "/download/models.csv?q=field%3Akinh_te+level%3E%3Dhuyen+commune%3Aquang"; do
  first=$(curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}' "$base$page")
  times=()
  for _ in $(seq "$runs"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base$page")")
  done
  warm=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  read -r status first_s bytes <<<"$first"
  printf '%-58s %6s %9.0f %9.0f %10s\n' "$page" "$status" \
    "$(echo "$first_s * 1000" | bc)" "$(echo "$warm * 1000" | bc)" "$bytes"
done
