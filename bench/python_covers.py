"""form6k.covers against edgartools' 6-K cover reading, and against the CLI, on the same
files in one run; writes the result into BENCHMARKS.md between the python markers.

    python3 bench/python_covers.py [RUNS]        (default 3 runs of each, interleaved)

Sets itself up: a venv in target/bench-python-venv (git-ignored) with edgartools from
PyPI and form6k built from ./python with the release profile (`pip install ./python`,
what users get), and `cargo build --release --bin form6k`; then runs itself in that venv.
Inputs: the 673 files of ../shared/corpus/sixk-submissions.

What each side does per file, all from the file's bytes on disk:
- form6k.covers(paths): reads and parses every file (the report's document into blocks,
  the cover, exhibits, signatures, items) into the rows of `form6k covers`, on all cores
  (jobs=None) and on one thread (jobs=1).
- edgartools: `Filing.from_sgml_text(text)` then `.obj()` (its SixK 6-K object) and
  the four cover values it reads: commission_file_number, report_month and
  annual_report_form (regular expressions over the primary document's lxml text) and
  date_of_report (the header's period). One thread, as the library runs.
  Where edgartools finds no HTML primary document it would download the filing's index
  page from sec.gov; the benchmark replaces that download with an exception (there is no
  network here), which its SixK catches, so those files count the work up to that point.
- the CLI: `form6k covers --jsonl DIR` as a whole process, output to /dev/null.

Not a test: the figures depend on the machine and its load (printed with them).
"""

import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / "target" / "bench-python-venv"
CORPUS = ROOT.parent / "shared" / "corpus" / "sixk-submissions"
CLI = ROOT / "target" / "release" / "form6k"
BEGIN, END = "<!-- python:begin -->", "<!-- python:end -->"


def setup():
    """Make the venv and the builds, then run this script again inside the venv."""
    if not CORPUS.is_dir():
        sys.exit(f"bench/python_covers.py: {CORPUS} is absent")
    py = VENV / "bin" / "python"
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    env = dict(os.environ, PATH=f"{VENV / 'bin'}{os.pathsep}{os.environ['PATH']}")
    have = subprocess.run([str(py), "-c", "import edgar, maturin"], capture_output=True)
    if have.returncode != 0:
        pip = [str(py), "-m", "pip", "install", "--quiet"]
        subprocess.run(pip + ["edgartools", "maturin>=1.9.4,<2"], check=True, env=env)
    print("=== pip install ./python (release profile) into", VENV.relative_to(ROOT), flush=True)
    subprocess.run(
        [str(py), "-m", "pip", "install", "--quiet", "--no-build-isolation", "--no-deps", "--force-reinstall", str(ROOT / "python")],
        check=True,
        env=env,
    )
    print("=== cargo build --release --bin form6k", flush=True)
    subprocess.run(["cargo", "build", "--quiet", "--release", "--bin", "form6k"], check=True, cwd=ROOT)
    os.execv(str(py), [str(py), __file__, "--in-venv", *sys.argv[1:]])


def edgartools_reader():
    import edgar._filings
    from edgar import Filing

    def no_network(*args, **kwargs):
        raise RuntimeError("no network in the benchmark")

    edgar._filings.FilingHomepage.load = no_network

    def read(path):
        filing = Filing.from_sgml_text(path.read_bytes().decode("utf-8", "replace"))
        six = filing.obj()
        return (six.commission_file_number, six.report_month, six.annual_report_form, six.date_of_report)

    return read


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def timed_process(args):
    before = os.times()
    wall = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - wall
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, None


def main(runs):
    import form6k

    read = edgartools_reader()
    files = sorted(p for p in CORPUS.iterdir() if p.suffix == ".txt")
    size = sum(p.stat().st_size for p in files)
    failed = {}

    def edgartools_all():
        out = []
        for p in files:
            try:
                out.append(read(p))
            except Exception as e:  # a file edgartools rejects: counted, the work timed
                failed[p.name] = f"{type(e).__name__}: {e}"[:160]
                out.append(None)
        return out

    cases = {
        "form6k.covers(paths), all cores": lambda: timed(lambda: form6k.covers(files)),
        "form6k.covers(paths, jobs=1)": lambda: timed(lambda: form6k.covers(files, jobs=1)),
        "form6k covers --jsonl (CLI process, all cores)": lambda: timed_process([str(CLI), "covers", "--jsonl", "-q", str(CORPUS)]),
        "edgartools Filing.from_sgml_text + SixK cover": lambda: timed(edgartools_all),
    }
    load = " ".join(open("/proc/loadavg").read().split()[:3])
    results = {name: [] for name in cases}
    last = {}
    for _ in range(runs):
        for name, case in cases.items():
            wall, cpu, out = case()
            results[name].append((wall, cpu))
            last[name] = out

    rows, covers = last["edgartools Filing.from_sgml_text + SixK cover"], last["form6k.covers(paths), all cores"]
    ed_wall = statistics.median(w for w, _ in results["edgartools Filing.from_sgml_text + SixK cover"])
    ed_cpu = statistics.median(c for _, c in results["edgartools Filing.from_sgml_text + SixK cover"])

    def version(name):
        from importlib.metadata import version as v

        return v(name)

    lines = []
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    dirty = subprocess.run(["git", "diff", "--quiet", "HEAD", "--", "src", "python", "bench", "Cargo.toml"], cwd=ROOT).returncode
    lines.append(
        f"Run {time.strftime('%Y-%m-%dT%H:%MZ', time.gmtime())} by `python3 bench/python_covers.py {runs}` on commit {commit}"
        f"{' (with uncommitted changes)' if dirty else ''}; form6k {form6k.__version__} built by `pip install ./python` (release profile),"
        f" edgartools {version('edgartools')}, Python {platform.python_version()}, {os.cpu_count()} cores, load average before the run {load}."
    )
    lines.append("")
    lines.append(f"All of `../shared/corpus/sixk-submissions`: {len(files)} files, {size:,} bytes; {runs} interleaved runs, medians.")
    lines.append("")
    lines.append("| reader | wall s | CPU s | files/s (wall) | edgartools wall / this wall | edgartools CPU / this CPU |")
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        wall = statistics.median(w for w, _ in r)
        cpu = statistics.median(c for _, c in r)
        lines.append(f"| {name} | {wall:.3f} | {cpu:.3f} | {len(files) / wall:,.0f} | {ed_wall / wall:.1f}x | {ed_cpu / cpu:.1f}x |")
    lines.append("")
    ed_ok = [r for r in rows if r is not None]
    def count(values):
        return sum(v is not None for v in values)
    ok_rows = [c for c in covers if "error" not in c]
    lines.append("What each found, over the same files (a value present, right or wrong):")
    lines.append("")
    lines.append("| value | edgartools SixK | form6k row |")
    lines.append("| --- | ---: | ---: |")
    lines.append(f"| Commission File Number | {count(r[0] for r in ed_ok)} | {sum(bool(c['commissionFileNumbers']) for c in ok_rows)} |")
    lines.append(f"| month of report (cover) | {count(r[1] for r in ed_ok)} | {count(c['period'] for c in ok_rows)} |")
    lines.append(f"| Form 20-F / 40-F box | {count(r[2] for r in ed_ok)} | {count(c['annualReportForm'] for c in ok_rows)} |")
    lines.append("")
    lines.append(f"edgartools raised on {len(failed)} of the files" + (": " + "; ".join(f"`{k}`: {v}" for k, v in list(failed.items())[:3]) if failed else "."))
    block = "\n".join(lines)
    print(block)

    bench = ROOT / "BENCHMARKS.md"
    text = bench.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    bench.write_text(head + BEGIN + "\n" + block + "\n" + END + tail, encoding="utf-8")
    print("=== wrote the results into BENCHMARKS.md")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--in-venv"]:
        main(int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    else:
        setup()
