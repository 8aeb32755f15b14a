#!/usr/bin/env bash
# The main job: build form6k and parse the bundled seed 6-K, printing its JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
cargo build --release --quiet
./target/release/form6k parse --no-blocks tests/fixtures/seed/hanaro-2003-04.txt
