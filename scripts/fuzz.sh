#!/usr/bin/env bash
# libFuzzer campaigns over the parsers hostile input reaches (Fuzz/README.md).
#
#   scripts/fuzz.sh                  every target for 20 s (the CI smoke)
#   scripts/fuzz.sh jsonpath 3600    one target for an hour
#   JOBS=2 scripts/fuzz.sh regex 0   one target until stopped, on two cores
#
# Each library module is compiled once with -sanitize=fuzzer,address (coverage + ASan) into
# Fuzz/.build, then each target file is linked against the modules it imports. New inputs the
# fuzzer finds go to Fuzz/.build/corpus/TARGET (the seeds in Fuzz/corpus/TARGET stay as they
# are); a crash is written to Fuzz/.build/crash-TARGET-* and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

TARGETS=(json jsonpath regex templates quota redactor collection script-text)
SECONDS_EACH=${2:-20}
ONLY=${1:-}
OUT=Fuzz/.build
mkdir -p "$OUT"

# Modules in dependency order, and what each target links.
MODULES=(VolleyJSON VolleyRegex VolleyJSONPath VolleyCore VolleyLock VolleyQuota VolleyXML VolleyParser)
declare -A NEEDS=(
    [json]="VolleyJSON"
    [jsonpath]="VolleyJSON VolleyRegex VolleyJSONPath"
    [regex]="VolleyRegex"
    [templates]="VolleyJSON VolleyRegex VolleyJSONPath VolleyCore"
    [quota]="VolleyJSON VolleyRegex VolleyJSONPath VolleyCore VolleyLock VolleyQuota"
    [redactor]="VolleyJSON VolleyRegex VolleyJSONPath VolleyCore"
    [collection]="VolleyJSON VolleyRegex VolleyJSONPath VolleyCore VolleyXML VolleyParser"
    [script-text]="VolleyJSON VolleyRegex VolleyJSONPath VolleyCore"
)
# The parser checks XPath expressions at load (VolleyXML over libxml2): its C module and headers too.
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -I "$OUT" -I Sources/CYAML -I Sources/CXML2
    $(pkg-config --cflags-only-I libxml-2.0 | sed 's/-I/-Xcc -I/g') -suppress-warnings)

build_module() {
    local module=$1 object="$OUT/$1.o"
    # Rebuilt only when a source file is newer than the object.
    if [[ -f "$object" ]] && [[ -z "$(find "Sources/$module" -name '*.swift' -newer "$object" | head -1)" ]]; then return; fi
    echo "compiling $module (fuzzer, address sanitizer)..." >&2
    swiftc "${FLAGS[@]}" -wmo -c -module-name "$module" -emit-module -emit-module-path "$OUT/$module.swiftmodule" \
        -o "$object" $(find "Sources/$module" -name '*.swift' | sort)
}

build_target() {
    local target=$1 objects=()
    for module in ${NEEDS[$target]}; do objects+=("$OUT/$module.o"); done
    local binary="$OUT/fuzz-$target"
    if [[ -f "$binary" ]] && [[ -z "$(find "Fuzz/Targets/$target.swift" "${objects[@]}" -newer "$binary" | head -1)" ]]; then return; fi
    echo "linking fuzz-$target..." >&2
    swiftc "${FLAGS[@]}" -o "$binary" "Fuzz/Targets/$target.swift" "${objects[@]}" -lyaml -lxml2
}

run_target() {
    local target=$1
    mkdir -p "$OUT/corpus/$target"
    echo "fuzzing $target for ${SECONDS_EACH}s..." >&2
    # -timeout: an input that takes a second is a hang (the bombs this catches took minutes);
    # -rss_limit_mb: a blow-up in memory is a finding, not a reason to swap.
    "$OUT/fuzz-$target" "$OUT/corpus/$target" "Fuzz/corpus/$target" \
        -max_total_time="$SECONDS_EACH" -timeout=2 -rss_limit_mb=1024 -max_len=65536 \
        ${JOBS:+-jobs="$JOBS" -workers="$JOBS"} -artifact_prefix="$OUT/crash-$target-" \
        -print_final_stats=1 2>"$OUT/$target.log" || { tail -n 40 "$OUT/$target.log" >&2; return 1; }
    grep -E "stat::number_of_executed_units|cov:" "$OUT/$target.log" | tail -n 2 >&2 || true
}

selected=("${TARGETS[@]}")
if [[ -n "$ONLY" ]]; then
    [[ -n "${NEEDS[$ONLY]:-}" ]] || { echo "unknown target '$ONLY' (known: ${TARGETS[*]})" >&2; exit 2; }
    selected=("$ONLY")
fi
for module in "${MODULES[@]}"; do build_module "$module"; done
failed=0
for target in "${selected[@]}"; do
    build_target "$target"
    run_target "$target" || failed=1
done
exit $failed
