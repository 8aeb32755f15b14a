#!/usr/bin/env bash
# The main job: build the wasm package and the static page, then serve www/ at
# http://127.0.0.1:${PORT:-8000}/ (Ctrl+C stops it). `--cli` instead builds the
# command-line tool and prints the JSON of the bundled seed 6-K.
#
#   PORT=8001 bash scripts/run.sh   # another port
#
# The first run installs wasm-bindgen-cli (about 4 minutes on 2 cores), the npm dev tools
# and compiles the crate; later runs take seconds. Every step says what it is doing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
if [ "${1:-}" = "--cli" ]; then
  echo "run: building the CLI (cargo build --release; a minute or two the first time)" >&2
  cargo build --release --quiet
  exec ./target/release/form6k parse --no-blocks tests/fixtures/seed/hanaro-2003-04.txt
fi

PORT=${PORT:-8000}
case $PORT in
  '' | *[!0-9]*) echo "run: PORT must be a number, not '$PORT'" >&2; exit 2 ;;
esac
# Fail before the build, not after it, when the port is taken (http.server would print a
# traceback). SO_REUSEADDR as http.server sets it, so a socket in TIME_WAIT is no obstacle.
port_free() {
  python3 -c 'import socket, sys
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))' "$1" 2>/dev/null
}
if ! port_free "$PORT"; then
  echo "run: port $PORT is taken; PORT=$((PORT + 1)) bash scripts/run.sh" >&2
  exit 1
fi

bash scripts/build-wasm.sh
echo "run: serving www/ at http://127.0.0.1:$PORT/ (Ctrl+C stops it)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www
