#!/usr/bin/env bash
# Peak memory of `volley run --repeat N` with every report on, for N = 1, 1000 and 100000
# (the ratio of the last to the first is the number to watch). Results stream into
# the reporters' running aggregates (a histogram per phase, the first run and last failure per
# request), so the peak and the report sizes should stay flat while N grows 100-fold.
# Needs the CLI's --repeat and --report-* options. Prints N, wall time, peak RSS, report sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
NS=${NS:-"1 1000 100000"}

scripts/install-deps.sh
swift build -c release --product volley >/dev/null
volley="$(swift build -c release --show-bin-path)/volley"
if ! "$volley" run --help 2>&1 | grep -q -- '--report-json'; then
  echo "volley run has no --repeat/--report-json yet: nothing to measure" >&2
  exit 2
fi

work=$(mktemp -d)
. bench/lib/nginx.sh
start_nginx "$work"

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
open(f"{work}/peaks", "a").write(f"{peak}\n")
PY
done
python3 -c "import sys; p=[int(l) for l in open('$work/peaks')]; print(f'peak RSS ratio, largest N / smallest N: {p[-1]/p[0]:.2f}x')"
