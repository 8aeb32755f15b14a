// The source pane: the filing text, rendered as text, with one span highlighted.
// Huge texts are shown as a window around the span so the DOM stays small; that is also
// why the pane has its own Find (the browser's cannot see text outside the window).

import { h, lineIndex, plural } from "./dom.js";

const WINDOW = 200_000; // characters each side of a span shown when the text is huge
const HUGE = 1_000_000;
const MAX_MATCHES = 10_000;

export class SourcePane {
  /** els: {pre, info, back, find, findCount, wrap} (see index.html) */
  constructor(els) {
    Object.assign(this, els);
    this.text = "";
    this.line = () => 1;
    this.origin = null;
    this.matches = [];
    this.match = -1;
    this.back.addEventListener("click", () => this.goBack());
    this.wrap.addEventListener("click", () => this.setWrap(this.wrap.getAttribute("aria-pressed") !== "true"));
    this.find.addEventListener("input", () => this.search());
    this.find.addEventListener("keydown", (e) => {
      if (e.key === "Enter") { e.preventDefault(); this.step(e.shiftKey ? -1 : 1); }
    });
  }

  set(text) {
    this.text = text ?? "";
    this.line = lineIndex(this.text);
    this.matches = [];
    this.match = -1;
    this.findCount.textContent = "";
    this.find.value = "";
    this.show(null);
  }

  setWrap(on) {
    this.wrap.setAttribute("aria-pressed", String(on));
    this.pre.classList.toggle("wrap", on);
    if (this.mark) this.reveal();
  }

  /**
   * Show the text with [start, end) highlighted, or the start of the text when span is null.
   * span may be a list of spans (a topic's evidence): each is marked, the first is shown.
   * origin: the element that asked (a value's button), for "Back to the value".
   */
  show(span, label, origin) {
    const text = this.text;
    const n = text.length;
    const spans = normalize(Array.isArray(span) ? span : span ? [span] : [], n);
    span = spans[0] ?? null;
    let start = 0, end = 0;
    if (span) ({ start, end } = span);
    let from = 0, to = n;
    if (n > HUGE) {
      from = Math.max(0, start - WINDOW);
      to = Math.min(n, Math.max(end, start) + WINDOW);
      if (!span) to = Math.min(n, 2 * WINDOW);
    }
    const parts = [];
    if (from > 0) parts.push(h("span", { className: "elided" }, `… ${from.toLocaleString("en")} characters before …\n`));
    if (span) {
      // Marks outside the shown window (a huge text) are left out.
      let at = from;
      for (const s of [...spans].sort((a, b) => a.start - b.start)) {
        if (s.start < at || s.end > to) continue;
        parts.push(text.slice(at, s.start));
        // The first span is the one scrolled to; the mark with the id.
        const m = h("mark", s === span ? { id: "highlight" } : {}, text.slice(s.start, s.end));
        if (s === span) this.mark = m;
        parts.push(m);
        at = s.end;
      }
      parts.push(text.slice(at, to));
    } else {
      this.mark = null;
      parts.push(text.slice(from, to));
    }
    if (to < n) parts.push(h("span", { className: "elided" }, `\n… ${(n - to).toLocaleString("en")} characters after …`));
    this.pre.replaceChildren(...parts.map((p) => (typeof p === "string" ? document.createTextNode(p) : p)));

    this.origin = origin ?? null;
    this.back.hidden = !this.origin;
    if (span) {
      const first = this.line(start), last = this.line(Math.max(start, end - 1));
      const more = spans.length > 1 ? ` and ${plural(spans.length - 1, "more place")}` : "";
      this.info.textContent = `${label ? label + ": " : ""}${first === last ? `line ${first.toLocaleString("en")}` : `lines ${first.toLocaleString("en")}–${last.toLocaleString("en")}`}${more}`;
      this.reveal();
      // On a narrow screen the pane is below the values: bring it into view.
      const r = this.pre.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) this.pre.scrollIntoView({ block: "nearest" });
    } else {
      this.pre.scrollTop = 0;
      this.pre.scrollLeft = 0;
      this.info.textContent = n > HUGE
        ? `${plural(this.line(n), "line")}, ${n.toLocaleString("en")} characters; showing the first ${to.toLocaleString("en")}`
        : `${plural(this.line(n), "line")}, ${n.toLocaleString("en")} characters`;
    }
  }

  /** Scroll the pane (not the page), both ways, so the mark's start sits in view. */
  reveal() {
    const rect = this.mark?.getClientRects()[0];
    if (!rect) return;
    const pane = this.pre.getBoundingClientRect();
    const top = rect.top - pane.top - this.pre.clientTop;
    const left = rect.left - pane.left - this.pre.clientLeft;
    this.pre.scrollTop = Math.max(0, this.pre.scrollTop + top - this.pre.clientHeight / 3);
    // Sideways only when the mark is not already in view: then its start a third of the way
    // in (less for a mark wider than the rest of the pane), so the text before it shows too.
    const w = this.pre.clientWidth;
    if (left < 0 || left + Math.min(rect.width, w) > w) {
      const room = Math.max(0, w - Math.min(rect.width, w));
      this.pre.scrollLeft = Math.max(0, this.pre.scrollLeft + left - Math.min(room / 2, w / 3));
    }
  }

  goBack() {
    const o = this.origin;
    if (!o?.isConnected) return;
    o.scrollIntoView({ block: "center" });
    o.focus({ preventScroll: true });
  }

  /** Find every match of the query (case-insensitive), then show the first. */
  search() {
    const q = this.find.value;
    this.matches = [];
    this.match = -1;
    if (!q) {
      this.findCount.textContent = "";
      return;
    }
    const re = new RegExp(q.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
    for (let m; this.matches.length < MAX_MATCHES && (m = re.exec(this.text));) {
      this.matches.push({ start: m.index, end: m.index + m[0].length });
    }
    if (!this.matches.length) {
      this.findCount.textContent = "No match";
      return;
    }
    this.step(1);
  }

  step(dir) {
    if (!this.matches.length) return this.search();
    const n = this.matches.length;
    this.match = (this.match + dir + n) % n;
    const more = n >= MAX_MATCHES ? "+" : "";
    this.findCount.textContent = `${(this.match + 1).toLocaleString("en")} of ${n.toLocaleString("en")}${more}`;
    this.show(this.matches[this.match], `Match ${this.match + 1} of ${n.toLocaleString("en")}${more}`);
  }
}

/** Spans clamped to the text, in order, overlapping ones merged; the first given stays first. */
function normalize(spans, n) {
  const out = spans.filter(Boolean).map((s) => {
    const start = clamp(s.start, 0, n);
    return { start, end: clamp(s.end, start, n) };
  });
  if (out.length < 2) return out;
  const first = out[0];
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged = [];
  for (const s of out) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  // The span shown first (scrolled to) is the one holding the first given.
  const k = merged.findIndex((s) => s.start <= first.start && first.start <= s.end);
  if (k > 0) merged.unshift(...merged.splice(k, 1));
  return merged;
}

function clamp(v, lo, hi) {
  return Math.min(hi, Math.max(lo, Number.isFinite(v) ? v : lo));
}
