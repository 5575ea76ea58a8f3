#!/usr/bin/env bash
# Usage: scripts/man.sh [debug|release]
#
# Writes the man pages generated from the command definitions (swift-argument-parser's
# generate-manual plugin) to dist/man: volley.1 and one page per subcommand (volley.run.1, ...).
# The plugin builds volley itself; the configuration defaults to release, as an installed binary is.
# Read one with `man -l dist/man/volley.1`; install with `cp dist/man/*.1 ~/.local/share/man/man1/`.
set -euo pipefail

configuration="${1:-release}"
cd "$(dirname "$0")/.."
rm -rf dist/man
mkdir -p dist
swift package --allow-writing-to-package-directory generate-manual --multi-page \
  --configuration "$configuration" --authors "Volley contributors"
# The plugin writes to .build/plugins/GenerateManual/outputs/volley; dist/man is where the README points.
cp -R .build/plugins/GenerateManual/outputs/volley dist/man
ls dist/man
