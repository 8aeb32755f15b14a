// The parser runs here so the page never freezes; main.js can terminate this
// worker at any time (Cancel) and start a new one.
//
// Messages in:  {id, op: "parse", input, options} | {id, op: "attachment", input, sequence}
//               input is a string (pasted text) or a Uint8Array (file bytes)
//               {id, op: "markdown" | "tableFacts", input, sequence}: input is the decoded
//               source, so the spans index the text the page shows
// Messages out: {op: "ready", version} | {op: "init-failed", message}
//               {id, op: "result", filing, seconds} | {id, op: "attachment", bytes}
//               {id, op: "markdown" | "tableFacts", value} | {id, op: "error", message, fatal}
// The package instantiates its wasm when imported (top-level await); a dynamic
// import lets a failure to load be reported instead of killing the worker silently.
let api = null;
const ready = import("./pkg/form6k.js").then(
  (m) => { api = m; postMessage({ op: "ready", version: m.version() }); },
  (e) => { postMessage({ op: "init-failed", message: String(e && e.message || e) }); throw e; },
);

self.onmessage = async ({ data }) => {
  const { id, op } = data;
  try {
    await ready;
    if (op === "parse") {
      const t0 = performance.now();
      const filing = api.parse(data.input, data.options ?? {});
      postMessage({ id, op: "result", filing, seconds: (performance.now() - t0) / 1000 });
    } else if (op === "attachment") {
      const bytes = api.attachment(data.input, data.sequence) ?? null;
      postMessage({ id, op: "attachment", bytes }, bytes ? [bytes.buffer] : []);
    } else if (op === "markdown" || op === "tableFacts") {
      const fn = op === "markdown" ? api.toMarkdown : api.tableFacts;
      if (typeof fn !== "function") throw new Error(`this build of form6k has no ${op === "markdown" ? "toMarkdown" : "tableFacts"}`);
      postMessage({ id, op, value: fn(data.input, data.sequence) ?? null });
    } else {
      postMessage({ id, op: "error", message: `unknown request ${op}`, fatal: false });
    }
  } catch (e) {
    // A wasm trap (RuntimeError) leaves the instance unusable: ask to be replaced.
    const fatal = e instanceof WebAssembly.RuntimeError || !(e instanceof Error) || e.name !== "Error";
    postMessage({ id, op: "error", message: String(e && e.message || e), fatal });
  }
};
