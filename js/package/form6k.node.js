// form6k, Node entry (the package's "node" export condition): the same wasm and glue as
// the browser entry, instantiated synchronously from disk, so import needs no network.
// The views module (toMarkdown, tableFacts) is read and instantiated on the first call.
import { readFileSync } from "node:fs";
import { initSync } from "./form6k_wasm.js";
import { initSync as initViews, toMarkdown as viewsMarkdown, tableFacts as viewsFacts } from "./form6k_views.js";

initSync({ module: readFileSync(new URL("./form6k_wasm_bg.wasm", import.meta.url)) });

export { parse, attachment, version } from "./form6k_wasm.js";

let views = false;
function loadViews() {
  if (!views) {
    initViews({ module: readFileSync(new URL("./form6k_views_bg.wasm", import.meta.url)) });
    views = true;
  }
}

/** The Markdown of the document with this `<SEQUENCE>`, or `null` (see form6k.d.ts). */
export function toMarkdown(filing, sequence) {
  loadViews();
  return viewsMarkdown(filing, sequence);
}

/** Every figure in the tables of the document with this `<SEQUENCE>` (see form6k.d.ts). */
export function tableFacts(filing, sequence) {
  loadViews();
  return viewsFacts(filing, sequence);
}
