"""Time the peer parsers on the benchmark groups; print JSON to stdout.

    python bench/peers.py GROUPS.json > peers.json

GROUPS.json is {"groups": [{"name": ..., "files": [...]}, ...]} (scripts/compare.sh
writes it from the same list the Rust bench uses). Each operation is what a user of
the peer would call for the same job form6k does:

  split   whole submission split into header and documents, uuencoded attachments
          decoded: secsgml2.parse_sgml_content_into_memory(bytes) (decodes while
          splitting); edgartools FilingSGML.from_text(text) then .content of every
          document (its uudecode runs on .content)
  html    HTML document parse: edgartools edgar.documents.parse_html(text)

Per file: the median of at least 3 runs, more while under a 1 s budget; bytes->str
decoding is inside the timing, as it is for form6k. A failure is recorded, not fatal.
"""

import json
import statistics
import sys
import time
import warnings
from importlib.metadata import version

warnings.filterwarnings("ignore")

import secsgml2  # noqa: E402
from edgar.documents import parse_html  # noqa: E402
from edgar.sgml import FilingSGML  # noqa: E402


def median_seconds(fn, arg, min_runs=3, budget=1.0):
    runs = []
    start = time.perf_counter()
    while len(runs) < min_runs or (time.perf_counter() - start < budget and len(runs) < 50):
        t = time.perf_counter()
        fn(arg)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def secsgml2_split(data):
    metadata, documents = secsgml2.parse_sgml_content_into_memory(data)
    return len(documents)


def edgartools_split(data):
    sgml = FilingSGML.from_text(data.decode("utf-8", "replace"))
    n = 0
    # Every document, repeated sequence numbers included (get_document_by_sequence
    # returns only the first of each).
    for docs in sgml._documents_by_sequence.values():
        for doc in docs:
            try:
                content = doc.content
            except Exception:  # its uudecode rejects some attachments; the work was done
                continue
            n += len(content) if content else 0
    return n


def edgartools_html(data):
    return parse_html(data.decode("utf-8", "replace"))


OPS = {
    "split": [("secsgml2", secsgml2_split), ("edgartools FilingSGML", edgartools_split)],
    "html": [("edgartools parse_html", edgartools_html)],
}
GROUP_OPS = {
    "corpus-submissions": "split",
    "submission-50mb": "split",
    "html-6k": "html",
    "html-6k-5mb": "html",
}


def main():
    with open(sys.argv[1]) as f:
        groups = json.load(f)["groups"]
    results = []
    for g in groups:
        op = GROUP_OPS.get(g["name"])
        if op is None:
            continue
        blobs = []
        for path in g["files"]:
            with open(path, "rb") as f:
                blobs.append(f.read())
        for peer, fn in OPS[op]:
            seconds, max_ms, failures = 0.0, 0.0, []
            for path, data in zip(g["files"], blobs):
                try:
                    s = median_seconds(fn, data)
                except Exception as e:  # a peer failing on a file is a result too
                    failures.append(f"{path}: {type(e).__name__}: {e}"[:300])
                    continue
                seconds += s
                max_ms = max(max_ms, s * 1e3)
            results.append(
                {
                    "group": g["name"],
                    "op": op,
                    "peer": peer,
                    "bytes": sum(len(b) for b in blobs),
                    "seconds": seconds,
                    "maxFileMs": max_ms,
                    "failures": failures,
                }
            )
            print(f"  {g['name']:<20} {peer:<24} {seconds:9.4f} s", file=sys.stderr)
    versions = {p: version(p) for p in ("secsgml2", "edgartools")}
    versions["python"] = sys.version.split()[0]
    json.dump({"runner": "peers", "versions": versions, "results": results}, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
