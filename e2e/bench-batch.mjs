// The batch's speed in headless Chromium (docs/www.md): every 6-K of
// ../shared/corpus/sixk-submissions opened at once, with 1, 2 and 4 parser workers in turn,
// ROUNDS times each (interleaved, since the machine is shared). Prints, per run, the time from
// choosing the files to the full table (the status line's "Parsed N files") and files per
// second; then the median of each worker count. Run with `bash e2e/run.sh --bench`.
import { chromium } from "playwright-core";
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BASE = process.env.BASE_URL ?? "http://127.0.0.1:8765/";
const DIR = path.join(process.env.CORPUS ?? path.join(ROOT, "../shared/corpus"), "sixk-submissions");
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const WORKERS = (process.env.WORKERS ?? "1,2,4").split(",").map(Number);
// BASELINE_URL: another build of the page (an older www/ served elsewhere) timed in the same
// rounds, as "baseline"; it is given no ?workers.
const BASELINE = process.env.BASELINE_URL;
if (BASELINE) WORKERS.unshift(0);
const label = (w) => (w === 0 ? "baseline" : `${w} worker${w > 1 ? "s" : ""}`);
const files = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort().map((f) => path.join(DIR, f));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"] });
const runs = new Map(WORKERS.map((w) => [w, []]));
console.log(`bench: ${files.length} files, ${WORKERS.map(label).join(", ")}, ${ROUNDS} rounds, ${(await import("node:os")).cpus().length} cores`);
for (let round = 1; round <= ROUNDS; round++) {
  for (const w of WORKERS) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(w === 0 ? BASELINE : `${BASE}?workers=${w}`);
    await page.waitForFunction(() => /^Ready/.test(document.getElementById("status").textContent), null, { timeout: 30_000 });
    const t0 = Date.now();
    await page.setInputFiles("#files", files);
    await page.waitForFunction((n) => document.querySelectorAll("#batch-table tbody tr").length === n
      && /^Parsed \d+ files/.test(document.getElementById("status").textContent), files.length, { timeout: 600_000, polling: 50 });
    const wall = (Date.now() - t0) / 1000;
    const t = await page.evaluate(() => window.form6kBatchTiming);
    runs.get(w).push(wall);
    console.log(`round ${round}, ${label(w)}: full table in ${wall.toFixed(1)} s (${(files.length / wall).toFixed(1)} files/s${t ? `; the page's own count ${t.seconds.toFixed(1)} s` : ""})`);
    await page.close();
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
for (const [w, xs] of runs) console.log(`median, ${label(w)}: ${median(xs).toFixed(1)} s, ${(files.length / median(xs)).toFixed(1)} files/s`);
await browser.close();
