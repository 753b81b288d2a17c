#!/usr/bin/env bash
# Times dvk against the floor (reading every file with cat) and a Python
# tomllib script, on a generated register of N models, all in one run, so
# that the ratios hold however busy the machine is.
#
# Usage: bench/run.sh [N] [RUNS]     (default N=100000, RUNS=5)
# For each command: the median of RUNS cold runs (DVK_NO_CACHE=1: every
# file read and parsed) and of RUNS cached runs (after one run that writes
# the cache), each with its ratio to the floor and how many times faster
# than Python it is, and the peak memory of either. Registers are generated once into bench/data/ (ignored
# by git).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
runs=${2:-5}
. bench/register.sh
stats=$(mktemp)
trap 'rm -f "$stats"' EXIT

# "median-seconds peak-KB" of a command run $runs times ("0 0" if it fails).
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
    if [ "${t#* }" -gt "$mem" ]; then mem=${t#* }; fi
  done
  printf '%s\n' "${times[@]}" | sort -g | awk -v m="$mem" '{a[NR]=$1} END {printf "%s %s\n", a[int((NR+1)/2)], m}'
}

read -r floor floor_mem < <(measure "find $reg/models -name '*.toml' -print0 | xargs -0 cat > /dev/null")
py_runs=$runs; [ "$n" -ge 100000 ] && py_runs=1
read -r py py_mem < <(runs=$py_runs measure "python3 bench/reference.py $reg")

printf 'dvk benchmark: %s models in %s; median of %s runs; %s cores\n' "$n" "$reg" "$runs" "$(nproc)"
printf 'floor (find | xargs cat): %.3f s, %d MiB;  python tomllib (parse + count): %.3f s, %d MiB\n' \
  "$floor" "$((floor_mem / 1024))" "$py" "$((py_mem / 1024))"
echo
printf '%-46s %7s %7s %8s %8s %7s %8s %8s\n' command "cold s" "x floor" "x python" "cached s" "x floor" "x python" "peak MiB"
for cmd in \
  "tally --by field,level" \
  "list field:kinh_te level>=huyen commune:quang" \
  "check" \
  "evaluate --criteria hd-thu"; do
  line="$dvk -C $reg --format csv $(printf '%q ' $cmd)"
  read -r cold cold_mem < <(measure "DVK_NO_CACHE=1 $line")
  bash -c "$line" >/dev/null 2>&1 || true   # writes the cache
  read -r warm warm_mem < <(measure "$line")
  awk -v name="dvk $cmd" -v c="$cold" -v w="$warm" -v f="$floor" -v py="$py" \
      -v mem="$(( (cold_mem > warm_mem ? cold_mem : warm_mem) / 1024 ))" 'BEGIN {
    if (c == 0 || w == 0) { printf "%-46s failed\n", name; exit }
    if (f <= 0) f = 0.01
    printf "%-46s %7.3f %7.2f %8.1f %8.3f %7.2f %8.1f %8d\n", name, c, c / f, py / c, w, w / f, py / w, mem }'
done
# Every count exact: tally's, read cold and from the cache, against
# Python's. Wrong counts fail the run (slow ones never do).
expected=$(python3 bench/reference.py "$reg" | LC_ALL=C sort)
for how in "DVK_NO_CACHE=1" "DVK_NO_CACHE="; do
  got=$(env "$how" "$dvk" -C "$reg" --format csv tally --by field,level | tail -n +2 | LC_ALL=C sort)
  if [ "$got" != "$expected" ]; then
    echo "tally's counts ($how) differ from Python's" >&2
    exit 1
  fi
done
echo "counts: tally --by field,level, cold and cached, equals Python's, group by group"
