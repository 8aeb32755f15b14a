// form6k, browser and bundler entry (the package's "default" export condition).
// Two wasm modules: the parser (form6k_wasm: parse, attachment, version) and the views
// (form6k_views: toMarkdown, tableFacts, with the parser they read the source again with).
// Both wasm files are found with `new URL(..., import.meta.url)`, which a plain
// <script type="module"> page, Vite and other bundlers resolve as assets.
//
// In a worker (where the page runs the parser) the import instantiates the parser alone,
// and the views module is fetched and compiled synchronously on the first call of
// toMarkdown or tableFacts, so a page that never asks for them never downloads them. On a
// page's main thread a synchronous request would block the page (and is deprecated), so
// there the import instantiates both, side by side. Either way the API stays synchronous.
import init from "./form6k_wasm.js";
import initViews, { initSync as initViewsSync, toMarkdown as viewsMarkdown, tableFacts as viewsFacts } from "./form6k_views.js";

const VIEWS = new URL("form6k_views_bg.wasm", import.meta.url);
let views = typeof document !== "undefined";
await (views ? Promise.all([init(), initViews({ module_or_path: VIEWS })]) : init());

export { parse, attachment, version } from "./form6k_wasm.js";

/** In a worker: fetch and compile the views module the first time it is needed. */
function loadViews() {
  if (views) return;
  const xhr = new XMLHttpRequest();
  xhr.open("GET", VIEWS, false);
  xhr.responseType = "arraybuffer";
  xhr.send();
  if (xhr.status !== 200 && xhr.status !== 0) {
    throw new Error(`form6k: cannot load ${VIEWS} (HTTP ${xhr.status})`);
  }
  initViewsSync({ module: new WebAssembly.Module(xhr.response) });
  views = true;
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
