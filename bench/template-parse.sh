#!/usr/bin/env bash
# Template.parse before and after (issue 15, item 2): compiles the parser of two revisions (the
# working tree and BASE, default main) with a small driver, and counts instructions under
# callgrind for 40,000 `/a{{v}}` and a 1 MB body of 200,000 `{{v}}`, at 1× and 2× the size.
# The 2×/1× ratio is ~2 for linear parsing and ~4 for quadratic; instructions stay steady on a
# shared machine where seconds do not.
#
#   bench/template-parse.sh            working tree against main
#   BASE=810a21a~1 bench/template-parse.sh   against an older parser
set -euo pipefail
cd "$(dirname "$0")/.."
BASE=${BASE:-main}
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install -y valgrind)" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/volley-template-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# The parser and the few Core types it needs; built with -O as a release build would be.
FILES=(Template.swift SourceLocation.swift TemplateParseCounter.swift)
build() { # build NAME REV (REV empty: the working tree)
    mkdir -p "$WORK/$1"
    for f in "${FILES[@]}"; do
        if [[ -z "$2" ]]; then cp "Sources/VolleyCore/$f" "$WORK/$1/"; else git show "$2:Sources/VolleyCore/$f" >"$WORK/$1/$f"; fi
    done
    swiftc -O -parse-as-library -o "$WORK/$1/bench" "$WORK/$1"/*.swift bench/template-parse/main.swift
}
instructions() { # instructions BINARY ARGS...
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$@" >/dev/null 2>"$WORK/cg.log"
    grep -E "^summary:|^totals:" "$WORK/cg.out" | head -1 | awk '{print $2}'
}

build before "$BASE"
build after ""
printf '%-14s %-7s %16s %16s %8s\n' text version "instructions 1×" "instructions 2×" "2×/1×"
for text in placeholders body; do
    for version in before after; do
        one=$(instructions "$WORK/$version/bench" "$text" 1)
        two=$(instructions "$WORK/$version/bench" "$text" 2)
        printf '%-14s %-7s %16s %16s %8s\n' "$text" "$version" "$one" "$two" "$(awk -v a="$one" -v b="$two" 'BEGIN{printf "%.2f", b/a}')"
    done
done
