#!/usr/bin/env bash
# Every test of the JS/wasm side: build pkg/ and www/pkg/, clippy for wasm32, wasm-bindgen-test in
# Node and headless Chromium, node:test (API, JSON Schema, size budget), TypeScript declarations,
# and the packed npm package from Node ESM, a Vite 8 build and a plain page.
# Installs what it needs (chromium + chromedriver: see scripts/browsers.sh; rustup target,
# wasm-bindgen-cli, npm ci in js/); idempotent, and quick when they are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" DEBIAN_FRONTEND=noninteractive
step() { echo "=== $*"; }

# Chromium and chromedriver: from PATH or $CHROMIUM/$CHROMEDRIVER on any OS, else apt (Debian, root).
source scripts/browsers.sh

step "build pkg/ and www/pkg/"
bash scripts/build-wasm.sh

step "cargo clippy (wasm32, warnings denied)"
cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --lib --tests -- -D warnings
# The views module (the second wasm, feature wasm-views) too.
cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --features wasm-views --lib -- -D warnings

# No -q: cargo would pass --quiet to wasm-bindgen-test-runner, which rejects it.
step "wasm-bindgen-test in Node"
cargo test --target wasm32-unknown-unknown --no-default-features --test web
step "wasm-bindgen-test in headless Chromium"
WASM_BINDGEN_USE_BROWSER=1 cargo test --target wasm32-unknown-unknown --no-default-features --test web

step "node --test (API, schema, size budget, README examples and size figures)"
node --test js/tests/

step "tsc --noEmit (TypeScript declarations)"
js/node_modules/.bin/tsc -p js/types-test

step "npm pack: Node ESM, Vite 8 build, plain page"
node js/e2e/pack-e2e.mjs
