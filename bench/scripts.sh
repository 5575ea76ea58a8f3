#!/usr/bin/env bash
# The cost of scripts: 1000 GETs to a local nginx, each with an `after` script of two pm.test
# checks (status and a JSON field, through pm.expect), against the same 1000 GETs with the same
# two checks under `expect:` and no scripts. Prints the wall times (best of ROUNDS) and their
# ratio, then (with valgrind) both instruction counts under callgrind and their ratio, and the
# start-up of a one-request run with and without a script. The goal is a ratio of at most 1.5x.
#
# Measured (instructions under callgrind, 2 shared cores, release build):
#   2026-12-02 before the script-speed work: 1022M vs 336M, 3.04x (pm built per call from a JSON
#     input, results as JSON, one compile per request's script)
#   pm built once per context, per-call state through host calls:      816M vs 337M, 2.42x
#   + one compiled function per script text (shared by the requests):  772M vs 337M, 2.29x
#   + SourceLines without splitting the whole file into characters:     754M vs 336M, 2.24x
#   + the call's results in one host call:                              709M vs 336M, 2.11x
#   + the memory check walks the heap only once RSS grew past the limit,
#     pm.test's caller frame found with indexOf, not a regex per frame:  618M vs 337M, 1.84x
#   + the response's facts and a small body passed with the call, one wrapper shape per text
#     (main's plain run is 368M from here on):                          666M vs 368M, 1.81x
#   + SourceLines over bytes (block scalar origins), the syntax check wrapping each text once,
#     the engine finding a script's function by its text alone, test positions mapped in the
#     engine (ROUNDS=1 INSTRUCTIONS=1 bench/scripts.sh, 2026-12-02):    605M vs 372M, 1.63x
#     (tried and dropped: the end call's test fields in one text, 612M; Error.stackTraceLimit 2
#     for pm.test's stack, 621M)
#   + pm.test's stack through Error.captureStackTrace (no error object, no pm.test frame);
#     JavaScriptCore's optimizing JIT waiting 20x longer (its background compiles of pm, pm.expect
#     and the script cost ~30M and saved less); the end call's flags, outcomes and positions as
#     numbers (Swift words them, no engine string); the syntax check's context reused by the
#     engine (one context group, not two); the response's code, time and size as numbers;
#     a 16 MB first heap (fewer collections):                           547M vs 376M, 1.46x
#     (runs of one binary vary by ~5M: the engine's JIT and GC threads are counted too; tried and
#     dropped: no concurrent GC, no concurrent JIT, the optimizing JIT off altogether (-10M more,
#     but CPU-bound scripts would lose it), a 100000 threshold (no better than 20000))
#   + `pm.test(` renamed at compile time to a same-length `pm.$xyz(` that knows its position
#     (TestCallSites; texts the scan cannot read keep the stack) (ROUNDS=1 INSTRUCTIONS=1
#     bench/scripts.sh, 2026-12-02):                                    525M vs 376M, 1.40x
#   Start-up of one request with a script: 110.9M (53.2M without; of that difference ~25M is
#   mapping and relocating JavaScriptCore, ~22M evaluating the pm and pm.expect libraries, of
#   which ~7M is parsing pm.expect's). Of the 149M difference for 1000 requests, ~58M is that
#   start-up and ~80M the 1000 script calls, most of it inside JavaScriptCore's calls (~19M the
#   end host call; the rest the expect chains, JSON.parse, entering the engine twice a call).
#   Goal 1.5x met. Next, if wanted: pm.expect's rarely used parts parsed on first use.
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
script = ('      after: |\n'
          '        pm.test("status is 200", () => pm.response.to.have.status(200));\n'
          '        pm.test("names Acme", () => pm.expect(pm.response.json().name).to.equal("Acme"));\n')
def collection(path, count, scripted):
    with open(path, "w") as f:
        f.write("name: bench\nrequests:\n")
        for i in range(count):
            f.write(f"  - name: r{i}\n    url: http://127.0.0.1:{port}/small.json?i={i}\n")
            if scripted:
                f.write("    scripts:\n" + script)
            else:
                f.write("    expect:\n      status: 200\n      json:\n        \"$.name\": Acme\n")
collection(f"{work}/scripted.yaml", n, True)
collection(f"{work}/plain.yaml", n, False)
collection(f"{work}/one-scripted.yaml", 1, True)
collection(f"{work}/one-plain.yaml", 1, False)
PY

best() { sort -n | head -n 1; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

for file in scripted plain; do
  "$volley" run "$work/$file.yaml" --color never > "$work/$file.out" || { tail -5 "$work/$file.out"; exit 1; }
  tail -n 1 "$work/$file.out"
done
s=$(for _ in $(seq 1 "$ROUNDS"); do time_ms "$volley" run "$work/scripted.yaml" --color never; done | best)
p=$(for _ in $(seq 1 "$ROUNDS"); do time_ms "$volley" run "$work/plain.yaml" --color never; done | best)
echo "requests: $N  (best of $ROUNDS runs)"
echo "scripts:  ${s} ms  (two pm.test checks in an after script on each)"
echo "expect:   ${p} ms  (the same two checks under expect:, no scripts)"
python3 -c "print(f'ratio:    {$s/$p:.2f}x  (scripts / no scripts)')"

if command -v valgrind >/dev/null 2>&1 && [ "${INSTRUCTIONS:-1}" = 1 ]; then
  instructions() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
      | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' | tail -n 1
  }
  si=$(instructions "$volley" run "$work/scripted.yaml" --color never)
  pi=$(instructions "$volley" run "$work/plain.yaml" --color never)
  python3 -c "print(f'instructions: scripts {$si/1e6:.0f}M, no scripts {$pi/1e6:.0f}M, ratio {$si/$pi:.2f}x')"
  os=$(instructions "$volley" run "$work/one-scripted.yaml" --color never)
  op=$(instructions "$volley" run "$work/one-plain.yaml" --color never)
  python3 -c "print(f'start-up (one request): with a script {$os/1e6:.1f}M, without {$op/1e6:.1f}M (JavaScriptCore is loaded only by the first script)')"
fi
