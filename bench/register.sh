# Sourced by the benchmark scripts: the generated register of $n models in
# bench/data/$n (made once, ignored by git) as $reg, and this checkout's
# release build as $dvk.
reg=bench/data/$n
if [ ! -f "$reg/dvk.toml" ]; then
  echo "generating $n models into $reg ..." >&2
  rm -rf "$reg"
  python3 bench/generate.py "$n" "$reg"
fi
cargo build --release --quiet
dvk=${CARGO_TARGET_DIR:-target}/release/dvk
