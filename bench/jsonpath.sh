#!/usr/bin/env bash
# Times `volley jsonpath` against jq on generated data:
#   1. `$..*` over a ~10 MB nested document      (jq: '[..]')
#   2. a filter over an array of 100k objects     (jq: select)
# Both tools print pretty JSON to /dev/null, so output formatting is part of the cost.
# Uses hyperfine when installed (apt-get install -y hyperfine), a bash loop otherwise.
#
#   bench/jsonpath.sh                 build volley in release (.build-bench) and run
#   VOLLEY=/path/to/volley bench/jsonpath.sh   use an existing binary
#   RUNS=10 bench/jsonpath.sh         more runs per command (default 5)
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}

if [[ -z "${VOLLEY:-}" ]]; then
    echo "building volley (release, .build-bench)..." >&2
    swift build -c release --scratch-path .build-bench --product volley >&2
    VOLLEY="$PWD/.build-bench/release/volley"
fi
command -v jq >/dev/null || { echo "jq is not installed" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/volley-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" <<'PY'
import json, random, sys
out = sys.argv[1]
rng = random.Random(9535)
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]

def node(depth):
    # Objects and arrays down to depth 6, with the scalar mix of a typical API response.
    if depth >= 6 or rng.random() < 0.25:
        r = rng.random()
        if r < 0.3: return rng.randint(0, 10**6)
        if r < 0.5: return round(rng.uniform(0, 1000), 2)
        if r < 0.8: return " ".join(rng.choices(words, k=rng.randint(1, 4)))
        if r < 0.9: return rng.random() < 0.5
        return None
    if rng.random() < 0.5:
        return {f"{rng.choice(words)}_{i}": node(depth + 1) for i in range(rng.randint(1, 6))}
    return [node(depth + 1) for _ in range(rng.randint(1, 6))]

records, size = [], 0
while size < 10_000_000:
    record = {"id": len(records), "name": rng.choice(words), "payload": node(1)}
    records.append(record)
    size += len(json.dumps(record)) + 1
with open(f"{out}/big.json", "w") as f:
    json.dump({"records": records}, f)

categories = ["fiction", "reference", "science", "history"]
books = [{"id": i, "title": f"{rng.choice(words)} {rng.choice(words)} {i}",
          "category": rng.choice(categories), "price": round(rng.uniform(1, 50), 2),
          "tags": rng.sample(words, 2), "inStock": rng.random() < 0.7}
         for i in range(100_000)]
with open(f"{out}/books.json", "w") as f:
    json.dump(books, f)
PY

BIG="$WORK/big.json"
BOOKS="$WORK/books.json"
FILTER='$[?@.price < 10 && @.category == '"'"'fiction'"'"']'
JQ_FILTER='[.[] | select(.price < 10 and .category == "fiction")]'
echo "inputs: big.json $(du -h "$BIG" | cut -f1), books.json $(du -h "$BOOKS" | cut -f1) (100k objects)"
echo "matches: volley $("$VOLLEY" jsonpath --paths "$FILTER" "$BOOKS" | grep -c '\$'), jq $(jq "$JQ_FILTER | length" "$BOOKS")"

# mean seconds of a shell command
measure() {
    if command -v hyperfine >/dev/null; then
        hyperfine --style none --ignore-failure --warmup 1 --runs "$RUNS" --export-json "$WORK/h.json" "$1" >/dev/null 2>&1 || true
        python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["mean"])' "$WORK/h.json"
    else
        local total=0 start end
        bash -c "$1" >/dev/null 2>&1 || true
        for ((i = 0; i < RUNS; i++)); do
            start=$(date +%s%N)
            bash -c "$1" >/dev/null 2>&1 || true
            end=$(date +%s%N)
            total=$((total + end - start))
        done
        python3 -c "print('%.3f' % ($total / $RUNS / 1e9))"
    fi
}

row() {
    local name=$1 volley_cmd=$2 jq_cmd=$3 v j
    v=$(measure "$volley_cmd")
    j=$(measure "$jq_cmd")
    printf '%-34s volley %7ss   jq %7ss   volley/jq %5s\n' "$name" "$v" "$j" "$(python3 -c "print('%.2f' % ($v / $j))")"
}

echo "($( command -v hyperfine >/dev/null && echo hyperfine || echo 'bash loop' ), $RUNS runs, mean)"
row '$..* over big.json' "'$VOLLEY' jsonpath '\$..*' '$BIG' > /dev/null" "jq '[..]' '$BIG' > /dev/null"
# %q quoting: inside double quotes, bash -c would read the filter's `$[` as arithmetic and never run volley.
row 'price/category filter, 100k' "'$VOLLEY' jsonpath $(printf '%q' "$FILTER") '$BOOKS' > /dev/null" "jq '$JQ_FILTER' '$BOOKS' > /dev/null"
row 'parse only ($.none), big.json' "'$VOLLEY' jsonpath '\$.none' '$BIG' > /dev/null" "jq '.none' '$BIG' > /dev/null"
