// The document pane: the document that holds a value, as a reader sees it (reader.js), opened
// where the value was read, its words lit with <mark> and scrolled into view. main.js shows
// the raw source instead when a span lies in no document's text (the submission header).

import { h, plural } from "./dom.js";
import { pagesView } from "./reader.js";

const formatOf = (d) => (typeof d.format === "string" ? d.format : Object.values(d.format ?? {})[0] ?? "");

export class DocumentPane {
  /** els: {el (the scrolling pane), info (the line above it), back (Back to the value)} */
  constructor(els) {
    Object.assign(this, els);
    this.ctx = null;
    this.views = new Map();
    this.shown = null;
    // From a lit word, Escape goes back to the value.
    this.el.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && e.target.tagName === "MARK" && !this.back.hidden) { e.preventDefault(); this.back.click(); }
    });
  }

  /** A new filing. ctx as view.js's, with onSpan showing the raw source. */
  set(ctx) {
    this.ctx = ctx;
    this.views = new Map();
    this.shown = null;
    this.el.replaceChildren(h("p", { className: "muted reader-empty" }, "Choose a value: the document it was read from opens here, its words lit."));
  }

  /** The documents with text, each {d, seq, fmt}. */
  docs() {
    return (this.ctx?.filing.documents ?? []).map((d, i) => ({ d, seq: d.sequence?.value ?? String(i + 1), fmt: formatOf(d) }))
      .filter((x) => x.d.body?.pages?.length);
  }

  view(x) {
    if (!this.views.has(x.seq)) {
      const v = pagesView(this.ctx, x.d, x.seq, x.fmt, { noScroll: true });
      const type = x.d.type?.value ?? "document";
      const head = h("p", { className: "reader-head" }, h("span", { className: "seq" }, x.seq), " ",
        [type, x.d.filename?.value, x.d.description?.value].filter(Boolean).join(" · "));
      this.views.set(x.seq, { x, v, node: h("div", { className: `reader-doc${x.fmt === "text" ? " plain" : ""}`, dataset: { sequence: x.seq } }, head, v) });
    }
    return this.views.get(x.seq);
  }

  open(entry) {
    if (this.shown !== entry) {
      this.el.replaceChildren(entry.node);
      this.shown = entry;
    }
  }

  /** Show a document from its start (the pane was switched to with nothing lit). */
  showFirst() {
    if (this.shown) return true;
    const x = this.docs()[0];
    if (!x) return false;
    this.open(this.view(x));
    this.el.scrollTop = 0;
    return true;
  }

  /**
   * Light the spans in the document holding the first one; false when no document's text
   * holds it. keyboard: the value was chosen with the keyboard, so focus goes to the words.
   */
  show(spans, label, keyboard = false) {
    const first = spans[0];
    if (!first || !this.ctx) return false;
    const x = this.docs().find(({ d }) => d.bodySpan && d.bodySpan.start <= first.start && first.start < d.bodySpan.end);
    if (!x) return false;
    const entry = this.view(x);
    if (!entry.v.holds(first.start)) return false;
    entry.v.reach(first.start);
    this.open(entry);
    const marks = entry.v.light(spans);
    if (!marks.length) return false;
    const m = marks[0];
    this.reveal(m);
    const page = m.closest(".page")?.dataset.page;
    const line = this.ctx.line(first.start).toLocaleString("en");
    const more = spans.length > 1 ? ` and ${plural(spans.length - 1, "more place")}` : "";
    this.info.textContent = `${label ? label + ": " : ""}document ${x.seq}${page ? `, page ${page}` : ""}, line ${line}${more}`;
    if (keyboard) m.focus({ preventScroll: true });
    return true;
  }

  /** Scroll the pane (and a wide table sideways) so the mark sits a third of the way down. */
  reveal(m) {
    const x = m.closest(".scroll-x");
    if (x) {
      const r = m.getBoundingClientRect(), xr = x.getBoundingClientRect();
      if (r.left < xr.left || r.right > xr.right) x.scrollLeft += r.left - xr.left - xr.width / 3;
    }
    const r = m.getBoundingClientRect(), pr = this.el.getBoundingClientRect();
    this.el.scrollTop = Math.max(0, this.el.scrollTop + r.top - pr.top - this.el.clientHeight / 3);
    // On a narrow screen the pane is below the values: bring it into view.
    const p = this.el.getBoundingClientRect();
    if (p.top < 0 || p.bottom > innerHeight) this.el.scrollIntoView({ block: "nearest" });
  }
}
