"""form6k.parse on the repository's fixtures: the same model as `form6k parse`, every input
kind, spans of a str, errors."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import form6k
from conftest import FIXTURES, cli, filings, jsonl

ALL = filings(FIXTURES)


def test_the_fixtures_are_there():
    assert len(ALL) > 100
    assert FIXTURES / "seed" / "hanaro-2003-04.txt" in ALL


@pytest.fixture(scope="module")
def cli_filings():
    rows = jsonl(cli("parse", "--jsonl", "--quiet", *map(str, ALL), check=False))
    return {r["path"]: r["filing"] for r in rows}


@pytest.fixture(scope="module")
def cli_no_blocks():
    out = cli("parse", "--jsonl", "--no-blocks", "--quiet", *map(str, ALL), check=False)
    return {r["path"]: r["filing"] for r in jsonl(out)}


def test_parse_is_the_cli_json(cli_filings):
    assert len(cli_filings) == len(ALL)
    for p in ALL:
        assert form6k.parse(p) == cli_filings[str(p)], p


def test_no_blocks_is_the_cli_no_blocks(cli_no_blocks):
    for p in ALL:
        got = form6k.parse(p, blocks=False)
        assert got == cli_no_blocks[str(p)], p
        assert all(d["body"] is None for d in got["documents"])


def test_bytes_bytearray_path_and_str_path_give_the_same():
    p = FIXTURES / "submissions" / "0001279569-09-000354.txt"
    data = p.read_bytes()
    want = form6k.parse(p)
    assert form6k.parse(data) == want
    assert form6k.parse(bytearray(data)) == want

    class Custom:
        def __fspath__(self):
            return str(p)

    assert form6k.parse(Custom()) == want
    assert want["header"]["accessionNumber"]["value"] == "0001279569-09-000354"
    assert len(want["documents"]) > 1


def test_ascii_str_is_the_bytes():
    p = FIXTURES / "seed" / "hanaro-2003-04.txt"
    data = p.read_bytes()
    assert data.isascii()
    assert form6k.parse(data.decode()) == form6k.parse(data)


def spans(value, out):
    """Every span in a parse result, in a fixed order."""
    if isinstance(value, dict):
        if set(value) == {"start", "end"}:
            out.append((value["start"], value["end"]))
        for k in value:
            spans(value[k], out)
    elif isinstance(value, list):
        for v in value:
            spans(v, out)
    return out


@pytest.mark.parametrize("name", ["covers/variety/in-rendering-phone-line.txt", "topics/dividend.htm"])
def test_str_spans_are_code_point_offsets(name):
    data = (FIXTURES / name).read_bytes()
    text = data.decode("utf-8")
    assert not text.isascii()
    by_bytes = spans(form6k.parse(data), [])
    by_text = spans(form6k.parse(text), [])
    assert len(by_bytes) == len(by_text) > 10
    def chars(b):
        return len(data[:b].decode("utf-8"))
    assert by_text == [(chars(s), chars(e)) for s, e in by_bytes]
    report = form6k.parse(text)["report"]
    assert report is not None
    name_span = report["registrants"][0]["name"]["span"]
    assert text[name_span["start"] : name_span["end"]].split() == report["registrants"][0]["name"]["value"].split()


def test_input_that_is_not_a_filing_has_diagnostics():
    png = form6k.parse(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert "binary-input" in [d["code"] for d in png["diagnostics"]]
    empty = form6k.parse(b"")
    assert empty["report"] is None
    assert [d["code"] for d in empty["diagnostics"]] == ["not-a-filing"]
    assert form6k.parse("") == empty
    junk = form6k.parse(bytes((i * 7919) % 256 for i in range(200_000)))
    assert junk["kind"] in ("document", "submission")


def test_inputs_over_the_limit_are_not_read(tmp_path):
    limit = form6k.DEFAULT_MAX_INPUT
    assert limit == 64 << 20
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(limit + 1)  # sparse: nothing is written
    for f in (form6k.parse(big), form6k.parse(b" " * (limit + 1))):
        assert [d["code"] for d in f["diagnostics"]] == ["input-too-large"]
        assert f["documents"] == []
    [row] = form6k.covers([big])
    assert row == {"path": str(big), "error": f"{limit + 1} bytes, over the limit of {limit} bytes; not read"}


def test_missing_file_is_file_not_found(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(FileNotFoundError) as e:
        form6k.parse(missing)
    assert e.value.filename == str(missing)
    with pytest.raises(IsADirectoryError):
        form6k.parse(tmp_path)
    with pytest.raises(FileNotFoundError):
        form6k.to_markdown(missing)
    with pytest.raises(FileNotFoundError):
        form6k.attachments(missing)


@pytest.mark.parametrize("bad", [1, None, 2.5, ["a.txt"], {"a": 1}, object()])
def test_wrong_types_are_type_errors(bad):
    with pytest.raises(TypeError):
        form6k.parse(bad)
    with pytest.raises(TypeError):
        form6k.table_facts(bad)


def test_keyword_only_blocks():
    with pytest.raises(TypeError):
        form6k.parse(b"x", False)  # type: ignore[misc]
    with pytest.raises(TypeError):
        form6k.parse(b"x", blocks="no")


# Reads a named pipe that a Python thread of the same process writes: the call can only
# finish when that thread runs while it is reading, that is with the GIL released.
FIFO_SCRIPT = """
import os, sys, threading, pathlib, form6k
fifo, source, how = sys.argv[1:]
fifo = pathlib.Path(fifo)
data = open(source, "rb").read()
def write():
    with open(fifo, "wb") as f:
        f.write(data)
threading.Thread(target=write, daemon=True).start()
if how == "parse":
    print(form6k.parse(fifo, blocks=False)["header"]["accessionNumber"]["value"])
else:
    print(form6k.covers([fifo], jobs=1)[0]["accessionNumber"])
"""


@pytest.mark.parametrize("how", ["parse", "covers"])
def test_the_gil_is_released_while_reading_and_parsing(how, tmp_path):
    fifo = tmp_path / "filing.txt"
    os.mkfifo(fifo)
    source = FIXTURES / "submissions" / "0000903423-10-000157.txt"
    run = subprocess.run(
        [sys.executable, "-c", FIFO_SCRIPT, str(fifo), str(source), how],
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr.decode()
    assert run.stdout.decode().strip() == "0000903423-10-000157"


def test_version():
    out = cli("--version").decode().split()
    assert out == ["form6k", form6k.__version__]
