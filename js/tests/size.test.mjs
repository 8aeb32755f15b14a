// node --test: the size budgets of what a browser downloads (pkg/ as built by scripts/build-wasm.sh),
// two figures: the first load (what `import "form6k"` fetches before the first parse: the
// parser's wasm, both wasm-bindgen glues and the entry) and the views module (toMarkdown and
// tableFacts), which the package fetches on the first call of either. The static page's own
// files (www/) are printed beside them. docs/wasm.md has the breakdown and the history.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";

// Session 4 split the one module in two (issue 23). The first load was 202,690 bytes gzip
// with Markdown and table facts in it; with them in the views module it was 191,987 on the
// split's branch. Issue 21's readers then came in on the same day (symbol-font glyph tables,
// block sizes and spacing, the signature, exhibit and headline rules: measured together
// 233,088 first load, views 149,297 after the merges). Issue 23's goal for the first load,
// 150,000, is not met: the budgets are what is measured today plus about 1.5%, so that
// anything large coming in fails here (docs/wasm.md says what each part costs).
// Session 8 (issue 21: letterhead addresses, display titles, exhibit-index headings) took it
// to about 237,500: the budget moved to 240,000, still what is measured plus about 1%.
// Session 9 took it to 251,258 (build-wasm's gzip -9): the faster HTML body reader of
// issue 24 (about 5 KB raw), the address, headline and signature layouts and some 900 more
// topic phrases of issue 21 (the phrase table is strings: they compress, but they are
// most of the growth). The budget moved to 254,000; the views module, which carries the
// same body reader, from 152,000 to 159,000 (156,856 measured).
const BUDGET_FIRST = 254_000;
// The views module holds a parser of its own (envelope, bodies, numbers; no report) to read
// the filing's source again, and the views.
const BUDGET_VIEWS = 159_000;
// Compile time in the browser follows the raw size; 4x the old 150 KB gzip budget.
const BUDGET_RAW_WASM = 600_000;

const pkg = new URL("../../pkg/", import.meta.url);
const www = new URL("../../www/", import.meta.url);
const gz = (url) => {
  const bytes = readFileSync(url);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const sum = (rows) => rows.reduce((n, s) => n + s.gzip, 0);
const line = (rows) => rows.map((s) => `${s.f}: raw ${s.raw}, gzip ${s.gzip}`).join("; ");

test(`first load within ${BUDGET_FIRST} bytes gzip -9, views module within ${BUDGET_VIEWS}`, () => {
  const first = ["form6k_wasm_bg.wasm", "form6k_wasm.js", "form6k_views.js", "form6k.js"]
    .map((f) => ({ f, ...gz(new URL(f, pkg)) }));
  const views = [{ f: "form6k_views_bg.wasm", ...gz(new URL("form6k_views_bg.wasm", pkg)) }];
  const page = readdirSync(www).filter((f) => /\.(js|html|css)$/.test(f) && f !== "sw.js").sort()
    .map((f) => ({ f, ...gz(new URL(f, www)) }));
  console.log(`first load: ${line(first)}; gzip total ${sum(first)}`);
  console.log(`views, on first use: ${line(views)}`);
  console.log(`beside them, the page's own files (www/, without sw.js): gzip total ${sum(page)} (${page.map((s) => `${s.f} ${s.gzip}`).join(", ")})`);
  assert.ok(sum(first) <= BUDGET_FIRST, `first load ${sum(first)} > budget ${BUDGET_FIRST}`);
  assert.ok(sum(views) <= BUDGET_VIEWS, `views module ${sum(views)} > budget ${BUDGET_VIEWS}`);
  for (const s of [first[0], views[0]]) {
    assert.ok(s.raw <= BUDGET_RAW_WASM, `raw ${s.f} ${s.raw} > budget ${BUDGET_RAW_WASM}`);
    assert.ok(s.gzip > 1000, `${s.f} is suspiciously small`);
  }
});
