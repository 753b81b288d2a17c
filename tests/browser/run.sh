#!/usr/bin/env bash
# The web view in a real browser: builds dvk and drives headless Chromium
# over data-sample (tests/browser/run.py); screenshots go to
# target/browser/. Skips, saying why, only when no Chromium is installed
# (.ci/run installs it first).
set -euo pipefail
cd "$(dirname "$0")/../.."
chromium=""
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null; then chromium=$(command -v "$name"); break; fi
done
if [ -z "$chromium" ]; then
  echo "skipped: no Chromium found (apt-get install -y chromium)" >&2
  exit 0
fi
cargo build --quiet
python3 tests/browser/run.py "${CARGO_TARGET_DIR:-target}/debug/dvk" "$chromium"
