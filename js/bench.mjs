// Time parse() through the npm package in Node: bytes in, JS objects out, blocks included.
//
//   node js/bench.mjs                 every file of ../shared/corpus/sixk-submissions up to 100,000 bytes
//   node js/bench.mjs DIR [MAX_BYTES] the files of DIR (recursive) up to MAX_BYTES (default 100,000)
//   node js/bench.mjs FILE...         each file, string and bytes, 10 runs each
//   node js/bench.mjs --against PKG [DIR [MAX_BYTES]]
//                                     the folder timed with pkg/ and with another build's
//                                     package PKG (its form6k.node.js) in the same run, file
//                                     by file in turn, and the ratios of median and p90
//
// For a folder it prints the median and the 90th percentile over the files of each file's
// median time (5 timed runs after one warm-up run of every file). Build pkg/ first
// (scripts/build-wasm.sh). Profile with: node --cpu-prof --cpu-prof-dir=/tmp/prof js/bench.mjs
import { parse } from "../pkg/form6k.node.js";
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const againstAt = args.indexOf("--against");
const against = againstAt >= 0 ? args.splice(againstAt, 2)[1] : null;
const target = args[0] ?? path.join(root, "../shared/corpus/sixk-submissions");

if (!existsSync(target)) {
  console.log(`bench: ${target} not found (the corpus sits beside the repository); nothing timed`);
  process.exit(0);
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const median = (xs) => quantile([...xs].sort((a, b) => a - b), 0.5);

if (against) {
  // Both builds on the same files in one run: warm-up of both, then per file 5 runs of
  // each in turn, so that load on the machine falls on both alike.
  const other = (await import(path.resolve(against, "form6k.node.js"))).parse;
  const max = Number(args[1] ?? 100_000);
  const walk = (d) => readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const inputs = walk(target).filter((f) => statSync(f).size <= max).map((f) => readFileSync(f));
  for (const bytes of inputs) { parse(bytes); other(bytes); }
  const mine = [], theirs = [];
  for (const bytes of inputs) {
    const a = [], b = [];
    for (let i = 0; i < 5; i++) {
      let t0 = performance.now(); parse(bytes); a.push(performance.now() - t0);
      t0 = performance.now(); other(bytes); b.push(performance.now() - t0);
    }
    mine.push(median(a)); theirs.push(median(b));
  }
  mine.sort((x, y) => x - y); theirs.sort((x, y) => x - y);
  const f = (xs) => `median ${quantile(xs, 0.5).toFixed(3)} ms  p90 ${quantile(xs, 0.9).toFixed(3)} ms`;
  console.log(`${inputs.length} files up to ${max.toLocaleString("en")} bytes; parse(bytes) with blocks, median of 5 runs per file, the two builds in turn`);
  console.log(`  this build (pkg/):  ${f(mine)}`);
  console.log(`  ${against}:  ${f(theirs)}`);
  console.log(`  ratio (other / this): median ${(quantile(theirs, 0.5) / quantile(mine, 0.5)).toFixed(2)}x  p90 ${(quantile(theirs, 0.9) / quantile(mine, 0.9)).toFixed(2)}x`);
} else if (statSync(target).isDirectory()) {
  const max = Number(args[1] ?? 100_000);
  const walk = (d) => readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  const inputs = walk(target).filter((f) => statSync(f).size <= max).map((f) => readFileSync(f));
  for (const bytes of inputs) parse(bytes); // warm up: every code path compiled and tiered up
  const runs = 5;
  const perFile = inputs.map((bytes) => {
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      parse(bytes);
      times.push(performance.now() - t0);
    }
    return median(times);
  }).sort((a, b) => a - b);
  const mb = inputs.reduce((n, b) => n + b.length, 0) / 1e6;
  const total = perFile.reduce((n, t) => n + t, 0);
  console.log(`${path.relative(process.cwd(), target) || target}: ${inputs.length} files up to ${max.toLocaleString("en")} bytes, ${mb.toFixed(1)} MB; parse(bytes) with blocks, median of ${runs} runs per file`);
  console.log(`  median ${quantile(perFile, 0.5).toFixed(3)} ms  p90 ${quantile(perFile, 0.9).toFixed(3)} ms  max ${perFile.at(-1).toFixed(3)} ms  sum ${total.toFixed(0)} ms (${(mb / (total / 1000)).toFixed(1)} MB/s)`);
} else {
  for (const file of args) {
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
      console.log(`${path.basename(file).slice(0, 40).padEnd(40)} ${label.padEnd(6)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${blocks.toString().padStart(7)} blocks  ${ms.toFixed(2).padStart(8)} ms`);
    }
  }
}
