// Time form6k built to wasm (bench/wasm) in Node, stage by stage, on the benchmark groups.
//
//   node bench/wasm.mjs FILE.wasm [--json OUT] [--quick]
//
// Same stages and method as benches/parse.rs: per file, the median of at least 5 runs
// (3 with --quick), more while under a 1 s budget; MB/s is input bytes (10^6) per
// second. "json" is parse plus serializing the Filing to a JSON string inside wasm.
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const STAGES = ["decode", "envelope", "bodies", "report", "parse", "split", "json"];
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const jsonAt = args.indexOf("--json");
const out = jsonAt >= 0 ? args[jsonAt + 1] : null;
// The crate's wasm-bindgen binding (src/wasm.rs) is compiled into every wasm32 build, so
// the module imports wasm-bindgen's glue; the C-ABI exports timed here never call it.
const module = new WebAssembly.Module(readFileSync(args[0]));
const imports = {};
for (const { module: m, name } of WebAssembly.Module.imports(module)) {
  (imports[m] ??= {})[name] = () => {
    throw new Error(`${m}.${name}: wasm-bindgen glue, not available in the bench`);
  };
}
const instance = new WebAssembly.Instance(module, imports);
const w = instance.exports;
const groups = JSON.parse(readFileSync("target/bench-results/groups.json", "utf8")).groups;

function median(fn) {
  const runs = [];
  const start = performance.now();
  const [min, max, budget] = quick ? [3, 10, 200] : [5, 50, 1000];
  while (runs.length < min || (runs.length < max && performance.now() - start < budget)) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return runs[runs.length >> 1] / 1e3;
}

const mbps = (bytes, s) => (bytes / s / 1e6).toFixed(1).padStart(10);
console.log(`form6k wasm in Node ${process.version}, stage throughput in MB/s (median)`);
console.log(
  "group".padEnd(20) + "files".padStart(6) + "bytes".padStart(11) +
    STAGES.map((s) => s.padStart(10)).join("") + "max ms".padStart(9) + "peak/in".padStart(8),
);
const results = [];
for (const g of groups) {
  const r = { name: g.name, files: 0, bytes: 0, seconds: {}, peakRatio: 0, peakBytes: 0, maxFileMs: 0, perFile: [] };
  for (const s of STAGES) r.seconds[s] = 0;
  for (const file of g.files) {
    const bytes = readFileSync(file);
    const ptr = w.input_buffer(bytes.length);
    new Uint8Array(w.memory.buffer, ptr, bytes.length).set(bytes);
    w.prepare(ptr, bytes.length);
    const t = {};
    STAGES.forEach((s, i) => {
      t[s] = median(() => w.run(i));
      r.seconds[s] += t[s];
    });
    r.perFile.push({ file, seconds: t });
    r.maxFileMs = Math.max(r.maxFileMs, t.parse * 1e3);
    const peak = w.peak_parse();
    if (peak / bytes.length > r.peakRatio) [r.peakRatio, r.peakBytes] = [peak / bytes.length, peak];
    r.files += 1;
    r.bytes += bytes.length;
  }
  console.log(
    g.name.padEnd(20) + String(r.files).padStart(6) + String(r.bytes).padStart(11) +
      STAGES.map((s) => mbps(r.bytes, r.seconds[s])).join("") +
      r.maxFileMs.toFixed(2).padStart(9) + r.peakRatio.toFixed(2).padStart(8),
  );
  results.push(r);
}
if (out) writeFileSync(out, JSON.stringify({ runner: "wasm", node: process.version, groups: results }, null, 2) + "\n");
