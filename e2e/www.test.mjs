// End-to-end tests of the static page (www/) in headless Debian Chromium via playwright-core.
// Usage (from the repository root, www/pkg already built, www/ served):
//   BASE_URL=http://127.0.0.1:PORT/ node e2e/www.test.mjs [--screenshots] [name-filter]
// run.sh does all of that. Paths to the corpus are relative to the repository root.
// Screenshots in docs/screenshots/ are written only with --screenshots: a plain test run
// leaves the repository as it was (`git status` clean).
import { chromium } from "playwright-core";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { execFileSync, spawn } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync, rmSync, mkdirSync, mkdtempSync, cpSync, appendFileSync, utimesSync } from "node:fs";
import net from "node:net";
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
const APPLE = path.join(CORPUS, "documents/apple_0000320193-23-000077_negative-10q.htm");
const SUB = (name) => path.join(CORPUS, "sixk-submissions", name);
// A 6-K submission with a PDF and a JPEG among its uuencoded attachments.
const PICTURES = SUB("0001167379-10-000106.txt");
const AXE = readFileSync(path.join(ROOT, "e2e/node_modules/axe-core/axe.min.js"), "utf8");

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
});

test("example: cover shows HANARO TELECOM, INC., April 2003, 20-F [needs report]", async () => {
  await paneMode(page, "source"); // the raw source: what this test checks
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
});

test("example: dark colour scheme screenshot", async () => {
  await page.emulateMedia({ colorScheme: "dark" });
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, "rgb(16, 20, 24)", "dark background");
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
  assert.equal(lines[0], "File,Registrant,Form,Period,Topics,Headline,File number,20-F/40-F,Exhibits,Diagnostics,Topic codes,Fiscal period,Dateline date,Accession number,Filed,CIK,Conformed name,Exhibit list,Signers,Diagnostic codes");
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
  // The document view: its <img src=x> tags are labelled placeholders, not images.
  await paneMode(page, "document");
  assert.equal(await page.locator("#reader script, #reader img, #reader iframe, #reader svg, #reader a").count(), 0);
  const holders = await page.$$eval("#reader .image-placeholder", (xs) => xs.map((x) => x.textContent));
  assert.equal(holders.length, 2, JSON.stringify(holders)); // the body's two; the third is in <FILENAME>
  for (const t of holders) assert.equal(t, "Image (x): not in this submission");
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
  assert.equal(bytes.toString("utf8"), 'Exhibit,Description,Pages\r\n\'=99.1,"Annual, ""report""",12\r\n');
  // Copy JSON.
  await p.click("details.json-card > summary");
  await p.click("text=Copy JSON");
  const copied = JSON.parse(await p.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.report.registrants[0].name.value, "HANARO TELECOM, INC.");
  // Fields the page does not know (the mock adds some) are kept in the JSON, and broke nothing above.
  assert.equal(copied.futureField.value, "from a later version");
  assert.equal(copied.report.items[0].value, "Item 5.02");
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

// ---------- issue 13: the page as an analyst uses it ----------

/** axe-core on the page as it is: no critical, serious or moderate violation. */
async function axe(p, label) {
  await p.evaluate(AXE); // evaluated over the DevTools protocol, so the page's CSP does not apply
  const res = await p.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  const bad = res.violations.filter((v) => ["critical", "serious", "moderate"].includes(v.impact));
  assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`), [], `axe on ${label}`);
}

/** Where the highlight's first box lies against the source pane's visible rectangle. */
const markPlace = (p) => p.evaluate(() => {
  const pre = document.getElementById("source");
  const m = document.querySelector("#source mark").getClientRects()[0];
  const r = pre.getBoundingClientRect();
  const pane = { left: r.left + pre.clientLeft, top: r.top + pre.clientTop };
  pane.right = pane.left + pre.clientWidth;
  pane.bottom = pane.top + pre.clientHeight;
  const inside = m.left >= pane.left - 0.5 && m.right <= pane.right + 0.5 && m.top >= pane.top - 0.5 && m.bottom <= pane.bottom + 0.5;
  return { inside, mark: [m.left, m.top, m.right, m.bottom].map(Math.round), pane: [pane.left, pane.top, pane.right, pane.bottom].map(Math.round), scrollLeft: pre.scrollLeft, scrollWidth: pre.scrollWidth };
});

/** A minimal RFC 4180 reader for the page's CSV downloads. */
function readCsv(text) {
  const rows = [];
  let row = [], cell = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(cell); cell = ""; }
    else if (ch === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i++; }
    else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test("Alcon (Workiva, long lines): the registrant's highlight lies inside the source pane after the click", async () => {
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await clearStatus(p);
  await p.setInputFiles("#files", ALCON);
  await parsed(p);
  await paneMode(p, "source"); // the raw source: what this test checks
  await p.locator(".summary .registrants button.span-link").first().click();
  assert.match(await p.textContent("#source mark"), /ALCON INC\./i);
  const at = await markPlace(p);
  assert.ok(at.inside, `highlight ${JSON.stringify(at.mark)} outside the pane ${JSON.stringify(at.pane)}`);
  // It was far to the right: the pane really scrolled sideways to reach it.
  assert.ok(at.scrollLeft > 5_000, `scrollLeft ${at.scrollLeft}: the registrant is no longer on a long line?`);
  // The info line says where in plain words, and is a live region.
  assert.match(await p.textContent("#source-info"), /^Registrant: lines? \d/);
  assert.equal(await p.getAttribute("#source-info", "role"), "status");
  // Wrapped lines: still in view.
  await p.click("#source-wrap");
  assert.equal(await p.getAttribute("#source-wrap", "aria-pressed"), "true");
  await p.locator(".summary .registrants button.span-link").first().click();
  const wrapped = await markPlace(p);
  assert.ok(wrapped.inside && wrapped.scrollLeft === 0, `wrapped: ${JSON.stringify(wrapped)}`);
  await c.close();
});

test("Apple 10-Q: the '60,584' cell (a million pixels to the right) is highlighted in view; the income statement's CSV puts Net sales under their headings", async () => {
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await clearStatus(p);
  await p.setInputFiles("#files", APPLE);
  await parsed(p);
  await paneMode(p, "source"); // the raw source: what this test checks
  await p.click("details.doc > summary");
  const fig = p.locator("figure.table", { hasText: "60,584" }).first();
  await fig.waitFor();
  const cell = fig.locator("td", { hasText: /^\$60,584$/ });
  assert.equal(await cell.count(), 1, "the currency sign is joined to its figure on screen");
  const style = await cell.evaluate((td) => { const s = getComputedStyle(td); return [s.textAlign, s.fontVariantNumeric]; });
  assert.deepEqual(style, ["right", "tabular-nums"]);
  // Keyboard: the cell's button is focusable and shows the source.
  await cell.locator("button").focus();
  await p.keyboard.press("Enter");
  assert.equal(await p.textContent("#source mark"), "60,584");
  const at = await markPlace(p);
  assert.ok(at.inside, `highlight ${JSON.stringify(at.mark)} outside the pane ${JSON.stringify(at.pane)}`);
  assert.ok(at.scrollLeft > 100_000, `scrollLeft ${at.scrollLeft}`);
  await fig.scrollIntoViewIfNeeded();
  await shot(p, "table.png");
  // The CSV: headings over the figures they head.
  const { bytes } = await downloadOf(p, () => fig.locator("button", { hasText: "Download CSV" }).click());
  const rows = readCsv(bytes.toString("utf8"));
  const find = (first) => rows.find((r) => r[0] === first);
  const periods = rows.find((r) => r.includes("July 1, 2023"));
  const spans = rows.find((r) => r.includes("Three Months Ended"));
  assert.ok(periods && spans, "heading rows present");
  const total = find("Total net sales");
  assert.deepEqual(total.slice(1), ["81,797", "82,959", "293,787", "304,182"]);
  assert.deepEqual(periods.slice(1), ["July 1, 2023", "June 25, 2022", "July 1, 2023", "June 25, 2022"]);
  assert.equal(spans.indexOf("Three Months Ended"), total.indexOf("81,797"));
  assert.equal(spans.indexOf("Nine Months Ended"), total.indexOf("293,787"));
  assert.deepEqual(find("Products").slice(1), ["$60,584", "$63,355", "$230,901", "$245,241"]);
  assert.ok(rows.every((r) => r.length === rows[0].length), "every row as wide as the table");
  // Find in the documents (all pages, rendered or not): a hit opens its page and shows the block.
  await p.fill("#docs-find", "Unrecognized tax benefits");
  await p.press("#docs-find", "Enter");
  const hits = p.locator("ol.hits button");
  assert.ok(await hits.count() >= 1, "hits listed");
  const where = await hits.first().locator(".hit-where").textContent();
  const pageNo = /page (\d+)/.exec(where)[1];
  assert.ok(Number(pageNo) > 2, `a page past the first (${where})`);
  await hits.first().click();
  assert.match(await p.textContent("#source mark"), /Unrecognized tax benefits/i);
  assert.match(await p.textContent(`#sec-documents .page[data-page="${pageNo}"]`), /Unrecognized tax benefits/i);
  // A long document: jump to a page.
  // Page 25 lies past the first 300 blocks rendered: the pages are rendered from there.
  assert.equal(await p.locator('#sec-documents .page[data-page="25"]').count(), 0);
  await p.fill("#sec-documents .page-input", "25");
  await p.click("#sec-documents .page-jump button");
  assert.equal(await p.textContent("#sec-documents .page h3"), "Page 25");
  assert.equal(await p.evaluate(() => document.activeElement.textContent), "Page 25");
  // The source pane folds away; the view takes the width; a value click brings it back.
  const before = await p.evaluate(() => document.getElementById("view").getBoundingClientRect().width);
  await p.click("#source-toggle");
  assert.ok(await p.isHidden("#source"));
  const after = await p.evaluate(() => document.getElementById("view").getBoundingClientRect().width);
  assert.ok(after > before * 1.5, `view ${before} -> ${after} px`);
  await p.locator("#sec-documents .page h3 button").first().click();
  assert.ok(await p.isVisible("#source"));
  await c.close();
});

test("a 20-F table whose '$' has its own column: figures with and without a sign share their column in the CSV", async () => {
  await clearStatus(page);
  await page.setInputFiles("#files", path.join(CORPUS, "documents/plymouth-rock_0001062993-21-003193_negative-20f.htm"));
  await parsed(page);
  // Far down a long document: found with Find in the documents.
  await page.fill("#docs-find", "Company controlled by CFO");
  await page.press("#docs-find", "Enter");
  await page.locator("ol.hits button", { hasText: "a table" }).first().click();
  const fig = page.locator("figure.table", { hasText: "3,860" }).first();
  await fig.waitFor();
  const rows = readCsv((await downloadOf(page, () => fig.locator("button", { hasText: "Download CSV" }).click())).bytes.toString("utf8"));
  assert.deepEqual(rows, [
    ["", "November 30, 2020", "November 30, 2019"],
    ["Company controlled by CFO", "$3,860", "$5,000"],
    ["CEO of the Company", "823", "$5,035"],
    ["Director", "41,667", ""],
    ["", "$46,355", "$10,035"],
  ]);
});

test("find in the source: every match counted, shown in view, Enter goes to the next", async () => {
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await clearStatus(p);
  await p.setInputFiles("#files", ALCON);
  await parsed(p);
  await paneMode(p, "source"); // the raw source: what this test checks
  const want = (readFileSync(ALCON, "utf8").match(/alcon/gi) ?? []).length;
  assert.ok(want >= 2, `the test needs at least two matches, found ${want}`);
  await p.fill("#source-find", "alcon");
  assert.equal(await p.textContent("#find-count"), `1 of ${want}`);
  assert.match(await p.textContent("#source mark"), /^alcon$/i);
  assert.ok((await markPlace(p)).inside);
  await p.press("#source-find", "Enter");
  assert.equal(await p.textContent("#find-count"), `2 of ${want}`);
  assert.ok((await markPlace(p)).inside);
  await p.fill("#source-find", "no such words here at all");
  assert.equal(await p.textContent("#find-count"), "No match");
  await c.close();
});

test("a rebuilt www/ with a changed file is served fresh on the next visit; the new build's cache replaces the old", async () => {
  // A copy of www/ on its own server, rebuilt between two visits.
  const dir = mkdtempSync(path.join(tmpdir(), "form6k-www-"));
  cpSync(path.join(ROOT, "www"), dir, { recursive: true });
  const stamp = () => { execFileSync("node", [path.join(ROOT, "scripts/build-www.mjs"), dir]); return /FORM6K_BUILD = "(\w+)"/.exec(readFileSync(path.join(dir, "pkg/build.js"), "utf8"))[1]; };
  appendFileSync(path.join(dir, "style.css"), "\n/* build one */\n");
  const one = stamp();
  const port = await new Promise((res) => { const srv = net.createServer().listen(0, "127.0.0.1", () => { const p = srv.address().port; srv.close(() => res(p)); }); });
  const server = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], { stdio: "ignore" });
  const base = `http://127.0.0.1:${port}/`;
  const c = await browser.newContext();
  try {
    const p = await c.newPage();
    for (let i = 0; i < 50; i++) { try { await p.goto(base); break; } catch { await new Promise((r) => setTimeout(r, 100)); } }
    await p.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
    const css = () => p.evaluate(async () => [...document.styleSheets].length && (await (await fetch("style.css")).text()));
    assert.match(await css(), /build one/);
    assert.deepEqual(await p.evaluate(() => caches.keys()), [`form6k-www-${one}`]);
    // Rebuild with a change; the next visit gets it.
    appendFileSync(path.join(dir, "style.css"), "\n/* build two */\n");
    const html = path.join(dir, "index.html");
    writeFileSync(html, readFileSync(html, "utf8").replace("<title>form6k", "<title>form6k two"));
    // http.server dates files to the second: within the second of the first visit, a
    // revalidation would get "304 Not Modified". A rebuild is later than that in real life.
    const two = stamp();
    const later = new Date(Date.now() + 10_000);
    for (const f of ["style.css", "index.html", "pkg/build.js"]) utimesSync(path.join(dir, f), later, later);
    assert.notEqual(two, one, "the content hash changed");
    await p.reload();
    const served = await p.evaluate(() => [...document.styleSheets].find((s) => /style\.css$/.test(s.href)).cssRules.length);
    assert.ok(served > 10);
    assert.match(await css(), /build two/);
    assert.match(await p.title(), /^form6k two/, "the page itself (a navigation) is fresh too");
    // The new worker takes over, says so quietly, and its cache (named by the new hash) is
    // what answers offline.
    await p.waitForFunction(() => document.getElementById("updated").textContent.length > 0, null, { timeout: 15_000 });
    assert.equal(await p.textContent("#updated"), "Updated to the latest build.");
    await p.waitForFunction((name) => caches.keys().then((k) => k.length === 1 && k[0] === name), `form6k-www-${two}`, { timeout: 15_000 });
    await c.setOffline(true);
    await p.reload();
    assert.match(await css(), /build two/);
    assert.match(await p.title(), /^form6k two/);
    await p.waitForFunction(() => /^Ready/.test(document.getElementById("status").textContent), null, { timeout: 20_000 });
  } finally {
    await c.close();
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("attachment(bytes, 7) throws an Error in the browser, and the parser keeps working", async () => {
  const got = await page.evaluate(async () => {
    const m = await import("./pkg/form6k.js");
    const bytes = new Uint8Array(await (await fetch("examples/hanaro-2003-04.txt")).arrayBuffer());
    const out = [];
    for (const seq of [7, null]) {
      try { m.attachment(bytes, seq); out.push("no error"); } catch (e) { out.push([e instanceof Error, e.name, e.message]); }
    }
    out.push(m.parse(bytes).report.registrants[0].name.value, m.attachment(bytes, "1"));
    return out;
  });
  assert.deepEqual(got, [
    [true, "Error", 'form6k: attachment(input, sequence): sequence must be a string such as "7", not the number 7'],
    [true, "Error", 'form6k: attachment(input, sequence): sequence must be a string such as "7", not null'],
    "HANARO TELECOM, INC.", null]);
  // The page's worker answers the same bad call with a non-fatal error and parses on.
  const replies = await page.evaluate(async () => {
    const w = new Worker("worker.js", { type: "module" });
    const bytes = new Uint8Array(await (await fetch("examples/hanaro-2003-04.txt")).arrayBuffer());
    const next = () => new Promise((res) => { w.onmessage = ({ data }) => res(data); });
    const ready = await next();
    w.postMessage({ id: 1, op: "attachment", input: bytes, sequence: 7 });
    const bad = await next();
    w.postMessage({ id: 2, op: "parse", input: bytes, options: {} });
    const good = await next();
    w.terminate();
    return [ready.op, bad.op, bad.fatal, bad.message, good.op, good.filing.report.registrants[0].name.value];
  });
  assert.deepEqual(replies, ["ready", "error", false,
    'form6k: attachment(input, sequence): sequence must be a string such as "7", not the number 7', "result", "HANARO TELECOM, INC."]);
});

test("a submission's summary: CIK, accession number, filed date, filer agent; an image attachment previewed, a PDF downloaded", async () => {
  await clearStatus(page);
  await page.setInputFiles("#files", PICTURES);
  await parsed(page);
  const facts = Object.fromEntries(await page.$$eval(".summary .facts div", (ds) => ds.map((d) => [d.querySelector("dt").textContent, d.querySelector("dd").textContent])));
  assert.equal(facts["Accession number"], "0001167379-10-000106");
  assert.match(facts.Filed, /^2010-?0?\d|^\d{8}$|2010/);
  // Filed by the company itself: its CIK starts the accession number, so no filer agent.
  assert.equal(facts.CIK, "0001167379");
  assert.equal(facts["Filer agent"], undefined);
  const summaryLine = await page.textContent(".summary .file-name");
  assert.match(summaryLine, /· whole submission · .*text · \d+ documents/);
  assert.doesNotMatch(summaryLine, /· utf-8|· submission/);
  // The JPEG: decoded by the parser, shown from a blob: URL, really an image.
  const jpg = page.locator("details.doc", { hasText: ".jpg" }).first();
  await jpg.locator("summary").click();
  await clearStatus(page);
  await jpg.locator("button.preview").click();
  const img = jpg.locator("img.attachment-preview");
  await img.waitFor();
  await page.waitForFunction(() => document.querySelector("img.attachment-preview").complete);
  const [src, w, h] = await img.evaluate((i) => [i.src, i.naturalWidth, i.naturalHeight]);
  assert.match(src, /^blob:/);
  assert.ok(w > 10 && h > 10, `image ${w}x${h}`);
  // The PDF downloads as a PDF.
  const pdf = page.locator("details.doc", { hasText: ".pdf" }).first();
  await pdf.locator("summary").click();
  const { name, bytes } = await downloadOf(page, () => pdf.locator("button.download").click());
  assert.match(name, /\.pdf$/);
  assert.equal(bytes.subarray(0, 5).toString("latin1"), "%PDF-");
});

test("diagnostics say where by line; the footer and JSON panel use plain words", async () => {
  await clearStatus(page);
  await page.setInputFiles("#files", BANCORP);
  await parsed(page);
  const where = await page.$$eval("#sec-diagnostics tbody tr td:last-child", (tds) => tds.map((t) => t.textContent));
  assert.ok(where.length > 0, "the test needs a filing with diagnostics");
  for (const w of where) assert.match(w, /^lines? [\d,]+(–[\d,]+)?$/);
  const footer = await page.textContent("footer");
  assert.doesNotMatch(footer, /UTF-16|offset/i);
  assert.doesNotMatch(await page.textContent("#view"), /UTF-16|\ba xbrl\b/i);
});

test("batch: sorts by period as dates; open a row, move to the next, back to the list; JSONL export", async () => {
  const files = ["0001062993-10-004036.txt", "0000950103-09-000789.txt", "0001157523-10-004676.txt", "0000950103-10-000899.txt"].map(SUB);
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await p.setInputFiles("#files", [...files, SEED]);
  await p.waitForFunction(() => /^Parsed 5 files/.test(document.getElementById("status").textContent), null, { timeout: 30_000 });
  await p.click("#batch-table thead button >> text=Period");
  const order = () => p.$$eval("#batch-table tbody tr", (trs) => trs.map((t) => t.dataset.name));
  // April 2003; 9 April 2009; 29 March 2010; 4 August 2010; 7 December 2010.
  const want = [path.basename(SEED), "0000950103-09-000789.txt", "0000950103-10-000899.txt", "0001157523-10-004676.txt", "0001062993-10-004036.txt"];
  assert.deepEqual(await order(), want);
  await p.click("#batch-table thead button >> text=Period");
  assert.deepEqual(await order(), [...want].reverse());
  await p.click("#batch-table thead button >> text=Period");
  await axe(p, "the batch table");
  // JSONL: one line per file, path first, the filing's report inside.
  const { name, bytes } = await downloadOf(p, () => p.click("#batch-jsonl"));
  assert.equal(name, "form6k-files.jsonl");
  const lines = bytes.toString("utf8").trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.path), want);
  assert.deepEqual(Object.keys(lines[1]), ["path", "filing"]);
  assert.deepEqual(lines[1].filing.report.periodOfReport.value, { year: 2009, month: 4, day: 9 });
  // The CSV carries accession, CIK, signers and the rest.
  const csv = readCsv((await downloadOf(p, () => p.click("#batch-csv"))).bytes.toString("utf8"));
  const head = csv[0];
  const row = csv.find((r) => r[0] === "0000950103-09-000789.txt");
  assert.equal(row[head.indexOf("Accession number")], "0000950103-09-000789");
  assert.match(row[head.indexOf("CIK")], /^\d{10}$/);
  assert.ok(row[head.indexOf("Signers")].length > 0, "signers");
  // Open the second row: focus on its heading, Next and Previous, Back to the list.
  await p.locator("#batch-table tbody tr").nth(1).click();
  await parsed(p);
  await p.waitForFunction(() => document.activeElement?.id === "h-summary");
  assert.equal(await p.textContent("#nav-where"), `File 2 of 5: ${want[1]}`);
  await axe(p, "an opened batch row");
  await clearStatus(p);
  await p.click("#nav-next");
  await parsed(p);
  await p.waitForFunction((w) => document.getElementById("nav-where").textContent === w, `File 3 of 5: ${want[2]}`);
  assert.match(await p.textContent(".summary .file-name"), new RegExp(want[2].replace(/\./g, "\\.")));
  await p.click("#nav-back");
  assert.equal(await p.evaluate(() => document.activeElement.dataset.name), want[2]);
  await c.close();
});

test("axe: no serious or moderate violation on the start page and a parsed filing, light and dark, desktop and phone", async () => {
  for (const [label, opts] of [["desktop", { viewport: { width: 1440, height: 900 } }],
    ["phone", { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }]]) {
    const c = await newContext(opts);
    const p = await newPage(c);
    assert.ok(await p.isHidden("#skip"), "no skip link to an empty region before anything is parsed");
    await axe(p, `the start page (${label})`);
    await clearStatus(p);
    await p.click("#example");
    await parsed(p);
    assert.equal(await p.getAttribute("#skip", "hidden"), null, "the skip link is offered once there are results");
    for (const d of await p.$$("details")) await d.evaluate((el) => { el.open = true; });
    await p.waitForFunction(() => document.querySelector("pre.json").textContent.length > 0);
    assert.equal(await p.getAttribute("pre.json", "tabindex"), "0");
    await p.locator("#sec-cover button.span-link").first().click();
    for (const scheme of ["light", "dark"]) {
      await p.emulateMedia({ colorScheme: scheme });
      await axe(p, `a parsed filing (${label}, ${scheme})`);
    }
    await c.close();
  }
});

test("phone: signature names wrap between words, and a tapped value has a way back", async () => {
  const c = await newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const p = await newPage(c);
  await clearStatus(p);
  await p.setInputFiles("#files", SUB("0000950103-09-000789.txt"));
  await parsed(p);
  await paneMode(p, "source"); // the raw source: what this test checks
  // Submitted by an agent: the accession number starts with the agent's CIK, not the filer's.
  const facts = Object.fromEntries(await p.$$eval(".summary .facts div", (ds) => ds.map((d) => [d.querySelector("dt").textContent, d.querySelector("dd").textContent])));
  assert.equal(facts["Filer agent"], "CIK 0000950103");
  assert.notEqual(facts.CIK, "0000950103");
  const names = p.locator("#sec-signatures button.span-link");
  assert.ok(await names.count() > 0, "the test needs a signature block");
  for (const b of await names.all()) {
    const [text, width, lines] = await b.evaluate((el) => {
      const words = el.textContent.trim().split(/\s+/);
      const longest = Math.max(...words.map((w) => w.length));
      const lh = parseFloat(getComputedStyle(el).lineHeight) || 20;
      return [el.textContent, el.getBoundingClientRect().width, Math.round(el.getBoundingClientRect().height / lh), longest];
    });
    // Letter by letter, a 10-letter name took 10 lines; between words it takes at most one per word.
    assert.ok(lines <= text.trim().split(/\s+/).length, `"${text}" takes ${lines} lines at ${width}px`);
  }
  const value = p.locator("#sec-cover button.span-link").first();
  await value.tap();
  assert.ok(await p.isVisible("#source-back"));
  const paneTop = await p.evaluate(() => document.getElementById("source").getBoundingClientRect().top);
  assert.ok(paneTop < 812, "the source came into view");
  await p.tap("#source-back");
  const [top, focused] = await value.evaluate((el) => [el.getBoundingClientRect().top, document.activeElement === el]);
  assert.ok(top >= 0 && top < 812 && focused, `back at the value (top ${top}, focused ${focused})`);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await c.close();
});

test("over 64 MiB: said plainly, no 'parse again with pages'; Read it anyway lifts the limit", async () => {
  const seed = readFileSync(SEED);
  const big = path.join(tmpdir(), "form6k-e2e-over-limit.txt");
  const size = 64 * 1024 * 1024 + 4096;
  const buf = Buffer.alloc(size, 0x20);
  seed.copy(buf, 0);
  writeFileSync(big, buf);
  try {
    await clearStatus(page);
    await page.setInputFiles("#files", big);
    await page.waitForFunction(() => /over the parser's limit/.test(document.getElementById("status").textContent), null, { timeout: 60_000 });
    const cover = await page.textContent("#sec-cover");
    assert.match(cover, new RegExp(`This file \\(${size.toLocaleString("en")} bytes, 64\\.0 MB\\) is over the parser's limit of 67,108,864 bytes, so nothing in it was read`));
    assert.match(await page.textContent("#status"), new RegExp(`is ${size.toLocaleString("en")} bytes, over the parser's limit of 67,108,864 bytes \\(64 MiB\\): nothing in it was read`));
    assert.doesNotMatch(cover, /No 6-K cover page was read/);
    assert.equal(await page.locator("text=Parse again with pages").count(), 0);
    await clearStatus(page);
    await page.click("text=Read it anyway");
    await parsed(page, 180_000);
    assert.match(await page.textContent(".summary"), /HANARO TELECOM, INC\./);
  } finally {
    rmSync(big, { force: true });
  }
});

// ---------- issue 15: what the 6-K is about, where its exhibits are ----------

/** The marks in the source pane, in order, and the one scrolled to. */
const marks = (p) => p.evaluate(() => ({
  all: [...document.querySelectorAll("#source mark")].map((m) => m.textContent),
  first: document.getElementById("highlight")?.textContent ?? null,
}));

test("summary says what the 6-K is about: Santander UK's results for FY 2009, headline and date, topic evidence marked", async () => {
  const file = SUB("0000903423-10-000043.txt");
  const text = readFileSync(file, "latin1");
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await clearStatus(p);
  await p.setInputFiles("#files", file);
  const st = await parsed(p);
  await paneMode(p, "source"); // the raw source: what this test checks
  assert.match(st, /about Results: FY 2009;/);
  const about = Object.fromEntries(await p.$$eval(".summary .about-facts div", (ds) => ds.map((d) => [d.querySelector("dt").textContent, d.querySelector("dd").textContent])));
  assert.equal(about.About, "Results: FY 2009");
  assert.equal(about.Headline, "Santander UK profits up over 30% delivering a fifth successive year of double digit growth");
  assert.equal(about.Dateline, "4 February 2010");
  // No exhibits: the 6-K document's own content is the only item, so no list.
  assert.equal(await p.locator(".summary ol.items").count(), 0);
  // The topic marks every word of its evidence; the first is scrolled to.
  const topic = p.locator(".summary .about-facts button.topic", { hasText: "Results" });
  const n = Number(await topic.getAttribute("data-evidence"));
  assert.ok(n >= 3, `only ${n} pieces of evidence`);
  await topic.click();
  const m = await marks(p);
  assert.ok(m.all.length >= 3 && m.all.length <= n, `${m.all.length} marks for ${n} spans`);
  for (const w of m.all) assert.match(w, /profits|unaudited|year\s+ended|results/i, `evidence ${JSON.stringify(w)}`);
  assert.match(await p.textContent("#source-info"), /^Results: the evidence: lines? [\d,–]+ and \d+ more places?$/);
  const inView = await p.evaluate(() => {
    const r = document.getElementById("highlight").getBoundingClientRect(), q = document.getElementById("source").getBoundingClientRect();
    return r.top >= q.top && r.bottom <= q.bottom;
  });
  assert.ok(inView, "the first evidence is in view");
  await shot(p, "about.png");
  // The fiscal period, headline and date highlight their own words.
  await p.click(".summary .about-facts button.span-link >> text=FY 2009");
  assert.match((await marks(p)).first, /year\s+ended|2009/i);
  // The headline's span runs over two HTML blocks: from its first word to its last.
  await p.click(".summary .about-facts button.span-link >> text=Santander UK profits");
  assert.match((await marks(p)).first, /^Santander\s+UK profits up over 30% delivering a fifth successive<[^]*>&#160;year\s+of double digit growth$/);
  const head = p.locator(".summary .about-facts button.span-link", { hasText: "Santander UK profits" });
  const [hs, he] = [Number(await head.getAttribute("data-start")), Number(await head.getAttribute("data-end"))];
  assert.equal(text.slice(hs, he), (await marks(p)).first);
  await p.click(".summary .about-facts button.span-link >> text=4 February 2010");
  assert.match((await marks(p)).first, /^4<[^]*>th<[^]*> February\s+2010$/); // "4<sup>th</sup> February 2010"
  for (const scheme of ["light", "dark"]) {
    await p.emulateMedia({ colorScheme: scheme });
    await axe(p, `the summary with topics (${scheme})`);
  }
  await c.close();
});

test("items: one line per exhibit with its number, headline and topics; dividend and meeting evidence", async () => {
  await clearStatus(page);
  await page.setInputFiles("#files", SUB("0001062993-10-000381.txt"));
  await parsed(page);
  const items = await page.$$eval(".summary ol.items li", (lis) => lis.map((l) => l.textContent));
  assert.equal(items.length, 4);
  // The title's last line, "ENDED DECEMBER 31, 2009", belongs to it: the period's end,
  // not the statements' date (they print none).
  assert.match(items[0], /^Exhibit 99\.1: INTERIM CONSOLIDATED FINANCIAL STATEMENTS FOR THE THREE MONTH AND SIX MONTH PERIODS ENDED DECEMBER 31, 2009 — Results Quarter ended 31 December 2009$/);
  assert.match(items[1], /^Exhibit 99\.2: Management’s Discussion and Analysis For the Period Ended December 31, 2009 — Results Q2 2009$/);
  // Officers' certifications of interim filings go with the results they certify; the
  // certificate's own "Date: February 10, 2010" (a one-cell layout table row) is its date.
  assert.match(items[2], /^Exhibit 99\.3: Certification of interim filings - full certificate — Results · 10 February 2010$/);
  assert.equal(await page.textContent(".summary .about-facts div:first-child dd"), "Results: Quarter ended 31 December 2009, Q2 2009");
  assert.equal(await page.textContent(".summary .about-facts div:nth-child(2) dt"), "Headlines");
  // The two certifications share a headline: it is listed once.
  assert.equal(await page.locator(".summary .about-facts div:nth-child(2) dd button").count(), 3);
  // Two topics of one item, each with its own evidence.
  await clearStatus(page);
  await page.setInputFiles("#files", SUB("0000950127-09-000120.txt"));
  await parsed(page);
  // "Annual General Meeting and dividend effect on ...": the meeting is named first.
  assert.equal(await page.textContent(".summary .about-facts div:first-child dd"), "Shareholder meeting; Dividend");
  await page.click(".summary .about-facts button.topic >> text=Dividend");
  for (const w of (await marks(page)).all) assert.match(w, /dividend/i);
  await page.click(".summary ol.items button.topic >> text=Shareholder meeting");
  const meeting = (await marks(page)).all;
  assert.ok(meeting.some((w) => /general meeting/i.test(w)), meeting.join(" | "));
  for (const w of meeting) assert.match(w, /meeting|resolution/i);
  // At phone width the summary and the item list fit: no sideways scroll, no axe violation.
  const c = await newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const p = await newPage(c);
  await clearStatus(p);
  await p.setInputFiles("#files", SUB("0001062993-10-000381.txt"));
  await parsed(p);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await axe(p, "the summary and items at phone width");
  await c.close();
});

test("fiscal periods in words on real filings: H1 2009, 9M 2009, Q2 2009, FY 2008, half year ended, monthly", async () => {
  const files = ["0000903423-09-000674.txt", "0000903423-09-000875.txt", "0000919574-09-014443.txt", "0000950103-09-000025.txt", "0000950103-09-000686.txt"];
  const got = await page.evaluate(async (texts) => {
    const m = await import("./pkg/form6k.js");
    const v = await import("./view.js");
    return texts.map((t) => v.topicsText(v.topicsOf(m.parse(t, { blocks: false }).report)));
  }, files.map((f) => readFileSync(SUB(f), "latin1")));
  assert.deepEqual(got, [
    "Results: H1 2009",
    "Results: 9M 2009",
    "Results: Q2 2009, Half year ended 30 June 2008",
    "Results: Monthly",
    "Results: FY 2008; Mergers and acquisitions",
  ]);
});

test("exhibits say where they are: 99.1 in the 6-K document, page 4; an exhibit document by number and type", async () => {
  const file = SUB("0000950123-09-043710.txt");
  const text = readFileSync(file, "latin1");
  await clearStatus(page);
  await page.setInputFiles("#files", file);
  await parsed(page);
  await paneMode(page, "source"); // the raw source: what this test checks
  const where = page.locator("#sec-exhibits button.where");
  assert.equal(await where.count(), 1);
  assert.equal(await where.textContent(), "in the 6-K document, page 4");
  await where.click();
  const start = Number(await where.getAttribute("data-start"));
  assert.match(text.slice(start, start + 40), /^Exhibit&nbsp;99\.1/);
  assert.match((await marks(page)).first, /^Exhibit&nbsp;99\.1/);
  assert.match(await page.textContent("#source-info"), /^Exhibit 99\.1 starts: line/);
  // "open its pages" opens the 6-K document at page 4.
  await page.click("#sec-exhibits button.open-doc");
  const opened = await page.evaluate(() => {
    const d = document.querySelector('details.doc[data-sequence="1"]');
    return d.open && !!d.querySelector('.page[data-page="4"]');
  });
  assert.ok(opened, "document 1 opened at page 4");
  assert.ok((await page.textContent("#view")).includes("ANNOUNCEMENT OF SENIOR MANAGEMENT CHANGES AND STRATEGIC REVIEW"));
  // An exhibit in a document of its own.
  await clearStatus(page);
  await page.setInputFiles("#files", SUB("0000950123-10-048530.txt"));
  await parsed(page);
  assert.equal(await page.textContent("#sec-exhibits button.where"), "document 2 (EX-99.1)");
  await page.click("#sec-exhibits button.where");
  assert.match(await page.textContent("#source-info"), /^Exhibit 1 starts: line/);
  assert.equal((await marks(page)).first.slice(0, 6), "<HTML>");
  await axe(page, "exhibits with their places");
});

test("a diagnostic with a second place: both are links (the cover's registrant and the header's name)", async () => {
  await clearStatus(page);
  await page.setInputFiles("#files", SUB("0000912282-09-000008.txt"));
  await parsed(page);
  const row = page.locator("#sec-diagnostics tbody tr", { hasText: "registrant-differs-from-header" });
  const links = row.locator("button.span-link");
  assert.equal(await links.count(), 2);
  assert.match(await links.nth(0).textContent(), /^lines? [\d,]+/);
  assert.match(await links.nth(1).textContent(), /^compared with line [\d,]+$/);
  await links.nth(0).click();
  assert.equal((await marks(page)).first, "Ballard Power Systems Inc.");
  await links.nth(1).click();
  assert.equal((await marks(page)).first, "7076991 Canada Inc.");
  assert.match(await page.textContent("#source-info"), /^Diagnostic registrant-differs-from-header, compared with: line \d+$/);
  await axe(page, "diagnostics with a second place");
});

test("batch: topics and headline columns, filter by topic, CSV and JSONL carry headline, topics and fiscal period", async () => {
  const names = ["0000903423-10-000043.txt", "0000950123-09-043710.txt", "0000950123-10-048530.txt", "0000950127-09-000120.txt", "0001062993-10-000381.txt"];
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await p.setInputFiles("#files", names.map(SUB));
  await p.waitForFunction(() => /^Parsed 5 files/.test(document.getElementById("status").textContent), null, { timeout: 30_000 });
  const heads = await p.$$eval("#batch-table thead th", (ths) => ths.map((t) => t.textContent.replace(/[▲▼]/g, "").trim()));
  const col = (name) => heads.indexOf(name);
  assert.ok(col("Topics") > 0 && col("Headline") > 0, heads.join(","));
  const cells = async () => p.$$eval("#batch-table tbody tr", (trs) => Object.fromEntries(trs.map((t) => [t.dataset.name, [...t.children].map((c) => c.textContent)])));
  let rows = await cells();
  assert.equal(rows["0000903423-10-000043.txt"][col("Topics")], "Results: FY 2009");
  assert.equal(rows["0000903423-10-000043.txt"][col("Headline")], "Santander UK profits up over 30% delivering a fifth successive year of double digit growth");
  assert.equal(rows["0000950123-09-043710.txt"][col("Topics")], "Management change");
  assert.equal(rows["0000950123-10-048530.txt"][col("Headline")], "Agrium declares dividend");
  assert.equal(rows["0000950127-09-000120.txt"][col("Topics")], "Shareholder meeting; Dividend");
  // The filter lists the topics found, with counts; Dividend keeps two files.
  const options = await p.$$eval("#topic-filter option", (os) => os.map((o) => o.textContent));
  assert.deepEqual(options.slice(0, 3), ["every topic (5 files)", "Dividend (2)", "Results (2)"]);
  await p.selectOption("#topic-filter", "dividend");
  rows = await cells();
  assert.deepEqual(Object.keys(rows).sort(), ["0000950123-10-048530.txt", "0000950127-09-000120.txt"]);
  assert.equal(await p.textContent("#batch-count"), "2 of 5 files shown");
  await axe(p, "the batch table filtered by topic");
  await shot(p, "batch-topics.png");
  // The exports follow the filter and carry headline, topics and fiscal period.
  let csv = readCsv((await downloadOf(p, () => p.click("#batch-csv"))).bytes.toString("utf8"));
  assert.equal(csv.length, 3, "header + the 2 rows shown");
  assert.match(await p.textContent("#status"), /Saved form6k-files\.csv \(2 rows, the files about Dividend\)/);
  await p.selectOption("#topic-filter", "results");
  csv = readCsv((await downloadOf(p, () => p.click("#batch-csv"))).bytes.toString("utf8"));
  const h = csv[0];
  for (const k of ["Topics", "Headline", "Topic codes", "Fiscal period", "Dateline date"]) assert.ok(h.includes(k), `CSV lacks ${k}`);
  const santander = csv.find((r) => r[0] === "0000903423-10-000043.txt");
  assert.equal(santander[h.indexOf("Headline")], "Santander UK profits up over 30% delivering a fifth successive year of double digit growth");
  assert.equal(santander[h.indexOf("Topic codes")], "results");
  assert.equal(santander[h.indexOf("Fiscal period")], "FY 2009");
  assert.equal(santander[h.indexOf("Dateline date")], "2010-02-04");
  assert.deepEqual(csv.slice(1).map((r) => r[0]).sort(), ["0000903423-10-000043.txt", "0001062993-10-000381.txt"]);
  const jsonl = (await downloadOf(p, () => p.click("#batch-jsonl"))).bytes.toString("utf8").trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(jsonl.map((l) => l.path).sort(), ["0000903423-10-000043.txt", "0001062993-10-000381.txt"]);
  const item = jsonl.find((l) => l.path === "0000903423-10-000043.txt").filing.report.items[0];
  assert.equal(item.headline.value, santander[h.indexOf("Headline")]);
  assert.equal(item.topics[0].topic, "results");
  assert.deepEqual(item.fiscalPeriod.value, { kind: "year", number: null, year: 2009, end: "2009-12-31" });
  // Open a filtered row: Next stays among the files shown.
  await p.locator("#batch-table tbody tr").first().click();
  await parsed(p);
  assert.match(await p.textContent("#nav-where"), /^File 1 of 2: /);
  await p.selectOption("#topic-filter", "");
  assert.equal(await p.locator("#batch-table tbody tr").count(), 5);
  await c.close();
});

// ---------- issue 16: a document as Markdown, tables' units and figures (www/markdown.js) ----------

const AGRIUM = SUB("0000950123-10-044690.txt"); // a results release: plain-text <TABLE>s in EX-99.1

/** The cells of a GitHub table line: "| a | b |" -> ["a", "b"]. */
const mdCells = (line) => line.trim().replace(/^\|/, "").replace(/\|$/, "").split(/(?<!\\)\|/).map((c) => c.trim());

test("Markdown: EX-99.1 of a results release as Markdown; Copy and Download give the same text; a clicked line or cell shows its source", async () => {
  const c = await newContext();
  const asked = [];
  c.on("request", (r) => asked.push(r.url()));
  await c.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  const p = await newPage(c);
  await p.setInputFiles("#files", AGRIUM);
  await parsed(p);
  await paneMode(p, "source"); // the raw source: what this test checks
  const doc = p.locator('details.doc[data-sequence="2"]');
  await doc.locator("summary").click();
  const toggle = doc.locator("button.md-toggle");
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  assert.equal(await doc.locator("pre.markdown").count(), 0, "the Markdown is written on demand, not during the parse");
  await toggle.click();
  await doc.locator("pre.markdown").waitFor();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const md = await doc.locator("pre.markdown").textContent();
  const lines = md.split("\n");
  // The release's headline and section headings, as printed in the filing.
  assert.ok(lines.includes("## FIRST QUARTER 2010"), "centred capitals become a heading");
  assert.ok(lines.includes("Agrium Reports First Quarter Results; Well Positioned for Strong 2010 Spring Season"), "the headline");
  assert.ok(lines.includes("### MANAGEMENT'S DISCUSSION AND ANALYSIS"));
  // "Other expense (income)": a label column and 2010 / 2009 -> three columns on every line.
  const head = lines.findIndex((l) => /^\| Three months ended March 31, +\| 2010 \| 2009 \|$/.test(l));
  assert.ok(head >= 0, "the other-expense table's header row");
  assert.match(lines[head + 1], /^\| -+ \| -+: \| -+: \|$/);
  const rowOf = (label, from = 0) => mdCells(lines.find((l, i) => i >= from && l.startsWith(`| ${label} `)) ?? "");
  assert.deepEqual(rowOf("Stock-based compensation", head), ["Stock-based compensation", "33", "10"]);
  assert.deepEqual(rowOf("Interest income", head), ["Interest income", "(8)", "(12)"]);
  assert.deepEqual(rowOf("Gain on disposal of marketable securities", head), ["Gain on disposal of marketable securities", "(52)", "--"]);
  // Selected quarterly information: a label and nine quarters, 2010 Q1 to 2008 Q1.
  const sales = rowOf("Net sales");
  assert.deepEqual(sales, ["Net sales", "$1,798", "1,442", "1,844", "4,090", "1,753", "1,941", "3,113", "3,870", "1,107"]);
  const salesAt = lines.findIndex((l) => l.startsWith("| Net sales "));
  const sep = lines.slice(0, salesAt).findLastIndex((l) => /^\| -/.test(l));
  assert.equal(mdCells(lines[sep]).length, 10, "its separator row has ten columns");

  // Copy: the clipboard holds the whole text; Download: a .md file from a blob: URL of this origin.
  await doc.locator("button", { hasText: "Copy Markdown" }).click();
  await p.waitForFunction(() => /^Copied the Markdown of document 2/.test(document.getElementById("status").textContent));
  const copied = await p.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, md);
  const [dl] = await Promise.all([p.waitForEvent("download"), doc.locator("button", { hasText: /^Download .*\.md$/ }).click()]);
  assert.equal(dl.suggestedFilename(), "o61818exv99w1.md");
  assert.ok(dl.url().startsWith(`blob:${ORIGIN}/`), `downloaded from ${dl.url()}`);
  assert.equal(readFileSync(await dl.path(), "utf8"), md);
  // The same text the npm package writes for this document (the page hands it the decoded source).
  const pkg = await import(path.join(ROOT, "pkg/form6k.node.js"));
  assert.equal(md, pkg.toMarkdown(pkg.parse(readFileSync(AGRIUM)), "2").text);

  // A clicked block shows its source: the headline, a row label, a figure.
  const source = readFileSync(AGRIUM, "latin1");
  const flat = (s) => s.replace(/\s+/g, " ").trim();
  const clickSeg = async (text) => {
    const seg = doc.locator("pre.markdown .md-seg", { hasText: text }).first(); // text: a RegExp
    await seg.click();
    const [mark, shown] = [await p.textContent("#source mark"), await seg.textContent()];
    assert.ok(mark.length > 0, `no highlight for ${text}`);
    assert.ok(flat(shown).includes(flat(mark)) || flat(mark).includes(flat(shown)), `"${mark}" is not in "${shown}"`);
    assert.ok(source.includes(mark));
    assert.match(await p.textContent("#source-info"), /^Markdown line \d+: line \d+/);
    return mark;
  };
  assert.match(await clickSeg(/^Agrium Reports First Quarter Results/), /^Agrium Reports First Quarter Results; Well Positioned for Strong 2010 Spring/);
  assert.equal(await clickSeg(/^Stock-based compensation$/), "Stock-based compensation");
  // The cell "10" of that row: the figure under 2009, on the source line of its label.
  const ten = doc.locator("pre.markdown .md-line", { hasText: "| Stock-based compensation" }).first().locator(".md-seg").nth(2);
  assert.equal(await ten.textContent(), "10");
  await ten.click();
  assert.equal(await p.textContent("#source mark"), "10");
  const markLine = await p.evaluate(() => {
    const m = document.querySelector("#source mark");
    const before = m.previousSibling?.textContent ?? "";
    return before.slice(before.lastIndexOf("\n") + 1) + m.textContent;
  });
  assert.match(markLine, /^Stock-based compensation\s+33\s+10$/);
  // Keyboard: the caret in a line, then Enter.
  await doc.locator("pre.markdown").focus();
  await p.evaluate(() => {
    const seg = [...document.querySelectorAll('details.doc[data-sequence="2"] pre.markdown .md-seg')].find((s) => s.textContent === "ALL AMOUNTS ARE STATED IN U.S.$");
    getSelection().collapse(seg.firstChild, 3);
  });
  await p.keyboard.press("Enter");
  assert.equal(await p.textContent("#source mark"), "ALL AMOUNTS ARE STATED IN U.S.$");
  // "Back to the value" returns to the Markdown piece.
  await p.click("#source-back");
  assert.equal(await p.evaluate(() => document.activeElement?.textContent), "ALL AMOUNTS ARE STATED IN U.S.$");
  await shot(p, "markdown.png");
  await axe(p, "a document's Markdown view");
  await p.emulateMedia({ colorScheme: "dark" });
  await axe(p, "a document's Markdown view (dark)");
  // At phone width the wide tables scroll inside the Markdown box, not the page.
  await p.setViewportSize({ width: 375, height: 812 });
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  assert.ok(await doc.locator("pre.markdown").evaluate((el) => el.scrollWidth > el.clientWidth), "the box scrolls sideways");
  // Nothing but the page's own files and blob: downloads.
  assert.deepEqual(asked.filter((u) => !u.startsWith(ORIGIN + "/") && !u.startsWith(`blob:${ORIGIN}/`)), []);
  await c.close();
});

test("Markdown: each table says its unit (a link to where it is stated); Download figures writes (row, column, value, scale, currency)", async () => {
  const c = await newContext();
  const p = await newPage(c);
  await p.setInputFiles("#files", AGRIUM);
  await parsed(p);
  const doc = p.locator('details.doc[data-sequence="2"]');
  await doc.locator("summary").click();
  // Selected quarterly information is the 303rd block: past the first batch the page renders.
  await doc.locator("button.more").click();
  const fig = doc.locator("figure.table", { hasText: "Net sales" }).filter({ hasText: "$1,798" });
  await fig.waitFor();
  const unit = fig.locator(".table-unit");
  assert.equal(await unit.textContent(), "Unit: in millions of USD, per-share figures not scaled");
  await unit.locator("button").click();
  assert.equal(await p.textContent("#source mark"), "(Unaudited, in millions of U.S. dollars, except per share information)");
  const [dl] = await Promise.all([p.waitForEvent("download"), fig.locator("button", { hasText: "Download figures" }).click()]);
  assert.match(dl.suggestedFilename(), /^document-2-table-8-figures\.csv$/);
  const csv = readFileSync(await dl.path(), "utf8").trim().split("\r\n");
  assert.equal(csv[0], "Row,Column,As printed,Value,Scale,Currency,Percent,Value × scale");
  // Read from the table: 2010 Q1 net sales $1,798 (millions of U.S. dollars), net loss (7),
  // basic loss per share $(0.04), per-share figures not scaled; 2009 Q2 net sales 4,090.
  assert.ok(csv.includes("Net sales,2010 Q1,\"$1,798\",1798,1000000,USD,,1798000000"), csv.slice(0, 4).join("\n"));
  assert.ok(csv.includes("Net sales,2009 Q2,\"4,090\",4090,1000000,USD,,4090000000"));
  assert.ok(csv.some((l) => /^Net \(loss\) earnings,2010 Q1,\(7\),-7,1000000,USD,,-7000000$/.test(l)), "net loss 2010 Q1");
  assert.ok(csv.some((l) => /basic,2010 Q1,\$\(0\.04\),-0\.04,1,USD,,-0\.04$/.test(l)), "basic loss per share 2010 Q1");
  assert.equal(csv.length, 1 + 5 * 9, "five rows of nine quarters");
  await c.close();
});

test("Markdown: an HTML 6-K (Philips): headings from its markup; a clicked heading, or its '#' prefix, shows the source", async () => {
  const c = await newContext();
  const p = await newPage(c);
  await p.setInputFiles("#files", PHILIPS);
  await parsed(p);
  await paneMode(p, "source"); // the raw source: what this test checks
  const doc = p.locator("details.doc").first();
  await doc.locator("summary").click();
  await doc.locator("button.md-toggle").click();
  const pre = doc.locator("pre.markdown");
  await pre.waitFor();
  const lines = (await pre.textContent()).split("\n");
  for (const want of ["## SECURITIES AND EXCHANGE COMMISSION", "## FORM 6-K", "# KONINKLIJKE PHILIPS N.V.", "(Exact name of registrant as specified in its charter)"]) {
    assert.ok(lines.includes(want), `no line ${want}`);
  }
  await pre.locator(".md-seg", { hasText: /^KONINKLIJKE PHILIPS N\.V\.$/ }).first().click();
  const mark = await p.textContent("#source mark");
  assert.equal(mark.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim(), "KONINKLIJKE PHILIPS N.V.");
  // A click on the "## " in front of a heading shows that heading's source.
  await pre.locator(".md-line", { hasText: /^## FORM 6-K/ }).click({ position: { x: 4, y: 6 } });
  assert.match(await p.textContent("#source mark"), /^FORM 6-K$/);
  await c.close();
});

test("Markdown: a hostile filing's Markdown is text: no element but the view's own spans, nothing runs", async () => {
  const c = await newContext();
  const p = await newPage(c);
  await p.setInputFiles("#files", HOSTILE);
  await parsed(p);
  for (const d of await p.locator("details.doc").all()) {
    await d.locator("summary").click();
    const toggle = d.locator("button.md-toggle");
    if (!(await toggle.count())) continue;
    await toggle.click();
    await d.locator(".md-view [role=status]").waitFor({ state: "detached" }); // "Writing document N as Markdown…"
  }
  const pres = p.locator("pre.markdown");
  assert.ok(await pres.count() >= 1, "a Markdown view");
  const text = (await pres.allTextContents()).join("\n");
  assert.match(text, /script/i, "the payload is shown as text");
  assert.equal(await p.locator("pre.markdown *:not(span.md-line):not(span.md-seg)").count(), 0);
  for (const seg of await p.locator("pre.markdown .md-seg").all()) await seg.click();
  assert.equal(await p.evaluate(() => typeof window.__pwned), "undefined");
  await c.close();
});

// ---------- issue 22: the page as a reader ----------

/** The pane as the document (a reader's view) or as the raw source. */
const paneMode = (p, mode) => p.click(mode === "source" ? "#pane-raw" : "#pane-doc");
/** The lit words in the document pane: every mark's text, the first's, and whether the first lies inside the pane's visible area. */
const lit = (p) => p.evaluate(() => {
  const pane = document.getElementById("reader");
  const all = [...pane.querySelectorAll("mark")];
  const first = pane.querySelector("mark.first");
  const r = first?.getBoundingClientRect(), q = pane.getBoundingClientRect();
  const inView = !!r && r.width > 0 && r.top >= q.top + pane.clientTop && r.bottom <= q.top + pane.clientTop + pane.clientHeight
    && r.left >= q.left && r.right <= q.left + pane.clientWidth + pane.clientLeft;
  return { all: all.map((m) => m.textContent), first: first?.textContent ?? null, inView, paneShown: !pane.hidden };
});
/** The text a reader sees of a stretch of HTML source: tags dropped, white space collapsed, each entity one character ("\0"). */
const seen = (html) => html.replace(/<[^>]*>/g, " ").replace(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (e) => (/^&(nbsp|#160);$/i.test(e) ? " " : "\0")).replace(/\s+/g, " ").trim();
const sameText = (got, want) => got.length === want.length && [...want].every((c, i) => c === "\0" || c === got[i]);
/** A value's button: its span's source text. */
const spanText = async (text, button) => text.slice(Number(await button.getAttribute("data-start")), Number(await button.getAttribute("data-end")));

test("evidence in place: Santander UK's registrant, headline (over two blocks) and dateline lit in the document view, in view; back, keyboard, source switch", async () => {
  const file = SUB("0000903423-10-000043.txt");
  const text = readFileSync(file, "latin1");
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await clearStatus(p);
  await p.setInputFiles("#files", file);
  await parsed(p);
  // The document opens in the pane at once, as a reader sees it: the cover's heading bold and centred.
  assert.equal(await p.isVisible("#reader"), true);
  assert.equal(await p.isHidden("#source"), true);
  const head = p.locator("#reader p.block", { hasText: "Report of Foreign Issuer" }).first();
  assert.deepEqual(await head.evaluate((el) => [getComputedStyle(el).fontWeight, getComputedStyle(el).textAlign]), ["700", "center"]);
  // The registrant: exactly its words, inside the pane's visible area.
  const reg = p.locator(".summary .registrants button.span-link");
  await reg.click();
  let m = await lit(p);
  assert.equal(m.first, seen(await spanText(text, reg))); // "SANTANDER\nUK PLC" in the source
  assert.equal(m.first, "SANTANDER UK PLC");
  assert.deepEqual(m.all, ["SANTANDER UK PLC"]);
  assert.ok(m.inView, "the registrant's words are in the document view's visible area");
  assert.match(await p.textContent("#source-info"), /^Registrant: document 1, page 1, line \d+$/);
  // The headline's span runs over two HTML blocks: each lit, together its words.
  const headline = p.locator(".summary .about-facts button.span-link", { hasText: "Santander UK profits" });
  await headline.click();
  m = await lit(p);
  assert.equal(m.all.length, 2, JSON.stringify(m.all));
  assert.ok(sameText(m.all.join(" "), seen(await spanText(text, headline))), JSON.stringify(m.all));
  assert.equal(m.all.join(" "), "Santander UK profits up over 30% delivering a fifth successive year of double digit growth");
  assert.ok(m.inView);
  // The dateline, "4<sup>th</sup> February 2010" in the source, is one run of words.
  const date = p.locator(".summary .about-facts button.span-link", { hasText: "4 February 2010" });
  await date.click();
  m = await lit(p);
  assert.deepEqual(m.all, ["4th February 2010"]);
  assert.match(await spanText(text, date), /^4<[^]*>th<[^]*> February\s+2010$/);
  // Back to the value.
  await p.click("#source-back");
  assert.equal(await p.evaluate(() => document.activeElement.textContent), "4 February 2010");
  // The keyboard path: Enter on a value puts focus on its words; Escape goes back.
  await reg.focus();
  await p.keyboard.press("Enter");
  assert.deepEqual(await p.evaluate(() => [document.activeElement.tagName, document.activeElement.textContent]), ["MARK", "SANTANDER UK PLC"]);
  await p.keyboard.press("Escape");
  assert.equal(await p.evaluate(() => document.activeElement.textContent), "SANTANDER UK PLC");
  assert.equal(await p.evaluate(() => document.activeElement.tagName), "BUTTON");
  // The raw source is one switch away, lit the same; and back.
  await paneMode(p, "source");
  assert.equal(await p.isVisible("#source"), true);
  assert.equal(await p.isHidden("#reader"), true);
  assert.equal(await p.textContent("#source #highlight"), "SANTANDER\nUK PLC");
  const place = await markPlace(p);
  assert.ok(place.inside, JSON.stringify(place));
  await paneMode(p, "document");
  assert.equal((await lit(p)).first, "SANTANDER UK PLC");
  // A topic lights every word of its evidence in the document.
  await p.click(".summary .about-facts button.topic");
  m = await lit(p);
  assert.ok(m.all.length >= 3, JSON.stringify(m.all));
  for (const w of m.all) assert.match(w, /profits|unaudited|year\s+ended|results/i, `evidence ${JSON.stringify(w)}`);
  assert.ok(m.inView);
  await reg.click();
  await shot(p, "light.png");
  for (const scheme of ["light", "dark"]) {
    await p.emulateMedia({ colorScheme: scheme });
    await axe(p, `the document view with lit evidence (${scheme})`);
  }
  await p.emulateMedia({ colorScheme: "dark" });
  await shot(p, "dark.png");
  await p.emulateMedia({ colorScheme: "light" });
  await c.close();
});

test("evidence deep in a long document: exhibit 99.3's headline, block 487 of 760 (past the first 300 rendered), lit in view", async () => {
  const file = SUB("0000912282-10-000132.txt");
  const text = readFileSync(file, "latin1");
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await clearStatus(p);
  await p.setInputFiles("#files", file);
  await parsed(p);
  // On opening, the pane holds the start of document 1: not the headline's block.
  assert.equal(await p.locator("#reader p.block", { hasText: "TECHNOLOGY TRANSFER AND LICENSE AGREEMENT" }).count(), 0);
  const b = p.locator(".summary ol.items button.span-link", { hasText: "TECHNOLOGY TRANSFER AND LICENSE AGREEMENT" }).first();
  await b.click();
  const m = await lit(p);
  assert.equal(m.first, await spanText(text, b));
  assert.equal(m.first, "TECHNOLOGY TRANSFER AND LICENSE AGREEMENT");
  assert.ok(m.inView, "the lit words are in the document view's visible area");
  // A later window of blocks was rendered, with a way to the blocks before it.
  assert.equal(await p.isVisible("#reader button.earlier"), true);
  assert.match(await p.textContent("#source-info"), /^Headline: document 1, page \d+, line [\d,]+$/);
  await c.close();
});

test("a plain-text 6-K keeps its monospace lines in the document view, lit the same", async () => {
  await clearStatus(page);
  await page.click("#example");
  await parsed(page);
  await paneMode(page, "document");
  const reg = page.locator(".summary .registrants button.span-link");
  await reg.click();
  const m = await lit(page);
  assert.equal(m.first, "HANARO TELECOM, INC.");
  assert.equal(m.first, await spanText(readFileSync(SEED, "latin1"), reg));
  assert.ok(m.inView);
  const font = await page.evaluate(() => getComputedStyle(document.querySelector("#reader mark.first").closest("p.block")).fontFamily);
  assert.match(font, /mono/i);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("#reader mark.first").closest("p.block")).whiteSpace), "pre-wrap");
});

test("every cover, signature, exhibit and headline value of 120 corpus 6-Ks lights exactly its source text (text maps rebuilt in the browser)", async () => {
  const names = readdirSync(path.join(CORPUS, "sixk-submissions")).sort().filter((_, i) => i % 5 === 0).slice(0, 120);
  const res = await page.evaluate(async (files) => {
    const { parse } = await import("./pkg/form6k.js");
    const { textMap } = await import("./reader.js");
    // What a reader sees of a stretch of source: tags dropped, each entity one character
    // ("\0" matches any), no white space (markup such as <br> may stand for a space).
    const seen = (src, html) => (html ? src.replace(/<[^>]*>/g, "").replace(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi, (e) => (/^&(nbsp|#160);$/i.test(e) ? " " : "\0")) : src).replace(/\s+/g, "");
    const same = (got, want) => got.length === want.length && [...want].every((c, i) => c === "\0" || c === got[i]);
    let n = 0;
    const bad = [];
    for (const [name, b64] of files) {
      const f = parse(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
      const units = [];
      for (const d of f.documents) {
        const html = d.format !== "text";
        for (const pg of d.body?.pages ?? []) for (const b of pg.blocks) {
          if (b.kind === "text") units.push({ text: b.text, span: b.span, html });
          else for (const r of b.rows) for (const c of r.cells) units.push({ text: c.text, span: c.span, html });
        }
      }
      const r = f.report;
      if (!r) continue;
      const fields = [...(r.registrants ?? []).map((x) => x.name), r.periodOfReport, ...(r.commissionFileNumbers ?? []), ...(r.addresses ?? []),
        ...(r.signatures ?? []).flatMap((s) => [s.name, s.title, s.date, s.by]), ...(r.items ?? []).flatMap((i) => [i.headline, i.date]),
        ...(r.exhibits ?? []).flatMap((x) => [x.number, x.description])].filter(Boolean);
      for (const fl of fields) {
        const u = units.find((u) => u.span.start <= fl.span.start && fl.span.end <= u.span.end);
        if (!u) continue;
        const at = textMap(f.source, u.span, u.text, u.html);
        const got = u.text.slice(at[fl.span.start - u.span.start], at[fl.span.end - u.span.start]);
        n++;
        const src = f.source.slice(fl.span.start, fl.span.end);
        if (!same(got.replace(/\s+/g, ""), seen(src, u.html))) bad.push({ name, got, src });
      }
    }
    return { n, bad: bad.slice(0, 5), nbad: bad.length };
  }, names.map((f) => [f, readFileSync(SUB(f)).toString("base64")]));
  assert.ok(res.n >= 500, `only ${res.n} values inside a block`);
  assert.equal(res.nbad, 0, JSON.stringify(res.bad));
});

test("block styles in the document view: every list item of the JSON a list item, every heading larger than the text", async () => {
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  // Alexco's EX-99.1 (document 2, opened by its headline) has a bullet list; the 6-K document of
  // 0000950123-09-020827 (open at once) has seven headings.
  for (const [name, what, seq] of [["0001062993-10-000644.txt", "list", "2"], ["0000950123-09-020827.txt", "heading", "1"]]) {
    await clearStatus(p);
    await p.setInputFiles("#files", SUB(name));
    await parsed(p);
    await paneMode(p, "document");
    if (seq !== "1") await p.locator(".summary ol.items button.span-link", { hasText: "Alexco Commences" }).click();
    assert.equal(await p.getAttribute("#reader .reader-doc", "data-sequence"), seq);
    // What the JSON says (the page's own parser, in the page), against what is drawn.
    const want = await p.evaluate(async ([b64, what, seq]) => {
      const { parse } = await import("./pkg/form6k.js");
      const f = parse(Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0)), {});
      const d = f.documents.find((x) => x.sequence?.value === seq);
      return d.body.pages.flatMap((pg) => pg.blocks).filter((b) => b.kind === "text" && b.style?.[what]).map((b) => [b.text, b.style[what]]);
    }, [readFileSync(SUB(name)).toString("base64"), what, seq]);
    assert.ok(want.length >= 3, `${name}: ${want.length} ${what} blocks`);
    if (what === "list") {
      const items = await p.$$eval("#reader .reader-doc li p.block .t", (xs) => xs.map((x) => [x.textContent, x.closest("ul, ol").tagName === "OL" ? "ordered" : "bullet"]));
      assert.deepEqual(items, want, name);
    } else {
      const sizes = await p.$$eval("#reader p.block.heading .t", (xs) => xs.map((x) => [x.textContent, parseFloat(getComputedStyle(x.closest("p")).fontSize), getComputedStyle(x.closest("p")).fontWeight]));
      assert.deepEqual(sizes.map((x) => x[0]), want.map((x) => x[0]), name);
      // Against the body text (not lines the filing sets large, which stay large).
      const body = await p.$eval("#reader p.block:not(.heading):not(.large1):not(.large2)", (x) => parseFloat(getComputedStyle(x).fontSize));
      for (const [t, size, weight] of sizes) assert.ok(size > body && weight === "700", `${t}: ${size}px ${weight} against ${body}px`);
    }
  }
  await c.close();
});

test("layout tables read as text, without CSV; the data table keeps CSV and figures; the uuencoded logo appears in place", async () => {
  const file = SUB("0000950103-09-000025.txt");
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await clearStatus(p);
  await p.setInputFiles("#files", file);
  await parsed(p);
  await paneMode(p, "document");
  // The one-row "Yes ___ No X" table, the cover's placement grid and the signature grid: text.
  const yes = p.locator("#reader .layout-table", { hasText: "Yes ___ No X" });
  assert.equal(await yes.count(), 1);
  assert.equal(await yes.locator("button", { hasText: "Download CSV" }).count(), 0);
  assert.equal(await yes.locator("table").count(), 0);
  const sig = p.locator("#reader .layout-table", { hasText: "Chief Financial Officer" });
  assert.equal(await sig.count(), 1);
  assert.equal(await sig.locator("button", { hasText: "Download CSV" }).count(), 0);
  // The revenue table has figures: a table, with its CSV.
  const data = p.locator("#reader figure.table");
  assert.equal(await data.count(), 1);
  assert.match(await data.textContent(), /Net Revenues[^]*4,141/);
  assert.equal(await data.locator("button", { hasText: "Download CSV" }).count(), 1);
  const csv = (await downloadOf(p, () => data.locator("button", { hasText: "Download CSV" }).click())).bytes.toString("utf8");
  assert.match(csv, /^Net Revenues,"4,141","6,140","9,249",-32\.6%,-55\.2%\r?$/m);
  // A figure chosen in the Documents section on the left is lit in the document view.
  await p.click("#sec-documents details.doc > summary");
  await p.locator("#sec-documents figure.table button.cell-link", { hasText: /^4,141$/ }).click();
  assert.equal((await lit(p)).first, "4,141");
  assert.ok((await lit(p)).inView);
  assert.equal(await p.evaluate(() => !!document.querySelector("#reader mark.first").closest("td.num")), true);
  // A signature value lights its words inside the layout table.
  await p.locator("#sec-signatures button.span-link", { hasText: /^Joseph Tung$/ }).click();
  assert.equal((await lit(p)).first, "Joseph Tung");
  assert.ok((await lit(p)).inView);
  assert.equal(await p.evaluate(() => !!document.querySelector("#reader mark.first").closest(".layout-table")), true);
  // The 6-K's <IMG src="logo.jpg">: document 2 of the submission (GRAPHIC, uuencoded) shown in place from a blob: URL.
  const img = p.locator('#reader figure.filing-image[data-name="logo.jpg"] img');
  await img.waitFor({ timeout: 10_000 });
  assert.match(await img.getAttribute("src"), /^blob:/);
  await p.waitForFunction(() => document.querySelector('#reader figure.filing-image img')?.complete);
  const size = await img.evaluate((el) => [el.naturalWidth, el.naturalHeight]);
  assert.ok(size[0] > 20 && size[1] > 10, `image size ${size}`);
  // In place: on page 4, where the press release's letterhead (a one-row layout table,
  // the name beside the logo) holds it, before "IMMEDIATE RELEASE".
  const order = await p.evaluate(() => {
    const fig = document.querySelector("#reader figure.filing-image");
    const next = fig.nextElementSibling;
    const release = [...document.querySelectorAll("#reader p.block")].find((x) => /IMMEDIATE RELEASE/.test(x.textContent));
    return [fig.closest(".page").dataset.page, next.className, next.textContent.replace("§", "").trim(),
      !!(fig.compareDocumentPosition(release) & Node.DOCUMENT_POSITION_FOLLOWING)];
  });
  assert.deepEqual(order, ["4", "layout-table", "Advanced Semiconductor Engineering, Inc.", true]);
  for (const scheme of ["light", "dark"]) {
    await p.emulateMedia({ colorScheme: scheme });
    await axe(p, `the document view with layout tables and an image (${scheme})`);
  }
  await c.close();
});

test("a batch as a timeline: one mark per file, legend filters the table, keyboard moves and opens, fiscal periods per registrant", async () => {
  const names = ["0000903423-09-000080.txt", "0000903423-10-000043.txt", "0000950123-09-043710.txt", "0000950123-10-048530.txt",
    "0000950127-09-000120.txt", "0001062993-10-000381.txt", "0000950103-09-000025.txt", "0000912282-10-000132.txt"];
  const c = await newContext({ viewport: { width: 1440, height: 900 } });
  const p = await newPage(c);
  await p.setInputFiles("#files", names.map(SUB));
  await p.waitForFunction(() => /^Parsed 8 files/.test(document.getElementById("status").textContent), null, { timeout: 30_000 });
  const marksOf = () => p.$$eval("#timeline .tl-mark", (gs) => gs.map((g) => ({ name: g.dataset.name, label: g.getAttribute("aria-label"), dim: g.classList.contains("dim"), tab: g.getAttribute("tabindex") })));
  let tl = await marksOf();
  assert.deepEqual(tl.map((m) => m.name).sort(), [...names].sort(), "one mark per file");
  assert.equal(tl.filter((m) => m.tab === "0").length, 1, "one tab stop");
  const santander = tl.find((m) => m.name === "0000903423-10-000043.txt");
  assert.equal(santander.label, "SANTANDER UK PLC, 4 February 2010: Results: FY 2009. Santander UK profits up over 30% delivering a fifth successive year of double digit growth (0000903423-10-000043.txt)");
  // Santander's two filings share a row (its CIK): seven registrants, seven rows.
  const lanes = await p.$$eval("#timeline .tl-label", (ts) => ts.map((t) => t.textContent));
  assert.equal(lanes.filter((l) => /SANTANDER|ABBEY/.test(l)).length, 1, lanes.join(" | "));
  // The legend filters the table (and the select says so).
  const legend = await p.$$eval("#timeline .tl-key", (bs) => bs.map((b) => b.textContent));
  const results = Number(/^Results \((\d+)\)$/.exec(legend.find((l) => l.startsWith("Results")))?.[1]);
  assert.ok(results >= 3, legend.join(", ")); // Santander's, Abbey's and 0001062993-10-000381's
  await p.click("#timeline .tl-key[data-topic=results]");
  const shown = await p.$$eval("#batch-table tbody tr", (trs) => trs.map((t) => [t.dataset.name, t.textContent]));
  assert.equal(shown.length, results);
  for (const [n, t] of shown) assert.match(t, /Results/, n);
  assert.ok(shown.some(([n]) => n === "0000903423-09-000080.txt") && shown.some(([n]) => n === "0000903423-10-000043.txt"));
  assert.equal(await p.textContent("#batch-count"), `${results} of 8 files shown`);
  assert.equal(await p.inputValue("#topic-filter"), "results");
  assert.equal(await p.getAttribute("#timeline .tl-key[data-topic=results]", "aria-pressed"), "true");
  assert.equal(await p.evaluate(() => document.activeElement.dataset.topic), "results", "focus stays on the legend key");
  tl = await marksOf();
  const resultsFiles = shown.map(([n]) => n);
  for (const m of tl) assert.equal(m.dim, !resultsFiles.includes(m.name), `${m.name} dimmed or not`);
  await axe(p, "the timeline, filtered");
  await p.evaluate(() => document.getElementById("batch").scrollIntoView());
  await shot(p, "timeline.png");
  await p.emulateMedia({ colorScheme: "dark" });
  await axe(p, "the timeline (dark)");
  await shot(p, "timeline-dark.png");
  await p.emulateMedia({ colorScheme: "light" });
  await p.click("#timeline .tl-key[data-topic=results]"); // pressed again: every file
  assert.equal(await p.locator("#batch-table tbody tr").count(), 8);
  // Fiscal periods per registrant: Santander's FY 2009 and Abbey's FY 2008, with headline and date.
  await p.click("#timeline details.periods > summary");
  const periods = await p.$$eval("#timeline details.periods tbody tr", (trs) => trs.map((t) => [...t.querySelectorAll("td")].map((c) => c.textContent).join(" | ")));
  assert.ok(periods.some((r) => /^FY 2009 \| Santander UK profits up over 30%.* \| 4 February 2010$/.test(r)), periods.join("\n"));
  assert.ok(periods.some((r) => /^FY 2008 \| Abbey.s 2008 profits/.test(r)), periods.join("\n"));
  // Keyboard: Tab reaches the one mark that is a tab stop; arrows move through time; the tip shows the headline.
  await p.focus("#timeline .tl-mark[tabindex='0']");
  const first = await p.evaluate(() => document.activeElement.dataset.date);
  await p.keyboard.press("ArrowRight");
  const second = await p.evaluate(() => [document.activeElement.dataset.date, document.activeElement.dataset.name, document.activeElement.getAttribute("tabindex")]);
  assert.ok(second[0] >= first, `${second[0]} after ${first}`);
  assert.equal(second[2], "0", "the focused mark is the tab stop");
  assert.equal(await p.isVisible("#timeline .tl-tip"), true);
  const tip = await p.textContent("#timeline .tl-tip");
  const row = await p.$eval(`#batch-table tbody tr[data-name="${second[1]}"]`, (tr) => tr.textContent);
  assert.ok(tip.length > 10 && row.length > 0);
  await p.keyboard.press("End");
  const last = await p.evaluate(() => document.activeElement.dataset.date);
  assert.ok(last >= second[0]);
  await p.keyboard.press("Home");
  assert.equal(await p.evaluate(() => document.activeElement.dataset.date), first);
  // Enter opens that filing.
  const name = await p.evaluate(() => document.activeElement.dataset.name);
  await clearStatus(p);
  await p.keyboard.press("Enter");
  await parsed(p);
  assert.match(await p.textContent("#nav-where"), new RegExp(`^File \\d of 8: ${name.replace(/\./g, "\\.")}$`));
  assert.equal(await p.isVisible("#filing"), true);
  await c.close();
});

test("phone width: the timeline scrolls inside its box, lit evidence in the document view", async () => {
  const c = await newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const p = await newPage(c);
  const names = ["0000903423-09-000080.txt", "0000903423-10-000043.txt", "0000950123-09-043710.txt", "0000950123-10-048530.txt", "0000950127-09-000120.txt"];
  await p.setInputFiles("#files", names.map(SUB));
  await p.waitForFunction(() => /^Parsed 5 files/.test(document.getElementById("status").textContent), null, { timeout: 30_000 });
  assert.equal(await p.locator("#timeline .tl-mark").count(), 5);
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no sideways scroll of the page");
  await axe(p, "the timeline at 375 px");
  await clearStatus(p);
  await p.click(`#batch-table tbody tr[data-name="0000903423-10-000043.txt"]`);
  await parsed(p);
  await p.tap(".summary .registrants button.span-link");
  const m = await lit(p);
  assert.equal(m.first, "SANTANDER UK PLC");
  assert.ok(m.inView);
  const r = await p.evaluate(() => { const b = document.querySelector("#reader mark.first").getBoundingClientRect(); return [b.top, b.bottom, innerHeight]; });
  assert.ok(r[0] >= 0 && r[1] <= r[2], `the lit words are on screen: ${r}`);
  assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= innerWidth), "no sideways scroll of the page");
  await axe(p, "the document view at 375 px");
  await shot(p, "phone.png");
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
