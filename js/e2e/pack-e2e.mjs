// The npm package as users get it: `npm pack` pkg/, install the tarball into a fresh project,
// then `import { parse } from "form6k"` from (1) Node ESM, (2) a Vite 8 production build (the
// major version `npm install vite` gives; js/package.json pins 8.3.8, because 8.4.0's optional
// napi-windows-process-start-time is not on every registry and `npm ci` then refuses the lock) and
// (3) a plain <script type="module"> page with an import map, the last two served by
// `python3 -m http.server` on 127.0.0.1 to headless Debian Chromium via playwright-core.
// Each parses the seed and must report EXPECTED (probe.js). Usage: node js/e2e/pack-e2e.mjs
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:net";
import { chromium } from "playwright-core";
import { EXPECTED } from "./probe.js";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const ROOT = here("../../");
const SEED = join(ROOT, "tests/fixtures/seed/hanaro-2003-04.txt");
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
const matches = (got, what) => {
  for (const [k, v] of Object.entries(EXPECTED)) assert.equal(got?.[k], v, `${what}: ${k} (got ${JSON.stringify(got)})`);
  console.log(`ok   ${what}: ${JSON.stringify(got)}`);
};

const tmp = mkdtempSync(join(tmpdir(), "form6k-pack-"));
let server;
try {
  // The tarball, installed into a project that has nothing else.
  const tgz = run("npm", ["pack", join(ROOT, "pkg"), "--pack-destination", tmp, "--silent"], ROOT).trim().split("\n").pop();
  const app = join(tmp, "app");
  mkdirSync(join(app, "public"), { recursive: true });
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", join(tmp, tgz)], app);
  const installed = readdirSync(join(app, "node_modules/form6k")).sort();
  for (const f of ["LICENSE-MIT", "LICENSE-APACHE", "form6k_wasm_bg.wasm", "form6k_views.js", "form6k_views_bg.wasm", "form6k.d.ts"]) {
    assert.ok(installed.includes(f), `${f} is not in the tarball: ${installed}`);
  }
  const meta = JSON.parse(readFileSync(join(app, "node_modules/form6k/package.json"), "utf8"));
  assert.ok(meta.license, "package.json lacks license");
  // No public repository exists: no address is made up for one.
  for (const k of ["repository", "homepage", "bugs"]) assert.equal(meta[k], undefined, `package.json has ${k}`);
  console.log(`ok   npm pack + install: ${tgz}: ${installed.join(" ")}; ${meta.license}`);
  cpSync(here("probe.js"), join(app, "probe.js"));
  cpSync(SEED, join(app, "public/seed.txt"));

  // (1) Node ESM.
  writeFileSync(join(app, "node.mjs"), `import * as form6k from "form6k";
import { readFileSync } from "node:fs";
import { probe } from "./probe.js";
console.log(JSON.stringify(probe(form6k, form6k.parse(readFileSync("public/seed.txt")))));`);
  matches(JSON.parse(run("node", ["node.mjs"], app)), "node ESM");

  // (2) Vite 8 production build (vite from js/node_modules, run in the app).
  const page = (importMap) => `<!doctype html><html><head><meta charset="utf-8"><title>form6k</title>
<link rel="icon" href="data:,">${importMap}</head><body><pre id="out">loading</pre>
<script type="module" src="./main.js"></script></body></html>`;
  const main = (probePath) => `import * as form6k from "form6k";
import { probe } from "${probePath}";
const out = document.getElementById("out");
try {
  const text = await (await fetch(new URL("seed.txt", document.baseURI))).text();
  out.textContent = JSON.stringify({ version: form6k.version(), ...probe(form6k, form6k.parse(text)) });
} catch (e) { out.textContent = "error: " + e; }
out.dataset.done = "1";`;
  writeFileSync(join(app, "index.html"), page(""));
  writeFileSync(join(app, "main.js"), main("./probe.js"));
  run(join(ROOT, "js/node_modules/.bin/vite"), ["build", "--base", "./", "--logLevel", "warn"], app);
  const assets = readdirSync(join(app, "dist/assets"));
  assert.ok(assets.some((f) => f.endsWith(".wasm")), `vite emitted no .wasm: ${assets}`);

  // (3) A plain page: no bundler, the package's browser entry through an import map.
  const plain = join(app, "plain");
  mkdirSync(plain);
  writeFileSync(join(plain, "index.html"),
    page(`<script type="importmap">{"imports":{"form6k":"../node_modules/form6k/form6k.js"}}</script>`));
  writeFileSync(join(plain, "main.js"), main("../probe.js"));
  cpSync(SEED, join(plain, "seed.txt"));
  // (4) The same entry in a module worker, where the views module is fetched on the first
  // toMarkdown call and not before (resource timing lists what the worker fetched).
  writeFileSync(join(plain, "worker.html"), `<!doctype html><html><head><meta charset="utf-8"><title>form6k</title>
<link rel="icon" href="data:,"></head><body><pre id="out">loading</pre><script type="module">
const out = document.getElementById("out");
const w = new Worker("./worker.js", { type: "module" });
w.onmessage = ({ data }) => { out.textContent = JSON.stringify(data); out.dataset.done = "1"; };
w.onerror = (e) => { out.textContent = "error: " + e.message; out.dataset.done = "1"; };
</script></body></html>`);
  writeFileSync(join(plain, "worker.js"), `import * as form6k from "../node_modules/form6k/form6k.js";
const fetched = () => performance.getEntriesByType("resource").some((e) => e.name.endsWith("form6k_views_bg.wasm"));
const text = await (await fetch("seed.txt")).text();
const filing = form6k.parse(text);
const before = fetched();
const head = form6k.toMarkdown(filing, "1")?.text.split("\\n")[0] ?? null;
postMessage({ viewsBeforeFirstCall: before, viewsAfter: fetched(), markdownHead: head });`);

  // Serve the app folder on loopback; load both pages in Chromium.
  const port = await new Promise((ok) => { const s = createServer().listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => ok(p)); }); });
  server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", app], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try { await fetch(base); break; } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
  });
  try {
    for (const [what, path] of [["vite 8 build", "dist/index.html"], ["plain page", "plain/index.html"]]) {
      const context = await browser.newContext();
      const requests = [], errors = [];
      context.on("request", (r) => requests.push(r.url()));
      const tab = await context.newPage();
      tab.on("pageerror", (e) => errors.push(String(e)));
      tab.on("console", (m) => { if (["error", "warning"].includes(m.type())) errors.push(m.text()); });
      await tab.goto(base + path);
      await tab.waitForSelector("#out[data-done]", { timeout: 15_000 });
      const out = await tab.textContent("#out");
      assert.deepEqual(errors, [], `${what}: console errors`);
      assert.ok(!out.startsWith("error"), `${what}: ${out}`);
      assert.ok(requests.some((u) => u.endsWith(".wasm")), `${what}: no .wasm request`);
      assert.deepEqual(requests.filter((u) => !u.startsWith(base)), [], `${what}: non-loopback requests`);
      matches(JSON.parse(out), what);
      await context.close();
    }
    {
      const tab = await browser.newPage();
      const errors = [];
      tab.on("pageerror", (e) => errors.push(String(e)));
      tab.on("console", (m) => { if (["error", "warning"].includes(m.type())) errors.push(m.text()); });
      await tab.goto(base + "plain/worker.html");
      await tab.waitForSelector("#out[data-done]", { timeout: 15_000 });
      const got = JSON.parse(await tab.textContent("#out"));
      assert.deepEqual(errors, [], "worker: console errors");
      assert.deepEqual(got, { viewsBeforeFirstCall: false, viewsAfter: true, markdownHead: "## FORM 6-K" }, "worker");
      console.log(`ok   module worker, views on first use: ${JSON.stringify(got)}`);
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  console.log("pack e2e: passed");
} finally {
  server?.kill();
  rmSync(tmp, { recursive: true, force: true });
}
