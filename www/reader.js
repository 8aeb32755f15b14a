// A document body as a reader sees it (issue 22): headings, bold and centred lines, lists,
// tables as tables and layout tables as text, the submission's own images in place, a quiet
// rule at each page break; and the evidence of a value lit in it with <mark>.
//
// Blocks carry a span into the source but not their text map (source offset -> text offset),
// so the map is rebuilt here, for a block only when something in it is lit, by walking the
// block's source beside its text: markup (`<b>`, `<!-- -->`) adds no text, an entity
// (`&amp;`, `&#8217;`) one character, a run of white space (tabs expanded in plain text,
// collapsed in HTML) the run of white space the text has there, and every other character
// itself. A span then lights text[map(start), map(end)).
// Filing text only ever becomes text nodes (dom.js `h`).

import { h, download, toCsv, plural, spanButton } from "./dom.js";
import { tableGrid, gridRows, isNumeric } from "./table.js";
import { tableExtras } from "./markdown.js";

export const BLOCKS_PER_BATCH = 300; // blocks rendered at a time
const IMAGE_TYPES = [["\xFF\xD8\xFF", "image/jpeg"], ["\x89PNG", "image/png"], ["GIF8", "image/gif"]];

// ---------- text maps ----------

const SPACE = /\s/; // with U+00A0, which the parser reads as a space
// Entities that decode to white space; any other entity is one character of text.
const SPACE_ENTITIES = new Set(["nbsp", "ensp", "emsp", "thinsp", "#160", "#32", "#9", "#10", "#13", "#xa0", "#x20", "#8194", "#8195", "#8201"]);
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/y;
const TAG_START = /[A-Za-z\/!?]/;

/**
 * For a unit {text, span} of `source`: at[k] is the text offset where source offset
 * span.start + k begins (at[span.end - span.start] is the text's end). Linear in both.
 */
export function textMap(source, span, text, html) {
  const start = span.start, end = Math.min(span.end, source.length), n = text.length;
  const at = new Int32Array(Math.max(0, end - start) + 1);
  let i = start, j = 0;
  const fill = (to) => { for (; i < to; i++) at[i - start] = j; };
  while (i < end) {
    const c = source[i];
    if (html && c === "<" && TAG_START.test(source[i + 1] ?? "")) {
      let to = source.startsWith("<!--", i) ? source.indexOf("-->", i + 4) : source.indexOf(">", i + 1);
      to = to < 0 || to >= end ? end : to + (source[to] === "-" ? 3 : 1);
      fill(to);
      continue;
    }
    if (html && c === "&") {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(source);
      if (m && m.index + m[0].length <= end) {
        const name = m[1].toLowerCase();
        if (SPACE_ENTITIES.has(name)) {
          // Like a white space character: it starts the text's run of white space, if any.
          at[i - start] = j;
          while (j < n && SPACE.test(text[j])) j++;
          i++;
          fill(m.index + m[0].length);
          continue;
        }
        // A numeric entity beyond U+FFFF is two UTF-16 units of text.
        const hex = name[1] === "x";
        const cp = name[0] === "#" ? parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10) : 0;
        while (j < n && SPACE.test(text[j])) j++; // white space the markup before it made
        at[i - start] = j;
        i++;
        j = Math.min(n, j + (cp > 0xffff ? 2 : 1));
        fill(m.index + m[0].length);
        continue;
      }
    }
    if (SPACE.test(c)) {
      at[i - start] = j;
      if (j < n && SPACE.test(text[j])) while (j < n && SPACE.test(text[j])) j++;
      i++;
      // The rest of the source's run adds nothing.
      while (i < end && SPACE.test(source[i])) at[i++ - start] = j;
      continue;
    }
    // Text white space with no source white space here: from markup (`<br>`, `</td>`).
    while (j < n && SPACE.test(text[j])) j++;
    if (j < n && (text[j] === c || (c === "\u2011" && text[j] === "-"))) {
      at[i++ - start] = j++;
    } else if (j + 1 < n && text[j + 1] === c) {
      j++; // a character the text has and the source does not
      at[i++ - start] = j++;
    } else {
      at[i++ - start] = j; // a character the text left out
    }
  }
  at[end - start] = n;
  // From where the source ran out (a span past its text), the text's end.
  for (let k = end - start; k < at.length; k++) at[k] = n;
  return at;
}

/** The text range [from, to) of a unit that `span` covers, or null. */
function litRange(source, unit, span) {
  const u = unit.span;
  const s = Math.max(span.start, u.start), e = Math.min(span.end, u.end);
  if (e <= s) return null;
  unit.map ??= textMap(source, u, unit.text, unit.html);
  let from = unit.map[s - u.start], to = unit.map[e - u.start];
  // No white space at either end of a lit range.
  while (from < to && SPACE.test(unit.text[from])) from++;
  while (to > from && SPACE.test(unit.text[to - 1])) to--;
  return to > from ? [from, to] : null;
}

// ---------- what a block is ----------

/** A printed page number standing as a block: "12", "- 3 -", "Page 4", "Page 4 of 20". */
const FOLIO = /^(?:page\s+)?[-–—(]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–—)]?(?:\s+of\s+\d{1,4})?$/i;

/**
 * A layout table, shown as text: one row, no figures, or a grid used for placement (no row
 * with more than one filled cell). Data tables keep their CSV and figures.
 */
export function isLayoutTable(t) {
  const rows = (t.rows ?? []).map((r) => (r.cells ?? []).filter((c) => String(c.text ?? "").trim() !== "")).filter((r) => r.length);
  if (rows.length <= 1) return true;
  if (rows.every((r) => r.length <= 1)) return true;
  const YEAR = /^(?:19|20)\d\d$/;
  const figure = (c) => (c.number && c.number.value != null) || (isNumeric(String(c.text)) && !YEAR.test(String(c.text).trim()) && /\d/.test(c.text));
  return !rows.some((r) => r.some(figure));
}

function styleOf(b) {
  return b.style && typeof b.style === "object" ? b.style : {};
}

// ---------- a document's pages ----------

/**
 * The pages of one document body, rendered a window of blocks at a time.
 * ctx: {filing, source, onSpan, line, status, attachmentBytes, ask}
 * Returns an element with .goToPage(k), .goToSpan(span) -> rendered or not, .light(spans),
 * .units (the text pieces on screen, in source order).
 */
export function pagesView(ctx, d, seq, fmt, opts = {}) {
  const html = fmt !== "text";
  const items = []; // {page} | {block, page} | {image, page}
  const pageAt = [];
  const images = html ? imagesOf(ctx, d) : [];
  let im = 0;
  for (const p of d.body?.pages ?? []) {
    pageAt.push(items.length);
    items.push({ page: p });
    const blocks = p.blocks ?? [];
    blocks.forEach((b, k) => {
      while (im < images.length && images[im].at < (b.span?.end ?? 0)) items.push({ image: images[im++], page: p });
      items.push({ block: b, page: p, folio: (k === 0 || k === blocks.length - 1) && b.kind === "text" && FOLIO.test(String(b.text ?? "").trim()) });
    });
    while (im < images.length && images[im].at < (p.span?.end ?? 0)) items.push({ image: images[im++], page: p });
  }
  const blockItems = items.map((it, k) => (it.block ? k : -1)).filter((k) => k >= 0);

  const root = h("div", { className: "reader-pages" });
  const list = h("div", { className: "pages" });
  const earlier = h("button", { type: "button", className: "earlier", hidden: true });
  const more = h("button", { type: "button", className: "more" });
  root.append(earlier, list, more);
  let from = 0, at = 0, pageEl = null, listEl = null;
  root.units = [];

  const unit = (el, text, span) => {
    const u = { el, text, span, html };
    if (span) root.units.push(u);
    el.append(text);
    return el;
  };

  const step = () => {
    const end = Math.min(items.length, at + BLOCKS_PER_BATCH);
    for (; at < end; at++) {
      const it = items[at];
      if (it.page && !it.block && !it.image) {
        pageEl = h("div", { className: "page", dataset: { page: it.page.number } },
          h("h3", { className: "page-rule" }, spanButton(ctx, it.page.span, `Page ${it.page.number}`, `Page ${it.page.number}`)));
        list.append(pageEl);
        listEl = null;
        continue;
      }
      if (!pageEl) {
        pageEl = h("div", { className: "page", dataset: { page: it.page.number } },
          h("h3", { className: "page-rule" }, spanButton(ctx, it.page.span, `Page ${it.page.number}`, `Page ${it.page.number} (continued)`)));
        list.append(pageEl);
      }
      if (it.image) { listEl = null; pageEl.append(imageView(ctx, it.image)); continue; }
      const b = it.block;
      if (b.kind === "table") {
        listEl = null;
        pageEl.append(isLayoutTable(b) ? layoutTable(ctx, b, unit) : dataTable(ctx, b, seq, unit));
        continue;
      }
      const st = styleOf(b);
      const el = textBlock(ctx, b, fmt, st, it.folio, unit);
      if (st.list === "bullet" || st.list === "ordered") {
        const tag = st.list === "ordered" ? "ol" : "ul";
        if (!listEl || listEl.tagName.toLowerCase() !== tag) pageEl.append(listEl = h(tag, { className: "block-list" }));
        listEl.append(h("li", {}, el));
      } else {
        listEl = null;
        pageEl.append(el);
      }
    }
    more.hidden = at >= items.length;
    more.textContent = `Show ${plural(Math.min(BLOCKS_PER_BATCH, items.length - at), "more block")} (${(items.length - at).toLocaleString("en")} left)`;
    earlier.hidden = from <= 0;
    earlier.textContent = `Show the ${plural(Math.min(BLOCKS_PER_BATCH, from), "block")} before`;
  };
  more.addEventListener("click", step);
  earlier.addEventListener("click", () => renderFrom(Math.max(0, from - BLOCKS_PER_BATCH)));

  /** Render from item k on (a new window). */
  const renderFrom = (k) => {
    list.replaceChildren();
    root.units = [];
    pageEl = null;
    listEl = null;
    from = at = Math.max(0, Math.min(k, items.length));
    step();
  };
  root.renderFrom = renderFrom;

  /** Render from the k-th page (0-based) on, unless it is already on screen. */
  root.goToPage = (k) => {
    const pages = d.body?.pages ?? [];
    let el = list.querySelector(`.page[data-page="${CSS.escape(String(pages[k]?.number))}"]`);
    if (!el || el.querySelector(".page-rule")?.textContent.endsWith("(continued)")) {
      renderFrom(pageAt[Math.min(Math.max(0, k), pageAt.length - 1)] ?? 0);
      el = list.firstElementChild;
    }
    if (!opts.noScroll) el?.scrollIntoView({ block: "start" });
    return el;
  };

  /** The item index of the block holding offset `s` (or the last before it), or -1. */
  const itemAt = (s) => {
    let lo = 0, hi = blockItems.length - 1, best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const sp = items[blockItems[mid]].block.span;
      if ((sp?.start ?? 0) <= s) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best < 0) return -1;
    const k = blockItems[best];
    return (items[k].block.span?.end ?? 0) > s ? k : -1;
  };
  root.holds = (s) => itemAt(s) >= 0;

  /** Make sure the block holding offset s is on screen (rendering a new window if not). */
  root.reach = (s) => {
    const k = itemAt(s);
    if (k < 0) return false;
    if (k < from || k >= at) {
      // Start at its page when that keeps it in the window, else a little before it.
      const p = pageAt.findLast((x) => x <= k) ?? 0;
      renderFrom(k - p < BLOCKS_PER_BATCH - 20 ? p : k - 20);
    }
    return true;
  };

  /** Light every span given (clearing the last): returns the marks, the first span's first. */
  root.light = (spans) => {
    for (const u of root.lit ?? []) if (u.el.isConnected) u.el.replaceChildren(u.text);
    root.lit = [];
    const marks = [];
    let first = null;
    for (const u of root.units) {
      const ranges = [];
      for (const [k, s] of spans.entries()) {
        if (!(s.start < u.span.end && u.span.start < s.end)) continue;
        const r = litRange(ctx.source, u, s);
        if (r) ranges.push([...r, k === 0]);
      }
      if (!ranges.length) continue;
      ranges.sort((a, b) => a[0] - b[0]);
      const parts = [];
      let pos = 0;
      for (const [a, b, isFirst] of ranges) {
        const x = Math.max(a, pos);
        if (b <= x) continue;
        parts.push(u.text.slice(pos, x));
        const m = h("mark", { tabindex: -1 }, u.text.slice(x, b));
        if (isFirst && !first) first = m;
        marks.push(m);
        parts.push(m);
        pos = b;
      }
      parts.push(u.text.slice(pos));
      u.el.replaceChildren(...parts);
      root.lit.push(u);
    }
    if (first) {
      first.classList.add("first"); // the words of the first span given: scrolled to
      marks.splice(marks.indexOf(first), 1);
      marks.unshift(first);
    }
    return marks;
  };
  renderFrom(0);
  return root;
}

function textBlock(ctx, b, fmt, st, folio, unit) {
  const cls = ["block"];
  if (fmt === "text") cls.push("mono");
  if (st.heading) cls.push("heading", `h${Math.min(6, Math.max(1, st.heading))}`);
  if (st.bold) cls.push("bold");
  if (st.centered) cls.push("centered");
  if (st.italic) cls.push("italic");
  // Set large in the filing (14 pt and over, against a body of 10 to 12): larger here.
  if (!st.heading && st.size >= 14) cls.push(st.size >= 18 ? "large2" : "large1");
  if (st.blankBefore) cls.push("para");
  if (folio) cls.push("folio");
  const p = h("p", { className: cls.join(" ") });
  if (fmt === "text" && b.column) p.style.paddingLeft = `${Math.min(b.column, 40) / 2}ch`;
  p.append(unit(h("span", { className: "t" }), String(b.text ?? ""), b.span));
  const link = spanButton(ctx, b.span, "Text block", "§");
  link.classList.add("src-link");
  link.setAttribute("aria-label", "Show this text in the source");
  p.append(" ", link);
  return p;
}

/** A layout table as lines of text: each row a line, its cells side by side. */
function layoutTable(ctx, t, unit) {
  const rows = (t.rows ?? []).map((r) => (r.cells ?? []).filter((c) => String(c.text ?? "").trim() !== "")).filter((r) => r.length);
  const div = h("div", { className: "layout-table" }, rows.map((cells) => h("p", { className: "block layout-row" },
    cells.map((c) => unit(h("span", { className: "layout-cell" }), String(c.text), c.span)))));
  const link = spanButton(ctx, t.span, "Table", "§");
  link.classList.add("src-link");
  link.setAttribute("aria-label", "Show this table in the source");
  div.append(link);
  return div;
}

let tableCount = 0;
function dataTable(ctx, t, seq, unit) {
  const id = ++tableCount;
  const grid = tableGrid(t);
  const name = `document-${seq}-table-${id}.csv`;
  const cell = (c, header) => {
    if (!c) return h("td", {});
    const parts = c.parts?.length ? c.parts : [{ text: c.text, span: c.span }];
    const content = parts.map((p) => [p.sep || null, unit(h("span", {}), p.text, p.span)]);
    const el = h(header ? "th" : "td", { className: c.numeric ? "num" : "" },
      c.span ? h("button", { type: "button", className: "cell-link", onclick: (e) => ctx.onSpan(c.span, "Table cell", e.currentTarget) }, content) : content);
    if (header) el.scope = "col";
    if (c.colspan > 1) el.colSpan = c.colspan;
    return el;
  };
  const rows = grid.rows.map((line) => {
    const header = line.some((c) => c?.header);
    const cells = [];
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      cells.push(cell(c, header));
      if (c?.colspan > 1) i += c.colspan - 1; // the columns it covers are empty by construction
    }
    return h("tr", { className: header ? "head" : "" }, cells);
  });
  const [unitLine, figures] = tableExtras(ctx, t, seq, spanButton); // markdown.js: the unit, figures as CSV
  const caption = t.caption?.text ? unit(h("span", {}), t.caption.text, t.caption.span) : null;
  return h("figure", { className: "table" },
    h("figcaption", {}, caption, caption ? " " : null, unitLine,
      h("span", { className: "table-actions" },
        spanButton(ctx, t.span, "Table", "Show in source"),
        h("button", { type: "button", onclick: () => { download(name, toCsv(gridRows(grid))); ctx.status(`Saved the table as ${name}.`); } }, "Download CSV"),
        figures)),
    h("div", { className: "scroll-x" }, h("table", { className: "data filing-table" }, h("tbody", {}, rows))));
}

// ---------- images ----------

const IMG = /<img\b[^>]*>/gi;
const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : null;
};

/**
 * The <img> tags of an HTML body, each with the submission's document of that file name
 * (a GRAPHIC, uuencoded) when there is one: {at, name, alt, doc}.
 */
function imagesOf(ctx, d) {
  const b = d.bodySpan;
  if (!b || !ctx.source) return [];
  const text = ctx.source.slice(b.start, b.end);
  const byName = new Map();
  for (const x of ctx.filing.documents ?? []) {
    for (const n of [x.filename?.value, x.attachment?.name?.value]) if (n && x.attachment) byName.set(n.toLowerCase(), x);
  }
  const out = [];
  for (const m of text.matchAll(IMG)) {
    const src = attr(m[0], "src") ?? "";
    const name = decodeURIComponent(src.split(/[?#]/)[0].split("/").pop() ?? "").trim();
    out.push({ at: b.start + m.index, end: b.start + m.index + m[0].length, name, alt: attr(m[0], "alt") ?? "", doc: byName.get(name.toLowerCase()) ?? null });
    if (out.length >= 500) break;
  }
  return out;
}

const imageUrls = new WeakMap(); // filing -> Map(sequence -> Promise<url | null>), for the pane and the list alike

function imageView(ctx, im) {
  const label = im.alt.replace(/^\((.*)\)$/, "$1").trim();
  const fig = h("figure", { className: "filing-image", dataset: { name: im.name } });
  const placeholder = (why) => h("span", { className: "image-placeholder" }, `Image${label ? ` “${label}”` : ""}${im.name ? ` (${im.name})` : ""}: ${why}`);
  if (!im.doc || !ctx.attachmentBytes) {
    fig.append(placeholder("not in this submission"));
    return fig;
  }
  fig.append(placeholder("decoding…"));
  let urls = imageUrls.get(ctx.filing);
  if (!urls) imageUrls.set(ctx.filing, (urls = new Map()));
  const seq = im.doc.sequence?.value;
  if (!urls.has(seq)) {
    urls.set(seq, ctx.attachmentBytes(im.doc, { quiet: true }).then((bytes) => {
      if (!bytes) return null;
      const magic = String.fromCharCode(...bytes.subarray(0, 4));
      const type = IMAGE_TYPES.find(([m]) => magic.startsWith(m))?.[1];
      return type ? URL.createObjectURL(new Blob([bytes], { type })) : null;
    }, () => null));
  }
  urls.get(seq).then((url) => {
    if (!url) return fig.replaceChildren(placeholder("not a JPEG, PNG or GIF image"));
    fig.replaceChildren(h("img", { src: url, alt: label || `Image ${im.name} from the filing`, className: "filing-img" }));
  });
  return fig;
}
