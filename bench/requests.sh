#!/usr/bin/env bash
# Volley against curl on the same 1000 GETs to a local nginx serving a small JSON file.
# Volley checks a status and a JSONPath assertion on each; curl just fetches (`curl -K`, one
# process, keep-alive). Prints both wall times and their ratio, then (with valgrind) both
# instruction counts under callgrind and their ratio: seconds drift on a shared machine,
# instructions do not.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
ROUNDS=${ROUNDS:-5}

. bench/lib/volley.sh
build_volley

work=$(mktemp -d)
. bench/lib/nginx.sh
start_nginx "$work"

python3 - "$N" "$port" "$work" <<'PY'
import sys
n, port, work = int(sys.argv[1]), sys.argv[2], sys.argv[3]
with open(f"{work}/bench.yaml", "w") as f:
    f.write("name: bench\nrequests:\n")
    for i in range(n):
        f.write(f"  - name: r{i}\n    url: http://127.0.0.1:{port}/small.json?i={i}\n"
                "    expect:\n      status: 200\n      json:\n        \"$.name\": Acme\n")
with open(f"{work}/curl.cfg", "w") as f:
    for i in range(n):
        f.write(f'url = "http://127.0.0.1:{port}/small.json?i={i}"\noutput = "/dev/null"\n')
# Start-up: the same check on one request, so what every run pays before its first request shows.
with open(f"{work}/one.yaml", "w") as f:
    f.write(f"name: one\nrequests:\n  - name: r0\n    url: http://127.0.0.1:{port}/small.json\n"
            "    expect:\n      status: 200\n      json:\n        \"$.name\": Acme\n")
PY

best() { sort -n | head -n 1; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

"$volley" run "$work/bench.yaml" > "$work/volley.out" || { tail -5 "$work/volley.out"; exit 1; }
tail -n 1 "$work/volley.out"
v=$(for _ in $(seq 1 "$ROUNDS"); do time_ms "$volley" run "$work/bench.yaml" --color never; done | best)
c=$(for _ in $(seq 1 "$ROUNDS"); do time_ms curl -s -K "$work/curl.cfg"; done | best)
echo "requests: $N  (best of $ROUNDS runs)"
echo "volley:   ${v} ms  (status + JSONPath assertion on each)"
echo "curl -K:  ${c} ms"
python3 -c "print(f'ratio:    {$v/$c:.2f}x  (volley / curl)')"

# Instructions: the same two runs once each under callgrind (one pass: it is ~50x slower than native).
if command -v valgrind >/dev/null 2>&1 && [ "${INSTRUCTIONS:-1}" = 1 ]; then
  instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
      | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' | tail -n 1
  }
  vi=$(instructions "$volley" run "$work/bench.yaml" --color never)
  ci=$(instructions curl -s -K "$work/curl.cfg")
  python3 -c "print(f'instructions: volley {$vi/1e6:.0f}M, curl -K {$ci/1e6:.0f}M, ratio {$vi/$ci:.2f}x')"
  vs=$(instructions "$volley" run "$work/one.yaml" --color never)
  cs=$(instructions curl -s -o /dev/null "http://127.0.0.1:$port/small.json")
  python3 -c "print(f'start-up (one request): volley {$vs/1e6:.1f}M, curl {$cs/1e6:.1f}M, ratio {$vs/$cs:.2f}x')"
fi
