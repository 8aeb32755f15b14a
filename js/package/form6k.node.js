// form6k, Node entry (the package's "node" export condition): the same wasm and glue as
// the browser entry, instantiated synchronously from disk, so import needs no network.
import { readFileSync } from "node:fs";
import { initSync } from "./form6k_wasm.js";

initSync({ module: readFileSync(new URL("./form6k_wasm_bg.wasm", import.meta.url)) });

export { parse, attachment, version, toMarkdown, tableFacts } from "./form6k_wasm.js";
