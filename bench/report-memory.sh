#!/usr/bin/env bash
# Peak memory of `volley run --repeat N` with every report on, for growing N. Results stream into
# the reporters' running aggregates (a histogram per phase, the first run and last failure per
# request), so the peak and the report sizes should stay flat while N grows 100-fold.
# Needs the CLI's --repeat and --report-* options. Prints N, wall time, peak RSS, report sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
NS=${NS:-"100 1000 10000"}

scripts/install-deps.sh
swift build -c release --product volley >/dev/null
volley="$(swift build -c release --show-bin-path)/volley"
if ! "$volley" run --help 2>&1 | grep -q -- '--report-json'; then
  echo "volley run has no --repeat/--report-json yet: nothing to measure" >&2
  exit 2
fi

work=$(mktemp -d)
nginx_pid=""
cleanup() { [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$work/root" "$work/logs"
echo '{"id":1,"name":"Acme","tags":["a","b"],"price":9.5}' > "$work/root/small.json"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $work/tmp1; proxy_temp_path $work/tmp2; fastcgi_temp_path $work/tmp3;
  uwsgi_temp_path $work/tmp4; scgi_temp_path $work/tmp5;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$port;
    root $work/root;
    default_type application/json;
  }
}
CONF
/usr/sbin/nginx -c "$work/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/small.json" >/dev/null 2>&1 && break; sleep 0.05; done

# Five requests, one with an assertion that always fails (failure samples are bounded too).
{
  echo "name: memory"
  echo "requests:"
  for i in 1 2 3 4; do
    printf '  - name: r%s\n    url: http://127.0.0.1:%s/small.json?i=%s\n    expect:\n      status: 200\n      json:\n        "$.name": Acme\n' "$i" "$port" "$i"
  done
  printf '  - name: failing\n    url: http://127.0.0.1:%s/small.json\n    expect:\n      json:\n        "$.price": 10\n' "$port"
} > "$work/memory.yaml"

printf '%8s %10s %12s %10s %10s %10s\n' N "wall s" "peak RSS KB" "json B" "junit B" "html B"
for n in $NS; do
  python3 - "$volley" "$work" "$n" <<'PY'
import os, resource, subprocess, sys, time
volley, work, n = sys.argv[1], sys.argv[2], sys.argv[3]
out = {k: f"{work}/report-{n}.{k}" for k in ("json", "xml", "html")}
start = time.monotonic()
subprocess.run([volley, "run", f"{work}/memory.yaml", "--repeat", n, "--color", "never",
                "--report-json", out["json"], "--report-junit", out["xml"], "--report-html", out["html"]],
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
size = lambda p: os.path.getsize(p) if os.path.exists(p) else 0
print(f"{n:>8} {wall:>10.2f} {peak:>12} {size(out['json']):>10} {size(out['xml']):>10} {size(out['html']):>10}")
PY
done
