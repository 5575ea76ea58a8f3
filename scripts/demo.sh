#!/usr/bin/env bash
# The main job, end to end on a fresh Debian machine: install what Volley needs, build it,
# start the local demo API, run the example collection against it, and print the report.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
for product in volley volley-demo-server; do
  swift build -c release --product "$product" 2>&1 | tail -n 1
done
bin=$(swift build -c release --show-bin-path)

workdir=$(mktemp -d)
"$bin/volley-demo-server" --port 0 --port-file "$workdir/port" > "$workdir/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$workdir"' EXIT
for _ in $(seq 1 100); do [ -s "$workdir/port" ] && break; sleep 0.05; done
[ -s "$workdir/port" ] || { echo "demo server did not start:" >&2; cat "$workdir/server.log" >&2; exit 1; }

status=0
"$bin/volley" run examples/ --env demo --var "base_url=http://127.0.0.1:$(cat "$workdir/port")" "$@" || status=$?
echo "volley exited with $status"
exit $status
