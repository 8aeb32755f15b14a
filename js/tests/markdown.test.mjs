// node --test: toMarkdown and tableFacts as Node users get them (pkg/form6k.node.js).
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { parse, toMarkdown, tableFacts } from "../../pkg/form6k.node.js";

const root = new URL("../../", import.meta.url);
const SEED = readFileSync(new URL("tests/fixtures/seed/hanaro-2003-04.txt", root), "utf8");
const RESULTS = new URL("../shared/corpus/sixk-submissions/0000950123-10-044690.txt", root);

test("toMarkdown of the seed: the Rust snapshot's text, ranges into it and into the source", () => {
  const filing = parse(SEED);
  const md = toMarkdown(filing, "1");
  const snapshot = readFileSync(new URL("tests/fixtures/markdown/seed.md", root), "utf8");
  assert.equal(md.text, snapshot);
  assert.ok(md.map.length > 20);
  for (const { markdownRange: r, span } of md.map) {
    const out = md.text.slice(r.start, r.end).replace(/\\/g, "");
    const src = filing.source.slice(span.start, span.end);
    assert.equal(out.replace(/\s+/g, " "), src.replace(/\s+/g, " "));
  }
  // The same from the input itself, and from bytes; null for a document that is not there.
  assert.equal(toMarkdown(SEED, "1").text, md.text);
  assert.equal(toMarkdown(new TextEncoder().encode(SEED), "1").text, md.text);
  assert.equal(toMarkdown(filing, "9"), null);
  assert.throws(() => toMarkdown(42, "1"), /form6k/);
});

test("tableFacts: figures with their row, column and unit; spans are UTF-16 offsets", () => {
  if (!existsSync(RESULTS)) {
    console.log("skipped: ../shared/corpus is absent");
    return;
  }
  const filing = parse(readFileSync(RESULTS));
  const facts = tableFacts(filing, "2");
  const fact = facts.find((f) => f.table === 8 && f.row === "Net sales" && f.column === "2009 Q2");
  assert.deepEqual(
    [fact.raw, fact.value, fact.scale, fact.currency, fact.percent],
    ["4,090", 4090, 1000000, "USD", false],
  );
  assert.equal(filing.source.slice(fact.span.start, fact.span.end), "4,090");
  const loss = facts.find((f) => f.table === 8 && f.row === "-basic" && f.column === "2009 Q1");
  assert.equal(loss.value, -0.38);
  // Cells carry their number in parse's output too.
  const cell = filing.documents[1].body.pages
    .flatMap((p) => p.blocks)
    .filter((b) => b.kind === "table")[7]
    .rows.flatMap((r) => r.cells)
    .find((c) => c.text === "$1,798");
  assert.deepEqual([cell.number.value, cell.number.currency], [1798, "$"]);
  assert.deepEqual(tableFacts(filing, "9"), []);
});
