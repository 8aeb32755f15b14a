// Stamp the static page's build: write www/pkg/build.js with a hash of every file the
// service worker caches (www/ and www/pkg/), so that a changed file gives a new cache name
// and visitors get the new files. Run by scripts/build-wasm.sh and e2e/run.sh; writes only
// www/pkg/ (not in git).
//   node scripts/build-www.mjs [WWW_DIR]
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const www = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../www"));
const OUT = path.join(www, "pkg/build.js");
const walk = (d) => readdirSync(d, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
const files = walk(www).filter((f) => f !== OUT).map((f) => path.relative(www, f).split(path.sep).join("/")).sort();
const hash = createHash("sha256");
for (const f of files) hash.update(`${f}\0`).update(readFileSync(path.join(www, f))).update("\0");
const id = hash.digest("hex").slice(0, 16);
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, `// Written by scripts/build-www.mjs: a hash of the page's files (${files.length}).\nself.FORM6K_BUILD = "${id}";\n`);
console.log(`www build ${id} (${files.length} files) -> ${path.relative(process.cwd(), OUT) || OUT}`);
