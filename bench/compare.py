"""Tables and ratios from one run of the native, wasm and peer runners, as Markdown.

    python3 bench/compare.py native.json wasm.json peers.json machine.txt > block.md

Ratios are form6k time / peer time over the files both read (lower is better; 0.5
means form6k takes half the time). Called by scripts/compare.sh.
"""

import json
import sys

native, wasm, peers = (json.load(open(p)) for p in sys.argv[1:4])
machine = open(sys.argv[4]).read().strip()
STAGES = ["decode", "envelope", "bodies", "report", "parse", "split"]


def per_file(runner, group):
    for g in runner["groups"]:
        if g["name"] == group:
            return {f["file"]: f["seconds"] for f in g["perFile"]}, g
    return {}, None


def mbps(nbytes, s):
    return f"{nbytes / s / 1e6:,.1f}" if s > 0 else "-"


out = []
w = out.append
w(machine)
w("")
for title, runner, stages in (
    ("native", native, STAGES),
    ("wasm in Node", wasm, STAGES + ["json"]),
):
    w(f"### Stage throughput, {title} (MB/s of input, median per file, summed per group)")
    w("")
    w("| group | files | bytes | " + " | ".join(stages) + " | slowest file, parse ms | peak memory / input |")
    w("|" + "---|" * (len(stages) + 5))
    for g in runner["groups"]:
        cells = [mbps(g["bytes"], g["seconds"][s]) for s in stages]
        w(f"| {g['name']} | {g['files']} | {g['bytes']:,} | " + " | ".join(cells)
          + f" | {g['maxFileMs']:.2f} | {g['peakRatio']:.2f} |")
    w("")

w("### form6k against the peers (same files, same run)")
w("")
w("| group | job | peer | peer s | peer MB/s | form6k native s | ratio native/peer | form6k wasm s | ratio wasm/peer | files the peer failed |")
w("|---|---|---|---|---|---|---|---|---|---|")
ratios = {}
for r in peers["results"]:
    nat, _ = per_file(native, r["group"])
    was, _ = per_file(wasm, r["group"])
    stage = "split" if r["op"] == "split" else "parse"
    failed = {f.split(": ")[0] for f in r["failures"]}
    files = [f for f in nat if f not in failed]
    # The peer's sum covers exactly the files it read; so do these.
    ns = sum(nat[f][stage] for f in files)
    ws = sum(was[f][stage] for f in files if f in was)
    ps = r["seconds"]
    nbytes = r["bytes"]
    job = "split + uudecode (form6k: decode+envelope)" if stage == "split" else "HTML parse (form6k: whole parse)"
    if not ps:
        w(f"| {r['group']} | {job} | {r['peer']} | failed on every file | | {ns:.4f} | | {ws:.4f} | | {len(r['failures'])} |")
        continue
    ratios[(r["group"], r["peer"])] = (ns / ps, ws / ps)
    w(f"| {r['group']} | {job} | {r['peer']} | {ps:.4f} | {mbps(nbytes, ps)} | {ns:.4f} | "
      f"{ns / ps:.3f} | {ws:.4f} | {ws / ps:.3f} | {len(r['failures'])} |")
    if stage == "split":
        # The whole form6k parse (bodies and report too) against the same peer, for scale.
        np_ = sum(nat[f]["parse"] for f in files)
        wp = sum(was[f]["parse"] for f in files if f in was)
        w(f"| {r['group']} | (form6k whole parse, for scale) | {r['peer']} | {ps:.4f} | {mbps(nbytes, ps)} | "
          f"{np_:.4f} | {np_ / ps:.3f} | {wp:.4f} | {wp / ps:.3f} | |")
for r in peers["results"]:
    for f in r["failures"]:
        w(f"\nPeer failure: {r['peer']}: `{f}`")
w("")

w("### Scaling, native: time(2N)/time(N) per byte (2.0 is linear)")
w("")
w("| path | input | N bytes | ratio | MB/s at 2N |")
w("|---|---|---|---|---|")
for s in native["scaling"]:
    w(f"| {s['path']} | {s['input']} | {s['bytesN']:,} | {s['ratio']:.2f} | {s['mbpsN2'] if 'mbpsN2' in s else s['mbps2N']:,.1f} |")
w("")


def verdict(ok):
    return "**met**" if ok else "**not met**"


w("### Targets")
w("")
w("| target | measured | verdict |")
w("|---|---|---|")
for g in ("corpus-submissions", "submission-50mb"):
    n, x = ratios.get((g, "secsgml2"), (None, None))
    if n is not None:
        w(f"| whole submission incl. uudecode, native >= 2x faster than secsgml2 ({g}) | "
          f"form6k/secsgml2 = {n:.3f} ({1 / n:.2f}x {'faster' if n < 1 else 'slower'}) | {verdict(n <= 0.5)} |")
        w(f"| same, wasm in Node >= as fast as secsgml2 ({g}) | "
          f"form6k wasm/secsgml2 = {x:.3f} | {verdict(x <= 1.0)} |")
for g in ("html-6k", "html-6k-5mb"):
    n, x = ratios.get((g, "edgartools parse_html"), (None, None))
    if n is not None:
        w(f"| HTML 6-K end to end >= 20x faster than edgartools parse_html ({g}) | "
          f"form6k/edgartools = {n:.4f} ({1 / n:.1f}x faster) | {verdict(n <= 0.05)} |")
_, wg = per_file(wasm, "html-6k")
if wg:
    worst = max(max(f["seconds"]["parse"], f["seconds"]["json"]) for f in wg["perFile"]) * 1e3
    w(f"| typical 6-K (< 100 KB) parses in < 2 ms as wasm | slowest corpus HTML 6-K: {worst:.2f} ms "
      f"(parse, or parse + JSON if slower) | {verdict(worst < 2)} |")
peak = max((g["peakRatio"], g["name"]) for g in native["groups"])
w(f"| peak memory <= 4x the input | worst native: {peak[0]:.2f}x ({peak[1]}) | {verdict(peak[0] <= 4)} |")
worst = max((s["ratio"], s["path"], s["input"]) for s in native["scaling"])
w(f"| scaling ratio <= 2.2 everywhere | worst: {worst[0]:.2f} ({worst[1]}, {worst[2]}) | {verdict(worst[0] <= 2.2)} |")
print("\n".join(out))
