#!/usr/bin/env bash
# The yearly summary (báo cáo sơ kết năm) as a commission runs it: check the
# register, evaluate every model against each criteria set in criteria/,
# write the report pack, and commit the pack in the register's git, so that
# every year's numbers stay reviewable and can be made again.
#
#   examples/yearly-summary.sh [REGISTER] [YEAR]     default: data-sample 2024
#
# Environment:
#   DVK      the dvk binary (default: dvk on the PATH), e.g. DVK=target/debug/dvk
#   WORKDIR  where to copy a register that is not a git repository of its own
#            (default: a new temporary folder). Such a register (data-sample/,
#            inside dvk's own repository) is never changed: the copy is
#            committed to instead.
#
# Exit codes: 0 done (also when the pack is the same as the one committed);
# 1 the register has errors (`dvk check` shows them); 2 anything else.
set -euo pipefail

register=${1:-data-sample}
year=${2:-2024}
dvk=${DVK:-dvk}

fail() {
  echo "error: $*" >&2
  exit 2
}

[[ $year =~ ^[0-9]{4}$ ]] || fail "the year must be four digits, not '$year'"
[[ -f $register/dvk.toml ]] || fail "$register is not a register (it has no dvk.toml)"
command -v git >/dev/null || fail "git is not installed"
# The script changes folder: a relative path to the binary must not break.
if [[ $dvk == */* ]]; then
  dvk=$(cd "$(dirname "$dvk")" && pwd)/$(basename "$dvk")
fi
command -v "$dvk" >/dev/null || fail "no dvk binary at '$dvk'; set DVK=path/to/dvk"

# Commit to the register's own repository; copy a register that has none.
source_dir=$(cd "$register" && pwd -P)
top=$(git -C "$source_dir" rev-parse --show-toplevel 2>/dev/null || true)
if [[ -n $top && $(cd "$top" && pwd -P) == "$source_dir" ]]; then
  work=$source_dir
else
  work=${WORKDIR:-$(mktemp -d "${TMPDIR:-/tmp}/dvk-so-XXXXXX")}
  mkdir -p "$work"
  [[ -z $(ls -A "$work") ]] || fail "WORKDIR $work is not empty"
  cp -R "$source_dir/." "$work/"
  rm -rf "$work/.dvk" # the cache; dvk makes it again
  work=$(cd "$work" && pwd -P)
  echo "$register is not a git repository of its own: working on a copy in $work"
fi
cd "$work"

# The identity of the commits. A commission running this on its register
# sets its own: GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL win over these.
commit() {
  git -c user.name=dvk -c user.email=dvk@localhost commit -q "$@"
}

top=$(git rev-parse --show-toplevel 2>/dev/null || true)
if [[ -z $top || $(cd "$top" && pwd -P) != "$work" ]]; then
  git -c init.defaultBranch=main init -q
  git add -A
  commit -m "Sổ theo dõi mô hình Dân vận khéo (bản sao của $register)"
  echo "git init in $work, the register committed as it was"
fi

echo
echo "== 1. dvk check"
status=0
"$dvk" -C . check || status=$?
if ((status == 1)); then
  echo "error: $register has errors (above); fix them there and run this again" >&2
  exit 1
elif ((status != 0)); then
  exit 2
fi

pack=bao-cao-$year
mkdir -p "$pack"

echo
echo "== 2. dvk evaluate, as of 31/12/$year"
shopt -s nullglob
sets=(criteria/*.toml)
((${#sets[@]} > 0)) || echo "no criteria set in criteria/: nothing to evaluate"
for file in "${sets[@]}"; do
  criteria_set=$(basename "$file" .toml)
  out=$pack/danh-gia-$criteria_set.csv
  "$dvk" -C . evaluate --criteria "$criteria_set" --year "$year" --format csv >"$out"
  # The verdict is the fifth column from the end: names may hold commas,
  # score, max_score, failed and pending do not.
  printf "%s -> %s: " "$criteria_set" "$out"
  awk -F, 'NR > 1 { n[$(NF - 4)]++; total++ }
    END {
      printf "%d models", total
      split("dat khong_dat cho_danh_gia khong_ap_dung", order, " ")
      for (i = 1; i <= 4; i++) printf ", %d %s", n[order[i]], order[i]
      printf "\n"
    }' "$out"
done

echo
echo "== 3. dvk report --year $year"
"$dvk" -C . report --year "$year" --out "$pack"

echo
echo "== 4. git commit"
git add -- "$pack"
if git diff --cached --quiet -- "$pack"; then
  echo "$pack is the same as the one committed: nothing to commit"
else
  commit -m "Báo cáo sơ kết năm $year (dvk report, $(date +%Y-%m-%d))" -- "$pack"
  git log -1 --format='%h %s'
fi
echo "the pack: $work/$pack"
