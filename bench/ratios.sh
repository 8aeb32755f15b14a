#!/usr/bin/env bash
# Issue 23's speed ratios in one run (bench/ratios.py): this build's CLI against the CLI
# built at 2a38fd5 (before the items reader), edgartools' parse_html and secsgml2, whole
# processes, interleaved. Builds the old CLI from `git archive 2a38fd5` into target/
# (nothing else of the repository changes) and the peers into target/peers-venv.
#
#   bash bench/ratios.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
RUNS=${1:-9}
TWENTY_F=../shared/corpus/documents/plymouth-rock_0001062993-21-003193_negative-20f.htm
[ -f "$TWENTY_F" ] || { echo "bench/ratios.sh: $TWENTY_F is absent" >&2; exit 1; }
VENV=target/peers-venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c 'import secsgml2, edgar' 2>/dev/null \
  || "$VENV/bin/pip" install --quiet edgartools secsgml2
OLD=target/old-2a38fd5
if [ ! -x "$OLD/build/release/form6k" ]; then
  rm -rf "$OLD/src" && mkdir -p "$OLD/src"
  git archive 2a38fd5 | tar -x -C "$OLD/src"
  (cd "$OLD/src" && cargo build --quiet --release --bin form6k --target-dir ../build)
fi
cargo build --quiet --release --bin form6k
SUB=target/bench-data/sixk-40mb.txt
mkdir -p target/bench-data
[ -f "$SUB" ] || python3 bench/make_submission.py "$SUB" 40
echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes)'); CPU: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)."
echo
python3 bench/ratios.py target/release/form6k "$OLD/build/release/form6k" "$VENV/bin/python" "$TWENTY_F" "$SUB" "$RUNS"
