// Time parse() through the package on corpus files: node js/bench.mjs [FILE...]
import { parse } from "../pkg/form6k.node.js";
import { readFileSync } from "node:fs";

const root = new URL("../", import.meta.url);
const corpus = new URL("../shared/corpus/", root);
const files = process.argv.slice(2).length ? process.argv.slice(2) : [
  new URL("submissions/carmax-auto-funding_0001193125-10-145855_negative-424b5-nc.txt", corpus),
  new URL("submissions/oracle_0001193125-14-242424_negative-8k-fullsub.txt", corpus),
  new URL("sixk/royal-philips_20230130_html6k.htm", corpus),
  new URL("tests/fixtures/seed/hanaro-2003-04.txt", root),
];
for (const file of files) {
  const bytes = readFileSync(file);
  const text = bytes.toString("utf8");
  for (const [label, input] of [["string", text], ["bytes", bytes]]) {
    for (let i = 0; i < 3; i++) parse(input); // warm up
    const runs = 10, t0 = performance.now();
    let blocks = 0;
    for (let i = 0; i < runs; i++) {
      blocks = parse(input).documents.reduce((n, d) => n + (d.body?.pages ?? []).reduce((m, p) => m + p.blocks.length, 0), 0);
    }
    const ms = (performance.now() - t0) / runs;
    console.log(`${String(file).split("/").pop().slice(0, 40).padEnd(40)} ${label.padEnd(6)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${blocks.toString().padStart(7)} blocks  ${ms.toFixed(1).padStart(7)} ms`);
  }
}
