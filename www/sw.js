// Offline copy of the page. pkg/build.js, written by the build (scripts/build-www.mjs), sets
// self.FORM6K_BUILD to a hash of every file below, so each build has its own cache and a
// changed build changes this worker's bytes (imported scripts count), which makes the
// browser install the new worker; the old cache is deleted when it activates.
//
// Requests go to the network first (revalidating the browser's HTTP cache), so a visitor
// always gets the files the server has now; the cache answers when the network does not.
try {
  importScripts("pkg/build.js");
} catch {
  self.FORM6K_BUILD = "unbuilt";
}
const VERSION = `form6k-www-${self.FORM6K_BUILD}`;
const SHELL = [
  "./", "index.html", "style.css", "main.js", "dom.js", "source.js", "table.js", "view.js", "worker.js", "markdown.js",
  "reader.js", "evidence.js", "timeline.js",
  "manifest.webmanifest", "icon.svg", "examples/hanaro-2003-04.txt",
  "pkg/form6k.js", "pkg/form6k_wasm.js", "pkg/form6k_wasm_bg.wasm",
  // The views module (Markdown, table facts): loaded by the page on first use, kept for offline.
  "pkg/form6k_views.js", "pkg/form6k_views_bg.wasm",
];

self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(VERSION)
    .then((c) => c.addAll(SHELL.map((u) => new Request(u, { cache: "reload" }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith("form6k-") && k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (e) => {
  const url = new URL(e.request.url);
  if (e.request.method !== "GET" || url.origin !== location.origin) return;
  e.respondWith((async () => {
    const cache = await caches.open(VERSION);
    try {
      // By URL: a navigation request cannot be copied with a new cache mode.
      const res = await fetch(url.href, { cache: "no-cache", credentials: "same-origin" });
      if (res.ok && res.type === "basic") cache.put(e.request, res.clone());
      return res;
    } catch (err) {
      const hit = await cache.match(e.request, { ignoreSearch: true });
      if (hit) return hit;
      throw err;
    }
  })());
});
