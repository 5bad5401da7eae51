#!/usr/bin/env bash
# Runs every test cinplan has. CI runs exactly this (.ci/run).
#
#   1. installs what is missing (scripts/setup.sh)
#   2. cargo fmt --check
#   3. cargo clippy --all-targets -- -D warnings
#   4. cargo clippy on the wasm bindings (wasm32, feature wasm) -- -D warnings
#   5. cargo test (the Rust tests, the CLI among them), then the fuzz harness for a minute
#   6. builds the npm package (scripts/build-pkg.sh)
#   7. the wasm exports inside wasm, in Node (tests/wasm.rs, wasm-bindgen-test)
#   8. the same in headless Chromium (chromedriver + /usr/bin/chromium)
#   9. Node tests of the built package and browser tests of the form adapter and demo
#      (node --test tests/node/ tests/browser/ tests/demo/)
#
# Every step runs even when an earlier one failed (except those that need the package when
# its build failed), so one run shows everything that is wrong; the exit status is non-zero
# when any step failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

START=$SECONDS
passed=0
failed=0
failures=()

say() { printf '\n=== %s\n' "$*"; }

# step NAME COMMAND...: runs a step, records whether it passed.
step() {
  local name="$1"
  shift
  say "$name"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1))
    printf -- '--- ok: %s (%ss)\n' "$name" $((SECONDS - t0))
    return 0
  else
    local rc=$?
    failed=$((failed + 1))
    failures+=("$name")
    printf -- '--- FAILED: %s (exit %s, %ss)\n' "$name" "$rc" $((SECONDS - t0))
    return 0
  fi
}

skip() {
  say "$1"
  failed=$((failed + 1))
  failures+=("$1 (not run: $2)")
  printf -- '--- FAILED: %s: not run, %s\n' "$1" "$2"
}

say "setup"
bash scripts/setup.sh
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Chromium for wasm-bindgen-test: Debian's chromedriver drives /usr/bin/chromium.
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$ROOT/scripts/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"

step "cargo fmt --check" cargo fmt --check
step "cargo clippy --all-targets -- -D warnings" cargo clippy --all-targets -- -D warnings
step "cargo clippy (wasm32, features wasm and panic-probe) -- -D warnings" bash -c '
  cargo clippy --features wasm --target wasm32-unknown-unknown --lib --test wasm -- -D warnings &&
  cargo clippy --features panic-probe --target wasm32-unknown-unknown --lib -- -D warnings' 
step "cargo test" cargo test
# The fuzz harness for a minute (tests/fuzz.rs; `bash scripts/fuzz.sh 30` runs it longer).
step "fuzz for a minute (scripts/fuzz.sh 1)" bash scripts/fuzz.sh 1

failed_before=$failed
step "build the package (scripts/build-pkg.sh)" bash scripts/build-pkg.sh
# A debug build with one extra export that panics on purpose (feature panic-probe), for
# tests/node/panic.test.mjs, with the web glue and the bundler glue (ES modules, so Node
# imports them as they are; the second build reuses the first's compiled crate).
step "build the panic probes (dist/panic-probe, dist/panic-probe-bundler)" bash -c '
  for pair in web:panic-probe bundler:panic-probe-bundler; do
    dir="dist/${pair#*:}"
    rm -rf "$dir" &&
    wasm-pack --quiet build --dev --target "${pair%%:*}" --out-dir "$dir" --out-name cinplan \
      --no-pack --no-gitignore . -- --features wasm,panic-probe &&
    rm -f "$dir/.gitignore" "$dir/package.json" &&
    printf "{\n  \"type\": \"module\"\n}\n" > "$dir/package.json" || exit 1
  done'
package_built=0
if [ "$failed" -eq "$failed_before" ]; then package_built=1; fi

# wasm-bindgen-test through cargo's runner setting: what `wasm-pack test` does, minus its
# `cargo build --tests`, which would also build the native-only test files (proptest) for
# wasm32. No wasm_bindgen_test_configure! in tests/wasm.rs, so the runner picks Node by
# default and Chromium when WASM_BINDGEN_USE_BROWSER is set.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
step "wasm tests in Node (wasm-bindgen-test)" \
  cargo test --target wasm32-unknown-unknown --features wasm --test wasm
step "wasm tests in headless Chromium (wasm-bindgen-test, chromedriver)" \
  env WASM_BINDGEN_USE_BROWSER=1 cargo test --target wasm32-unknown-unknown --features wasm --test wasm

node_dirs=()
for d in tests/node tests/browser tests/demo; do
  if [ -d "$d" ] && ls "$d"/*.test.mjs >/dev/null 2>&1; then node_dirs+=("$d/"); fi
done
if [ ${#node_dirs[@]} -eq 0 ]; then
  say "node --test: no tests/node, tests/browser or tests/demo test files"
elif [ "$package_built" = 1 ]; then
  # The parity tests compare the package with the CLI (target/debug/cinplan).
  step "node --test ${node_dirs[*]}" \
    bash -c 'cargo build --quiet --bin cinplan && node --test "$@"' node-tests "${node_dirs[@]}"
else
  skip "node --test ${node_dirs[*]}" "the package did not build"
fi

say "summary ($((SECONDS - START))s)"
for f in "${failures[@]+"${failures[@]}"}"; do echo "failed: $f"; done
echo "steps: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
