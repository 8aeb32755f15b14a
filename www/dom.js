// Small DOM helpers. Filing content only ever becomes text nodes: `h` turns every
// string child into a Text node and sets only properties, never HTML.

/** h("p", {className: "x", onclick}, "text", child) */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    // Attributes that have no property of the same name (`tabindex` is `tabIndex`).
    else if (k.startsWith("aria-") || k === "role" || k === "for" || k === "tabindex") el.setAttribute(k, String(v));
    else el[k] = v;
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/**
 * A button that shows a span of the source: ctx.onSpan(span, label, button) on click; its
 * title says the line (ctx.line). Plain text when there is no span.
 */
export function spanButton(ctx, span, label, text) {
  if (!span) return h("span", {}, text);
  const b = h("button", {
    type: "button", className: "span-link",
    title: `Show in the source (line ${ctx.line(span.start).toLocaleString("en")})`,
    dataset: { start: span.start, end: span.end },
    onclick: () => ctx.onSpan(span, label, b),
  }, text === "" ? "(empty)" : text);
  return b;
}

/** Save bytes or text as a file. The blob is typed octet-stream so it is never rendered here. */
export function download(name, data) {
  const blob = data instanceof Blob ? data : new Blob([data], { type: "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const a = h("a", { href: url, download: safeName(name) });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from filing data: no path separators or control characters. */
export function safeName(name) {
  const s = String(name ?? "").replace(/[\/\\:\u0000-\u001f\u007f"<>|?*]+/g, "_").trim();
  return s.replace(/^\.+/, "").slice(0, 150) || "download";
}

/** RFC 4180 CSV; cells that a spreadsheet would run as formulas get a leading quote. */
export function toCsv(rows) {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function csvCell(v) {
  let s = v == null ? "" : String(v);
  if (/^[=+@\t\r]/.test(s) || /^-[^\d.\s]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];

/** {year, month, day?} as "April 2003" or "14 April 2003". */
export function periodText(p) {
  if (!p || !p.year) return "";
  const m = MONTHS[(p.month ?? 0) - 1] ?? `month ${p.month}`;
  return p.day ? `${p.day} ${m} ${p.year}` : `${m} ${p.year}`;
}

export function plural(n, one, many = one + "s") {
  return `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Line numbers for offsets into one text: built once (one pass), then a binary search. */
export function lineIndex(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (at) => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= at) lo = mid; else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Words for the parser's names of things. */
export const KIND_WORDS = { submission: "whole submission", document: "no submission header" };
export const ENCODING_WORDS = {
  "utf-8": "UTF-8 text", "windows-1252": "Windows-1252 text", "utf-16le": "UTF-16 text",
  "utf-16be": "UTF-16 text", "utf-8+windows-1252": "UTF-8 text with a few Windows-1252 characters",
};
/** A document format in words, with its article: "an XBRL document". */
export const FORMAT_WORDS = {
  text: "a plain-text document", html: "an HTML document", inlineXbrl: "an inline XBRL (HTML) document",
  xbrl: "an XBRL document", xml: "an XML document", pdf: "a PDF document",
  uuencoded: "an encoded file", empty: "an empty document",
};
