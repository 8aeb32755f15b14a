"""The Python examples of README.md, run from the repository root as a reader would."""

import re
import subprocess
import sys

import pytest

from conftest import ROOT, cli, jsonl


def python_blocks():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Python", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def run(code):
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)


def test_the_readme_has_the_install_line_and_two_examples():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "```sh\npip install ./python\n```" in text
    assert len(python_blocks()) == 2


def test_the_example_prints_the_cover_of_the_bundled_6k():
    out = run(python_blocks()[0])
    assert out.returncode == 0, out.stderr
    [row] = jsonl(cli("covers", "--jsonl", "tests/fixtures/seed/hanaro-2003-04.txt"))
    assert out.stdout.splitlines() == [f"{k}: {v}" for k, v in row.items()]
    assert "period: 2003-04" in out.stdout.splitlines()


def test_the_pandas_example():
    pandas = pytest.importorskip("pandas")
    code = python_blocks()[1]
    out = run(code)
    assert out.returncode == 0, out.stderr
    scope = {}
    exec(compile(code.replace("print(", "str("), "README", "exec"), scope)
    frame = scope["covers"]
    assert isinstance(frame, pandas.DataFrame)
    rows = jsonl(cli("covers", "--jsonl", "-q", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tests/fixtures/covers").glob("*.txt"))))
    assert len(frame) == len(rows) > 50
    assert list(frame.columns) == list(rows[0])
    assert [None if pandas.isna(v) else v for v in frame["period"]] == [r["period"] for r in rows]
    assert list(frame["registrants"]) == [r["registrants"] for r in rows]
