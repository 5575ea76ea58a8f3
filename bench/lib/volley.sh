# Sourced by the benchmarks: the dependencies, valgrind for instruction counts, and volley built
# the way the README installs it (one binary with the Swift runtime linked in, faster start-up).
# After `build_volley`: $volley is the binary.

build_volley() {
  scripts/install-deps.sh
  if ! command -v valgrind >/dev/null 2>&1; then  # instruction counts; not needed by the tests
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends valgrind >/dev/null
  fi
  swift build -c release --static-swift-stdlib --product volley --scratch-path .build-static >/dev/null
  volley="$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/volley"
}
