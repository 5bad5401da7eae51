#!/usr/bin/env bash
# Installs what is missing, builds the package and serves the demo on 127.0.0.1.
#
#   scripts/demo.sh [port] [--csp]      (port: default $PORT or 8000)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh
bash scripts/build-pkg.sh
# www/examples/index.json, from the folders, for anyone who hosts www/ as plain files
# (scripts/serve.mjs makes it afresh on each request anyway).
node scripts/examples.mjs
echo "demo: serving www/ with the package at /pkg/ (Ctrl+C to stop)"
exec node scripts/serve.mjs "$@"
