// Renders one parsed filing. Every value read from the filing is a button that
// shows its span in the source pane. All filing text goes in as text nodes (dom.js).

import { h, download, copyText, periodText, plural, formatBytes, safeName, lineIndex, spanButton,
  KIND_WORDS, ENCODING_WORDS, FORMAT_WORDS } from "./dom.js";
import { markdownToggle } from "./markdown.js";
import { pagesView, BLOCKS_PER_BATCH } from "./reader.js";

const IMAGE_TYPES = [["\xFF\xD8\xFF", "image/jpeg"], ["\x89PNG", "image/png"], ["GIF8", "image/gif"]];

/**
 * ctx: {filing, source, name, size, onSpan(span, label, origin), onAttachment(doc, name),
 *       attachmentBytes(doc) -> Promise<Uint8Array|null>, onReadAnyway(), status(msg)}
 * returns a DocumentFragment. Fields the page does not know are ignored (the JSON view
 * shows them), so new output does not break it.
 */
export function renderFiling(ctx) {
  const f = ctx.filing;
  ctx.line ??= lineIndex(ctx.source ?? "");
  const frag = document.createDocumentFragment();
  frag.append(summaryCard(ctx));
  const r = f.report;
  const refused = tooLarge(f);
  frag.append(section("cover", "Cover page", r ? coverTable(ctx, r) : refused ? tooLargeNote(ctx, refused) :
    h("p", { className: "muted" }, "No 6-K cover page was read from this input. The header, documents and diagnostics below are what the parser found.")));
  if (r) {
    frag.append(section("exhibits", `Exhibits (${r.exhibits?.length ?? 0})`, exhibitsTable(ctx, r)));
    frag.append(section("signatures", `Signatures (${r.signatures?.length ?? 0})`, signaturesTable(ctx, r.signatures ?? [])));
  }
  if (f.header) frag.append(section("header", "Submission header", headerView(ctx, f.header)));
  frag.append(section("documents", `Documents (${f.documents?.length ?? 0})`, documentsView(ctx, f.documents ?? [])));
  frag.append(section("diagnostics", `Diagnostics (${f.diagnostics?.length ?? 0})`, diagnosticsTable(ctx, f.diagnostics ?? [])));
  frag.append(jsonView(ctx));
  return frag;
}

// ---------- building blocks ----------

function section(id, title, ...body) {
  return h("section", { className: "card", id: `sec-${id}`, "aria-labelledby": `h-${id}` },
    h("h2", { id: `h-${id}` }, title), ...body);
}

/** A value from a Field {value, span}: a button that shows the span. */
function fieldButton(ctx, field, label, text) {
  if (!field) return h("span", { className: "absent" }, "—");
  const shown = text ?? display(field.value);
  return spanButton(ctx, field.span, label, shown);
}

/** The input-too-large diagnostic of a refused input, if that is what happened. */
export function tooLarge(f) {
  return f.diagnostics?.find((d) => d.code === "input-too-large") ?? null;
}

function tooLargeNote(ctx, d) {
  return h("div", { className: "note" },
    h("p", {}, `This file (${(ctx.size ?? 0).toLocaleString("en")} bytes, ${formatBytes(ctx.size ?? 0)}) is over the parser's limit of ${(ctx.maxInput ?? 64 * 1024 * 1024).toLocaleString("en")} bytes, so nothing in it was read. ` +
      "The limit keeps a browser tab from running out of memory; the source pane still shows the text."),
    ctx.onReadAnyway ? h("button", { type: "button", onclick: ctx.onReadAnyway }, "Read it anyway (may use a lot of memory)") : null);
}

function display(v) {
  if (v == null) return "";
  if (typeof v === "boolean") return v ? "Yes" : "No";
  if (typeof v === "object") {
    if ("year" in v && "month" in v) return periodText(v);
    if ("raw" in v) return v.raw;
    if ("value" in v) return String(v.value);
    return JSON.stringify(v);
  }
  return String(v);
}

function kvTable(rows, caption) {
  const body = rows.filter(Boolean).map(([k, v]) => h("tr", {}, h("th", { scope: "row" }, k), h("td", {}, v)));
  return h("table", { className: "kv" }, caption ? h("caption", {}, caption) : null, h("tbody", {}, body));
}

function dataTable(head, rows, caption) {
  return h("div", { className: "scroll-x" }, h("table", { className: "data" },
    caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {}, head.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c) => h("td", {}, c)))))));
}

function empty(msg) {
  return h("p", { className: "muted" }, msg);
}

// ---------- summary ----------

/** The few facts people look for first, from the report, else the header. */
export function summarize(f) {
  const r = f.report, hd = f.header;
  const filer = hd?.parties?.find((p) => /FILER|SUBJECT/i.test(p.role?.value ?? "")) ?? hd?.parties?.[0];
  const registrants = r?.registrants?.length
    ? r.registrants.map((x) => x.name?.value + (x.englishName ? ` (${x.englishName.value})` : ""))
    : (hd?.parties ?? []).map((p) => p.companyData?.conformedName?.value).filter(Boolean);
  const fileNumbers = r?.commissionFileNumbers?.length
    ? r.commissionFileNumbers.map((x) => x.value)
    : (filer?.filingValues ?? []).map((v) => v.fileNumber?.value).filter(Boolean);
  const firstDoc = f.documents?.[0];
  return {
    form: r?.formType?.value ?? hd?.submissionType?.value ?? firstDoc?.type?.value ?? "",
    registrants: [...new Set(registrants)],
    month: periodText(r?.periodOfReport?.value),
    fileNumbers: [...new Set(fileNumbers)],
    annualReportForm: r?.annualReportForm?.value ?? "",
    filedAsOf: hd?.filedAsOf?.value ?? "",
    accessionNumber: hd?.accessionNumber?.value ?? "",
    exhibits: r?.exhibits?.length ?? 0,
    diagnostics: f.diagnostics?.length ?? 0,
    cik: filer?.companyData?.cik?.value ?? "",
    conformedName: filer?.companyData?.conformedName?.value ?? "",
    period: r?.periodOfReport?.value ?? null,
    periodKey: periodKey(r?.periodOfReport?.value),
    filerAgent: filerAgent(hd?.accessionNumber?.value, filer?.companyData?.cik?.value),
    exhibitList: (r?.exhibits ?? []).map((x) => [x.number?.value, x.description?.value].filter(Boolean).join(" ")),
    signers: (r?.signatures ?? []).map((x) => [x.name?.value ?? x.by?.value, x.title?.value].filter(Boolean).join(", ")).filter(Boolean),
    diagnosticCodes: [...new Set((f.diagnostics ?? []).map((d) => d.code))],
    tooLarge: !!tooLarge(f),
    ...aboutOf(r),
  };
}

// ---------- what the 6-K is about (report.items) ----------

/** The topic vocabulary in plain words (docs/topics.md). */
export const TOPIC_WORDS = {
  results: "Results", dividend: "Dividend", "shareholder-meeting": "Shareholder meeting",
  "management-change": "Management change", "securities-offering": "Securities offering",
  "share-buyback": "Share buyback", ownership: "Ownership", "m-and-a": "Mergers and acquisitions",
  operations: "Operations", "legal-regulatory": "Legal or regulatory", "annual-report": "Annual report",
  other: "Other",
};
export const topicWords = (t) => TOPIC_WORDS[t] ?? String(t);

/**
 * A fiscal period as analysts write it: Q2 2009, H1 2010, 9M 2009, FY 2008. What is not
 * stated is not made up: "Quarter ended 31 December 2009" when the quarter's number is not
 * printed, "Q2" alone when neither year nor end date is, "Monthly" for monthly figures.
 */
export function fiscalText(fp) {
  if (!fp || typeof fp !== "object") return "";
  const n = Number.isInteger(fp.number) ? fp.number : null;
  const base = {
    quarter: n ? `Q${n}` : "Quarter", half: n ? `H${n}` : "Half year", "nine-months": "9M",
    year: "FY", month: fp.year || fp.end ? "Month" : "Monthly",
  }[fp.kind] ?? String(fp.kind ?? "Period");
  const numbered = n || fp.kind === "nine-months" || fp.kind === "year";
  if (fp.year && numbered) return `${base} ${fp.year}`;
  if (fp.end) return `${base} ended ${dateText(fp.end)}`;
  return fp.year ? `${base} ${fp.year}` : base;
}

/** YYYY-MM-DD as "31 December 2009" (as printed when it is not such a date). */
export function dateText(iso) {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(String(iso ?? ""));
  return m ? periodText({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) : String(iso ?? "");
}

/** The report's items, only those of the documented shape. */
function itemsOf(r) {
  return (r?.items ?? []).filter((it) => it && typeof it === "object" && Array.isArray(it.topics));
}

/**
 * The topics of all items, the main ones first, each with all its evidence and (for results)
 * the fiscal periods; `other` only when no item has a topic.
 */
export function topicsOf(r) {
  const byTopic = new Map();
  for (const it of itemsOf(r)) {
    for (const t of it.topics) {
      if (!t?.topic) continue;
      const e = byTopic.get(t.topic) ?? { topic: t.topic, evidence: [], periods: [] };
      e.evidence.push(...(t.evidence ?? []));
      if (t.topic === "results" && it.fiscalPeriod?.value) {
        const text = fiscalText(it.fiscalPeriod.value);
        if (text && !e.periods.some((p) => p.text === text)) e.periods.push({ text, field: it.fiscalPeriod });
      }
      byTopic.set(t.topic, e);
    }
  }
  const all = [...byTopic.values()];
  const real = all.filter((t) => t.topic !== "other");
  return real.length ? real : all;
}

/** "Results: Q2 2009; Dividend" */
export function topicsText(topics) {
  return topics.map((t) => topicWords(t.topic) + (t.periods?.length ? `: ${t.periods.map((p) => p.text).join(", ")}` : "")).join("; ");
}

function aboutOf(r) {
  const items = itemsOf(r);
  const topics = topicsOf(r);
  return {
    items: items.length,
    topics: topics.map((t) => t.topic),
    topicsText: topicsText(topics),
    fiscalPeriods: [...new Set(topics.flatMap((t) => (t.periods ?? []).map((p) => p.text)))],
    headlines: [...new Set(items.map((it) => it.headline?.value).filter(Boolean))],
    dates: [...new Set(items.map((it) => it.date?.value).filter(Boolean))],
  };
}

/** A topic: a button that marks every word of its evidence in the source (plain text without). */
function topicButton(ctx, t, text) {
  const ev = (t.evidence ?? []).filter((e) => e && Number.isFinite(e.start));
  if (!ev.length) return h("span", { className: "topic" }, text);
  const b = h("button", {
    type: "button", className: "span-link topic",
    title: `Show the evidence in the source (${plural(ev.length, "place")})`,
    dataset: { start: ev[0].start, end: ev[0].end, evidence: ev.length },
    onclick: () => ctx.onSpan(ev, `${topicWords(t.topic)}: the evidence`, b),
  }, text);
  return b;
}

/** "Results: Q2 2009; Dividend", each topic and period a link to its words. */
function topicsLine(ctx, topics) {
  return join(topics.map((t) => h("span", { className: "topic-group" },
    topicButton(ctx, t, topicWords(t.topic)),
    t.periods?.length ? [": ", join(t.periods.map((p) => fieldButton(ctx, p.field, "Fiscal period", p.text)))] : null)), "; ");
}

/** What the 6-K is about, its headline(s) and date, and one line per item. */
function aboutView(ctx, r) {
  const items = itemsOf(r);
  if (!items.length) return null;
  const topics = topicsOf(r);
  const heads = [];
  for (const it of items) if (it.headline && !heads.some((x) => x.headline.value === it.headline.value)) heads.push(it);
  const dates = [];
  for (const it of items) if (it.date && !dates.some((d) => d.value === it.date.value)) dates.push(it.date);
  const rows = [
    ["About", topics.length ? topicsLine(ctx, topics) : h("span", { className: "absent" }, "—")],
    heads.length ? [heads.length > 1 ? "Headlines" : "Headline", h("span", { className: "stack" },
      heads.slice(0, 3).map((it) => fieldButton(ctx, it.headline, "Headline")),
      heads.length > 3 ? h("span", { className: "muted" }, `and ${heads.length - 3} more below`) : null)] : null,
    dates.length ? ["Dateline", join(dates.map((d) => fieldButton(ctx, d, "Dateline date", dateText(d.value))))] : null,
  ];
  const list = items.length > 1 || items[0].exhibit ? h("ol", { className: "items", "aria-label": "What the 6-K furnishes" },
    items.map((it) => h("li", {},
      h("span", { className: "item-what" }, it.exhibit ? ["Exhibit ", fieldButton(ctx, it.exhibit, "Exhibit number")] : "The 6-K document"),
      ": ",
      it.headline ? fieldButton(ctx, it.headline, "Headline") : spanButton(ctx, it.span, "Item", "(no headline printed)"),
      " — ", h("span", { className: "item-topics" }, join(it.topics.map((t) => topicButton(ctx, t,
        topicWords(t.topic) + (t.topic === "results" && it.fiscalPeriod?.value ? ` ${fiscalText(it.fiscalPeriod.value)}` : ""))), ", ")),
      it.date ? [" · ", fieldButton(ctx, it.date, "Dateline date", dateText(it.date.value))] : null))) : null;
  return h("div", { className: "about" }, h("dl", { className: "about-facts" },
    rows.filter(Boolean).map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v)))), list);
}

/** A sortable number for {year, month, day?}: 20030400 for April 2003, 20090409 for 9 April 2009. */
export function periodKey(p) {
  if (!p || !Number.isFinite(p.year)) return null;
  return p.year * 10000 + (p.month ?? 0) * 100 + (p.day ?? 0);
}

/**
 * The CIK of whoever submitted the filing, read from the accession number
 * (0001193125-23-012345 was submitted by CIK 1193125), when it is not the filer itself.
 */
function filerAgent(accession, cik) {
  const m = /^(\d{10})-\d\d-\d{6}$/.exec(accession ?? "");
  if (!m) return "";
  return Number(m[1]) === Number(cik ?? NaN) ? "" : m[1];
}

function summaryCard(ctx) {
  const f = ctx.filing, r = f.report, hd = f.header, s = summarize(f);
  const regs = r?.registrants?.length
    ? r.registrants.map((x, i) => h("span", { className: "reg" },
        fieldButton(ctx, x.name, "Registrant"),
        x.englishName ? [" (", fieldButton(ctx, x.englishName, "English name"), ")"] : null))
    : s.registrants.length ? s.registrants.map((n) => h("span", { className: "reg" }, n))
    : [h("span", { className: "absent" }, "No registrant found")];
  const facts = [
    ["Form", r?.formType ? fieldButton(ctx, r.formType, "Form type") : hd?.submissionType ? fieldButton(ctx, hd.submissionType, "Submission type") : s.form || "—"],
    ["Month of report", r?.periodOfReport ? fieldButton(ctx, r.periodOfReport, "Month of report") : "—"],
    ["Commission File Number", r?.commissionFileNumbers?.length ? join(r.commissionFileNumbers.map((x) => fieldButton(ctx, x, "Commission File Number"))) : s.fileNumbers.join(", ") || "—"],
    ["Annual reports on", r?.annualReportForm ? fieldButton(ctx, r.annualReportForm, "Annual report form", `Form ${r.annualReportForm.value}`) : "—"],
  ];
  if (hd?.filedAsOf) facts.push(["Filed", fieldButton(ctx, hd.filedAsOf, "Filed as of")]);
  if (hd?.accessionNumber) facts.push(["Accession number", fieldButton(ctx, hd.accessionNumber, "Accession number")]);
  const filer = hd?.parties?.find((p) => /FILER|SUBJECT/i.test(p.role?.value ?? "")) ?? hd?.parties?.[0];
  if (filer?.companyData?.cik) facts.push(["CIK", fieldButton(ctx, filer.companyData.cik, "CIK")]);
  if (s.filerAgent) facts.push(["Filer agent", h("span", { title: "The CIK at the start of the accession number: who submitted the filing" }, `CIK ${s.filerAgent}`)]);
  const what = [KIND_WORDS[f.kind] ?? f.kind, ENCODING_WORDS[f.encoding] ?? f.encoding,
    plural(f.documents?.length ?? 0, "document"), plural(s.diagnostics, "diagnostic")].filter(Boolean);
  return h("section", { className: "card summary", "aria-labelledby": "h-summary" },
    h("p", { className: "file-name" }, ctx.name, h("span", { className: "muted" }, ` · ${what.join(" · ")}`)),
    h("h2", { id: "h-summary", className: "registrants", tabindex: -1 }, regs),
    r ? aboutView(ctx, r) : null,
    h("dl", { className: "facts" }, facts.map(([k, v]) => h("div", {}, h("dt", {}, k), h("dd", {}, v)))));
}

function join(nodes, sep = ", ") {
  return nodes.flatMap((n, i) => (i ? [sep, n] : [n]));
}

// ---------- cover ----------

function coverTable(ctx, r) {
  const rows = [
    ["Form type", fieldButton(ctx, r.formType, "Form type")],
    ["Month of report", fieldButton(ctx, r.periodOfReport, "Month of report")],
    ...(r.registrants?.length ? r.registrants : [null]).map((x, i) => [
      r.registrants?.length > 1 ? `Registrant ${i + 1}` : "Registrant",
      x ? h("span", {}, fieldButton(ctx, x.name, "Registrant"),
        x.englishName ? [" — English name: ", fieldButton(ctx, x.englishName, "English name")] : null) : fieldButton(ctx, null)]),
    ["Commission File Number", r.commissionFileNumbers?.length ? join(r.commissionFileNumbers.map((x) => fieldButton(ctx, x, "Commission File Number"))) : fieldButton(ctx, null)],
    ["Address of principal executive offices", r.addresses?.length ? h("span", { className: "stack" }, r.addresses.map((a) => fieldButton(ctx, a, "Address"))) : fieldButton(ctx, null)],
    ["Annual reports under cover of", fieldButton(ctx, r.annualReportForm, "Annual report form", r.annualReportForm ? `Form ${r.annualReportForm.value}` : undefined)],
    ["Paper submission, Rule 101(b)(1)", fieldButton(ctx, r.paperSubmissionRule101b1, "Rule 101(b)(1)")],
    ["Paper submission, Rule 101(b)(7)", fieldButton(ctx, r.paperSubmissionRule101b7, "Rule 101(b)(7)")],
    ["Furnishing under Rule 12g3-2(b)", fieldButton(ctx, r.rule12g32b, "Rule 12g3-2(b)")],
    ["Rule 12g3-2(b) file number", fieldButton(ctx, r.rule12g32bFileNumber, "Rule 12g3-2(b) file number")],
  ];
  return h("div", {}, kvTable(rows),
    r.document ? h("p", { className: "muted" }, `Read from document ${r.document}.`) : null);
}

function exhibitsTable(ctx, r) {
  const exhibits = r.exhibits ?? [];
  if (!exhibits.length) return empty("No exhibits listed.");
  return dataTable(["Exhibit", "Description", "Where"], exhibits.map((x) => [
    fieldButton(ctx, x.number, "Exhibit number"),
    fieldButton(ctx, x.description, "Exhibit description"),
    exhibitWhere(ctx, r, x),
  ]));
}

/**
 * Where an exhibit is, in words ("in the 6-K document, page 4", "document 2 (EX-99.1)"):
 * a button that shows where it starts in the source (or opens its document when that is not
 * known), and one that opens the document's pages there.
 */
function exhibitWhere(ctx, r, x) {
  if (!x.document) return h("span", { className: "absent" }, "not in this input");
  const doc = (ctx.filing.documents ?? []).find((d) => d.sequence?.value === x.document);
  const type = doc?.type?.value ?? "";
  const cover = x.document === r.document || /^6-K/i.test(type);
  const page = Number.isInteger(x.page) ? x.page : null;
  const words = cover
    ? `in the 6-K document${page ? `, page ${page}` : ""}`
    : `document ${x.document}${type ? ` (${type})` : ""}${page > 1 ? `, page ${page}` : ""}`;
  const open = () => openDocument(x.document, page ? page - 1 : null);
  const b = h("button", {
    type: "button", className: "link where",
    title: x.start ? `Show where exhibit ${x.number?.value ?? ""} starts in the source` : `Open document ${x.document}`,
    dataset: x.start ? { start: x.start.start, end: x.start.end } : {},
    onclick: () => (x.start ? ctx.onSpan(x.start, `Exhibit ${x.number?.value ?? ""} starts`, b) : open()),
  }, words);
  return h("span", {}, b, x.start && doc ? [" · ", h("button", { type: "button", className: "link open-doc", onclick: open,
    "aria-label": `open its pages (document ${x.document}${page ? `, page ${page}` : ""})` }, "open its pages")] : null);
}

/** One small table per signature: five narrow columns would break names on a phone. */
function signaturesTable(ctx, sigs) {
  if (!sigs.length) return empty("No signature block read.");
  return h("div", { className: "signatures" }, sigs.map((s, i) => kvTable([
    s.registrant ? ["Registrant", fieldButton(ctx, s.registrant, "Signing registrant")] : null,
    s.date ? ["Date", fieldButton(ctx, s.date, "Signature date")] : null,
    s.by ? ["By", fieldButton(ctx, s.by, "Signed by")] : null,
    ["Name", fieldButton(ctx, s.name, "Signer name")],
    s.title ? ["Title", fieldButton(ctx, s.title, "Signer title")] : null,
  ], sigs.length > 1 ? `Signature ${i + 1}` : null)));
}

/** Open a document's details (at its k-th page, 0-based, when given). */
function openDocument(sequence, k = null) {
  const d = document.querySelector(`details.doc[data-sequence="${CSS.escape(String(sequence))}"]`);
  if (!d) return;
  d.open = true;
  d.scrollIntoView({ block: "start" });
  if (k != null && d.goToPage) d.goToPage(k);
  d.querySelector("summary")?.focus({ preventScroll: k != null });
}

// ---------- header ----------

const LABELS = {
  accessionNumber: "Accession number", submissionType: "Submission type", publicDocumentCount: "Public document count",
  period: "Period", filedAsOf: "Filed as of", dateOfChange: "Date of change", acceptanceDateTime: "Accepted",
  effectivenessDate: "Effectiveness date", conformedName: "Company name", cik: "CIK", sic: "SIC",
  organizationName: "Organization", irsNumber: "IRS number", stateOfIncorporation: "State of incorporation",
  fiscalYearEnd: "Fiscal year end", formType: "Form type", act: "Act", fileNumber: "File number", filmNumber: "Film number",
  street1: "Street", street2: "Street 2", city: "City", state: "State", zip: "ZIP", phone: "Phone",
};

function fieldRows(ctx, obj) {
  const rows = [];
  for (const [k, label] of Object.entries(LABELS)) {
    if (obj?.[k]) rows.push([label, fieldButton(ctx, obj[k], label)]);
  }
  for (const o of obj?.other ?? []) rows.push([o.key, spanButton(ctx, o.span, o.key, o.value)]);
  return rows;
}

function headerView(ctx, hd) {
  const top = fieldRows(ctx, hd);
  if (hd.items?.length) top.push(["Items", join(hd.items.map((x) => fieldButton(ctx, x, "Item")))]);
  if (hd.groupMembers?.length) top.push(["Group members", join(hd.groupMembers.map((x) => fieldButton(ctx, x, "Group member")))]);
  return h("div", {}, kvTable(top), (hd.parties ?? []).map((p) => partyView(ctx, p)));
}

function partyView(ctx, p) {
  const name = p.companyData?.conformedName?.value;
  return h("div", { className: "party" },
    h("h3", {}, fieldButton(ctx, p.role, "Role"), name ? ` ${name}` : ""),
    p.companyData ? kvTable(fieldRows(ctx, p.companyData), "Company data") : null,
    (p.filingValues ?? []).map((v) => kvTable(fieldRows(ctx, v), "Filing values")),
    p.businessAddress ? kvTable(fieldRows(ctx, p.businessAddress), "Business address") : null,
    p.mailAddress ? kvTable(fieldRows(ctx, p.mailAddress), "Mail address") : null,
    p.formerNames?.length ? dataTable(["Former name", "Date changed"], p.formerNames.map((n) => [
      fieldButton(ctx, n.name, "Former name"), fieldButton(ctx, n.dateChanged, "Date of name change")]), "Former names") : null,
    p.other?.length ? kvTable(p.other.map((o) => [o.key, spanButton(ctx, o.span, o.key, o.value)]), "Other") : null);
}

// ---------- documents ----------

function documentsView(ctx, docs) {
  if (!docs.length) return empty("No documents.");
  const views = docs.map((d, i) => documentView(ctx, d, i));
  const searchable = docs.some((d) => d.body?.pages?.length);
  return h("div", {}, searchable ? documentsFinder(ctx, docs, views) : null, h("div", { className: "docs" }, views));
}

const MAX_HITS = 200;

/** The text a block shows: a paragraph's text, a table's cells. */
function blockText(b) {
  return b.kind === "table" ? (b.rows ?? []).map((r) => (r.cells ?? []).map((c) => c.text).join(" ")).join("\n") : String(b.text ?? "");
}

/**
 * Find in the documents' pages and tables, all of them, rendered or not: each hit names its
 * document and page, opens that page and shows the block in the source.
 */
function documentsFinder(ctx, docs, views) {
  const input = h("input", { type: "search", id: "docs-find", autocomplete: "off", spellcheck: false, placeholder: "words in the documents" });
  const count = h("span", { className: "muted", role: "status" });
  const list = h("ol", { className: "hits" });
  const run = () => {
    list.replaceChildren();
    const q = input.value.trim();
    if (!q) { count.textContent = ""; return; }
    const re = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "iu");
    let n = 0;
    docs.forEach((d, di) => (d.body?.pages ?? []).forEach((p, pi) => (p.blocks ?? []).forEach((b) => {
      const text = blockText(b);
      const m = re.exec(text);
      if (!m) return;
      if (++n > MAX_HITS) return;
      const from = Math.max(0, m.index - 60), to = Math.min(text.length, m.index + m[0].length + 60);
      const seq = d.sequence?.value ?? String(di + 1);
      const b1 = h("button", { type: "button", className: "link hit", onclick: () => {
        views[di].goToPage(pi);
        ctx.onSpan(b.span, `Document ${seq}, page ${p.number ?? pi + 1}`, b1);
      } }, h("span", { className: "hit-where" }, `Document ${seq}, page ${p.number ?? pi + 1}${b.kind === "table" ? ", a table" : ""}: `),
        (from ? "…" : "") + text.slice(from, m.index), h("mark", {}, m[0]), text.slice(m.index + m[0].length, to) + (to < text.length ? "…" : ""));
      list.append(h("li", {}, b1));
    })));
    count.textContent = n === 0 ? "No match" : n > MAX_HITS ? `${MAX_HITS} of ${n.toLocaleString("en")} blocks shown` : plural(n, "block");
  };
  input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); run(); } });
  return h("div", { className: "docs-find" },
    h("div", { className: "find" }, h("label", { htmlFor: "docs-find" }, "Find in the documents"), input,
      h("button", { type: "button", onclick: run }, "Find"), count),
    list);
}

function formatName(fmt) {
  return typeof fmt === "string" ? fmt : fmt && typeof fmt === "object" ? Object.values(fmt)[0] ?? "" : "";
}

/** The name a document downloads as. */
function docFileName(d, i) {
  if (d.attachment?.name?.value) return d.attachment.name.value;
  if (d.filename?.value) return d.filename.value;
  const ext = { html: "htm", inlineXbrl: "htm", xml: "xml", xbrl: "xml" }[formatName(d.format)] ?? "txt";
  return `document-${d.sequence?.value ?? i + 1}.${ext}`;
}

function documentView(ctx, d, i) {
  const seq = d.sequence?.value ?? String(i + 1);
  const pages = d.body?.pages ?? [];
  const fmt = formatName(d.format);
  const att = d.attachment;
  const title = [d.type?.value ?? "document", d.filename?.value, d.description?.value].filter(Boolean).join(" · ");
  const bodyLen = Math.max(0, (d.bodySpan?.end ?? 0) - (d.bodySpan?.start ?? 0));
  const meta = [formatWords(fmt), att ? `attachment, ${formatBytes(att.size ?? 0)}${att.contentType ? ` (${att.contentType})` : ""}` : formatBytes(bodyLen) + " of text",
    d.body ? plural(pages.length, "page") : null].filter(Boolean).join(", ");
  const dl = h("button", {
    type: "button", className: "download",
    onclick: () => (att ? ctx.onAttachment(d, docFileName(d, i)) : downloadBody(ctx, d, docFileName(d, i))),
  }, att ? `Download ${att.name?.value ?? "attachment"}` : `Download ${docFileName(d, i)}`);
  const body = h("div", { className: "doc-body" });
  const det = h("details", { className: "doc", dataset: { sequence: seq } },
    h("summary", {}, h("span", { className: "seq" }, seq), h("span", { className: "doc-title" }, title), h("span", { className: "muted" }, meta)),
    h("div", { className: "doc-actions" }, dl,
      spanButton(ctx, d.span, `Document ${seq}`, "Show the document in source"),
      markdownToggle(ctx, d, seq, body),
      d.type ? ["Type ", fieldButton(ctx, d.type, "Document type")] : null,
      att?.name ? ["Attachment ", fieldButton(ctx, att.name, "Attachment name")] : null,
      att && isImageName(docFileName(d, i), att) ? h("button", { type: "button", className: "preview", onclick: (e) => previewImage(ctx, d, body, e.currentTarget) }, "Preview image") : null),
    body);
  // Pages are built only when the document is opened; big bodies in batches.
  const build = () => {
    if (!body.dataset.built) {
      body.dataset.built = "1";
      buildPages(ctx, d, body, seq, fmt);
    }
  };
  det.addEventListener("toggle", () => { if (det.open) build(); });
  /** Open the document at its k-th page (0-based). */
  det.goToPage = (k) => {
    build();
    det.open = true;
    body.goToPage?.(k);
  };
  return det;
}

function formatWords(fmt) {
  return (FORMAT_WORDS[fmt] ?? fmt ?? "").replace(/^an? /, "");
}

function isImageName(name, att) {
  return /^image\//.test(att.contentType ?? "") || /\.(jpe?g|png|gif)$/i.test(name);
}

/** Decode the attachment and show it, only when its bytes are a JPEG, PNG or GIF. */
async function previewImage(ctx, d, body, button) {
  const bytes = await ctx.attachmentBytes(d);
  if (!bytes) return;
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  const type = IMAGE_TYPES.find(([m]) => magic.startsWith(m))?.[1];
  if (!type) return ctx.status("That attachment is not a JPEG, PNG or GIF image, so it is not shown; download it instead.", "error");
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const img = h("img", { className: "attachment-preview", src: url, alt: `Attachment ${docFileName(d, 0)} (an image from the filing)` });
  body.prepend(h("figure", { className: "image" }, img));
  button.remove();
  ctx.status(`Showing ${docFileName(d, 0)} (${formatBytes(bytes.length)}).`);
}

function downloadBody(ctx, d, name) {
  download(name, ctx.source.slice(d.bodySpan?.start ?? 0, d.bodySpan?.end ?? 0));
  ctx.status(`Saved ${name}.`);
}

function buildPages(ctx, d, body, seq, fmt) {
  if (!d.body) {
    body.append(empty(d.attachment ? "A binary attachment: download it above."
      : ctx.filing.blocksOmitted ? "Pages and tables were left out for this large input; parse again with pages to see them."
      : `No pages are read from ${FORMAT_WORDS[fmt] ?? "a body of this kind"}.`));
    return;
  }
  const view = pagesView(ctx, d, seq, fmt);
  body.goToPage = view.goToPage;
  const pages = d.body.pages ?? [];
  const blocks = pages.reduce((n, p) => n + (p.blocks?.length ?? 0) + 1, 0);
  // A long document: jump straight to a page instead of paging through blocks.
  if (pages.length > 1 && blocks > BLOCKS_PER_BATCH) {
    const input = h("input", { type: "number", min: 1, max: pages.length, value: 1, className: "page-input",
      "aria-label": `Page number, 1 to ${pages.length}` });
    const go = () => {
      const k = Math.min(pages.length, Math.max(1, Math.round(Number(input.value) || 1))) - 1;
      body.goToPage(k)?.querySelector("h3 button")?.focus();
    };
    input.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); go(); } });
    body.append(h("div", { className: "page-jump" }, h("label", {}, "Go to page ", input, ` of ${pages.length.toLocaleString("en")}`),
      h("button", { type: "button", onclick: go }, "Go")));
  }
  body.append(view);
}

// ---------- diagnostics ----------

function diagnosticsTable(ctx, diags) {
  if (!diags.length) return empty("None: the parser read everything it looked for.");
  return dataTable(["Severity", "Code", "Message", "Where"], diags.map((d) => {
    const first = d.span ? ctx.line(d.span.start) : null, last = d.span ? ctx.line(Math.max(d.span.start, d.span.end - 1)) : null;
    const where = first == null ? "—" : first === last ? `line ${first.toLocaleString("en")}` : `lines ${first.toLocaleString("en")}–${last.toLocaleString("en")}`;
    const other = d.related ? ctx.line(d.related.start) : null;
    return [h("span", { className: `sev sev-${d.severity}` }, d.severity), h("code", {}, d.code), d.message,
      h("span", { className: "stack" }, spanButton(ctx, d.span, `Diagnostic ${d.code}`, where),
        d.related ? spanButton(ctx, d.related, `Diagnostic ${d.code}, compared with`, `compared with line ${other.toLocaleString("en")}`) : null)];
  }));
}

// ---------- JSON ----------

/** The parse result as JSON, without the decoded source text it carries. */
export function filingJson(f, indent = 2) {
  const { source, blocksOmitted, ...rest } = f;
  return JSON.stringify(rest, null, indent || undefined);
}

function jsonView(ctx) {
  const pre = h("pre", { className: "json", tabindex: 0 });
  const name = safeName(ctx.name.replace(/\.[^.]*$/, "")) + ".form6k.json";
  const det = h("details", { className: "card json-card" },
    h("summary", {}, h("h2", {}, "JSON")),
    h("div", { className: "doc-actions" },
      h("button", { type: "button", onclick: async () => ctx.status(await copyText(filingJson(ctx.filing)) ? "Copied the JSON." : "Could not copy: the browser refused clipboard access.") }, "Copy JSON"),
      h("button", { type: "button", onclick: () => { download(name, filingJson(ctx.filing)); ctx.status(`Saved ${name}.`); } }, "Download JSON"),
      h("span", { className: "muted" }, "Each span counts characters of the source text shown beside (as JavaScript counts them); the text itself is left out here.")),
    pre);
  det.addEventListener("toggle", () => {
    if (det.open && !pre.firstChild) {
      const s = filingJson(ctx.filing);
      pre.textContent = s.length > 5_000_000 ? s.slice(0, 5_000_000) + "\n… (truncated here; Download JSON has all of it)" : s;
    }
  });
  return det;
}
