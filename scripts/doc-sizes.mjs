// The size table of what a browser downloads, in README.md and docs/wasm.md, written from the
// built pkg/ (run scripts/build-wasm.sh first):
//
//   node scripts/doc-sizes.mjs          # rewrite the tables between the <!-- sizes --> markers
//   node scripts/doc-sizes.mjs --check  # only compare; exit 1 if a figure is more than 1% off
//
// js/tests/doc-sizes.test.mjs runs the same comparison in the test suite, so the figures in the
// docs cannot drift from the build by more than 1% without a failing test. Sizes are measured
// as js/tests/size.test.mjs measures the budget: raw bytes and Node's zlib gzip level 9.
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const ROOT = new URL("../", import.meta.url);
export const DOCS = ["README.md", "docs/wasm.md"];
export const TOLERANCE = 0.01;
// What `import "form6k"` fetches, then what the first toMarkdown or tableFacts call fetches.
const FILES = [
  ["form6k_wasm_bg.wasm", "`form6k_wasm_bg.wasm` (the parser)"],
  ["form6k_wasm.js", "`form6k_wasm.js` (its wasm-bindgen glue)"],
  ["form6k_views.js", "`form6k_views.js` (the views' glue)"],
  ["form6k.js", "`form6k.js` (entry)"],
];
const LATER = [["form6k_views_bg.wasm", "`form6k_views_bg.wasm` (the views, on first use)"]];
const BEGIN = "<!-- sizes: written by `node scripts/doc-sizes.mjs` from pkg/; js/tests/doc-sizes.test.mjs fails when a figure is more than 1% off the build -->";
const END = "<!-- /sizes -->";

/** Raw and gzip -9 sizes of the browser files in pkg/, and their total. */
export function measure() {
  const row = ([file, label]) => {
    const bytes = readFileSync(new URL(`pkg/${file}`, ROOT));
    return { file, label, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const rows = FILES.map(row);
  const total = { file: "total", label: "first load, total", raw: 0, gzip: 0 };
  for (const r of rows) { total.raw += r.raw; total.gzip += r.gzip; }
  const version = JSON.parse(readFileSync(new URL("pkg/package.json", ROOT), "utf8")).version;
  return { version, rows: [...rows, total, ...LATER.map(row)] };
}

const n = (x) => x.toLocaleString("en-US");

function render({ version, rows }) {
  return [
    BEGIN,
    `Size of what a browser downloads (form6k ${version}, gzip -9 each as \`js/tests/size.test.mjs\``,
    "measures it with Node's zlib; the GNU gzip figures `scripts/build-wasm.sh` prints differ a",
    "little: its deflate packs the wasm about 1% tighter, and it stores the file name): the first",
    "load, what `import` fetches in a worker, then the views module, which the first `toMarkdown`",
    "or `tableFacts` call fetches (on a page's main thread the import fetches both):",
    "",
    "| file | raw | gzip -9 |",
    "| --- | ---: | ---: |",
    ...rows.map((r) => `| ${r.label} | ${n(r.raw)} | ${n(r.gzip)} |`),
    "",
    END,
  ].join("\n");
}

/** The marked section of a Markdown text: [start, end) offsets, or null. */
function section(md) {
  const start = md.indexOf("<!-- sizes:");
  const end = md.indexOf(END, start);
  return start < 0 || end < 0 ? null : [start, end + END.length];
}

/** The figures of the marked table in a Markdown text: { label: { raw, gzip } }. */
export function readTable(md) {
  const where = section(md);
  if (!where) return null;
  const figures = {};
  for (const line of md.slice(...where).split("\n")) {
    const m = /^\| (.+?) \| ([\d,]+) \| ([\d,]+) \|$/.exec(line);
    if (m) figures[m[1]] = { raw: Number(m[2].replaceAll(",", "")), gzip: Number(m[3].replaceAll(",", "")) };
  }
  return figures;
}

/** Every figure of `doc` more than TOLERANCE off the build, as readable lines. */
export function drift(md, built) {
  const table = readTable(md);
  if (!table) return ["no <!-- sizes: ... --> section"];
  const out = [];
  for (const r of built.rows) {
    const got = table[r.label];
    if (!got) { out.push(`${r.label}: missing`); continue; }
    for (const k of ["raw", "gzip"]) {
      if (Math.abs(got[k] - r[k]) > TOLERANCE * r[k]) out.push(`${r.label} ${k}: docs ${n(got[k])}, build ${n(r[k])}`);
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = measure();
  let failed = false;
  for (const doc of DOCS) {
    const url = new URL(doc, ROOT);
    const md = readFileSync(url, "utf8");
    if (process.argv.includes("--check")) {
      const off = drift(md, built);
      for (const line of off) console.error(`${doc}: ${line}`);
      failed ||= off.length > 0;
      continue;
    }
    const where = section(md);
    if (!where) { console.error(`${doc}: no <!-- sizes: ... --> section`); failed = true; continue; }
    const next = md.slice(0, where[0]) + render(built) + md.slice(where[1]);
    if (next !== md) writeFileSync(url, next);
    console.log(`${doc}: ${next === md ? "up to date" : "rewritten"} (first load gzip ${n(built.rows[FILES.length].gzip)})`);
  }
  process.exit(failed ? 1 : 0);
}
