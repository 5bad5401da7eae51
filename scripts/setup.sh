#!/usr/bin/env bash
# Installs whatever cinplan's build and tests need and is missing. Safe to run again:
# every step checks first and does nothing when the tool is already there.
#
#   wasm32-unknown-unknown target  (rustup)
#   wasm-pack                       (cargo install wasm-pack --locked)
#   wasm-bindgen-cli                (the exact wasm-bindgen version in Cargo.lock)
#   chromium + chromium-driver      (Debian packages, for browser tests and benchmarks)
#   npm dev tooling                 (npm ci: binaryen's wasm-opt, playwright-core, axe-core, vite)
#
# The other scripts run this first and then put node_modules/.bin first on PATH, so npm
# binaryen's wasm-opt wins over any Debian one.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf 'setup: %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

for tool in cargo rustup node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    say "$tool is not installed; install Rust (rustup) and Node.js (>= 20.19) first" >&2
    exit 1
  fi
done

# 1. The wasm target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-pack.
if command -v wasm-pack >/dev/null 2>&1; then
  say "wasm-pack: $(wasm-pack --version)"
else
  say "installing wasm-pack (cargo install wasm-pack --locked; a few minutes)"
  cargo install wasm-pack --locked
fi

# 3. wasm-bindgen-cli, the exact version the crate is locked to (wasm-bindgen refuses to
#    run against a different one). Read from Cargo.lock; fall back to the `=x.y.z` pin
#    in Cargo.toml when there is no lock file yet.
wb_version=""
if [ -f Cargo.lock ]; then
  wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
fi
if [ -z "$wb_version" ]; then
  wb_version="$(sed -n 's/^wasm-bindgen *= *{[^}]*version *= *"=\([0-9.]*\)".*/\1/p' Cargo.toml | head -n1)"
fi
if [ -z "$wb_version" ]; then
  say "cannot find the wasm-bindgen version in Cargo.lock or Cargo.toml" >&2
  exit 1
fi
have_wb=""
if command -v wasm-bindgen >/dev/null 2>&1; then
  have_wb="$(wasm-bindgen --version | awk '{print $2}')"
fi
if [ "$have_wb" = "$wb_version" ]; then
  say "wasm-bindgen-cli: $have_wb"
else
  say "installing wasm-bindgen-cli $wb_version (had: ${have_wb:-none}; a few minutes)"
  # Not --locked: wasm-bindgen-cli's own lock file does not build with current Rust.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# 4. Chromium and its driver (Debian's; never a downloaded browser build).
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium: present"
else
  say "installing chromium and chromium-driver (apt-get)"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
fi

# 5. npm dev tooling at the repository root. Stale = no node_modules, or the lock file
#    changed since the last install (its hash is kept in node_modules).
if [ -f package-lock.json ]; then
  lock_hash="$(sha256sum package.json package-lock.json | sha256sum | cut -c1-64)"
  stamp="node_modules/.cinplan-setup-stamp"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_hash" ] && [ -x node_modules/.bin/wasm-opt ]; then
    say "node_modules: up to date"
  else
    say "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    echo "$lock_hash" > "$stamp"
  fi
else
  say "npm install (no package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
fi

export PATH="$ROOT/node_modules/.bin:$PATH"
say "wasm-opt: $(command -v wasm-opt) ($(wasm-opt --version))"
say "done"
