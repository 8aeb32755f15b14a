"""form6k.covers on the fixtures: the rows of `form6k covers --jsonl`, in input order, on
any number of threads; unreadable files are rows; argument errors."""

import random
from pathlib import Path

import pytest

import form6k
from conftest import FIXTURES, cli, filings, jsonl

ALL = filings(FIXTURES)


def cli_covers(paths):
    return jsonl(cli("covers", "--jsonl", "--quiet", *map(str, paths), check=False))


def test_rows_are_the_cli_rows_in_input_order(tmp_path):
    paths = list(ALL)
    random.Random(6).shuffle(paths)
    missing = tmp_path / "missing.txt"
    paths.insert(3, missing)
    want = cli_covers(paths)
    assert len(want) == len(paths)
    got = form6k.covers(paths)
    assert got == want
    assert [r["path"] for r in got] == [str(p) for p in paths]
    assert got[3] == {"path": str(missing), "error": "cannot read: No such file or directory (os error 2)"}


def test_the_seed_row():
    seed = FIXTURES / "seed" / "hanaro-2003-04.txt"
    [row] = form6k.covers([seed])
    assert row["formType"] == "6-K"
    assert row["period"] == "2003-04"
    assert row["registrants"] == ["HANARO TELECOM, INC."]
    assert row["annualReportForm"] == "20-F"
    assert row["exhibits"] == ["99.1"]


def test_jobs_do_not_change_rows():
    paths = ALL[:60]
    one = form6k.covers(paths, jobs=1)
    assert form6k.covers(paths, jobs=3) == one
    assert form6k.covers(paths, jobs=None) == one
    assert form6k.covers(iter(paths)) == one
    assert form6k.covers(str(p) for p in paths) == one
    assert form6k.covers(tuple(paths)) == one


def test_empty_list():
    assert form6k.covers([]) == []


def test_a_folder_is_a_row_with_its_error():
    [row] = form6k.covers([FIXTURES])
    assert row["path"] == str(FIXTURES)
    assert row["error"].startswith("cannot read: ")


def test_bad_arguments():
    with pytest.raises(TypeError):
        form6k.covers("tests/fixtures/seed/hanaro-2003-04.txt")
    with pytest.raises(TypeError):
        form6k.covers(FIXTURES / "seed" / "hanaro-2003-04.txt")
    with pytest.raises(TypeError):
        form6k.covers(b"a.txt")
    with pytest.raises(TypeError):
        form6k.covers([1])
    with pytest.raises(TypeError):
        form6k.covers(5)
    with pytest.raises(ValueError):
        form6k.covers(ALL[:1], jobs=0)
    with pytest.raises(TypeError):
        form6k.covers(ALL[:1], jobs="2")
    with pytest.raises(TypeError):
        form6k.covers(ALL[:1], 2)  # type: ignore[misc]
