#!/usr/bin/env bash
# Side-by-side benchmark: form6k native and wasm-in-Node against secsgml2 and edgartools,
# on the same files in one run. Installs the peers into a throwaway venv
# (target/peers-venv), runs `cargo bench`, the wasm runner and bench/peers.py one after
# another, prints the tables and writes them into BENCHMARKS.md between the markers.
#
#   scripts/compare.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
QUICK=${1:-}
R=target/bench-results
mkdir -p "$R"

VENV=target/peers-venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c 'import secsgml2, edgar' 2>/dev/null \
  || "$VENV/bin/pip" install --quiet edgartools secsgml2

echo "=== native (cargo bench)"
cargo bench --quiet --bench parse -- $QUICK --json "$R/native.json"
echo "=== wasm in Node"
scripts/bench-wasm.sh $QUICK --json "$R/wasm.json"
echo "=== peers"
"$VENV/bin/python" bench/peers.py "$R/groups.json" > "$R/peers.json"

{
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`scripts/compare.sh $QUICK\` on commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src benches bench || echo ' (with uncommitted changes)')."
  echo
  echo "- CPU: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores online; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- memory: $(free -g | awk '/^Mem:/ {print $2}') GiB; OS: $(uname -sr)"
  echo "- $(rustc --version); Node $(node --version); $("$VENV/bin/python" -c 'import json,sys; v=json.load(open(sys.argv[1]))["versions"]; print(", ".join(f"{k} {x}" for k, x in v.items()))' "$R/peers.json")"
} > "$R/machine.md"
python3 bench/compare.py "$R/native.json" "$R/wasm.json" "$R/peers.json" "$R/machine.md" > "$R/block.md"
cat "$R/block.md"

python3 - "$R/block.md" <<'PY'
import sys
block = open(sys.argv[1]).read()
begin, end = "<!-- compare:begin -->", "<!-- compare:end -->"
text = open("BENCHMARKS.md").read()
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open("BENCHMARKS.md", "w").write(head + begin + "\n" + block + "\n" + end + tail)
PY
echo "=== wrote the results into BENCHMARKS.md"
