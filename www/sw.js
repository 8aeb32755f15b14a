// Offline: the app shell and the wasm are cached on install and served cache-first.
// Bump VERSION whenever any file below changes (the wasm build included) so that
// visitors get the new files: the old cache is deleted when the new worker activates.
const VERSION = "form6k-www-v1";
const SHELL = [
  "./", "index.html", "style.css", "main.js", "dom.js", "source.js", "view.js", "worker.js",
  "manifest.webmanifest", "icon.svg", "examples/hanaro-2003-04.txt",
  "pkg/form6k.js", "pkg/form6k_wasm.js", "pkg/form6k_wasm_bg.wasm",
];

self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(VERSION).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("form6k-") && k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== "GET" || url.origin !== location.origin) return;
  e.respondWith(caches.open(VERSION).then(async (cache) => {
    const hit = await cache.match(e.request, { ignoreSearch: true });
    if (hit) return hit;
    const res = await fetch(e.request);
    if (res.ok && res.type === "basic") cache.put(e.request, res.clone());
    return res;
  }));
});
