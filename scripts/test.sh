#!/usr/bin/env bash
# Every test form6k has. Installs what it needs; idempotent; quick when already installed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
rustup component add rustfmt clippy >/dev/null 2>&1 || true

echo "=== cargo fmt --check"
cargo fmt --all --check
echo "=== cargo clippy (warnings denied)"
cargo clippy --all-targets --all-features -- -D warnings
echo "=== cargo test (native)"
cargo test --all-features
