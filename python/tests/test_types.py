"""The types: form6k/types.py is what the schema gives, real output fits them, and the
stubs type-check an example under `mypy --strict` (and reject wrong uses)."""

import subprocess
import sys
import typing
from pathlib import Path

import pytest

import form6k
import form6k.types as t
from conftest import FIXTURES, ROOT, filings

ALL = filings(FIXTURES)
HERE = Path(__file__).parent


def test_types_file_is_what_the_schema_gives():
    run = subprocess.run([sys.executable, str(ROOT / "python" / "tools" / "gen_types.py"), "--check"], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def check(value, hint, where):
    """Fail when `value` does not have the type `hint` (the TypedDicts, Optional, List,
    Literal, Union, int, float, str, bool)."""
    origin = typing.get_origin(hint)
    if hint is type(None):
        assert value is None, where
    elif origin is typing.Union:
        errors = []
        for option in typing.get_args(hint):
            try:
                check(value, option, where)
                return
            except AssertionError as e:
                errors.append(str(e))
        raise AssertionError(f"{where}: {value!r} is none of {hint} ({errors})")
    elif origin is typing.Literal:
        assert value in typing.get_args(hint), f"{where}: {value!r} not in {hint}"
    elif origin is list:
        assert isinstance(value, list), where
        (item,) = typing.get_args(hint)
        for i, v in enumerate(value):
            check(v, item, f"{where}[{i}]")
    elif isinstance(hint, type) and issubclass(hint, dict) and hasattr(hint, "__required_keys__"):
        assert isinstance(value, dict), f"{where}: {value!r} is not a dict"
        keys = set(value)
        missing = hint.__required_keys__ - keys
        extra = keys - hint.__required_keys__ - hint.__optional_keys__
        assert not missing and not extra, f"{where}: missing {missing}, extra {extra}"
        hints = typing.get_type_hints(hint)
        for k, v in value.items():
            check(v, hints[k], f"{where}.{k}")
    elif hint is float:
        assert isinstance(value, (int, float)) and not isinstance(value, bool), where
    elif hint is int:
        assert isinstance(value, int) and not isinstance(value, bool), where
    else:
        assert isinstance(value, hint), f"{where}: {value!r} is not {hint}"


def test_the_checker_rejects_what_does_not_fit():
    with pytest.raises(AssertionError):
        check({"start": 1}, t.Span, "span")
    with pytest.raises(AssertionError):
        check({"start": 1, "end": True}, t.Span, "span")
    with pytest.raises(AssertionError):
        check({"value": "x", "span": {"start": 0, "end": 1}, "more": 1}, t.FieldString, "field")


@pytest.mark.parametrize("blocks", [True, False])
def test_parse_output_fits_filing(blocks):
    kinds = set()
    for p in ALL:
        f = form6k.parse(p, blocks=blocks)
        check(f, t.Filing, str(p))
        kinds.update(b["kind"] for d in f["documents"] if d["body"] for pg in d["body"]["pages"] for b in pg["blocks"])
    assert kinds == {"text", "table"} or not blocks


def test_covers_rows_fit():
    rows = form6k.covers(ALL + [FIXTURES / "missing.txt"])
    for r in rows[:-1]:
        check(r, t.CoverRow, r["path"])
    check(rows[-1], t.CoverError, "missing")
    assert list(rows[0]) == list(typing.get_type_hints(t.CoverRow))


def test_facts_fit():
    facts = form6k.table_facts(FIXTURES / "submissions" / "0000950103-09-000686.txt")
    assert facts
    for f in facts:
        check(f, t.Fact, "fact")


def mypy(*files):
    cache = ROOT / "target" / "mypy-cache"
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--cache-dir", str(cache), *map(str, files)],
        capture_output=True,
        text=True,
        cwd=HERE,
    )


def test_example_passes_mypy_strict_and_runs():
    run = mypy(HERE / "typed_example.py")
    assert run.returncode == 0, run.stdout + run.stderr
    seed = FIXTURES / "seed" / "hanaro-2003-04.txt"
    out = subprocess.run([sys.executable, str(HERE / "typed_example.py"), str(seed)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0] == "hanaro-2003-04.txt: HANARO TELECOM, INC., 2003-04"


def test_mypy_strict_rejects_wrong_uses():
    run = mypy(HERE / "typed_wrong.py")
    assert run.returncode == 1
    lines = sorted({int(line.split(":")[1]) for line in run.stdout.splitlines() if ": error:" in line})
    assert lines == [5, 6, 8, 10, 11], run.stdout
