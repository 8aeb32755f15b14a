"""to_markdown, table_facts and attachments against `form6k markdown`, `form6k tables
--facts` and `form6k extract` on the same fixtures."""

import json
from pathlib import Path

import pytest

import form6k
from conftest import FIXTURES, cli, jsonl

SUBMISSIONS = sorted((FIXTURES / "submissions").glob("*.txt"))
HTML_6K = FIXTURES / "submissions" / "0001279569-09-000354.txt"
EVIL = FIXTURES / "cli" / "evil-names.txt"


@pytest.mark.parametrize("path", SUBMISSIONS + [FIXTURES / "seed" / "hanaro-2003-04.txt"], ids=lambda p: p.name)
def test_markdown_is_the_cli_markdown(path):
    assert form6k.to_markdown(path) == cli("markdown", str(path)).decode()


def test_markdown_of_each_document():
    filing = form6k.parse(HTML_6K)
    seqs = [d["sequence"]["value"] for d in filing["documents"] if d["body"] is not None]
    assert len(seqs) > 1
    for s in seqs:
        want = cli("markdown", str(HTML_6K), "--document", s).decode()
        assert form6k.to_markdown(HTML_6K, document=s) == want
        assert form6k.to_markdown(HTML_6K, s) == want
    assert form6k.to_markdown(HTML_6K, document=int(seqs[1])) == form6k.to_markdown(HTML_6K, seqs[1])


def test_markdown_errors():
    with pytest.raises(ValueError, match="no document with <SEQUENCE> 999"):
        form6k.to_markdown(HTML_6K, document="999")
    with pytest.raises(TypeError):
        form6k.to_markdown(HTML_6K, document=2.0)
    with pytest.raises(ValueError, match="no document with a text body"):
        form6k.to_markdown(b"<SEC-HEADER>\nACCESSION NUMBER:\t\t0000000000-00-000000\n</SEC-HEADER>\n")


@pytest.mark.parametrize("path", SUBMISSIONS, ids=lambda p: p.name)
def test_facts_are_the_cli_facts(path):
    assert form6k.table_facts(path) == jsonl(cli("tables", str(path), "--facts"))


def test_facts_of_one_document_and_their_values():
    path = FIXTURES / "submissions" / "0000950103-09-000686.txt"
    facts = form6k.table_facts(path)
    assert len(facts) > 100
    docs = sorted({f["document"] for f in facts})
    for d in docs:
        one = form6k.table_facts(path, document=d)
        assert one == jsonl(cli("tables", str(path), "--facts", "--document", d))
        assert one == [f for f in facts if f["document"] == d]
    assert sum(isinstance(f["value"], (int, float)) for f in facts) > 100
    with pytest.raises(ValueError, match="document 2 has no text body"):
        form6k.table_facts(path, document="2")
    with pytest.raises(ValueError):
        form6k.table_facts(path, document="999")


def extracted(path, tmp_path):
    """(name, content type, bytes) of each decoded attachment, as `form6k extract` wrote them."""
    [line] = jsonl(cli("extract", "--out", str(tmp_path), str(path)))
    folder = Path(line["dir"])
    index = json.loads((folder / "index.json").read_text())
    return [(folder / d["file"]).read_bytes() for d in index["documents"] if d["decoded"]], index


@pytest.mark.parametrize("path", [p for p in SUBMISSIONS if b"\nbegin " in p.read_bytes()] + [EVIL], ids=lambda p: p.name)
def test_attachments_are_what_extract_writes(path, tmp_path):
    got = form6k.attachments(path)
    assert got
    files, index = extracted(path, tmp_path)
    assert [a.data for a in got] == files
    decoded = [d for d in index["documents"] if d["decoded"]]
    assert [a.content_type for a in got] == [d["contentType"] for d in decoded]
    filing = form6k.parse(path, blocks=False)
    names = [d["attachment"]["name"]["value"] for d in filing["documents"] if d["attachment"]]
    sizes = [d["attachment"]["size"] for d in filing["documents"] if d["attachment"]]
    assert [a.name for a in got] == names
    assert [len(a.data) for a in got] == sizes
    name, content_type, data = got[0]
    assert (name, content_type, data) == tuple(got[0])


def test_attachment_names_are_as_given():
    names = [a.name for a in form6k.attachments(EVIL)]
    assert "../../tmp/evil.txt" in names
    assert "/etc/evil-absolute.txt" in names


def test_no_attachments():
    assert form6k.attachments(FIXTURES / "seed" / "hanaro-2003-04.txt") == []
