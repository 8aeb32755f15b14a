"""An example checked by `mypy --strict` in test_types.py (and run there too): the stubs
give every function and every key a type."""

import sys
from pathlib import Path
from typing import Dict, List

import form6k
from form6k.types import Fact, Filing, Report


def cover_line(path: Path) -> str:
    filing: Filing = form6k.parse(path, blocks=False)
    report: "Report | None" = filing["report"]
    if report is None:
        return f"{path.name}: not a 6-K"
    period = report["periodOfReport"]
    month = f"{period['value']['year']}-{period['value']['month']:02}" if period else "?"
    names = ", ".join(r["name"]["value"] for r in report["registrants"])
    return f"{path.name}: {names}, {month}"


def exhibits_by_file(paths: List[Path]) -> Dict[str, List[str]]:
    out: Dict[str, List[str]] = {}
    for row in form6k.covers(paths, jobs=2):
        if "error" in row:
            continue
        out[row["path"]] = row["exhibits"]
    return out


def figures(path: Path) -> List[float]:
    facts: List[Fact] = form6k.table_facts(path)
    return [f["value"] for f in facts if f["value"] is not None]


def attachment_sizes(data: bytes) -> Dict[str, int]:
    return {a.name: len(a.data) for a in form6k.attachments(data)}


if __name__ == "__main__":
    seed = Path(sys.argv[1])
    print(cover_line(seed))
    print(exhibits_by_file([seed]))
    print(len(figures(seed)), attachment_sizes(seed.read_bytes()), len(form6k.to_markdown(seed)))
