"""form6k: a parser for SEC EDGAR Form 6-K filings (the Rust core, as a Python extension).

    parse(data, *, blocks=True)        one filing as a dict: the JSON model of `form6k parse`
    covers(paths, *, jobs=None)        one cover row per file, on all cores (`form6k covers`)
    to_markdown(data, document=None)   a document as Markdown (`form6k markdown`)
    table_facts(data, document=None)   every figure of the tables (`form6k tables --facts`)
    attachments(data)                  the uuencoded files: (name, content_type, data)

data is bytes, the text as str, or a path (pathlib.Path, any os.PathLike).

Everything returns plain dicts, lists and tuples; form6k.types has their TypedDicts (the
shapes of schema/form6k.schema.json). Files are read and parsed with the GIL released,
covers() on all cores.
"""

from typing import List

from . import _form6k
from ._form6k import DEFAULT_MAX_INPUT, __version__, covers, parse, table_facts, to_markdown
from .types import (
    AttachedFile,
    CoverError,
    CoverRow,
    Data,
    Diagnostic,
    Document,
    Fact,
    Filing,
    Header,
    Report,
    Span,
    StrPath,
)

__all__ = [
    "DEFAULT_MAX_INPUT",
    "AttachedFile",
    "CoverError",
    "CoverRow",
    "Data",
    "Diagnostic",
    "Document",
    "Fact",
    "Filing",
    "Header",
    "Report",
    "Span",
    "StrPath",
    "__version__",
    "attachments",
    "covers",
    "parse",
    "table_facts",
    "to_markdown",
]


def attachments(data: Data) -> List[AttachedFile]:
    """The uuencoded files of the filing, decoded, in document order.

    Each is an AttachedFile, a named tuple (name, content_type, data): name as the
    ``begin`` line gives it (it is not cleaned, and nothing is written anywhere: check it
    before you use it as a file name), content_type read from the bytes' magic numbers
    (``application/pdf``, ``image/jpeg``, ..., ``application/octet-stream``), and the
    decoded bytes.

    data: as for parse(): bytes, the text as str, or an os.PathLike file path.
    """
    return [AttachedFile(*a) for a in _form6k.attachments(data)]
