"""The extension module (Rust, PyO3); use it through ``form6k``."""

from typing import Iterable, List, Optional, Tuple, Union

from .types import CoverError, CoverRow, Data, Fact, Filing, StrPath

__version__: str
DEFAULT_MAX_INPUT: int

def parse(data: Data, *, blocks: bool = True) -> Filing:
    """Parse one EDGAR filing into a dict: the same JSON model as ``form6k parse``.

    data: bytes or bytearray (the file's bytes), str (its text), or os.PathLike (a file
    to read). Spans are byte offsets into the bytes (or the file); for a str, offsets of
    its code points. blocks=False leaves out pages and blocks and builds only the
    document the report reads (``form6k parse --no-blocks``).

    Input that is not a filing gives a result with diagnostics. A missing file raises
    FileNotFoundError; data of another type raises TypeError.
    """

def _parse_pythonize(data: Data, *, blocks: bool = True) -> Filing:
    """parse() itself: the dicts built by pythonize (bench/python_convert.py)."""

def _parse_json(data: Data, *, blocks: bool = True) -> Filing:
    """parse() through a JSON string and json.loads, the other way (bench/python_convert.py)."""

def _parse_only(data: Data, *, blocks: bool = True) -> None:
    """The parse alone, no Python objects built (bench/python_convert.py)."""

def covers(paths: Iterable[StrPath], *, jobs: Optional[int] = None) -> List[Union[CoverRow, CoverError]]:
    """One cover row per file, in the order given: the rows of ``form6k covers --jsonl``.

    Files are read and parsed on ``jobs`` threads (default: all cores) with the GIL
    released. A file that cannot be read is the row {"path": ..., "error": ...}.
    """

def to_markdown(data: Data, document: Union[str, int, None] = None) -> str:
    """A document as Markdown, as ``form6k markdown`` prints it.

    document: its <SEQUENCE>, or None for the 6-K's own document. ValueError when there
    is no such document or it has no text body.
    """

def table_facts(data: Data, document: Union[str, int, None] = None) -> List[Fact]:
    """Every figure of the tables (of one document, or of all): ``form6k tables --facts``."""

def attachments(data: Data) -> List[Tuple[str, str, bytes]]:
    """The uuencoded files, decoded: (name, content_type, data) tuples."""
