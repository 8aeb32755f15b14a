// A document as Markdown (issue 16), and what the page adds to each table: its unit and its
// figures. The worker computes both on demand (`toMarkdown`, `tableFacts` of the package);
// nothing here runs during a parse.
//
// The Markdown is shown as text in a <pre>, one element per line; each piece the map
// `{markdownRange, span}` names is a <span> that, clicked, highlights its source span.
// Filing text only ever becomes text nodes (dom.js `h`).

import { h, download, toCsv, copyText, plural, safeName } from "./dom.js";

const SHOWN_CHARS = 2_000_000; // longer Markdown is cut on screen (Copy and Download have it all)

/** ctx -> Map(sequence -> Promise of the worker's answer), so each is asked once. */
const asked = new WeakMap();
function ask(ctx, op, sequence) {
  if (!ctx.ask) return Promise.reject(new Error("this page has no parser to ask"));
  let m = asked.get(ctx);
  if (!m) asked.set(ctx, (m = new Map()));
  const key = `${op} ${sequence}`;
  if (!m.has(key)) {
    const p = ctx.ask(op, sequence);
    p.catch(() => m.delete(key)); // a failure (a restarted worker) may be retried
    m.set(key, p);
  }
  return m.get(key);
}

/** Whether a document has a text body the parser can write as Markdown. */
function hasText(d) {
  const fmt = typeof d.format === "string" ? d.format : Object.values(d.format ?? {})[0];
  return !d.attachment && ["text", "html", "inlineXbrl"].includes(fmt);
}

/** The name a document's Markdown downloads as: its file name with `.md`. */
export function markdownName(d, seq) {
  const base = d.filename?.value ? d.filename.value.replace(/\.[^.]*$/, "") : `document-${seq}`;
  return safeName(`${base}.md`);
}

let panels = 0;

/**
 * The "Markdown" button of a document and the panel it opens (inserted before `before`, the
 * document's pages). Returns the button, or null for a document without a text body.
 */
export function markdownToggle(ctx, d, seq, before) {
  if (!hasText(d)) return null;
  const id = `md-${++panels}`;
  const panel = h("div", { className: "md-view", id, hidden: true });
  const button = h("button", { type: "button", className: "md-toggle", "aria-expanded": "false", "aria-controls": id }, "Markdown");
  button.addEventListener("click", () => {
    const open = panel.hidden;
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (!panel.isConnected) before.before(panel);
    if (open && !panel.dataset.built) {
      panel.dataset.built = "1";
      fill(ctx, d, seq, panel);
    }
  });
  return button;
}

async function fill(ctx, d, seq, panel) {
  panel.replaceChildren(h("p", { className: "muted", role: "status" }, `Writing document ${seq} as Markdown…`));
  let md;
  try {
    md = await ask(ctx, "markdown", seq);
  } catch (e) {
    delete panel.dataset.built;
    panel.replaceChildren(h("p", { className: "status error" }, `Could not write document ${seq} as Markdown: ${e.message}`));
    return;
  }
  if (!md || typeof md.text !== "string") {
    panel.replaceChildren(h("p", { className: "muted" }, `Document ${seq} has no text body to write as Markdown.`));
    return;
  }
  const name = markdownName(d, seq);
  const lines = md.text.split("\n").length - (md.text.endsWith("\n") ? 1 : 0);
  const cut = md.text.length > SHOWN_CHARS;
  const pre = h("pre", { className: "markdown", tabindex: 0, "aria-label": `Document ${seq} as Markdown`,
    "aria-describedby": `${panel.id}-how` });
  pre.append(...markdownLines(md, cut ? SHOWN_CHARS : md.text.length));
  const show = (seg) => {
    if (!seg) return;
    const e = md.map[Number(seg.dataset.i)];
    if (!e) return;
    pre.querySelector(".md-seg.current")?.classList.remove("current");
    seg.classList.add("current");
    seg.tabIndex = -1; // "Back to the value" focuses it
    ctx.onSpan(e.span, `Markdown line ${seg.parentElement.dataset.line}`, seg);
  };
  pre.addEventListener("click", (e) => {
    if (String(getSelection() ?? "") !== "") return; // selecting text to copy, not asking for the source
    show(segmentAt(e.target));
  });
  // Keyboard: select or place the caret in a line, then Enter.
  pre.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    const node = getSelection()?.anchorNode;
    if (!node || !pre.contains(node)) return;
    e.preventDefault();
    show(segmentAt(node.nodeType === Node.TEXT_NODE ? node.parentElement : node));
  });
  panel.replaceChildren(
    h("div", { className: "doc-actions md-actions" },
      h("button", { type: "button", onclick: async () => ctx.status(await copyText(md.text)
        ? `Copied the Markdown of document ${seq} (${md.text.length.toLocaleString("en")} characters).`
        : "Could not copy: the browser refused clipboard access.", ) }, "Copy Markdown"),
      h("button", { type: "button", onclick: () => { download(name, md.text); ctx.status(`Saved ${name}.`); } }, `Download ${name}`),
      h("span", { className: "muted", id: `${panel.id}-how` },
        `${plural(lines, "line")}. Click a line or a table cell to see the text it came from (or put the caret in it and press Enter).`)),
    pre,
    cut ? h("p", { className: "note" }, `Only the first ${SHOWN_CHARS.toLocaleString("en")} of ${md.text.length.toLocaleString("en")} characters are shown; Copy and Download have all of it.`) : "");
}

/**
 * The Markdown's first `limit` characters as one <span class="md-line"> per line, each piece
 * the map names a <span class="md-seg" data-i> inside it.
 */
function markdownLines(md, limit) {
  const text = md.text.slice(0, limit);
  // Map entries in order, none overlapping the one before.
  const entries = md.map.map((e, i) => ({ i, start: e.markdownRange?.start, end: e.markdownRange?.end }))
    .filter((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start < e.end && e.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const out = [];
  let k = 0, line = 0;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf("\n", at);
    const end = nl < 0 ? text.length : nl + 1;
    // A table's lines keep their columns (the pre scrolls sideways); other lines wrap.
    const el = h("span", { className: text.startsWith("|", at) ? "md-line md-table" : "md-line", dataset: { line: ++line } });
    let pos = at;
    while (k < entries.length && entries[k].start < end) {
      const e = entries[k++];
      if (e.start < pos) continue;
      const stop = Math.min(e.end, end);
      if (e.start > pos) el.append(text.slice(pos, e.start));
      el.append(h("span", { className: "md-seg", dataset: { i: e.i } }, text.slice(e.start, stop)));
      pos = stop;
    }
    if (pos < end) el.append(text.slice(pos, end));
    out.push(el);
    at = end;
  }
  return out;
}

/** The map piece an element is in, else the first piece of its line. */
function segmentAt(el) {
  const seg = el?.closest?.(".md-seg");
  if (seg) return seg;
  return el?.closest?.(".md-line")?.querySelector(".md-seg") ?? null;
}

// ---------- tables ----------

const SCALE_WORDS = { 1000: "thousands", 1000000: "millions", 1000000000: "billions" };

/** A table's unit in words: "in millions of USD, per-share figures not scaled". */
export function unitWords(u) {
  if (!u) return "";
  const scale = SCALE_WORDS[u.scale] ?? (u.scale > 1 ? `units of ${u.scale.toLocaleString("en")}` : "");
  const parts = [];
  if (scale && u.currency) parts.push(`in ${scale} of ${u.currency}`);
  else if (scale) parts.push(`in ${scale}`);
  else if (u.currency) parts.push(`in ${u.currency}`);
  if (u.exceptPerShare) parts.push("per-share figures not scaled");
  if (SCALE_WORDS[u.shareScale]) parts.push(`shares in ${SCALE_WORDS[u.shareScale]}`);
  return parts.join(", ");
}

/** index of each table block in its document (1-based, as `tableFacts` counts them). */
const tableIndex = new WeakMap();
function indexOf(ctx, t, seq) {
  if (!tableIndex.has(t)) {
    const docs = ctx.filing?.documents ?? [];
    const d = docs.find((x, i) => (x.sequence?.value ?? String(i + 1)) === seq);
    let n = 0;
    for (const p of d?.body?.pages ?? []) for (const b of p.blocks ?? []) if (b.kind === "table") tableIndex.set(b, ++n);
  }
  return tableIndex.get(t) ?? null;
}

/**
 * What the page adds to a table's caption: its unit (a link to the statement it was read
 * from) and "Download figures", one CSV line per figure: row, column, value, unit.
 */
export function tableExtras(ctx, t, seq, spanButton) {
  const words = unitWords(t.unit);
  const unit = words ? h("span", { className: "table-unit" }, "Unit: ",
    t.unit.span ? spanButton(ctx, t.unit.span, "Unit of the table", words) : words) : null;
  const index = indexOf(ctx, t, seq);
  if (index == null || !ctx.ask) return [unit];
  const name = `document-${seq}-table-${index}-figures.csv`;
  const figures = h("button", { type: "button", title: "One line per figure: row label, column heading, value as printed, signed value, scale, currency" }, "Download figures");
  figures.addEventListener("click", async () => {
    let facts;
    try {
      facts = (await ask(ctx, "tableFacts", seq)) ?? [];
    } catch (e) {
      ctx.status(`Could not read the figures of table ${index}: ${e.message}`, "error");
      return;
    }
    const rows = facts.filter((f) => f.table === index).map((f) => [f.row, f.column, f.raw, f.value ?? "", f.scale ?? "",
      f.currency ?? "", f.percent ? "yes" : "", f.value != null && f.scale ? Number((f.value * f.scale).toPrecision(15)) : ""]);
    download(name, toCsv([["Row", "Column", "As printed", "Value", "Scale", "Currency", "Percent", "Value × scale"], ...rows]));
    ctx.status(`Saved ${plural(rows.length, "figure")} of table ${index} as ${name}.`);
  });
  return [unit, figures];
}
