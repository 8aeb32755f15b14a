#!/usr/bin/env bash
# Every test form6k has (CI runs exactly this). Installs what it needs itself: rustfmt and
# clippy, the wasm32 target, the exact wasm-bindgen-cli, npm dev tools, a Python venv under
# target/ with maturin, pytest and mypy (scripts/test-python.sh). The browser tests use
# Chromium and chromedriver from PATH (or $CHROMIUM / $CHROMEDRIVER) on any OS; where they are
# missing, Debian's `chromium chromium-driver` are installed with apt-get, which needs Debian
# (or Ubuntu) and root; elsewhere it says what to install. See scripts/browsers.sh.
# Idempotent, and quick when everything is installed. Writes only to git-ignored paths.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
# Before the long steps, so a missing browser is said at once.
source scripts/browsers.sh

echo "=== cargo fmt --check"
cargo fmt --all --check
echo "=== cargo clippy (warnings denied; the core and python/)"
cargo clippy --workspace --all-targets --all-features -- -D warnings
echo "=== cargo test (native: unit, corpus, labels, fixtures, bad input)"
cargo test --all-features
echo "=== the Python package (scripts/test-python.sh)"
bash scripts/test-python.sh
echo "=== wasm and npm package (scripts/test-wasm.sh)"
bash scripts/test-wasm.sh
echo "=== the page, end to end in headless Chromium (e2e/run.sh)"
bash e2e/run.sh
