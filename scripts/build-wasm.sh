#!/usr/bin/env bash
# Build the npm package pkg/ (and the static page's copy www/pkg/) from the Rust crate.
# Installs what it needs (rustup target, wasm-bindgen-cli at the exact Cargo.lock version,
# npm dev tools in js/); idempotent, and quick when they are installed.
#
#   pkg/form6k.js          browser/bundler entry: instantiates the wasm at import (top-level await)
#   pkg/form6k.node.js     Node entry: instantiates the same wasm synchronously from disk
#   pkg/form6k_wasm.js     wasm-bindgen --target web glue (also exports init/initSync)
#   pkg/form6k_wasm_bg.wasm  the parser, wasm-opt -Oz
#   pkg/form6k.d.ts        hand-written types (js/package/form6k.d.ts)
#   www/pkg/               the browser files of pkg/, for the static page, and build.js (the
#                          page's content hash, the service worker's cache name)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
TARGET=wasm32-unknown-unknown
say() { echo "build-wasm: $*"; }

rustup target list --installed | grep -qx "$TARGET" || { say "adding the $TARGET target (rustup)"; rustup target add "$TARGET"; }

# cargo's "Compiling" lines as one counter line; everything else it says goes to $1, shown
# only if the install fails.
progress() {
  local n=0 line
  while IFS= read -r line; do
    if [[ $line =~ ^\ *Compiling\ ([^ ]+)\ ([^ ]+) ]]; then
      n=$((n + 1))
      printf '\r  crates compiled: %d (%s %s)        ' "$n" "${BASH_REMATCH[1]}" "${BASH_REMATCH[2]}"
    else
      printf '%s\n' "$line" >>"$1"
    fi
  done
  if [ "$n" -gt 0 ]; then echo; fi
}

# wasm-bindgen-cli must be exactly the wasm-bindgen crate version in Cargo.lock. Its own lock
# file can pin crates this registry does not serve, so an unlocked resolve follows a failed
# --locked one; that failure is expected there and not shown.
WB_VER=$(cargo pkgid wasm-bindgen | sed 's/.*[@#]//')
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB_VER" ]; then
  say "first run: building wasm-bindgen-cli $WB_VER, about 4 minutes on 2 cores (once: cargo install puts it in ${CARGO_INSTALL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}/bin)"
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  if ! cargo install wasm-bindgen-cli --version "$WB_VER" --locked 2>&1 >/dev/null | progress "$log"; then
    say "its Cargo.lock does not resolve against this registry; installing with a fresh resolve"
    cargo install wasm-bindgen-cli --version "$WB_VER" 2>&1 >/dev/null | progress "$log" \
      || { cat "$log" >&2; say "cargo install wasm-bindgen-cli $WB_VER failed (above)" >&2; exit 1; }
  fi
  say "installed $(wasm-bindgen --version)"
fi

# npm dev tools (binaryen's wasm-opt; Debian's binaryen corrupts reference-types output).
if [ ! js/node_modules/.package-lock.json -nt js/package-lock.json ]; then
  say "installing the npm dev tools into js/node_modules (npm ci)"
  npm ci --prefix js --no-audit --no-fund --loglevel=error
fi
say "compiling the parser to $TARGET (release, LTO; a minute or two the first time)"

# LLVM's -Oz inline threshold (5) at opt-level "s": 5.2 KB gzip smaller and no slower in
# js/bench.mjs, where opt-level "z" is 18 KB smaller but 50% slower. `cargo rustc` gives the
# flag to this crate's compile only, which is where LTO inlines everything.
OUT=target/wasm-bindgen
rm -rf "$OUT" && mkdir -p "$OUT"
# Two modules from the one crate: the parser (form6k_wasm: parse, attachment, version), which
# the package loads at import, and the views (form6k_views, feature `wasm-views`: toMarkdown
# and tableFacts, with the parser they read again), which it loads on first use.
module() {
  local name=$1; shift
  cargo rustc --quiet --lib --release --no-default-features "$@" --target "$TARGET" \
    -- -C llvm-args=-inline-threshold=5
  wasm-bindgen --target web --no-typescript --out-name "$name" --out-dir "$OUT" \
    "target/$TARGET/release/form6k.wasm"
  # --zero-filled-memory: the module defines its memory, so it starts zeroed;
  # --low-memory-unused: Rust's data starts at 1 MiB above the stack, and bytes 0-1023 would be
  # touched only by a stack already overflowing into nothing. The producers and
  # target_features sections are for tools, not browsers (wasm-bindgen has already read them).
  # The four flags save 0.8 KB gzip (docs/wasm.md).
  js/node_modules/.bin/wasm-opt -Oz --converge --zero-filled-memory --low-memory-unused \
    --strip-producers --strip-target-features \
    "$OUT/${name}_bg.wasm" -o "$OUT/${name}_bg.opt.wasm"
  mv "$OUT/${name}_bg.opt.wasm" "$OUT/${name}_bg.wasm"
}
module form6k_wasm
module form6k_views --features wasm-views

rm -rf pkg && mkdir -p pkg
cp js/package/form6k.js js/package/form6k.node.js js/package/form6k.d.ts js/package/README.md \
  LICENSE-MIT LICENSE-APACHE pkg/
cp "$OUT/form6k_wasm.js" "$OUT/form6k_wasm_bg.wasm" "$OUT/form6k_views.js" "$OUT/form6k_views_bg.wasm" pkg/
# package.json: the template, with version and license from Cargo.toml. No repository,
# homepage or bugs fields: the project has no public repository to point to.
cargo metadata --no-deps --format-version 1 | node -e '
  const fs = require("fs");
  const meta = JSON.parse(fs.readFileSync(0, "utf8")).packages.find((p) => p.name === "form6k");
  const pkg = JSON.parse(fs.readFileSync("js/package/package.json", "utf8"));
  Object.assign(pkg, { version: meta.version, license: meta.license });
  fs.writeFileSync("pkg/package.json", JSON.stringify(pkg, null, 2) + "\n");
'

rm -rf www/pkg && mkdir -p www/pkg
cp pkg/form6k.js pkg/form6k_wasm.js pkg/form6k_wasm_bg.wasm pkg/form6k_views.js \
  pkg/form6k_views_bg.wasm pkg/form6k.d.ts www/pkg/
# The service worker's cache name: a hash of every file of the page (www/pkg/build.js).
node scripts/build-www.mjs

size() { printf '  %-22s raw %8d  gzip-9 %7d\n' "$(basename "$1")" "$(stat -c %s "$1")" "$(gzip -9c "$1" | wc -c)"; }
echo "form6k $(node -p 'require("./pkg/package.json").version') -> $ROOT/pkg"
for f in pkg/form6k_wasm_bg.wasm pkg/form6k_wasm.js pkg/form6k_views.js pkg/form6k.js pkg/form6k_views_bg.wasm pkg/form6k.node.js; do size "$f"; done
total=0
for f in pkg/form6k_wasm_bg.wasm pkg/form6k_wasm.js pkg/form6k_views.js pkg/form6k.js; do
  total=$((total + $(gzip -9c "$f" | wc -c)))
done
echo "  what a browser loads at import (parser wasm + both glues + entry), gzip -9 each: $total bytes"
echo "  and on the first toMarkdown/tableFacts: form6k_views_bg.wasm, $(gzip -9c pkg/form6k_views_bg.wasm | wc -c) bytes gzip -9"
