// The parser runs here so the page never freezes; main.js can terminate this
// worker at any time (Cancel) and start a new one.
//
// Messages in:  {id, op: "parse", input, options} | {id, op: "attachment", input, sequence}
//               input is a string (pasted text) or a Uint8Array (file bytes)
// Messages out: {op: "ready", version} | {op: "init-failed", message}
//               {id, op: "result", filing, seconds} | {id, op: "attachment", bytes}
//               {id, op: "error", message, fatal}
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
    } else {
      postMessage({ id, op: "error", message: `unknown request ${op}`, fatal: false });
    }
  } catch (e) {
    // A wasm trap (RuntimeError) leaves the instance unusable: ask to be replaced.
    const fatal = e instanceof WebAssembly.RuntimeError || !(e instanceof Error) || e.name !== "Error";
    postMessage({ id, op: "error", message: String(e && e.message || e), fatal });
  }
};
