#!/usr/bin/env bash
# Every test form6k has (CI runs exactly this). Installs what it needs itself: rustfmt and
# clippy, the wasm32 target, the exact wasm-bindgen-cli, npm dev tools, Debian's chromium.
# Idempotent, and quick when everything is installed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
rustup component add rustfmt clippy >/dev/null 2>&1 || true

echo "=== cargo fmt --check"
cargo fmt --all --check
echo "=== cargo clippy (warnings denied)"
cargo clippy --all-targets --all-features -- -D warnings
echo "=== cargo test (native: unit, corpus, labels, fixtures, bad input)"
cargo test --all-features
echo "=== wasm and npm package (scripts/test-wasm.sh)"
bash scripts/test-wasm.sh
echo "=== the page, end to end in headless Chromium (e2e/run.sh)"
bash e2e/run.sh
