#!/usr/bin/env bash
# The main job: build the wasm package and the static page, then serve www/ at
# http://127.0.0.1:${PORT:-8000}/ (Ctrl+C stops it). `--cli` instead builds the
# command-line tool and prints the JSON of the bundled seed 6-K.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if [ "${1:-}" = "--cli" ]; then
  cargo build --release --quiet
  exec ./target/release/form6k parse --no-blocks tests/fixtures/seed/hanaro-2003-04.txt
fi
bash scripts/build-wasm.sh
PORT=${PORT:-8000}
echo "form6k: serving www/ at http://127.0.0.1:$PORT/"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www
