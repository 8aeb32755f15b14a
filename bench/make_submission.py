"""Write one large 6-K submission built from the corpus' real ones.

    python3 bench/make_submission.py OUT [MEGABYTES]     (default 40)

The header and 6-K document of the first file of ../shared/corpus/sixk-submissions/
(sorted), then every <DOCUMENT> block of the following files in sorted order (HTML and
plain-text 6-Ks and exhibits, uuencoded JPEG/GIF/PDF), until the output reaches the
size. Later 6-K documents are typed EX-99 so the submission has one cover, as a real
one does; PUBLIC DOCUMENT COUNT and the sequences are renumbered. Deterministic: the
same corpus gives the same bytes.
"""

import os
import re
import sys

CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "sixk-submissions")
DOC = re.compile(rb"<DOCUMENT>.*?</DOCUMENT>\r?\n?", re.S)


def main():
    out = sys.argv[1]
    target = int(float(sys.argv[2] if len(sys.argv) > 2 else 40) * 1_000_000)
    files = sorted(os.listdir(CORPUS))
    with open(os.path.join(CORPUS, files[0]), "rb") as f:
        first = f.read()
    head_end = first.index(b"</SEC-HEADER>") + len(b"</SEC-HEADER>\n")
    header = first[first.index(b"<SEC-DOCUMENT>"):head_end]
    docs = DOC.findall(first)[:1]
    size = len(header) + len(docs[0])
    for name in files[1:]:
        if size >= target:
            break
        with open(os.path.join(CORPUS, name), "rb") as f:
            for d in DOC.findall(f.read()):
                d = re.sub(rb"<TYPE>6-K(/A)?", b"<TYPE>EX-99", d, count=1)
                docs.append(d)
                size += len(d)
    renumbered = []
    for i, d in enumerate(docs, 1):
        renumbered.append(re.sub(rb"<SEQUENCE>[^\r\n]*", b"<SEQUENCE>%d" % i, d, count=1))
    header = re.sub(rb"PUBLIC DOCUMENT COUNT:(\s*)\d+", rb"PUBLIC DOCUMENT COUNT:\g<1>%d" % len(docs), header)
    with open(out, "wb") as f:
        f.write(header)
        for d in renumbered:
            f.write(d)
        f.write(b"</SEC-DOCUMENT>\n")
    print(f"{out}: {os.path.getsize(out):,} bytes, {len(docs)} documents", file=sys.stderr)


if __name__ == "__main__":
    main()
