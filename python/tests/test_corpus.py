"""form6k.covers over the 673 real 6-K submissions of ../shared/corpus/sixk-submissions:
the same rows as `form6k covers --jsonl` on the same files; and parse() against
`form6k parse` on every tenth of them. Skipped, in one line, without ../shared."""

import pytest

import form6k
from conftest import CORPUS, cli, filings, jsonl

SIXK = CORPUS / "sixk-submissions"
if not SIXK.is_dir():
    pytest.skip(f"{SIXK} is absent: corpus tests skipped", allow_module_level=True)

FILES = filings(SIXK)


def test_673_rows_equal_the_cli_rows():
    assert len(FILES) == 673
    want = jsonl(cli("covers", "--jsonl", "--quiet", str(SIXK)))
    got = form6k.covers(FILES)
    assert len(got) == len(want) == 673
    assert got == want
    assert sum(r["period"] is not None for r in got) > 600


def test_parse_equals_the_cli_on_every_tenth_file():
    some = FILES[::10]
    want = {r["path"]: r["filing"] for r in jsonl(cli("parse", "--jsonl", "--quiet", *map(str, some)))}
    for p in some:
        assert form6k.parse(p) == want[str(p)], p
