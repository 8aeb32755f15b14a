#!/usr/bin/env bash
# Seed each fuzz target's corpus from the shared test corpus (../shared/corpus).
# The corpora are generated, not committed (fuzz/corpus is git-ignored).
set -euo pipefail
cd "$(dirname "$0")"
src="${CORPUS:-../../shared/corpus}"
[ -d "$src" ] || { echo "no corpus at $src" >&2; exit 1; }
seed() { # target, files...
    local dir="corpus/$1"; shift
    mkdir -p "$dir"
    for f in "$@"; do
        # One seed per file, named by content so re-seeding is idempotent.
        cp "$f" "$dir/$(sha1sum "$f" | cut -c1-16)"
    done
}
all=$(find "$src" -type f \( -name '*.txt' -o -name '*.htm' -o -name '*.html' -o -name '*.nc' \) ! -path '*/labels/*' ! -name README.md | sort)
html=$(find "$src/sixk" "$src/documents" -type f | sort)
text=$(find "$src/covers" -type f | sort; echo "$src/000_e7d0646948fb95ab.txt")
seed parse $all
seed decode $all
seed envelope $(find "$src/submissions" -type f | sort) "$src/000_e7d0646948fb95ab.txt"
seed body_text $text
seed body_html $html
# The report target reads its first byte as the format switch: 0 text, 1 HTML.
mkdir -p corpus/report
for f in $text; do { printf '\0'; cat "$f"; } > "corpus/report/t$(sha1sum "$f" | cut -c1-15)"; done
for f in $html; do { printf '\1'; cat "$f"; } > "corpus/report/h$(sha1sum "$f" | cut -c1-15)"; done
for t in corpus/*; do echo "$t: $(ls "$t" | wc -l) seeds"; done
