// The page: inputs, the parser worker, the batch table and the filing view.

import { h, download, toCsv, plural, formatBytes } from "./dom.js";
import { SourcePane } from "./source.js";
import { DocumentPane } from "./evidence.js";
import { timelineView, periodsView } from "./timeline.js";
import { renderFiling, summarize, tooLarge, filingJson, topicWords, fiscalText } from "./view.js";

const $ = (id) => document.getElementById(id);
const BLOCKS_LIMIT = 16 * 1024 * 1024; // bigger inputs are parsed without pages and blocks
const SHOW_PROGRESS_AT = 512 * 1024;   // bigger inputs show progress at once, smaller after a beat
const MAX_INPUT = 64 * 1024 * 1024;    // the parser's default cap (Options::max_input)

const status = (msg, kind = "") => {
  $("status").textContent = msg;
  $("status").className = `status ${kind}`;
};
const source = new SourcePane({
  pre: $("source"), info: $("source-info"), back: $("source-back"), find: $("source-find"),
  findCount: $("find-count"), wrap: $("source-wrap"),
});
$("find-next").addEventListener("click", () => source.step(1));
$("find-prev").addEventListener("click", () => source.step(-1));

// The source pane folds away so a wide table can use the whole width.
function setSourceOpen(open) {
  $("filing").classList.toggle("source-collapsed", !open);
  $("source-body").hidden = !open;
  $("source-toggle").setAttribute("aria-expanded", String(open));
  $("source-toggle").textContent = open ? "Hide source" : "Show source";
}
$("source-toggle").addEventListener("click", () => setSourceOpen($("source-body").hidden));

// The pane shows the document, as a reader sees it, with the value's words lit, or the raw
// source (lit too). The reader's choice sticks; a span in no document's text (the header)
// is shown in the source.
const docPane = new DocumentPane({ el: $("reader"), info: $("source-info"), back: $("source-back") });
let panePref = "document";
function setPane(mode) {
  const doc = mode === "document";
  $("reader").hidden = !doc;
  $("source").hidden = doc;
  $("source-findbar").hidden = doc;
  $("source-wrap").hidden = doc;
  $("pane-doc").setAttribute("aria-pressed", String(doc));
  $("pane-raw").setAttribute("aria-pressed", String(!doc));
  if (!doc) source.reveal();
}
$("pane-doc").addEventListener("click", () => {
  panePref = "document";
  if (lastShown && docPane.show(lastShown.spans, lastShown.label)) return setPane("document");
  setPane(docPane.showFirst() ? "document" : "source");
  if ($("reader").hidden) status("This input has no document text to show; the source is shown instead.");
});
$("pane-raw").addEventListener("click", () => { panePref = "source"; setPane("source"); });

// Whether the last press was a key (Enter, Space): then focus follows the value to its words.
let byKeyboard = false;
document.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") byKeyboard = true; }, true);
document.addEventListener("pointerdown", () => { byKeyboard = false; }, true);

let lastShown = null;
function showSpan(span, label, origin, opts = {}) {
  if ($("source-body").hidden) setSourceOpen(true);
  source.show(span, label, origin);
  const spans = (Array.isArray(span) ? span : [span]).filter((s) => s && Number.isFinite(s.start));
  lastShown = { spans, label };
  const inDoc = opts.mode !== "source" && panePref === "document" && docPane.show(spans, label, byKeyboard);
  setPane(inDoc ? "document" : "source");
}

// ---------- the worker ----------

let worker = null;
let workerReady = null;
let pending = new Map(); // id -> {resolve, reject}
let nextId = 1;

function startWorker() {
  worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  let readyResolve, readyReject;
  workerReady = new Promise((res, rej) => { readyResolve = res; readyReject = rej; });
  workerReady.catch(() => {});
  worker.onmessage = ({ data }) => {
    if (data.op === "ready") {
      $("version").textContent = `form6k ${data.version}`;
      readyResolve(data.version);
      return;
    }
    if (data.op === "init-failed") {
      readyReject(new Error(data.message));
      return;
    }
    const p = pending.get(data.id);
    if (!p) return;
    pending.delete(data.id);
    if (data.op === "error") {
      if (data.fatal) restartWorker(`The parser crashed (${data.message}); it has been restarted.`);
      p.reject(Object.assign(new Error(data.message), { crashed: !!data.fatal }));
    } else p.resolve(data);
  };
  // An uncaught error or a wasm trap outside our try/catch: replace the worker.
  worker.onerror = (e) => {
    e.preventDefault?.();
    restartWorker(`The parser crashed${e.message ? ` (${e.message})` : ""}; it has been restarted.`);
  };
  worker.onmessageerror = () => restartWorker("The parser sent a message that could not be read; it has been restarted.");
}

function restartWorker(message) {
  worker?.terminate();
  const failed = pending;
  pending = new Map();
  startWorker();
  for (const p of failed.values()) p.reject(Object.assign(new Error(message), { crashed: true }));
  if (message) status(message, "error");
}

function call(msg, transfer = []) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    workerReady.then(() => worker.postMessage({ id, ...msg }, transfer), reject);
  });
}

// Helpers for a batch: more workers parsing side by side (the main one parses too). Their
// number: ?workers=N in the address, else one per core up to 4 (docs/www.md measures it).
const WORKERS = (() => {
  const asked = Number(new URLSearchParams(location.search).get("workers"));
  return Math.max(1, Math.min(8, Number.isInteger(asked) && asked > 0 ? asked : Math.min(4, navigator.hardwareConcurrency || 1)));
})();
let helpers = [];
function startHelper() {
  const w = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
  const helper = { w, pending: new Map() };
  helper.ready = new Promise((res, rej) => { helper.resolveReady = res; helper.rejectReady = rej; });
  helper.ready.catch(() => {});
  const fail = (message) => {
    // A crashed helper is dropped; its file is reported as failed and the rest go on.
    w.terminate();
    helpers = helpers.filter((x) => x !== helper);
    for (const p of helper.pending.values()) p.reject(Object.assign(new Error(message), { crashed: true }));
    helper.pending.clear();
    helper.rejectReady(new Error(message));
  };
  w.onmessage = ({ data }) => {
    if (data.op === "ready") return helper.resolveReady();
    if (data.op === "init-failed") return fail(data.message);
    const p = helper.pending.get(data.id);
    if (!p) return;
    helper.pending.delete(data.id);
    if (data.op === "error") {
      p.reject(Object.assign(new Error(data.message), { crashed: !!data.fatal }));
      if (data.fatal) fail(`the parser crashed (${data.message})`);
    } else p.resolve(data);
  };
  w.onerror = (e) => { e.preventDefault?.(); fail(`the parser crashed${e.message ? ` (${e.message})` : ""}`); };
  helper.call = (msg, transfer = []) => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      helper.pending.set(id, { resolve, reject });
      helper.ready.then(() => w.postMessage({ id, ...msg }, transfer), reject);
    });
  };
  helpers.push(helper);
  return helper;
}
function stopHelpers() {
  for (const x of helpers) x.w.terminate();
  helpers = [];
}

// ---------- inputs ----------
// An input is {name, size, text} (pasted) or {name, size, blob} (a file or the example).
// Files are kept as Blobs and read again when an attachment is asked for.

async function inputData(input) {
  return input.blob ? new Uint8Array(await input.blob.arrayBuffer()) : input.text;
}

async function parseInput(input, blocks, maxInput, via = call) {
  const data = await inputData(input);
  const options = maxInput ? { blocks, maxInput } : { blocks };
  const res = await via({ op: "parse", input: data, options }, data instanceof Uint8Array ? [data.buffer] : []);
  const filing = res.filing;
  if (!blocks) filing.blocksOmitted = true;
  return { filing, seconds: res.seconds };
}

/** The decoded text the spans point into (the parser returns it for byte input). */
async function sourceOf(input, filing) {
  if (typeof filing.source === "string") return filing.source;
  if (input.text != null) return input.text;
  const bytes = await inputData(input);
  const label = { "windows-1252": "windows-1252", "utf-16le": "utf-16le", "utf-16be": "utf-16be" }[filing.encoding] ?? "utf-8";
  return new TextDecoder(label).decode(bytes);
}

let busy = 0;
let progressTimer = 0;
function beginWork(label, size) {
  busy++;
  $("progress-text").textContent = label;
  clearTimeout(progressTimer);
  const show = () => { $("progress").hidden = false; };
  if (size >= SHOW_PROGRESS_AT) show(); else progressTimer = setTimeout(show, 250);
  document.body.setAttribute("aria-busy", "true");
}
function endWork() {
  busy = Math.max(0, busy - 1);
  if (!busy) {
    clearTimeout(progressTimer);
    $("progress").hidden = true;
    document.body.removeAttribute("aria-busy");
  }
}

let generation = 0; // bumped on every new request and on Cancel; stale results are dropped
let batch = [];     // [{input, summary, filing (no blocks, no source), error}]
let current = null; // {input, filing}

async function openInputs(inputs) {
  if (!inputs.length) return;
  const gen = ++generation;
  if (inputs.length === 1) {
    $("batch-nav").hidden = true;
    return openOne(inputs[0], gen);
  }
  $("filing").hidden = true;
  $("batch-nav").hidden = true;
  batch = inputs.map((input) => ({ input, summary: null, filing: null, error: null }));
  topicFilter = "";
  renderBatch();
  $("batch").hidden = false;
  $("skip").hidden = false;
  const total = inputs.reduce((n, i) => n + i.size, 0);
  const t0 = performance.now();
  let drawn = t0, done = 0, next = 0;
  beginWork(`Parsing ${plural(batch.length, "file")}…`, total);
  // Each parser takes the next file when it is free: the main worker and the helpers.
  while (helpers.length < Math.min(WORKERS, batch.length) - 1) startHelper();
  const callers = [call, ...helpers.map((x) => x.call)];
  const lane = async (via) => {
    while (gen === generation && next < batch.length) {
      const row = batch[next++];
      try {
        const { filing } = await parseInput(row.input, false, 0, via);
        delete filing.source; // the text is read again when the row is opened
        row.summary = summarize(filing);
        row.filing = filing;
      } catch (e) {
        row.error = e.message;
      }
      if (gen !== generation) return;
      done++;
      $("progress-text").textContent = `Parsed ${done.toLocaleString("en")} of ${plural(batch.length, "file")}…`;
      status(`Parsed ${done.toLocaleString("en")} of ${batch.length.toLocaleString("en")}: ${row.input.name}…`);
      // Redraw the table and timeline now and then: each redraw builds every row, so the
      // main thread spends at most a fifth of its time on it.
      if (done < batch.length && performance.now() - drawn > Math.max(250, 4 * drawCost)) {
        const t = performance.now();
        renderBatch();
        drawn = performance.now();
        drawCost = drawn - t;
      }
    }
  };
  let drawCost = 0;
  try {
    // Two requests in flight per worker, so that none waits while this thread draws.
    await Promise.all([...callers, ...callers].map(lane));
  } finally {
    endWork();
  }
  if (gen !== generation) return;
  renderBatch();
  const seconds = (performance.now() - t0) / 1000;
  batchTiming = { files: batch.length, seconds, workers: callers.length };
  const failed = batch.filter((r) => r.error).length;
  status(`Parsed ${plural(batch.length, "file")} in ${seconds.toFixed(1)} s${failed ? `; ${failed} failed` : ""}. Choose a row to open a filing.`);
}
let batchTiming = null; // the last batch: {files, seconds, workers}, for docs/www.md's measurement
Object.defineProperty(window, "form6kBatchTiming", { get: () => batchTiming });

async function openOne(input, gen = ++generation, maxInput = 0) {
  const blocks = input.size <= BLOCKS_LIMIT;
  beginWork(`Parsing ${input.name} (${formatBytes(input.size)})…`, input.size);
  status(`Parsing ${input.name}…`);
  try {
    const { filing, seconds } = await parseInput(input, blocks, maxInput);
    if (gen !== generation) return false;
    const text = await sourceOf(input, filing);
    current = { input, filing, source: text, maxInput };
    showFiling();
    // On a phone the results start below the fold: bring them up.
    if ($("filing").getBoundingClientRect().top > innerHeight * 0.75) $("filing").scrollIntoView({ block: "start" });
    const s = summarize(filing);
    if (tooLarge(filing)) {
      status(`${input.name} is ${input.size.toLocaleString("en")} bytes, over the parser's limit of ${MAX_INPUT.toLocaleString("en")} bytes (64 MiB): nothing in it was read. "Read it anyway" below lifts the limit.`, "error");
    } else {
      status(`Parsed ${input.name} in ${seconds.toFixed(2)} s: ${[s.form, s.registrants[0], s.month].filter(Boolean).join(", ") || "no 6-K cover found"}; ${s.topicsText ? `about ${s.topicsText}; ` : ""}${plural(filing.diagnostics?.length ?? 0, "diagnostic")}.` +
        (blocks ? "" : " Pages and tables were left out for this large input."));
    }
    return true;
  } catch (e) {
    if (gen !== generation) return false;
    status(e.crashed ? e.message : `Could not parse ${input.name}: ${e.message}`, "error");
    return false;
  } finally {
    endWork();
  }
}

function showFiling() {
  const { input, filing, source: text } = current;
  source.set(text);
  lastShown = null;
  const view = $("view");
  const ctx = {
    filing, source: text, name: input.name, size: input.size, maxInput: MAX_INPUT, line: source.line,
    onSpan: showSpan,
    onAttachment: (doc, name) => saveAttachment(input, doc, name),
    attachmentBytes: (doc, opts) => attachmentBytes(input, doc, opts),
    // markdown.js: the worker's toMarkdown / tableFacts of one document, on demand.
    ask: (op, sequence) => call({ op, input: text, sequence }).then((r) => r.value),
    onReadAnyway: () => openOne(input, ++generation, Math.max(input.size, MAX_INPUT) + 1),
    status,
  };
  view.replaceChildren(renderFiling(ctx));
  // In the pane, a value's own link shows the raw source.
  docPane.set({ ...ctx, onSpan: (span, label, origin) => showSpan(span, label, origin, { mode: "source" }) });
  setPane(panePref);
  if (panePref === "document" && !docPane.showFirst()) setPane("source");
  $("skip").hidden = false;
  if (filing.blocksOmitted && !tooLarge(filing)) {
    view.querySelector("#sec-documents h2")?.after(h("p", { className: "note" },
      `This input is ${formatBytes(input.size)}, so pages and tables were left out to keep the page quick. `,
      h("button", { type: "button", onclick: () => reparseWithBlocks(input) }, "Parse again with pages")));
  }
  $("filing").hidden = false;
}

async function reparseWithBlocks(input) {
  const gen = ++generation;
  beginWork(`Parsing ${input.name} with pages…`, input.size);
  try {
    const { filing } = await parseInput(input, true, current?.input === input ? current.maxInput : 0);
    if (gen !== generation) return;
    current = { ...current, filing };
    showFiling();
    status(`Parsed ${input.name} with pages and tables.`);
  } catch (e) {
    if (gen === generation) status(`Could not parse ${input.name} with pages: ${e.message}`, "error");
  } finally {
    endWork();
  }
}

/**
 * The decoded bytes of a document's attachment, or null (the status line says why, unless
 * quiet: an image shown in place of its <img> just stays a placeholder).
 */
async function attachmentBytes(input, doc, { quiet = false } = {}) {
  const seq = doc.sequence?.value;
  const say = (msg) => { if (!quiet) status(msg, "error"); };
  if (seq == null) {
    say("This attachment has no sequence number to ask the parser for.");
    return null;
  }
  if (!quiet) beginWork(`Decoding the attachment of document ${seq}…`, input.size);
  try {
    const data = await inputData(input);
    const res = await call({ op: "attachment", input: data, sequence: String(seq) }, data instanceof Uint8Array ? [data.buffer] : []);
    if (!res.bytes) say(`The parser found no attachment in document ${seq}.`);
    return res.bytes ?? null;
  } catch (e) {
    say(`Could not decode the attachment of document ${seq}: ${e.message}`);
    return null;
  } finally {
    if (!quiet) endWork();
  }
}

async function saveAttachment(input, doc, name) {
  const bytes = await attachmentBytes(input, doc);
  if (!bytes) return;
  download(name, bytes);
  status(`Saved ${name} (${formatBytes(bytes.length)}).`);
}

$("cancel").addEventListener("click", () => {
  generation++;
  stopHelpers();
  restartWorker("");
  busy = 1;
  endWork();
  status("Cancelled. The parser was stopped and restarted.");
});

// ---------- the batch table ----------

// [key, heading, on screen]
const COLUMNS = [
  ["name", "File", true], ["registrant", "Registrant", true], ["form", "Form", true], ["month", "Period", true],
  ["topics", "Topics", true], ["headline", "Headline", true],
  ["fileNumber", "File number", true], ["annualReportForm", "20-F/40-F", true], ["exhibits", "Exhibits", true],
  ["diagnostics", "Diagnostics", true],
  ["topicCodes", "Topic codes", false], ["fiscalPeriod", "Fiscal period", false], ["dateline", "Dateline date", false],
  ["accession", "Accession number", false], ["filed", "Filed", false], ["cik", "CIK", false],
  ["conformedName", "Conformed name", false], ["exhibitList", "Exhibit list", false],
  ["signers", "Signers", false], ["diagnosticCodes", "Diagnostic codes", false],
];
const SHOWN = COLUMNS.filter((c) => c[2]);
let sortKey = null, sortDir = 1;

function batchValues(row) {
  const s = row.summary;
  return {
    name: row.input.name,
    registrant: s ? s.registrants.join("; ") : row.error ? `error: ${row.error}` : "…",
    form: s?.form ?? "", month: s?.month ?? "", monthSort: s?.periodKey ?? null,
    fileNumber: s?.fileNumbers.join("; ") ?? "", annualReportForm: s?.annualReportForm ?? "",
    exhibits: s ? s.exhibits : "", diagnostics: s ? s.diagnostics : "",
    accession: s?.accessionNumber ?? "", filed: s?.filedAsOf ?? "", cik: s?.cik ?? "",
    conformedName: s?.conformedName ?? "", exhibitList: s?.exhibitList.join("; ") ?? "",
    signers: s?.signers.join("; ") ?? "", diagnosticCodes: s?.diagnosticCodes.join(" ") ?? "",
    topics: s?.topicsText ?? "", headline: s?.headlines.join(" | ") ?? "",
    topicCodes: s?.topics.join(" ") ?? "", fiscalPeriod: s?.fiscalPeriods.join("; ") ?? "", dateline: s?.dates.join(" ") ?? "",
  };
}

// The topic filter: "" is every file.
let topicFilter = "";
$("topic-filter").addEventListener("change", (e) => setTopicFilter(e.target.value));
const shownRow = (r) => !topicFilter || (r.summary?.topics ?? []).includes(topicFilter);

/** The filter's options: the topics of the parsed files, each with its count. */
function renderTopicFilter() {
  const counts = new Map();
  for (const r of batch) for (const t of r.summary?.topics ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  if (topicFilter && !counts.has(topicFilter)) counts.set(topicFilter, 0);
  const sel = $("topic-filter");
  const options = [h("option", { value: "" }, `every topic (${plural(batch.length, "file")})`),
    ...[...counts].sort((a, b) => b[1] - a[1] || topicWords(a[0]).localeCompare(topicWords(b[0])))
      .map(([t, n]) => h("option", { value: t, selected: t === topicFilter }, `${topicWords(t)} (${n})`))];
  sel.replaceChildren(...options);
  sel.value = topicFilter;
  const shown = batch.filter(shownRow).length;
  $("batch-count").textContent = topicFilter ? `${shown.toLocaleString("en")} of ${plural(batch.length, "file")} shown` : "";
}

/** The rows on screen (the topic filter applied), in their sorted order. */
function sortedRows() {
  const rows = batch.filter(shownRow).map((r) => ({ row: r, v: batchValues(r) }));
  if (sortKey) {
    const k = sortKey === "month" ? "monthSort" : sortKey;
    rows.sort((a, b) => {
      const x = a.v[k], y = b.v[k];
      // Rows without a value go last whichever way the column sorts.
      if (x == null || x === "" || y == null || y === "") return (x == null || x === "") - (y == null || y === "");
      const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "en", { numeric: true });
      return c * sortDir;
    });
  }
  return rows;
}

/** The filter, from the select or the timeline's legend. */
function setTopicFilter(t, focusLegend = false) {
  topicFilter = t;
  renderBatch();
  if (focusLegend) $("timeline").querySelector(`[data-topic="${CSS.escape(t)}"]`)?.focus();
}

const TIMELINE_FROM = 4; // files: fewer are read from the table alone
function renderTimeline() {
  const el = $("timeline");
  if (batch.length < TIMELINE_FROM) { el.replaceChildren(); el.hidden = true; return; }
  el.hidden = false;
  const focused = document.activeElement?.closest?.(".tl-mark")?.dataset.name;
  const width = el.clientWidth || $("batch").clientWidth - 40;
  el.replaceChildren(
    timelineView(batch, { filter: topicFilter, width, onFilter: (t) => setTopicFilter(t, true), onOpen: (row) => openRow(row) }),
    periodsView(batch, { fiscalText, onOpen: (row) => openRow(row) }) ?? "");
  if (focused) el.querySelector(`.tl-mark[data-name="${CSS.escape(focused)}"]`)?.focus();
}

function renderBatch() {
  renderTopicFilter();
  renderTimeline();
  const head = $("batch-table").tHead.rows[0];
  head.replaceChildren(...SHOWN.map(([k, label]) => {
    const th = h("th", { scope: "col", "aria-sort": sortKey === k ? (sortDir > 0 ? "ascending" : "descending") : "none" },
      h("button", { type: "button", className: "sort", onclick: () => { sortDir = sortKey === k ? -sortDir : 1; sortKey = k; renderBatch(); } },
        label, h("span", { className: "arrow", "aria-hidden": "true" }, sortKey === k ? (sortDir > 0 ? " ▲" : " ▼") : "")));
    return th;
  }));
  $("batch-table").tBodies[0].replaceChildren(...sortedRows().map(({ row, v }) => {
    const tr = h("tr", {
      tabIndex: 0, className: row.error ? "failed" : "",
      dataset: { name: row.input.name },
      onclick: () => openRow(row),
      onkeydown: (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); openRow(row); } },
    }, SHOWN.map(([k], i) => h(i ? "td" : "th", { className: typeof v[k] === "number" ? "num" : k === "headline" ? "headline" : "", scope: i ? null : "row" }, String(v[k]))));
    if (current?.input === row.input) {
      tr.classList.add("current");
      tr.setAttribute("aria-current", "true");
    }
    return tr;
  }));
}

/** Open a batch row; the list stays, with Back / Previous / Next above the filing. */
async function openRow(row) {
  const order = sortedRows().map((r) => r.row);
  const gen = ++generation;
  const ok = await openOne(row.input, gen);
  if (gen !== generation) return;
  renderBatch();
  if (!ok) return;
  const i = order.indexOf(row);
  $("batch-nav").hidden = false;
  $("nav-where").textContent = `File ${i + 1} of ${order.length}: ${row.input.name}`;
  $("nav-prev").disabled = i <= 0;
  $("nav-next").disabled = i >= order.length - 1;
  $("nav-prev").onclick = () => openRow(order[i - 1]);
  $("nav-next").onclick = () => openRow(order[i + 1]);
  $("batch-nav").scrollIntoView({ block: "start" });
  // Focus goes to the opened filing's heading, not to <body>.
  document.getElementById("h-summary")?.focus({ preventScroll: true });
}

$("nav-back").addEventListener("click", () => {
  const tr = current && [...$("batch-table").tBodies[0].rows].find((r) => r.dataset.name === current.input.name);
  (tr ?? $("batch-h")).scrollIntoView({ block: "center" });
  (tr ?? $("batch-h")).focus({ preventScroll: true });
});

$("batch-csv").addEventListener("click", () => {
  const rows = [COLUMNS.map(([, l]) => l), ...sortedRows().map(({ v }) => COLUMNS.map(([k]) => v[k]))];
  download("form6k-files.csv", toCsv(rows));
  status(`Saved form6k-files.csv (${plural(rows.length - 1, "row")}${filterWords()}).`);
});

// One JSON object a line: {"path", "filing"} (pages and blocks left out), or {"path", "error"}.
$("batch-jsonl").addEventListener("click", () => {
  const lines = sortedRows().map(({ row }) => row.filing
    ? `{"path":${JSON.stringify(row.input.name)},"filing":${filingJson(row.filing, 0)}}`
    : JSON.stringify({ path: row.input.name, error: row.error ?? "not parsed yet" }));
  download("form6k-files.jsonl", lines.join("\n") + "\n");
  status(`Saved form6k-files.jsonl (${plural(lines.length, "line")}${filterWords()}).`);
});

const filterWords = () => (topicFilter ? `, the files about ${topicWords(topicFilter)}` : "");

// ---------- wiring the inputs ----------

const fromFiles = (files) => [...files].map((f) => ({ name: f.name, size: f.size, blob: f }));

$("files").addEventListener("change", (e) => {
  openInputs(fromFiles(e.target.files));
  e.target.value = "";
});

const pasted = () => {
  const text = $("paste").value;
  if (!text.trim()) return status("Nothing to parse: the text box is empty.");
  $("batch").hidden = true;
  $("batch-nav").hidden = true;
  openInputs([{ name: "pasted text", size: text.length, text }]);
};
$("paste").addEventListener("input", (e) => {
  if (e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop") pasted();
});
$("paste").addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); pasted(); }
});
$("parse-text").addEventListener("click", pasted);

$("example").addEventListener("click", async () => {
  try {
    const res = await fetch("examples/hanaro-2003-04.txt");
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const blob = await res.blob();
    $("batch").hidden = true;
    $("batch-nav").hidden = true;
    openInputs([{ name: "hanaro-2003-04.txt", size: blob.size, blob }]);
  } catch (e) {
    status(`Could not load the example: ${e.message}`, "error");
  }
});

// Drop anywhere; the textarea keeps its own text drops.
let dragDepth = 0;
const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes("Files");
document.addEventListener("dragenter", (e) => { if (hasFiles(e)) { dragDepth++; $("drop").hidden = false; } });
document.addEventListener("dragleave", () => { if (--dragDepth <= 0) { dragDepth = 0; $("drop").hidden = true; } });
document.addEventListener("dragover", (e) => { if (hasFiles(e)) e.preventDefault(); });
document.addEventListener("drop", (e) => {
  dragDepth = 0;
  $("drop").hidden = true;
  if (!hasFiles(e)) return;
  e.preventDefault();
  openInputs(fromFiles(e.dataTransfer.files));
});

// ---------- start ----------

startWorker();
workerReady.then(
  (v) => { if (!busy) status(`Ready. form6k ${v} runs in this page; nothing you open leaves your computer.`); },
  (e) => status(`The parser could not be loaded: ${e.message}. Was the wasm built into www/pkg?`, "error"),
);

// sw.js serves the newest build when the server answers and its cache otherwise; a new build
// (a new content hash in the cache name) replaces the old cache. Say so, quietly.
if ("serviceWorker" in navigator && location.protocol !== "file:") {
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (hadController) $("updated").textContent = "Updated to the latest build.";
  });
  // updateViaCache "none": sw.js and the pkg/build.js it imports are always revalidated.
  navigator.serviceWorker.register("sw.js", { updateViaCache: "none" }).catch((e) => console.info("service worker not registered:", e.message));
}
