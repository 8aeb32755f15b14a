"""How form6k.parse() should build its dicts: JSON + json.loads, or pythonize.

    python bench/python_convert.py [FILES_OR_DIRS...] [--runs N]

Times, per file, the parse alone (_parse_only: no Python objects), the parse with its
result turned into dicts by serde_json + json.loads (_parse_json: the JSON string is built
with the GIL released), and by pythonize (_parse_pythonize: under the GIL), with and
without blocks, on the same files in one run; each file's best of N runs, summed; the
conversion is the difference from the parse alone. Checks that both give equal dicts.
form6k.parse is the one of the two that this finds faster (python/README.md). Default files: ../shared/corpus/sixk-submissions, else tests/fixtures.
Needs form6k installed (pip install ./python). Not a test: figures depend on the machine.
"""

import sys
import time
from pathlib import Path

import form6k
from form6k import _form6k

ROOT = Path(__file__).resolve().parents[1]
EXTS = {".txt", ".nc", ".htm", ".html", ".sgml"}


def files(args):
    if not args:
        corpus = ROOT.parent / "shared" / "corpus" / "sixk-submissions"
        args = [str(corpus if corpus.is_dir() else ROOT / "tests" / "fixtures")]
    out = []
    for a in args:
        p = Path(a)
        out.extend(sorted(f for f in p.rglob("*") if f.suffix in EXTS) if p.is_dir() else [p])
    return out


def best(fn, data, runs):
    t = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn(data)
        t = min(t, time.perf_counter() - start)
    return t


def main():
    argv = sys.argv[1:]
    runs = 3
    if "--runs" in argv:
        i = argv.index("--runs")
        runs = int(argv[i + 1])
        del argv[i : i + 2]
    paths = files(argv)
    inputs = [p.read_bytes() for p in paths]
    size = sum(len(b) for b in inputs)
    print(f"{len(inputs)} files, {size:,} bytes, best of {runs} runs per file; form6k {form6k.__version__}")
    print()
    print("| output | parse alone s | JSON + json.loads s | pythonize s | conversion: JSON + json.loads s | conversion: pythonize s | pythonize / JSON, conversion |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for blocks in (True, False):
        only = lambda d: _form6k._parse_only(d, blocks=blocks)  # noqa: E731
        via_json = lambda d: _form6k._parse_json(d, blocks=blocks)  # noqa: E731
        via_py = lambda d: _form6k._parse_pythonize(d, blocks=blocks)  # noqa: E731
        t0 = tj = tp = 0.0
        for data in inputs:
            assert via_json(data) == via_py(data)
            t0 += best(only, data, runs)
            tj += best(via_json, data, runs)
            tp += best(via_py, data, runs)
        name = "with blocks" if blocks else "blocks=False"
        cj, cp = tj - t0, tp - t0
        print(f"| {name} | {t0:.3f} | {tj:.3f} | {tp:.3f} | {cj:.3f} | {cp:.3f} | {cp / cj:.2f}x |")


if __name__ == "__main__":
    main()
