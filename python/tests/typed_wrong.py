"""Wrong uses that `mypy --strict` must reject (test_types.py reads the error lines)."""

import form6k

form6k.parse(1)  # line 5: not bytes, str or a path
form6k.covers(["a.txt"], jobs="2")  # line 6: jobs is an int
rows = form6k.covers(["a.txt"])
rows[0]["no-such-column"]  # line 8: not a key of a row
filing = form6k.parse(b"")
filing["report"]["formType"]  # line 10: the report may be None
form6k.to_markdown(b"", 2.5)  # line 11: a document is a str or an int
