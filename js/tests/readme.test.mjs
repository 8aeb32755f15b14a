// node --test: every ```js and ```html example in README.md runs, against the built package
// (pkg/, as scripts/build-wasm.sh builds it), so the examples cannot rot. (The Rust example is a
// doc-test: src/lib.rs includes README.md under cfg(doctest).)
//
// Each example runs as written, in a temporary folder where `form6k` resolves to pkg/ (Node's
// `node` export) and the seed 6-K, tests/fixtures/seed/hanaro-2003-04.txt, is there under the
// file name the example reads. Two examples are browser-only; they run in Node too, with the
// little of the DOM they touch stubbed, and their output is checked:
// - the Vite one (`document.querySelector("input[type=file]")`): a stub file input holding the
//   seed's bytes; its `onchange` is called and must log the parsed filing;
// - the plain page (```html, import map + module script): the script runs with `fetch` giving
//   the seed's text and must write "document: 1 document(s)" into `document.body`; its import
//   map must name a file of the package.
// The browser entry itself (form6k.js: fetch + instantiate the wasm, top-level await) is tested
// in headless Chromium by js/e2e/pack-e2e.mjs, from a Vite 8 build and from a plain page with an
// import map, like these examples. An example that matches none of the cases below is run as is
// in Node and must exit 0.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SEED = join(ROOT, "tests/fixtures/seed/hanaro-2003-04.txt");
const README = readFileSync(join(ROOT, "README.md"), "utf8");
const examples = [...README.matchAll(/^```(js|html)\n([\s\S]*?)^```$/gm)].map((m) => ({
  lang: m[1],
  code: m[2],
  line: README.slice(0, m.index).split("\n").length,
}));

const tmp = mkdtempSync(join(tmpdir(), "form6k-readme-"));
process.on("exit", () => rmSync(tmp, { recursive: true, force: true }));
mkdirSync(join(tmp, "node_modules"));
symlinkSync(join(ROOT, "pkg"), join(tmp, "node_modules/form6k"), "dir");
cpSync(SEED, join(tmp, "seed.txt"));

/** Write `files` into a fresh folder of tmp and run `node run.mjs` there. */
function run(name, files) {
  const dir = join(tmp, name);
  mkdirSync(dir);
  symlinkSync(join(tmp, "node_modules"), join(dir, "node_modules"), "dir");
  cpSync(SEED, join(dir, "seed.txt"));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  const r = spawnSync(process.execPath, ["run.mjs"], { cwd: dir, encoding: "utf8" });
  assert.equal(r.status, 0, `example exited ${r.status}:\n${r.stderr}`);
  return r;
}

const DOM_STUB = `import { readFileSync } from "node:fs";
const bytes = new Uint8Array(readFileSync("seed.txt"));
globalThis.fileInput = { files: [{ arrayBuffer: async () => bytes.buffer }] };
globalThis.document = { body: {}, querySelector: (s) => (s === "input[type=file]" ? fileInput : null) };
globalThis.fetch = async (url) => {
  if (url !== "filing.txt") throw new Error("unexpected fetch " + url);
  return new Response(readFileSync("seed.txt", "utf8"));
};
`;

const cases = [
  {
    what: "parse a string, spans index filing.source",
    match: (e) => e.lang === "js" && e.code.includes("const text = "),
    check(e) {
      const r = run("string", { "run.mjs": e.code });
      assert.equal(r.stdout, "FORM 6-K FORM 6-K\n");
    },
  },
  {
    what: "Node 20+: parse the bytes of a file",
    match: (e) => e.lang === "js" && e.code.includes("readFileSync(\""),
    check(e) {
      const name = /readFileSync\("([^"]+)"\)/.exec(e.code)[1];
      const r = run("node", { "run.mjs": e.code, [name]: readFileSync(SEED) });
      assert.equal(r.stdout, "document utf-8 1\n");
    },
  },
  {
    what: "Vite (browser-only: run in Node with a stub file input)",
    match: (e) => e.lang === "js" && e.code.includes("document.querySelector"),
    check(e) {
      const r = run("vite", {
        "stub.mjs": DOM_STUB,
        "main.mjs": e.code,
        "run.mjs": `import "./stub.mjs";\nimport "./main.mjs";\nawait fileInput.onchange();\n`,
      });
      assert.match(r.stdout, /kind: 'document'/);
      assert.match(r.stdout, /encoding: 'utf-8'/);
      assert.match(r.stdout, /report: \{/);
    },
  },
  {
    what: "a plain page (browser-only: the module script in Node with a stub fetch and body)",
    match: (e) => e.lang === "html" && e.code.includes('type="importmap"'),
    check(e) {
      const map = JSON.parse(/<script type="importmap">([\s\S]*?)<\/script>/.exec(e.code)[1]);
      const target = map.imports.form6k;
      assert.match(target, /^\.\/node_modules\/form6k\//);
      const file = target.replace("./node_modules/form6k/", "");
      const pkg = JSON.parse(readFileSync(join(ROOT, "pkg/package.json"), "utf8"));
      assert.ok(pkg.files.includes(file) && existsSync(join(ROOT, "pkg", file)), `${file} is not in the package`);
      assert.equal(pkg.exports["."].browser, `./${file}`, "the import map names the browser entry");
      const script = /<script type="module">([\s\S]*?)<\/script>/.exec(e.code)[1];
      const r = run("plain", {
        "stub.mjs": DOM_STUB,
        "page.mjs": script,
        "run.mjs": `import "./stub.mjs";\nimport "./page.mjs";\nconsole.log(document.body.textContent);\n`,
      });
      assert.equal(r.stdout, "document: 1 document(s)\n");
    },
  },
];

test("README.md has the JavaScript examples this test knows", () => {
  for (const c of cases) assert.equal(examples.filter(c.match).length, 1, `one example for: ${c.what}`);
});

for (const e of examples) {
  const known = cases.filter((c) => c.match(e));
  assert.ok(known.length <= 1, `README.md line ${e.line}: more than one case matches`);
  const c = known[0];
  test(`README.md line ${e.line} (${e.lang}): ${c ? c.what : "runs in Node"}`, () => {
    if (c) c.check(e);
    else if (e.lang === "js") run(`line${e.line}`, { "run.mjs": e.code });
    else assert.fail("an html example this test does not know how to run");
  });
}
