#!/usr/bin/env bash
# Loading a Postman collection against loading the same collection as YAML (issue 12): makes a
# Postman export of N requests (folders, headers, a JSON body, a test script each), converts it
# with `volley import postman`, and counts the instructions `volley validate` spends on each
# under callgrind, at N and 2N. Postman/YAML says what reading the JSON costs against Volley's
# own format; 2N/N is ~2 when loading is linear. Instructions stay steady on a shared machine
# where seconds do not.
#
#   bench/postman-load.sh                    a release volley, 2000 requests
#   VOLLEY=.build/debug/volley N=500 bench/postman-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-2000}
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install -y valgrind)" >&2; exit 1; }
if [[ -n "${VOLLEY:-}" ]]; then volley=$VOLLEY; else source bench/lib/volley.sh; build_volley; fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/volley-postman-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

make_collection() { # make_collection COUNT FILE
    python3 - "$1" "$2" <<'PY'
import json, sys
count, path = int(sys.argv[1]), sys.argv[2]
def request(i):
    return {"name": f"Request {i}",
            "event": [{"listen": "test", "script": {"exec": [
                "pm.test('ok', function () {", "    pm.response.to.have.status(200);", "});",
                "pm.test('named', () => pm.expect(pm.response.json().name).to.be.a('string'));"]}}],
            "request": {"method": "POST",
                        "header": [{"key": "Accept", "value": "application/json"}, {"key": "X-Trace", "value": "{{trace}}"}],
                        "url": {"raw": "{{base}}/items/:id?page=1", "host": ["{{base}}"], "path": ["items", ":id"],
                                "query": [{"key": "page", "value": "1"}], "variable": [{"key": "id", "value": str(i)}]},
                        "body": {"mode": "raw", "raw": json.dumps({"id": i, "name": "{{name}}"}),
                                 "options": {"raw": {"language": "json"}}}}}
folders = [{"name": f"Folder {f}", "item": [request(f * 50 + i) for i in range(50)]} for f in range(count // 50)]
collection = {"info": {"name": "Bench", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
              "variable": [{"key": "base", "value": "http://127.0.0.1:9"}, {"key": "trace", "value": "t"},
                           {"key": "name", "value": "n"}],
              "item": folders}
json.dump(collection, open(path, "w"), indent=2)
PY
}
instructions() { # instructions ARGS...
    valgrind --tool=callgrind --callgrind-out-file="$WORK/cg.out" "$volley" "$@" >/dev/null 2>"$WORK/cg.log"
    grep -E "^summary:|^totals:" "$WORK/cg.out" | head -1 | awk '{print $2}'
}

printf '%-9s %16s %16s %13s\n' requests "postman (instr)" "yaml (instr)" "postman/yaml"
declare -A postman yaml
for count in "$N" $((2 * N)); do
    make_collection "$count" "$WORK/c$count.postman_collection.json"
    "$volley" import postman "$WORK/c$count.postman_collection.json" -o "$WORK/y$count" >/dev/null
    postman[$count]=$(instructions validate "$WORK/c$count.postman_collection.json")
    yaml[$count]=$(instructions validate "$WORK/y$count/bench.yaml")
    printf '%-9s %16s %16s %13s\n' "$count" "${postman[$count]}" "${yaml[$count]}" \
        "$(awk -v a="${postman[$count]}" -v b="${yaml[$count]}" 'BEGIN{printf "%.2f", a/b}')"
done
printf '2N/N: postman %s, yaml %s\n' \
    "$(awk -v a="${postman[$N]}" -v b="${postman[$((2 * N))]}" 'BEGIN{printf "%.2f", b/a}')" \
    "$(awk -v a="${yaml[$N]}" -v b="${yaml[$((2 * N))]}" 'BEGIN{printf "%.2f", b/a}')"
