// End-to-end tests of the static page (www/) in headless Debian Chromium via playwright-core.
// Usage (from the repository root, www/pkg already built, www/ served):
//   BASE_URL=http://127.0.0.1:PORT/ node e2e/www.test.mjs [--screenshots] [name-filter]
// run.sh does all of that. Paths to the corpus are relative to the repository root.
// Screenshots in docs/screenshots/ are written only with --screenshots: a plain test run
// leaves the repository as it was (`git status` clean).
import { chromium } from "playwright-core";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import path from "node:path";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BASE = process.env.BASE_URL ?? "http://127.0.0.1:8765/";
const ORIGIN = new URL(BASE).origin;
const CORPUS = process.env.CORPUS ?? path.join(ROOT, "../shared/corpus");
const SHOTS = path.join(ROOT, "docs/screenshots");
const ARGS = process.argv.slice(2);
const SCREENSHOTS = ARGS.includes("--screenshots");
const FILTER = ARGS.find((a) => !a.startsWith("--")) ?? "";
/** A screenshot for the docs, only when asked for (--screenshots). */
async function shot(p, name, opts = {}) {
  if (!SCREENSHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await p.screenshot({ path: path.join(SHOTS, name), ...opts });
}

const SEED = path.join(CORPUS, "000_e7d0646948fb95ab.txt");
const ALCON = path.join(CORPUS, "sixk/alcon_20230213_html6k.htm");
const PHILIPS = path.join(CORPUS, "sixk/royal-philips_20230130_html6k.htm");
const BANCORP = path.join(CORPUS, "submissions/1895-bancorp_0000943374-24-000509_negative-8k-fullsub.txt");
const HOSTILE = path.join(ROOT, "e2e/fixtures/hostile-6k.htm");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
         "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"],
});

// Every request any page, worker or service worker makes, and every dialog.
const requests = [];
const dialogs = [];
const pageErrors = [];
async function newContext(opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, ...opts });
  context.on("request", (r) => requests.push(r.url()));
  return context;
}
async function newPage(context) {
  const page = await context.newPage();
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(BASE);
  await page.waitForFunction(() => /^Ready/.test(document.getElementById("status").textContent), null, { timeout: 20_000 })
    .catch(async () => { throw new Error(`parser never became ready: ${await page.textContent("#status")}`); });
  return page;
}
/** Wait for a parse to finish: the status line says Parsed (or reports an error). */
async function parsed(page, timeout = 30_000) {
  await page.waitForFunction(() => /^(Parsed|Could not|The parser)/.test(document.getElementById("status").textContent), null, { timeout });
  const s = await page.textContent("#status");
  assert.match(s, /^Parsed/, `parse failed: ${s}`);
  return s;
}
async function downloadOf(page, click) {
  const [dl] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync(await dl.path()) };
}
/** Empty the status line so that `parsed` waits for the next parse, not the last one. */
const clearStatus = (p) => p.evaluate(() => { document.getElementById("status").textContent = ""; });
const sha256 = (b) => createHash("sha256").update(b).digest("hex");

// ---------- the tests ----------
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

const ctx = await newContext();
const page = await newPage(ctx);

test("example: loads, source pane shows the filing", async () => {
  await clearStatus(page);
  await page.click("#example");
  await parsed(page);
  const src = await page.textContent("#source");
  assert.equal(src, readFileSync(SEED, "latin1"), "source pane is the example text");
  assert.ok(await page.isVisible("#sec-documents"));
  assert.ok(await page.isVisible("#sec-diagnostics"));
  await shot(page, "light.png");
});

test("example: cover shows HANARO TELECOM, INC., April 2003, 20-F [needs report]", async () => {
  const view = await page.textContent("#view");
  for (const want of ["HANARO TELECOM, INC.", "April 2003", "20-F"]) assert.ok(view.includes(want), `view lacks ${want}`);
  await page.click(".summary .registrants button.span-link");
  assert.equal(await page.textContent("#source mark"), "HANARO TELECOM, INC.");
  // The mark is scrolled into the visible part of the source pane.
  const inView = await page.evaluate(() => {
    const m = document.querySelector("#source mark").getBoundingClientRect();
    const p = document.getElementById("source").getBoundingClientRect();
    return m.top >= p.top && m.bottom <= p.bottom;
  });
  assert.ok(inView, "highlight not scrolled into view");
  // Every cover value points at text that reads as that value.
  await page.click("#sec-cover button.span-link >> text=April 2003");
  assert.match(await page.textContent("#source mark"), /April\s+2003/);
  await shot(page, "light.png");
});

test("example: dark colour scheme screenshot", async () => {
  await page.emulateMedia({ colorScheme: "dark" });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(16, 20, 24)", "dark background");
  await shot(page, "dark.png");
  await page.emulateMedia({ colorScheme: "light" });
});

test("diagnostics and document spans highlight the source", async () => {
  await page.click("details.doc > summary");
  const btn = page.locator("#sec-documents button.span-link").first();
  await btn.click();
  const mark = await page.textContent("#source mark");
  assert.ok(mark.length > 0, "document span highlights something");
  const start = Number(await btn.getAttribute("data-start"));
  const end = Number(await btn.getAttribute("data-end"));
  const text = readFileSync(SEED, "latin1");
  assert.equal(mark, text.slice(start, end));
});

test("JSON: collapsible, copy and download", async () => {
  await page.click("details.json-card > summary");
  await page.waitForFunction(() => document.querySelector("pre.json").textContent.length > 0);
  const json = JSON.parse(await page.textContent("pre.json"));
  assert.ok(Array.isArray(json.documents) && "diagnostics" in json && "report" in json);
  const { name, bytes } = await downloadOf(page, () => page.click(".json-card button:text-is(\"Download JSON\")"));
  assert.match(name, /\.form6k\.json$/);
  assert.deepEqual(JSON.parse(bytes.toString("utf8")), json);
});

test("HTML 6-K (Alcon) shows its fields [needs html body + report]", async () => {
  await clearStatus(page);
  await page.setInputFiles("#files", ALCON);
  await parsed(page);
  const view = await page.textContent("#view");
  for (const want of ["ALCON INC.", "001-31269", "20-F"]) assert.ok(view.includes(want), `view lacks ${want}`);
  await page.locator(".summary .registrants button.span-link").first().click();
  assert.match(await page.textContent("#source mark"), /ALCON INC\./i);
});

test("whole submission: header fields, uuencoded attachment downloads with the right bytes [needs envelope]", async () => {
  await clearStatus(page);
  await page.setInputFiles("#files", BANCORP);
  await parsed(page);
  const view = await page.textContent("#view");
  for (const want of ["0000943374-24-000509", "1895 Bancorp of Wisconsin, Inc. /MD/".toUpperCase().slice(0, 12)]) {
    assert.ok(view.toUpperCase().includes(want.toUpperCase()), `view lacks ${want}`);
  }
  // Independent decode: Python's binascii.a2b_uu over the begin..end lines.
  const expected = execFileSync("python3", ["-c", `
import binascii, hashlib, sys
out, inside = bytearray(), False
for line in open(sys.argv[1], 'rb').read().split(b'\\n'):
    line = line.rstrip(b'\\r')
    if line.startswith(b'begin 644 Financial_Report.xlsx'): inside = True; continue
    if inside and line == b'end': break
    if inside and line and line != b'\`':
        try: out += binascii.a2b_uu(line)
        except binascii.Error:
            n = (((line[0] - 32) & 63) * 4 + 5) // 3
            out += binascii.a2b_uu(line[:n])
print(hashlib.sha256(out).hexdigest(), len(out))`, BANCORP]).toString().trim().split(" ");
  const doc = page.locator("details.doc", { hasText: "Financial_Report.xlsx" });
  await doc.locator("summary").click();
  const btn = doc.locator("button.download", { hasText: "Financial_Report.xlsx" });
  assert.equal(await btn.count(), 1, "no download button for the attachment");
  const { name, bytes } = await downloadOf(page, () => btn.click());
  assert.equal(name, "Financial_Report.xlsx");
  assert.equal(bytes.length, Number(expected[1]));
  assert.equal(sha256(bytes), expected[0]);
  assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK");
});

test("a document without an attachment downloads its body text", async () => {
  await clearStatus(page);
  await page.click("#example");
  await parsed(page);
  await page.click("details.doc > summary");
  const { bytes } = await downloadOf(page, () => page.locator("button.download").first().click());
  assert.ok(bytes.toString("latin1").includes("For the month of April 2003"));
});

test("three files at once: three rows, sortable, CSV export, open a row", async () => {
  await page.setInputFiles("#files", [SEED, ALCON, PHILIPS]);
  await page.waitForFunction(() => /^Parsed 3 files/.test(document.getElementById("status").textContent), null, { timeout: 30_000 });
  const rows = page.locator("#batch-table tbody tr");
  assert.equal(await rows.count(), 3);
  const names = async () => page.$$eval("#batch-table tbody tr td:first-child", (tds) => tds.map((t) => t.textContent));
  await page.click("#batch-table thead button >> text=File");
  const asc = await names();
  assert.deepEqual(asc, [...asc].sort());
  await page.click("#batch-table thead button >> text=File");
  assert.deepEqual(await names(), [...asc].reverse());
  assert.equal(await page.getAttribute("#batch-table thead th:first-child", "aria-sort"), "descending");
  const { name, bytes } = await downloadOf(page, () => page.click("#batch-csv"));
  assert.equal(name, "form6k-files.csv");
  const lines = bytes.toString("utf8").trim().split(/\r\n/);
  assert.equal(lines.length, 4, "header + 3 rows");
  assert.equal(lines[0], "File,Registrant,Form,Period,File number,20-F/40-F,Exhibits,Diagnostics,Accession number,Filed,CIK,Conformed name,Exhibit list,Signers,Diagnostic codes");
  for (const f of [SEED, ALCON, PHILIPS]) assert.ok(lines.some((l) => l.startsWith(path.basename(f))), `CSV lacks ${path.basename(f)}`);
  await shot(page, "batch.png");
  // Keyboard: focus the seed's row and press Enter.
  await page.locator("#batch-table tbody tr", { hasText: path.basename(SEED) }).focus();
  await clearStatus(page);
  await page.keyboard.press("Enter");
  await parsed(page);
  assert.ok(await page.isVisible("#filing"));
  assert.match(await page.textContent(".summary .file-name"), /000_e7d0646948fb95ab\.txt/);
});

test("hostile filing: no script, handler or javascript: URL runs", async () => {
  await clearStatus(page);
  await page.setInputFiles("#files", HOSTILE);
  await parsed(page);
  // Open everything that renders lazily, click every value.
  for (const d of await page.$$("details")) await d.evaluate((el) => { el.open = true; });
  await page.waitForTimeout(100);
  const buttons = page.locator("#view button.span-link");
  for (let i = 0, n = await buttons.count(); i < n; i++) await buttons.nth(i).click();
  // And the same text pasted.
  await page.fill("#paste", readFileSync(HOSTILE, "utf8"));
  await clearStatus(page);
  await page.click("#parse-text");
  await parsed(page);
  for (const d of await page.$$("details")) await d.evaluate((el) => { el.open = true; });
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => typeof window.__pwned), "undefined");
  assert.deepEqual(dialogs, []);
  assert.equal(await page.locator("#view script, #view img, #view iframe, #view svg, #view a[href^='javascript']").count(), 0);
  assert.ok((await page.textContent("#source")).includes("<script>window.__pwned"), "payload shown as text");
});

test("a crashed worker is restarted and the user told", async () => {
  // A context without service workers whose worker.js crashes (uncaught error) on the input "CRASH".
  const c = await newContext({ serviceWorkers: "block" });
  await c.route("**/worker.js", async (route) => {
    const res = await route.fetch();
    const body = (await res.text()) + `
self.addEventListener("message", (e) => { if (e.data.input === "CRASH") throw new Error("simulated trap"); });`;
    await route.fulfill({ response: res, body });
  });
  const p = await newPage(c);
  await p.fill("#paste", "CRASH");
  await p.click("#parse-text");
  await p.waitForFunction(() => /crashed.*restarted/.test(document.getElementById("status").textContent), null, { timeout: 10_000 });
  assert.equal(await p.getAttribute("#status", "role"), "status");
  await clearStatus(p);
  await clearStatus(p);
  await p.click("#example");
  await parsed(p);
  await c.close();
});

test("cancel stops a big parse and the page stays usable; 50 MB input shows progress and stays responsive", async () => {
  const seed = readFileSync(SEED);
  const reps = Math.ceil((50 * 1024 * 1024) / seed.length);
  const big = path.join(tmpdir(), "form6k-e2e-big-50mb.txt");
  writeFileSync(big, Buffer.concat(Array(reps).fill(seed)));
  await page.setInputFiles("#files", big);
  await page.waitForSelector("#progress:not([hidden])", { timeout: 5_000 });
  // While the worker parses, the main thread answers at once and the UI reacts.
  const t0 = Date.now();
  assert.equal(await page.evaluate(() => 6 * 7), 42);
  await page.fill("#paste", "typing while it parses");
  assert.equal(await page.inputValue("#paste"), "typing while it parses");
  const lag = Date.now() - t0;
  assert.ok(lag < 1500, `page took ${lag} ms to respond while parsing`);
  const stillBusy = await page.isVisible("#progress");
  const status = await parsed(page, 180_000);
  console.log(`    50 MB: ${status} (progress still shown during the responsiveness check: ${stillBusy})`);
  assert.match(await page.textContent("#source-info"), /characters/);
  // Cancel: start again and stop it.
  await page.setInputFiles("#files", big);
  await page.waitForSelector("#progress:not([hidden])", { timeout: 5_000 });
  await clearStatus(page);
  await page.click("#cancel");
  await page.waitForFunction(() => /^Cancelled/.test(document.getElementById("status").textContent));
  assert.ok(await page.isHidden("#progress"));
  await clearStatus(page);
  await page.click("#example");
  await parsed(page);
  rmSync(big);
});

test("contract mock: every report field renders and highlights its source", async () => {
  // The real report reader may not have landed: serve a stand-in pkg/form6k.js that returns
  // the documented JSON shape, and check the page's rendering of it.
  const c = await newContext({ serviceWorkers: "block" });
  await c.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  await c.route("**/pkg/form6k.js", (route) => route.fulfill({ path: path.join(ROOT, "e2e/mock/form6k.js"), contentType: "text/javascript" }));
  const p = await newPage(c);
  const header = "<SEC-HEADER>\nACCESSION NUMBER:\t\t0001178913-03-000123\nCONFORMED SUBMISSION TYPE:\t6-K\nFILED AS OF DATE:\t\t20030408\n" +
    "FILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t\t\tHANARO TELECOM INC\n\t\tCENTRAL INDEX KEY:\t\t\t0001088153\n" +
    "\tFILING VALUES:\n\t\tFORM TYPE:\t\t6-K\n\t\tSEC FILE NUMBER:\t000-30504\n\tBUSINESS ADDRESS:\n\t\tSTREET 1:\t\tKUKJE ELECTRONICS CENTER BLDG\n\t\tCITY:\t\t\tSEOUL\n" +
    "\tFORMER COMPANY:\n\t\tFORMER CONFORMED NAME:\tHANARO TELECOM CORP\n\t\tDATE OF NAME CHANGE:\t19990806\n</SEC-HEADER>\n";
  await p.fill("#paste", header + readFileSync(SEED, "latin1"));
  await clearStatus(p);
  await p.click("#parse-text");
  await parsed(p);
  const view = await p.textContent("#view");
  for (const want of ["HANARO TELECOM, INC.", "April 2003", "Form 20-F", "0001178913-03-000123", "2003-04-08",
    "99.1", "/s/ Kyu June Hwang", "Managing Director", "0001088153", "KUKJE ELECTRONICS CENTER BLDG", "HANARO TELECOM CORP", "mock-diagnostic"]) {
    assert.ok(view.includes(want), `view lacks ${want}`);
  }
  await p.click(".summary .registrants button.span-link");
  assert.equal(await p.textContent("#source mark"), "HANARO TELECOM, INC.");
  // Every string value in the cover, exhibits, signatures and header highlights exactly itself.
  const buttons = p.locator("#sec-cover button.span-link, #sec-exhibits button.span-link, #sec-signatures button.span-link, #sec-header button.span-link");
  const n = await buttons.count();
  assert.ok(n >= 15, `only ${n} clickable values`);
  let checked = 0;
  for (let i = 0; i < n; i++) {
    const b = buttons.nth(i);
    const label = (await b.textContent()).replace(/^Form /, "");
    await b.click();
    const mark = await p.textContent("#source mark");
    if (/^\d{4}-\d\d-\d\d$|^(Yes|No)$|April 2003/.test(label)) continue; // normalized values
    assert.equal(mark, label, `value ${i} highlights ${JSON.stringify(mark)}`);
    checked++;
  }
  assert.ok(checked >= 10);
  // Exhibit -> its document opens.
  await p.click("#sec-exhibits button.link");
  assert.ok(await p.evaluate(() => document.querySelector('details.doc[data-sequence="1"]').open));
  // Tables render as tables; CSV download quotes and defuses formulas.
  await p.waitForSelector("figure.table table");
  const { bytes } = await downloadOf(p, () => p.click("figure.table button:has-text('Download CSV')"));
  assert.equal(bytes.toString("utf8"), 'Exhibit,Description\r\n\'=99.1,"Annual, ""report"""\r\n');
  // Copy JSON.
  await p.click("details.json-card > summary");
  await p.click("text=Copy JSON");
  const copied = JSON.parse(await p.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.report.registrants[0].name.value, "HANARO TELECOM, INC.");
  await shot(p, "mock-report.png", { fullPage: true });
  await c.close();
});

test("phone width (375 px): no horizontal scroll, screenshot", async () => {
  const c = await newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const p = await newPage(c);
  await clearStatus(p);
  await p.click("#example");
  await parsed(p);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await shot(p, "phone.png");
  await c.close();
});

test("offline: after one visit the page loads and parses with the network off", async () => {
  const c = await newContext();
  const p = await newPage(c);
  await p.evaluate(async () => { await navigator.serviceWorker.ready; });
  await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
  await c.setOffline(true);
  await p.reload();
  await p.waitForFunction(() => /^Ready/.test(document.getElementById("status").textContent), null, { timeout: 20_000 });
  await clearStatus(p);
  await p.click("#example");
  await parsed(p);
  assert.ok((await p.textContent("#source")).includes("For the month of April 2003"));
  await c.close();
});

test("every request went to the page's own origin; no page errors", async () => {
  const foreign = requests.filter((u) => !u.startsWith(ORIGIN + "/") && !u.startsWith("blob:") && !u.startsWith("data:"));
  assert.deepEqual(foreign, [], "requests to other origins");
  assert.ok(requests.length > 5, "requests were recorded");
  assert.deepEqual(pageErrors, []);
});

// ---------- run ----------
let passed = 0, failed = 0;
for (const t of tests) {
  if (FILTER && !t.name.includes(FILTER)) continue;
  const t0 = Date.now();
  try {
    await t.fn();
    passed++;
    console.log(`ok   ${t.name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${t.name} (${Date.now() - t0} ms)\n     ${String(e.message).split("\n").slice(0, 6).join("\n     ")}`);
  }
}
await browser.close();
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
