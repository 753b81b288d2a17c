#!/usr/bin/env bash
# Times dvk against the floor (reading every file with cat) and a Python
# tomllib script, on a generated register of N models, all in one run.
#
# Usage: bench/run.sh [N] [RUNS]     (default N=100000, RUNS=5)
# Prints medians in seconds, ratios measured in the same run, and peak
# memory. Registers are generated once into bench/data/ (ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
runs=${2:-5}
reg=bench/data/$n
if [ ! -f "$reg/dvk.toml" ]; then
  echo "generating $n models into $reg ..." >&2
  rm -rf "$reg"
  python3 bench/generate.py "$n" "$reg"
fi
cargo build --release --quiet
dvk=target/release/dvk

# median of the wall times of a command run $runs times; peak RSS of the last.
stats=$(mktemp)
trap 'rm -f "$stats"' EXIT
measure() {
  local times=() mem=0 t
  for _ in $(seq "$runs"); do
    if ! /usr/bin/time -o "$stats" -f "%e %M" bash -c "$1" >/dev/null 2>&1; then
      echo "failed: $1" >&2
      echo "0 0"
      return
    fi
    t=$(tail -1 "$stats")
    times+=("${t% *}")
    mem=${t#* }
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v m="$mem" '{a[NR]=$1} END {printf "%s %s\n", a[int((NR+1)/2)], m}'
}

floor_cmd="find $reg/models -name '*.toml' -print0 | xargs -0 cat > /dev/null"
read -r floor floor_mem < <(measure "$floor_cmd")
py_runs=$runs; [ "$n" -ge 100000 ] && py_runs=1
read -r py py_mem < <(runs=$py_runs measure "python3 bench/reference.py $reg")

printf 'dvk benchmark: %s models in %s, %s runs (median), %s cores\n' "$n" "$reg" "$runs" "$(nproc)"
printf '%-44s %9s %9s %10s %9s\n' command seconds "x floor" "python/x" "peak MiB"
row() {
  awk -v name="$1" -v s="$2" -v mem="$3" -v floor="$floor" -v py="$py" 'BEGIN {
    if (s <= 0) s = 0.01
    if (floor <= 0) floor = 0.01
    printf "%-44s %9.3f %9.2f %10.1f %9.0f\n", name, s, s / floor, py / s, mem / 1024 }'
}
row "floor: find | xargs cat" "$floor" "$floor_mem"
row "python tomllib (parse + count)" "$py" "$py_mem"
for cmd in \
  "tally --by field,level" \
  "list field:kinh_te level>=huyen commune:quang" \
  "check" \
  "evaluate --criteria hd-thu"; do
  read -r s mem < <(measure "$dvk -C $reg --format csv $(printf '%q ' $cmd)")
  if [ "$s" = 0 ]; then
    printf '%-44s %9s\n' "dvk $cmd" failed
  else
    row "dvk $cmd" "$s" "$mem"
  fi
done
