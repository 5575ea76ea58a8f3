#!/usr/bin/env bash
# Volley against curl on the same 1000 GETs to a local nginx serving a small JSON file.
# Volley checks a status and a JSONPath assertion on each; curl just fetches (`curl -K`, one
# process, keep-alive). Prints both wall times and the ratio (target: volley within 1.5x of curl).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-1000}
ROUNDS=${ROUNDS:-5}

scripts/install-deps.sh
swift build -c release --product volley >/dev/null
volley="$(swift build -c release --show-bin-path)/volley"

work=$(mktemp -d)
nginx_pid=""
cleanup() { [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$work/root" "$work/logs"
chmod 755 "$work" "$work/root"  # nginx workers run as www-data
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
  keepalive_requests 100000;
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
