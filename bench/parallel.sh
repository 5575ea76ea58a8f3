#!/usr/bin/env bash
# --jobs against the references that bound it, all measured in this one run:
#  1. 2000 GETs to a local nginx, 8 files x 250 requests, each checked for its status and a
#     JSONPath: `volley run --jobs 8` against `curl --parallel --parallel-max 8` on the same URLs
#     (goal <= 1.5x), with `wrk -t2 -c8` on the same URL as the server's ceiling.
#  2. Peak RSS of `--jobs 8` at 100k requests against 100 (a 10-request file, --repeat 10000 vs
#     10): the reports and the results held for ordering stay bounded (goal <= 1.5x).
#  3. 8 files x 5 requests that each take 200 ms (the demo server's /delay/200), `--jobs 4`:
#     against the ideal 2 s (goal <= 1.2x).
#  4. The same 40 requests as the entries of one `parallel: true` folder in one file, `--jobs 4`:
#     against the same ideal 2 s (lanes, not workers, carry them).
# VOLLEY=path and DEMO_SERVER=path use binaries already built instead of the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}

. bench/lib/volley.sh
if [ -n "${VOLLEY:-}" ]; then volley=$VOLLEY; else build_volley; fi
if [ -n "${DEMO_SERVER:-}" ]; then demo=$DEMO_SERVER; else
  swift build -c release --static-swift-stdlib --product volley-demo-server --scratch-path .build-static >/dev/null
  demo="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/volley-demo-server"
fi

work=$(mktemp -d)
. bench/lib/nginx.sh
start_nginx "$work"
"$demo" --port-file "$work/demo.port" >/dev/null 2>&1 &
demo_pid=$!
trap 'kill "$nginx_pid" "$demo_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 200); do [ -s "$work/demo.port" ] && break; sleep 0.05; done
demo_port=$(cat "$work/demo.port")

python3 - "$port" "$demo_port" "$work" <<'PY'
import sys, os
port, demo_port, work = sys.argv[1], sys.argv[2], sys.argv[3]
check = "    expect:\n      status: 200\n      json:\n        \"$.name\": Acme\n"
os.makedirs(f"{work}/fast"); os.makedirs(f"{work}/slow")
with open(f"{work}/curl.cfg", "w") as curl:
    for f in range(8):
        with open(f"{work}/fast/f{f}.yaml", "w") as out:
            out.write(f"name: fast{f}\nrequests:\n")
            for i in range(250):
                url = f"http://127.0.0.1:{port}/small.json?f={f}&i={i}"
                out.write(f"  - name: r{i}\n    url: {url}\n" + check)
                curl.write(f'url = "{url}"\noutput = "/dev/null"\n')
with open(f"{work}/ten.yaml", "w") as out:
    out.write("name: ten\nrequests:\n")
    for i in range(10):
        out.write(f"  - name: r{i}\n    url: http://127.0.0.1:{port}/small.json?i={i}\n" + check)
for f in range(8):
    with open(f"{work}/slow/s{f}.yaml", "w") as out:
        out.write(f"name: slow{f}\nrequests:\n")
        for i in range(5):
            out.write(f"  - name: r{i}\n    url: http://127.0.0.1:{demo_port}/delay/200?f={f}&i={i}\n"
                      "    expect:\n      status: 200\n")
with open(f"{work}/group.yaml", "w") as out:
    out.write("name: group\nrequests:\n  - name: reads\n    parallel: true\n    requests:\n")
    for i in range(40):
        out.write(f"      - name: r{i}\n        url: http://127.0.0.1:{demo_port}/delay/200?i={i}\n"
                  "        expect:\n          status: 200\n")
PY

best() { sort -n | head -n 1; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

# 1. Throughput.
"$volley" run "$work"/fast/*.yaml --jobs 8 --color never > "$work/volley.out" || { tail -5 "$work/volley.out"; exit 1; }
tail -n 1 "$work/volley.out"
v=$(for _ in $(seq 1 "$ROUNDS"); do time_ms "$volley" run "$work"/fast/*.yaml --jobs 8 --color never; done | best)
v1=$(for _ in $(seq 1 "$ROUNDS"); do time_ms "$volley" run "$work"/fast/*.yaml --color never; done | best)
c=$(for _ in $(seq 1 "$ROUNDS"); do time_ms curl -s --parallel --parallel-max 8 -K "$work/curl.cfg"; done | best)
echo "2000 requests, 8 files (best of $ROUNDS runs)"
echo "volley --jobs 8:             ${v} ms  (status + JSONPath assertion on each)"
echo "volley --jobs 1:             ${v1} ms"
echo "curl --parallel-max 8:       ${c} ms"
python3 -c "print(f'ratio:                       {$v/$c:.2f}x  (volley --jobs 8 / curl --parallel; goal <= 1.5x)')"
if command -v wrk >/dev/null 2>&1; then
  rps=$(wrk -t2 -c8 -d3s "http://127.0.0.1:$port/small.json" | sed -n 's/Requests\/sec: *\([0-9.]*\).*/\1/p')
  python3 -c "print(f'wrk -t2 -c8 ceiling:         {2000/$rps*1000:.0f} ms for 2000 ({$rps:.0f} req/s)')"
fi

# 2. Memory: peak RSS (KB) at 100 and at 100k requests, both --jobs 8.
rss() { /usr/bin/time -f %M "$volley" run "$work/ten.yaml" --jobs 8 --color never --quiet --repeat "$1" --report-json "$work/r$1.json" 2>&1 >/dev/null | tail -n 1; }
small=$(rss 10); large=$(rss 10000)
python3 -c "print(f'peak RSS --jobs 8: {$small/1024:.1f} MB at 100 requests, {$large/1024:.1f} MB at 100k, ratio {$large/$small:.2f}x (goal <= 1.5x)')"

# 3. Latency-bound suite: 8 files x 5 x 200 ms, 4 at a time: ideal 8*5*0.2/4 = 2 s.
s=$(for _ in $(seq 1 "$ROUNDS"); do time_ms "$volley" run "$work"/slow/*.yaml --jobs 4 --color never; done | best)
python3 -c "print(f'8 files x 5 x 200 ms, --jobs 4: {$s} ms, {$s/2000:.2f}x the ideal 2 s (goal <= 1.2x)')"

# 4. The same 40 x 200 ms as one parallel group in one file, 4 at a time: ideal 2 s.
g=$(for _ in $(seq 1 "$ROUNDS"); do time_ms "$volley" run "$work/group.yaml" --jobs 4 --color never; done | best)
python3 -c "print(f'one parallel: true folder, 40 x 200 ms, --jobs 4: {$g} ms, {$g/2000:.2f}x the ideal 2 s (goal <= 1.2x)')"
