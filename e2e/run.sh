#!/usr/bin/env bash
# End-to-end tests of the static page. Run from anywhere after scripts/build-wasm.sh:
#   bash e2e/run.sh [test-name-filter]
#   bash e2e/run.sh --screenshots [filter]   also rewrite docs/screenshots/*.png (the tests
#                                            alone write nothing in the repository)
#   bash e2e/run.sh --bench                  instead of the tests, time a batch of the 673
#                                            corpus 6-Ks with 1, 2 and 4 workers (bench-batch.mjs)
# Installs Debian's chromium if missing, `npm ci` here, serves www/ on a free loopback
# port with python3, runs the tests, stops the server. Exits non-zero on failure.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
cd "$ROOT"

if [ -z "${CHROMIUM:-}" ] && ! command -v chromium >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if [ ! -f www/pkg/form6k.js ] || [ ! -f www/pkg/form6k_wasm_bg.wasm ]; then
  echo "e2e: www/pkg/form6k.js and form6k_wasm_bg.wasm are missing; run scripts/build-wasm.sh first" >&2
  exit 2
fi
if [ ! -d ../shared/corpus ] && [ -z "${CORPUS:-}" ]; then
  echo "e2e: ../shared/corpus not found beside the repository (set CORPUS=...)" >&2
  exit 2
fi
if [ ! "$HERE/node_modules/.package-lock.json" -nt "$HERE/package-lock.json" ]; then
  npm ci --prefix "$HERE" --no-audit --no-fund --loglevel=error
fi
# The page's content hash (www/pkg/build.js), in case www/ changed since the last build.
node scripts/build-www.mjs >/dev/null

PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory www >/dev/null 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 50); do (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null && break; sleep 0.1; done

status=0
if [ "${1:-}" = "--bench" ]; then
  BASE_URL="http://127.0.0.1:$PORT/" node "$HERE/bench-batch.mjs" || status=$?
  exit "$status"
fi
BASE_URL="http://127.0.0.1:$PORT/" node "$HERE/www.test.mjs" "$@" || status=$?
exit "$status"
