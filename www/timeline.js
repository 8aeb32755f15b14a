// A batch as a history (issue 22): an SVG timeline, one row per registrant and one mark per
// filing at its date, coloured by its main topic; a legend that filters the table; and the
// fiscal periods of the results releases, per registrant. Built from the parsed summaries;
// filing text goes in as text nodes only (`textContent`, never markup).

import { h, plural } from "./dom.js";
import { topicWords, dateText } from "./view.js";

const SVG = "http://www.w3.org/2000/svg";
const ROW = 24, TOP = 28, LABEL = 190, PAD = 14;
/** The topics' colours are CSS variables (style.css), so light and dark each have their own. */
export const TOPICS = ["results", "dividend", "shareholder-meeting", "management-change", "securities-offering",
  "share-buyback", "ownership", "m-and-a", "operations", "legal-regulatory", "annual-report", "other"];

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  for (const c of children) if (c != null) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** The date a filing is placed at: filed, else its dateline, else its month of report. */
export function filingDate(sum) {
  const iso = /^\d{4}-\d\d-\d\d$/;
  if (iso.test(sum?.filedAsOf ?? "")) return sum.filedAsOf;
  const d = (sum?.dates ?? []).find((x) => iso.test(x));
  if (d) return d;
  const p = sum?.period;
  return p?.year && p?.month ? `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day ?? 1).padStart(2, "0")}` : null;
}

const dayOf = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 864e5;
const topicOf = (sum) => (TOPICS.includes(sum?.topics?.[0]) ? sum.topics[0] : "other");
const registrantOf = (row) => row.summary?.registrants?.[0] || row.summary?.conformedName || row.input.name;
const keyOf = (row) => row.summary?.cik ? `cik ${Number(row.summary.cik)}` : `name ${registrantOf(row).toUpperCase()}`;

/**
 * rows: the batch's rows ({input, summary, filing}); filter: the topic shown ("" for all);
 * onFilter(topic), onOpen(row). Returns the timeline's element (empty for a few files).
 */
export function timelineView(rows, { filter, onFilter, onOpen, width }) {
  const placed = rows.filter((r) => r.summary).map((r) => ({ row: r, date: filingDate(r.summary) }));
  const dated = placed.filter((p) => p.date);
  const wrap = h("div", { className: "timeline" });
  if (!dated.length) return wrap;

  // One row per registrant, in the order of their first filing.
  dated.sort((a, b) => a.date.localeCompare(b.date) || a.row.input.name.localeCompare(b.row.input.name));
  const lanes = new Map();
  for (const p of dated) {
    const k = keyOf(p.row);
    if (!lanes.has(k)) lanes.set(k, { name: registrantOf(p.row), marks: [] });
    lanes.get(k).marks.push(p);
  }
  const laneList = [...lanes.values()];
  const first = dayOf(dated[0].date), last = dayOf(dated.at(-1).date);
  const span = Math.max(1, last - first);
  const W = Math.max(520, Math.round(width || 900));
  const plot = W - LABEL - PAD * 2;
  const x = (iso) => LABEL + PAD + ((dayOf(iso) - first) / span) * plot;
  const H = TOP + laneList.length * ROW + 6;

  const svg = s("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "tl-svg", role: "group",
    "aria-label": `Timeline: ${plural(dated.length, "filing")} of ${plural(laneList.length, "registrant")}, ${dateText(dated[0].date)} to ${dateText(dated.at(-1).date)}. Arrow keys move between filings, Enter opens one.` });
  // Axis: a tick at each month (a year when the range is long), labelled.
  const axis = s("g", { class: "tl-axis", "aria-hidden": "true" });
  const y0 = new Date(first * 864e5), y1 = new Date(last * 864e5);
  const months = (y1.getUTCFullYear() - y0.getUTCFullYear()) * 12 + y1.getUTCMonth() - y0.getUTCMonth();
  const stepMonths = months > 48 ? 12 : months > 18 ? 3 : 1;
  for (let m = 0; m <= months + 1; m++) {
    const d = new Date(Date.UTC(y0.getUTCFullYear(), y0.getUTCMonth() + m, 1));
    const iso = d.toISOString().slice(0, 10);
    if (dayOf(iso) < first || dayOf(iso) > last + 1) continue;
    const major = d.getUTCMonth() === 0;
    if (m % stepMonths && !major) continue;
    const xx = x(iso);
    axis.append(s("line", { x1: xx, x2: xx, y1: TOP - 6, y2: H - 4, class: major ? "major" : "" }));
    axis.append(s("text", { x: xx + 3, y: TOP - 10 }, stepMonths === 12 || major ? String(d.getUTCFullYear())
      : d.toLocaleString("en", { month: "short", timeZone: "UTC" })));
  }
  // The first year, at the start, unless a tick already says it.
  if (y0.getUTCMonth() !== 0 || y0.getUTCDate() !== 1) axis.append(s("text", { x: LABEL + 2, y: TOP - 10, class: "tl-year" }, String(y0.getUTCFullYear())));
  svg.append(axis);

  const marks = [];
  laneList.forEach((lane, li) => {
    const y = TOP + li * ROW + ROW / 2;
    const label = lane.name.length > 28 ? lane.name.slice(0, 27) + "…" : lane.name;
    svg.append(s("text", { x: 4, y: y + 4, class: "tl-label", "aria-hidden": "true" }, label));
    svg.append(s("line", { x1: LABEL + 4, x2: W - 4, y1: y, y2: y, class: "tl-lane", "aria-hidden": "true" }));
    const perDay = new Map();
    for (const p of lane.marks) {
      const n = perDay.get(p.date) ?? 0;
      perDay.set(p.date, n + 1);
      const sum = p.row.summary;
      const topic = topicOf(sum);
      const about = sum.topicsText || topicWords(topic);
      const words = `${registrantOf(p.row)}, ${dateText(p.date)}: ${about}${sum.headlines?.[0] ? `. ${sum.headlines[0]}` : ""}`;
      const g = s("g", { class: `tl-mark t-${topic}${filter && !sum.topics.includes(filter) ? " dim" : ""}`, tabindex: -1,
        role: "button", "aria-label": `${words} (${p.row.input.name})`, "data-name": p.row.input.name, "data-date": p.date },
        s("circle", { cx: x(p.date) + n * 4, cy: y, r: 6 }));
      g.lane = li;
      g.words = words;
      g.row = p.row;
      marks.push(g);
      svg.append(g);
    }
  });
  if (marks.length) marks[0].setAttribute("tabindex", "0");

  // The headline on hover and focus.
  const tip = h("div", { className: "tl-tip", hidden: true, "aria-hidden": "true" });
  const showTip = (g) => {
    tip.textContent = g.words;
    tip.hidden = false;
    const c = g.firstChild;
    const left = Number(c.getAttribute("cx")), top = Number(c.getAttribute("cy"));
    tip.style.left = `${Math.min(left, W - 320)}px`;
    tip.style.top = `${top + 12}px`;
  };
  const hideTip = () => { tip.hidden = true; };
  const focusMark = (g) => {
    for (const m of marks) m.setAttribute("tabindex", m === g ? "0" : "-1");
    g.focus();
  };
  // Keys: left/right through time, up/down to the nearest filing of the next registrant.
  const byTime = [...marks].sort((a, b) => a.dataset.date.localeCompare(b.dataset.date) || a.lane - b.lane);
  svg.addEventListener("keydown", (e) => {
    const g = e.target.closest?.(".tl-mark");
    if (!g) return;
    let next = null;
    if (e.key === "ArrowRight" || e.key === "ArrowLeft") next = byTime[byTime.indexOf(g) + (e.key === "ArrowRight" ? 1 : -1)];
    else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const lane = g.lane + (e.key === "ArrowDown" ? 1 : -1);
      const at = dayOf(g.dataset.date);
      next = marks.filter((m) => m.lane === lane).sort((a, b) => Math.abs(dayOf(a.dataset.date) - at) - Math.abs(dayOf(b.dataset.date) - at))[0];
    } else if (e.key === "Home") next = byTime[0];
    else if (e.key === "End") next = byTime.at(-1);
    else if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onOpen(g.row); return; }
    else return;
    e.preventDefault();
    if (next) focusMark(next);
  });
  svg.addEventListener("click", (e) => { const g = e.target.closest?.(".tl-mark"); if (g) onOpen(g.row); });
  for (const g of marks) {
    g.addEventListener("focus", () => showTip(g));
    g.addEventListener("blur", hideTip);
    g.addEventListener("mouseenter", () => showTip(g));
    g.addEventListener("mouseleave", () => { if (document.activeElement !== g) hideTip(); });
  }

  // The legend: each topic's colour and count; pressing one filters the table.
  // Counted as the filter counts: the files with that topic among theirs.
  const counts = new Map();
  for (const p of placed) for (const t of p.row.summary.topics ?? []) if (TOPICS.includes(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const legend = h("div", { className: "tl-legend", role: "group", "aria-label": "Marks are coloured by each file's main topic; press a topic to show only the files about it" },
    [...counts].sort((a, b) => TOPICS.indexOf(a[0]) - TOPICS.indexOf(b[0])).map(([t, n]) => h("button", {
      type: "button", className: `tl-key t-${t}`, "aria-pressed": String(filter === t), dataset: { topic: t },
      onclick: () => onFilter(filter === t ? "" : t),
    }, h("span", { className: "swatch", "aria-hidden": "true" }), `${topicWords(t)} (${n})`)),
    filter ? h("button", { type: "button", className: "link", dataset: { topic: "" }, onclick: () => onFilter("") }, "Show every file") : null);
  const undated = placed.length - dated.length;
  wrap.append(legend, h("div", { className: "tl-scroll" }, svg, tip));
  if (undated) wrap.append(h("p", { className: "muted" }, `${plural(undated, "file")} with no date to place ${undated === 1 ? "is" : "are"} not drawn.`));
  return wrap;
}

/** The results releases of each registrant: period, headline, date; a row opens its filing. */
export function periodsView(rows, { onOpen, fiscalText }) {
  const lines = [];
  for (const row of rows) {
    for (const it of row.filing?.report?.items ?? []) {
      if (!Array.isArray(it?.topics) || !it.topics.some((t) => t?.topic === "results")) continue;
      lines.push({ row, registrant: registrantOf(row), key: keyOf(row), period: it.fiscalPeriod?.value ? fiscalText(it.fiscalPeriod.value) : "",
        headline: it.headline?.value ?? "", date: it.date?.value ?? filingDate(row.summary) ?? "" });
    }
  }
  if (!lines.length) return null;
  lines.sort((a, b) => a.registrant.localeCompare(b.registrant) || a.date.localeCompare(b.date));
  const groups = new Map();
  for (const l of lines) {
    if (!groups.has(l.key)) groups.set(l.key, []);
    groups.get(l.key).push(l);
  }
  return h("details", { className: "periods" },
    h("summary", {}, `Results releases by registrant (${plural(lines.length, "release")} of ${plural(groups.size, "registrant")})`),
    h("div", { className: "scroll-x" }, h("table", { className: "data" },
      h("caption", { className: "visually-hidden" }, "Fiscal periods of the results releases, per registrant"),
      h("thead", {}, h("tr", {}, ["Registrant", "Period", "Headline", "Date"].map((c) => h("th", { scope: "col" }, c)))),
      [...groups.values()].map((g) => h("tbody", {}, g.map((l, i) => h("tr", {},
        i === 0 ? h("th", { scope: "row", rowSpan: g.length }, l.registrant) : null,
        h("td", {}, l.period || h("span", { className: "absent" }, "—")),
        h("td", {}, h("button", { type: "button", className: "link", onclick: () => onOpen(l.row) }, l.headline || `(${l.row.input.name})`)),
        h("td", { className: "num" }, l.date ? dateText(l.date) : "—"))))))));
}
