#!/usr/bin/env bash
# form6k past one machine, shown for real on one: PySpark in local mode hands file paths
# to `form6k covers --jsonl --files-from -` through rdd.pipe(), and the rows it collects
# are checked equal, byte for byte and in order, to a plain `form6k covers --jsonl` run.
# Heavy (installs pyspark, starts a JVM); not part of scripts/test.sh. See docs/scale.md.
#
#   bash scripts/scale-demo.sh [DIR] [PARTITIONS]
#       DIR defaults to ../shared/corpus/sixk-submissions, PARTITIONS to 8.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
DIR=${1:-../shared/corpus/sixk-submissions}
PARTITIONS=${2:-8}
[ -d "$DIR" ] || { echo "scale-demo: $DIR is absent" >&2; exit 1; }

# Spark needs a Java runtime: Debian's default one.
if ! command -v java >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless
fi
VENV=target/scale-venv
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c 'import pyspark' 2>/dev/null || "$VENV/bin/pip" install --quiet pyspark

cargo build --quiet --release --bin form6k
BIN="$PWD/target/release/form6k"
OUT=target/scale-demo
mkdir -p "$OUT"
# Absolute paths, sorted: what a job would read from a listing of the archive.
find "$(cd "$DIR" && pwd)" -type f | sort > "$OUT/paths.txt"
echo "scale-demo: $(wc -l < "$OUT/paths.txt") files, $(du -shL "$DIR" | cut -f1), $PARTITIONS partitions, Spark local[2]"

start=$(date +%s.%N)
"$BIN" covers --jsonl --quiet --files-from "$OUT/paths.txt" > "$OUT/plain.jsonl"
end=$(date +%s.%N)
printf 'plain:  form6k covers --jsonl --files-from paths.txt: %.2f s\n' "$(echo "$end - $start" | bc)"

SPARK_LOCAL_IP=127.0.0.1 PYSPARK_PYTHON="$VENV/bin/python" "$VENV/bin/python" - "$BIN" "$OUT/paths.txt" "$OUT/spark.jsonl" "$PARTITIONS" <<'PY'
import sys
import time

t0 = time.perf_counter()
from pyspark.sql import SparkSession

binary, paths_file, out_file, partitions = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
spark = (
    SparkSession.builder.master("local[2]")
    .appName("form6k-covers")
    .config("spark.ui.enabled", "false")
    .config("spark.ui.showConsoleProgress", "false")
    .getOrCreate()
)
sc = spark.sparkContext
sc.setLogLevel("ERROR")
t1 = time.perf_counter()
with open(paths_file) as f:
    paths = [line.rstrip("\n") for line in f]
# Each partition's paths go to one form6k process on its standard input, one a line;
# each line it prints comes back as one element, partitions in order.
rows = sc.parallelize(paths, partitions).pipe(f"{binary} covers --jsonl --quiet --files-from -").collect()
t2 = time.perf_counter()
with open(out_file, "w") as f:
    for r in rows:
        f.write(r + "\n")
spark.stop()
print(f"spark:  session start {t1 - t0:.2f} s; parallelize(paths, {partitions}).pipe(form6k covers ...).collect() "
      f"{t2 - t1:.2f} s; {len(rows)} rows")
PY

if cmp -s "$OUT/plain.jsonl" "$OUT/spark.jsonl"; then
  echo "equal:  $(wc -l < "$OUT/spark.jsonl") rows from Spark = the plain run's, byte for byte, in order"
else
  echo "scale-demo: Spark's rows differ from the plain run's:" >&2
  diff <(cut -c1-200 "$OUT/plain.jsonl") <(cut -c1-200 "$OUT/spark.jsonl") | head -20 >&2
  exit 1
fi
