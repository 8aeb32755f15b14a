// form6k, browser and bundler entry (the package's "default" export condition).
// Instantiates the wasm once, at import, with top-level await: the wasm file is found
// with `new URL("form6k_wasm_bg.wasm", import.meta.url)` inside the wasm-bindgen glue,
// which a plain <script type="module"> page, Vite and other bundlers resolve as an asset.
import init from "./form6k_wasm.js";

await init();

export { parse, attachment, version, toMarkdown, tableFacts } from "./form6k_wasm.js";
