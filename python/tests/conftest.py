"""Shared helpers: the repository's paths and the CLI the Python results are compared with.

FORM6K_CLI names the `form6k` binary (scripts/test-python.sh builds one); without it,
target/debug/form6k (what `cargo test` builds) is used.
"""

import json
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"
EXTENSIONS = {".txt", ".nc", ".htm", ".html", ".sgml"}


def cli_path() -> Path:
    path = Path(os.environ.get("FORM6K_CLI", ROOT / "target" / "debug" / "form6k"))
    if not path.is_absolute():
        path = ROOT / path
    assert path.exists(), f"{path}: no form6k CLI (set FORM6K_CLI, or cargo build --bin form6k)"
    return path


def cli(*args: str, check: bool = True) -> bytes:
    """What the CLI prints on standard output for these arguments."""
    run = subprocess.run([str(cli_path()), *args], capture_output=True, cwd=ROOT)
    if check:
        assert run.returncode == 0, run.stderr.decode()
    return run.stdout


def jsonl(out: bytes) -> List[Dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def filings(folder: Path) -> List[Path]:
    """The files the CLI walks in a folder, in its order (sorted, depth first)."""
    out: List[Path] = []
    for p in sorted(folder.iterdir()):
        if p.is_dir() and not p.is_symlink():
            out.extend(filings(p))
        elif p.suffix.lower() in EXTENSIONS and p.is_file():
            out.append(p)
    return out
