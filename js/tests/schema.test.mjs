// node --test: schema/form6k.schema.json (draft 2020-12) against real output, from the wasm
// package and from the CLI (`cargo run -- parse`), on the seed and the shared corpus.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { parse } from "../../pkg/form6k.node.js";

const root = new URL("../../", import.meta.url);
const corpus = new URL("../shared/corpus/", root);
const schema = JSON.parse(readFileSync(new URL("schema/form6k.schema.json", root), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const check = (value, what) =>
  assert.ok(validate(value), `${what}: ${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);

const files = [
  new URL("tests/fixtures/seed/hanaro-2003-04.txt", root),
  ...["sixk", "submissions"].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, corpus)).sort().map((f) => new URL(`${dir}/${f}`, corpus))),
];
const name = (url) => fileURLToPath(url).split("/").slice(-2).join("/");

test("the corpus is there", () => assert.ok(files.length >= 20, `${files.length} files`));

test("wasm output validates (bytes and string input, with and without blocks)", () => {
  for (const file of files) {
    const bytes = readFileSync(file);
    check(parse(bytes), name(file));
    check(parse(bytes, { blocks: false }), `${name(file)} without blocks`);
  }
  const seed = readFileSync(files[0], "utf8");
  check(parse(seed), "seed as a string");
});

test("CLI output validates", () => {
  const cli = execFileSync("cargo", ["run", "--quiet", "--", "parse", "--jsonl", ...files.map(fileURLToPath)],
    { cwd: fileURLToPath(root), maxBuffer: 1 << 30, encoding: "utf8" });
  const lines = cli.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, files.length);
  for (const { path, filing } of lines) {
    check(filing, `CLI ${path}`);
    assert.equal("source" in filing, false);
  }
});

test("the schema rejects what the Rust types cannot produce", () => {
  const f = JSON.parse(JSON.stringify(parse(readFileSync(files[0]))));
  const bad = [
    (g) => { g.extra = 1; },
    (g) => { delete g.diagnostics; },
    (g) => { g.kind = "filing"; },
    (g) => { g.encoding = "latin1"; },
    (g) => { g.documents[0].span.start = -1; },
    (g) => { g.documents[0].body.pages[0].blocks[0].kind = "image"; },
    (g) => { g.documents[0].body.pages[0].blocks[0].column = undefined; },
    (g) => { g.documents[0].body.pages[0].blocks[0].style = { bold: false }; }, // unset fields are left out
    (g) => { g.documents[0].body.pages[0].blocks[0].style = { list: "none" }; },
    (g) => { g.documents[0].format = { other: 1 }; },
    (g) => { g.diagnostics.push({ severity: "fatal", code: "x", message: "", span: { start: 0, end: 0 } }); },
  ];
  check(f, "the unmodified seed");
  bad.forEach((mutate, i) => {
    const g = structuredClone(f);
    mutate(g);
    assert.equal(validate(JSON.parse(JSON.stringify(g))), false, `mutation ${i} was accepted`);
  });
});
