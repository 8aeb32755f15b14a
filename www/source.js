// The source pane: the filing text, rendered as text, with one span highlighted.
// Huge texts are shown as a window around the span so the DOM stays small.

import { h } from "./dom.js";

const WINDOW = 200_000; // characters each side of a span shown when the text is huge
const HUGE = 1_000_000;

export class SourcePane {
  constructor(pre, info) {
    this.pre = pre;
    this.info = info;
    this.text = "";
  }

  set(text) {
    this.text = text ?? "";
    this.show(null);
  }

  /** Show the text with [start, end) highlighted, or the start of the text when span is null. */
  show(span, label) {
    const text = this.text;
    const n = text.length;
    let start = 0, end = 0;
    if (span) {
      start = clamp(span.start, 0, n);
      end = clamp(span.end, start, n);
    }
    let from = 0, to = n;
    if (n > HUGE) {
      from = Math.max(0, start - WINDOW);
      to = Math.min(n, Math.max(end, start) + WINDOW);
      if (!span) to = Math.min(n, 2 * WINDOW);
    }
    const parts = [];
    if (from > 0) parts.push(h("span", { className: "elided" }, `… ${from.toLocaleString("en")} characters before …\n`));
    if (span) {
      parts.push(text.slice(from, start));
      this.mark = h("mark", { id: "highlight" }, text.slice(start, end));
      parts.push(this.mark, text.slice(end, to));
    } else {
      this.mark = null;
      parts.push(text.slice(from, to));
    }
    if (to < n) parts.push(h("span", { className: "elided" }, `\n… ${(n - to).toLocaleString("en")} characters after …`));
    this.pre.replaceChildren(...parts.map((p) => (typeof p === "string" ? document.createTextNode(p) : p)));

    if (span) {
      const line = lineOf(text, start);
      this.info.textContent = `${label ? label + ": " : ""}line ${line.toLocaleString("en")}, characters ${start.toLocaleString("en")}–${end.toLocaleString("en")}`;
      // Scroll the pane (not the page) so the mark sits a third of the way down.
      const top = this.mark.offsetTop - this.pre.offsetTop;
      this.pre.scrollTop = Math.max(0, top - this.pre.clientHeight / 3);
      const r = this.pre.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight) this.pre.scrollIntoView({ block: "nearest" });
    } else {
      this.pre.scrollTop = 0;
      this.info.textContent = n > HUGE
        ? `${n.toLocaleString("en")} characters; showing the first ${to.toLocaleString("en")}`
        : `${n.toLocaleString("en")} characters`;
    }
  }
}

function clamp(v, lo, hi) {
  return Math.min(hi, Math.max(lo, Number.isFinite(v) ? v : lo));
}

function lineOf(text, at) {
  let line = 1, i = -1;
  while ((i = text.indexOf("\n", i + 1)) !== -1 && i < at) line++;
  return line;
}
