"""Time the form6k CLI as a user runs it: whole processes, wall clock, side by side.

    python3 bench/cli.py FORM6K PYTHON SUBMISSION CORPUS_DIR [RUNS]

FORM6K is the built binary, PYTHON a python with secsgml2 installed, SUBMISSION one
large 6-K submission (bench/make_submission.py), CORPUS_DIR a folder of submissions.
Each command runs RUNS times (default 7), the commands of a table interleaved run by
run so that load on the machine falls on all of them alike (the single-file commands,
being short, 3 x RUNS times). Reported: the median and the least wall time, and the
median CPU time (user + system, from wait4), which other processes on a busy machine
disturb much less. Prints a Markdown block on stdout.
"""

import os
import statistics
import subprocess
import sys
import time

SECSGML2 = (
    "import sys, secsgml2\n"
    "for p in sys.argv[1:]:\n"
    "    with open(p, 'rb') as f:\n"
    "        secsgml2.parse_sgml_content_into_memory(f.read())\n"
)


def timed(cmd):
    """(wall seconds, CPU seconds) of one whole process."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise SystemExit(f"{cmd[:3]} exited with {p.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def interleaved(cmds, runs):
    times = {name: [] for name, _ in cmds}
    for _ in range(runs):
        for name, cmd in cmds:
            times[name].append(timed(cmd))
    return {
        name: (
            statistics.median(w for w, _ in t),
            statistics.median(c for _, c in t),
            min(w for w, _ in t),
        )
        for name, t in times.items()
    }


def main():
    form6k, python, submission, corpus = sys.argv[1:5]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 7
    files = sorted(os.path.join(corpus, f) for f in os.listdir(corpus))
    corpus_bytes = sum(os.path.getsize(f) for f in files)
    sub_bytes = os.path.getsize(submission)

    one = interleaved(
        [
            ("form6k parse --no-blocks", [form6k, "parse", "--no-blocks", "-q", submission]),
            ("form6k covers", [form6k, "covers", "-q", submission]),
            ("form6k parse --report-only", [form6k, "parse", "--report-only", "-q", submission]),
            ("form6k parse (all bodies, blocks)", [form6k, "parse", "--compact", "-q", submission]),
            ("python + secsgml2", [python, "-c", SECSGML2, submission]),
        ],
        3 * runs,
    )
    peer_wall, peer_cpu, peer_min = one["python + secsgml2"]
    print(f"One submission: `{os.path.basename(submission)}`, {sub_bytes:,} bytes "
          f"(`bench/make_submission.py`); whole processes, {3 * runs} interleaved runs each "
          f"(short runs, so three times as many).")
    print()
    print("| command | wall s, median | wall s, min | CPU s, median | MB/s (median wall) "
          "| secsgml2 / this: wall median | wall min | CPU median |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, (w, c, m) in one.items():
        print(f"| {name} | {w:.3f} | {m:.3f} | {c:.3f} | {sub_bytes / w / 1e6:,.0f} | "
              f"{peer_wall / w:.2f}x | {peer_min / m:.2f}x | {peer_cpu / c:.2f}x |")
    print()

    many = interleaved(
        [
            ("form6k covers -j 1", [form6k, "covers", "-q", "-j", "1", corpus]),
            ("form6k covers -j 2", [form6k, "covers", "-q", "-j", "2", corpus]),
            ("form6k parse --jsonl (blocks) -j 2", [form6k, "parse", "--jsonl", "-q", "-j", "2", corpus]),
            ("python + secsgml2, one process", [python, "-c", SECSGML2] + files),
        ],
        runs,
    )
    print(f"All of `{corpus}`: {len(files)} files, {corpus_bytes:,} bytes; "
          f"median of {runs} interleaved runs.")
    print()
    print("| command | wall s, median | wall s, min | CPU s, median | files/s (median / min wall) "
          "| MB/s (median / min wall) | MB per CPU second |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    n = len(files)
    for name, (w, c, m) in many.items():
        print(f"| {name} | {w:.3f} | {m:.3f} | {c:.3f} | {n / w:,.0f} / {n / m:,.0f} "
              f"| {corpus_bytes / w / 1e6:,.0f} / {corpus_bytes / m / 1e6:,.0f} "
              f"| {corpus_bytes / c / 1e6:,.0f} |")


if __name__ == "__main__":
    main()
