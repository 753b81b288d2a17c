#!/usr/bin/env bash
# Times this checkout's dvk against another revision's on the same
# generated register, runs interleaved (old, new, old, new...) so that a
# busy machine slows both alike, and checks that both print the same bytes.
# Each build reads its own hard-linked copy of the register, so that each
# keeps its own cache (a cache of another layout is rebuilt, not read).
#
# Usage: bench/compare.sh REV [N] [RUNS]   (default N=100000, RUNS=5)
# Prints, for each command cold (DVK_NO_CACHE=1) and cached, the median
# time of each build and their ratio (new/old; below 1 is faster).
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:?usage: bench/compare.sh REV [N] [RUNS]}
n=${2:-100000}
runs=${3:-5}
reg=bench/data/$n
[ -f "$reg/dvk.toml" ] || python3 bench/generate.py "$n" "$reg"
copies=$(mktemp -d)
for side in old new; do
  mkdir -p "$copies/$side"
  cp -al "$reg/dvk.toml" "$reg/models" "$reg/criteria" "$copies/$side/"
done
old_tree=$(mktemp -d)
trap 'git worktree remove --force "$old_tree" >/dev/null 2>&1 || true; rm -rf "$copies"' EXIT
git worktree add --quiet --detach "$old_tree" "$rev"
(cd "$old_tree" && CARGO_TARGET_DIR="$PWD/../$(basename "$old_tree")-target" cargo build --release --quiet)
old="$old_tree/../$(basename "$old_tree")-target/release/dvk"
cargo build --release --quiet
new=${CARGO_TARGET_DIR:-target}/release/dvk

seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() { sort -g | sed -n "$(((runs + 1) / 2))p"; }

printf 'dvk %s against %s: %s models, median of %s interleaved runs\n' \
  "$(git rev-parse --short HEAD)" "$rev" "$n" "$runs"
for cmd in "tally --by field,level" "list field:kinh_te level>=huyen commune:quang" \
  "check" "evaluate --criteria hd-thu" "export --format json"; do
  for mode in cold cached; do
    env=(env)
    [ "$mode" = cold ] && env=(env DVK_NO_CACHE=1)
    # shellcheck disable=SC2206
    args=($cmd)
    "${env[@]}" "$old" -C "$copies/old" --format csv "${args[@]}" >/dev/null 2>&1 || true # caches
    "${env[@]}" "$new" -C "$copies/new" --format csv "${args[@]}" >/dev/null 2>&1 || true
    old_times=() new_times=()
    for _ in $(seq "$runs"); do
      old_times+=("$(seconds "${env[@]}" "$old" -C "$copies/old" --format csv "${args[@]}")")
      new_times+=("$(seconds "${env[@]}" "$new" -C "$copies/new" --format csv "${args[@]}")")
    done
    o=$(printf '%s\n' "${old_times[@]}" | median)
    w=$(printf '%s\n' "${new_times[@]}" | median)
    if cmp -s <("${env[@]}" "$old" -C "$copies/old" --format csv "${args[@]}" 2>&1 | sed "s#$copies/old#R#g") \
      <("${env[@]}" "$new" -C "$copies/new" --format csv "${args[@]}" 2>&1 | sed "s#$copies/new#R#g"); then
      same=same
    else
      same=DIFFERENT
    fi
    printf '%-48s %-6s old %6.3f s  new %6.3f s  new/old %5.2f  output %s\n' \
      "$cmd" "$mode" "$o" "$w" "$(echo "$w / $o" | bc -l)" "$same"
  done
done
