#!/usr/bin/env bash
# The CLI against secsgml2, side by side in one run: `form6k parse --no-blocks`,
# `covers` and `--report-only` on a ~40 MB 6-K submission against a whole Python process
# running secsgml2's parse_sgml_content_into_memory on the same file, then `covers` over
# all of ../shared/corpus/sixk-submissions with -j 1 and -j 2. Writes the tables into
# BENCHMARKS.md between the cli markers.
#
#   bash bench/cli.sh [RUNS]          (default 7 runs of each command)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
RUNS=${1:-7}
CORPUS=../shared/corpus/sixk-submissions
[ -d "$CORPUS" ] || { echo "bench/cli.sh: $CORPUS is absent" >&2; exit 1; }

# The same throwaway venv as scripts/compare.sh (which adds edgartools to it).
VENV=target/peers-venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c 'import secsgml2' 2>/dev/null || "$VENV/bin/pip" install --quiet secsgml2

cargo build --quiet --release --bin form6k
SUB=target/bench-data/sixk-40mb.txt
mkdir -p target/bench-data target/bench-results
[ -f "$SUB" ] || python3 bench/make_submission.py "$SUB" 40

OUT=target/bench-results/cli.md
{
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) by \`bash bench/cli.sh $RUNS\` on commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench Cargo.toml || echo ' (with uncommitted changes)'), \`cargo build --release\` (the profile users get)."
  echo "CPU: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores online, load average before the run $(cut -d' ' -f1-3 /proc/loadavg);"
  echo "$(rustc --version); secsgml2 $("$VENV/bin/python" -c 'from importlib.metadata import version; print(version("secsgml2"))'), Python $("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])')."
  echo
  python3 bench/cli.py target/release/form6k "$VENV/bin/python" "$SUB" "$CORPUS" "$RUNS"
} > "$OUT"
cat "$OUT"

python3 - "$OUT" <<'PY'
import sys
block = open(sys.argv[1]).read()
begin, end = "<!-- cli:begin -->", "<!-- cli:end -->"
text = open("BENCHMARKS.md").read()
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
open("BENCHMARKS.md", "w").write(head + begin + "\n" + block + "\n" + end + tail)
PY
echo "=== wrote the results into BENCHMARKS.md"
