#!/usr/bin/env bash
# Build the throwaway benchmark wasm (bench/wasm: C-ABI exports, no wasm-bindgen) and
# time it in Node on the same groups as `cargo bench` (which must have written
# target/bench-results/groups.json; this script runs `--generate` to make sure).
#
#   scripts/bench-wasm.sh [--json FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
cargo bench --quiet --bench parse -- --generate
CARGO_TARGET_DIR=target/bench-wasm cargo build --quiet --release \
  --manifest-path bench/wasm/Cargo.toml --target wasm32-unknown-unknown
node bench/wasm.mjs target/bench-wasm/wasm32-unknown-unknown/release/form6k_bench_wasm.wasm "$@"
