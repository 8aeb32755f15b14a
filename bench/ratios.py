"""Issue 23's speed figures as ratios measured in one run, whole processes, interleaved.

    python3 bench/ratios.py FORM6K OLD_FORM6K PYTHON TWENTY_F SUBMISSION [RUNS]

FORM6K is this build's CLI, OLD_FORM6K the CLI built at an older commit (bench/ratios.sh
builds 2a38fd5), PYTHON a python with edgartools and secsgml2, TWENTY_F the 1.37 MB
Plymouth Rock 20-F (HTML), SUBMISSION a ~40 MB 6-K submission (bench/make_submission.py).
Every command runs RUNS times (default 9), run by run in turn, so that load on the shared
machine falls on all of them alike; the figure of a command is its median wall time, and
each ratio is of two medians from this one run. Prints a Markdown block on stdout.
"""

import os
import statistics
import subprocess
import sys
import time

EDGARTOOLS = (
    "import sys\n"
    "from edgar.documents import parse_html\n"
    "parse_html(open(sys.argv[1], 'rb').read().decode('utf-8', 'replace'))\n"
)
SECSGML2 = (
    "import sys, secsgml2\n"
    "with open(sys.argv[1], 'rb') as f:\n"
    "    secsgml2.parse_sgml_content_into_memory(f.read())\n"
)


def timed(cmd):
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd[:3]} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    new, old, python, twenty_f, sub = sys.argv[1:6]
    runs = int(sys.argv[6]) if len(sys.argv) > 6 else 9
    cmds = [
        ("this build: parse 20-F (blocks)", [new, "parse", "--compact", "-q", twenty_f]),
        ("2a38fd5: parse 20-F (blocks)", [old, "parse", "--compact", "-q", twenty_f]),
        ("python + edgartools parse_html 20-F", [python, "-c", EDGARTOOLS, twenty_f]),
        ("this build: parse --no-blocks 20-F", [new, "parse", "--compact", "--no-blocks", "-q", twenty_f]),
        ("2a38fd5: parse --no-blocks 20-F", [old, "parse", "--compact", "--no-blocks", "-q", twenty_f]),
        ("this build: parse --no-blocks 40 MB", [new, "parse", "--compact", "--no-blocks", "-q", sub]),
        ("2a38fd5: parse --no-blocks 40 MB", [old, "parse", "--compact", "--no-blocks", "-q", sub]),
        ("python + secsgml2 40 MB", [python, "-c", SECSGML2, sub]),
    ]
    times = {name: [] for name, _ in cmds}
    for _ in range(runs):
        for name, cmd in cmds:
            times[name].append(timed(cmd))
    med = {n: statistics.median(w for w, _ in t) for n, t in times.items()}
    cpu = {n: statistics.median(c for _, c in t) for n, t in times.items()}
    print(f"{runs} interleaved runs of each command; whole processes; `{os.path.basename(twenty_f)}` "
          f"{os.path.getsize(twenty_f):,} bytes, `{os.path.basename(sub)}` {os.path.getsize(sub):,} bytes.")
    print()
    print("| command | wall s, median | CPU s, median |")
    print("| --- | ---: | ---: |")
    for n in med:
        print(f"| {n} | {med[n]:.4f} | {cpu[n]:.4f} |")
    print()
    print("| ratio (medians of this run) | goal | measured |")
    print("| --- | --- | ---: |")
    r = lambda a, b: med[a] / med[b]
    print(f"| edgartools parse_html / this build, 20-F with blocks | >= 25x | "
          f"{r('python + edgartools parse_html 20-F', 'this build: parse 20-F (blocks)'):.1f}x |")
    print(f"| secsgml2 / this build `--no-blocks`, 40 MB | >= 2x | "
          f"{r('python + secsgml2 40 MB', 'this build: parse --no-blocks 40 MB'):.2f}x |")
    print(f"| 2a38fd5 / this build, `--no-blocks` 20-F | (was 0.6x: 43-46 ms against 27-28) | "
          f"{r('2a38fd5: parse --no-blocks 20-F', 'this build: parse --no-blocks 20-F'):.2f}x |")
    print(f"| 2a38fd5 / this build, 20-F with blocks | | "
          f"{r('2a38fd5: parse 20-F (blocks)', 'this build: parse 20-F (blocks)'):.2f}x |")
    print(f"| 2a38fd5 / this build, `--no-blocks` 40 MB | | "
          f"{r('2a38fd5: parse --no-blocks 40 MB', 'this build: parse --no-blocks 40 MB'):.2f}x |")


if __name__ == "__main__":
    main()
