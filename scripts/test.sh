#!/usr/bin/env bash
# Runs the whole test suite: unit, integration (real servers on 127.0.0.1) and end-to-end tests
# of the built binary. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
log=$(mktemp)
echo "Building (log: $log)..."
if ! swift build --build-tests >"$log" 2>&1; then
  grep -E "error:" "$log" | sort -u | head -40 || true
  tail -n 20 "$log"
  exit 1
fi
# The suite talks to a real Secret Service: a private D-Bus and gnome-keyring for the duration.
scripts/keyring-session.sh swift test --skip-build "$@"
