// node --test: the size figures README.md and docs/wasm.md give are the build's (pkg/, as built by
// scripts/build-wasm.sh), within 1%. `node scripts/doc-sizes.mjs` rewrites them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DOCS, drift, measure, readTable } from "../../scripts/doc-sizes.mjs";

const built = measure();

for (const doc of DOCS) {
  test(`${doc}: size table within 1% of pkg/ (else run node scripts/doc-sizes.mjs)`, () => {
    const md = readFileSync(new URL(`../../${doc}`, import.meta.url), "utf8");
    assert.deepEqual(drift(md, built), []);
  });
}

test("the drift check fails on a figure 2% off and passes at 0.5%", () => {
  const md = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const wasm = built.rows[0];
  const table = readTable(md);
  assert.ok(table[wasm.label], "README's table has the wasm row");
  const off = (factor) => md.replace(
    new RegExp(`(\\| ${wasm.label.replace(/[`()]/g, "\\$&")} \\| [\\d,]+ \\| )[\\d,]+`),
    `$1${Math.round(wasm.gzip * factor).toLocaleString("en-US")}`,
  );
  assert.notEqual(off(1.02), md);
  assert.equal(drift(off(1.02), built).length, 1);
  assert.deepEqual(drift(off(1.005), built), []);
});
