#!/usr/bin/env bash
# Builds the npm package into dist/cinplan/:
#
#   dist/cinplan/package.json, README.md   from pkg-template/
#   dist/cinplan/web/       wasm-pack --target web      (ES module; call the default export, init(), first)
#   dist/cinplan/node/      wasm-pack --target nodejs   (CommonJS; ready on require/import)
#   dist/cinplan/bundler/   wasm-pack --target bundler  (ES module importing the .wasm)
#   dist/cinplan/rulesets/  the built-in rulesets and schema.json (rulesets/)
#   dist/cinplan/adapter/   from pkg-template/adapter/  (the form adapter's ES modules, its
#                           types and README; adapter.css = its per-component CSS files)
#
#   bash scripts/build-pkg.sh --adapter-only   copies the adapter again into an existing
#                                              dist/cinplan (after editing only the adapter)
#
# Needs the tools scripts/setup.sh installs. The package is assembled in dist/.cinplan-build
# and moved into place only when every step succeeded.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf 'build-pkg: %s\n' "$*"; }

# The adapter: its modules, types and README as they are; its stylesheet is the components'
# CSS files joined, shared rules first (later components may build on them).
CSS_PARTS=(base error-summary inline-messages checklist due-dates smart-marks)
copy_adapter() {
  local dest="$1/adapter"
  rm -rf "$dest"
  mkdir -p "$dest"
  cp pkg-template/adapter/*.js pkg-template/adapter/adapter.d.ts pkg-template/adapter/README.md "$dest/"
  {
    printf '/* cinplan adapter styles: GOV.UK-like, every class prefixed `cin-`.\n'
    printf '   Link this file yourself (<link rel="stylesheet" href=".../adapter/adapter.css">);\n'
    printf '   the adapter never injects styles. Colours meet WCAG AA contrast on white.\n'
    printf '   Built by scripts/build-pkg.sh from pkg-template/adapter/*.css. */\n'
    for part in "${CSS_PARTS[@]}"; do
      printf '\n'
      cat "pkg-template/adapter/$part.css"
    done
  } > "$dest/adapter.css"
  local listed
  listed="$(printf '%s.css\n' "${CSS_PARTS[@]}" | sort)"
  if [ "$listed" != "$(cd pkg-template/adapter && ls *.css | sort)" ]; then
    say "pkg-template/adapter/*.css and CSS_PARTS in scripts/build-pkg.sh differ; add the new file to CSS_PARTS" >&2
    return 1
  fi
}

if [ "${1:-}" = "--adapter-only" ]; then
  if [ ! -d dist/cinplan/web ]; then
    say "dist/cinplan does not exist yet; run scripts/build-pkg.sh without --adapter-only first" >&2
    exit 1
  fi
  copy_adapter dist/cinplan
  say "done: dist/cinplan/adapter"
  exit 0
fi

for tool in wasm-pack wasm-bindgen wasm-opt; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    say "$tool not found; run scripts/setup.sh first" >&2
    exit 1
  fi
done

# Cargo lets a RUSTFLAGS variable replace .cargo/config.toml's flags for wasm32, which build
# the module for size: say so rather than ship a larger module without a word.
if [ -n "${RUSTFLAGS:-}" ]; then
  say "warning: RUSTFLAGS is set, so .cargo/config.toml's opt-level=z for wasm32 is not applied; the .wasm will be ~14 KB gzip larger, over its 150 KB cap" >&2
fi

OUT="dist/cinplan"
TMP="dist/.cinplan-build"
rm -rf "$TMP"
mkdir -p "$TMP"

for pair in web:web nodejs:node bundler:bundler; do
  target="${pair%%:*}"
  dir="${pair##*:}"
  say "wasm-pack build --target $target -> $OUT/$dir"
  # --no-pack / --no-gitignore: the package.json is ours (pkg-template), and a `*`
  # .gitignore inside the package would make npm leave the files out of the tarball.
  wasm-pack --quiet build --release --target "$target" --out-dir "$TMP/$dir" --out-name cinplan \
    --no-pack --no-gitignore "$ROOT" -- --features wasm
  rm -f "$TMP/$dir/package.json" "$TMP/$dir/.gitignore" "$TMP/$dir/README.md" "$TMP/$dir/LICENSE"*
done

# The package root is "type": "module" (web, bundler, adapter are ES modules); the nodejs
# target's output is CommonJS, so its folder says so.
printf '{\n  "type": "commonjs"\n}\n' > "$TMP/node/package.json"

cp pkg-template/package.json "$TMP/package.json"
cp pkg-template/README.md "$TMP/README.md"
copy_adapter "$TMP"
# The built-in rulesets and the format's JSON Schema: starting points for a council's own.
mkdir -p "$TMP/rulesets"
cp rulesets/*.json "$TMP/rulesets/"

# The version in the package is the crate's.
crate_version="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)"
node -e '
  const fs = require("fs");
  const file = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
  pkg.version = process.argv[2];
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
' "$TMP/package.json" "$crate_version"

rm -rf "$OUT"
mv "$TMP" "$OUT"

wasm_bytes="$(wc -c < "$OUT/web/cinplan_bg.wasm")"
wasm_gzip="$(gzip -9 -c "$OUT/web/cinplan_bg.wasm" | wc -c)"
say "done: $OUT (cinplan_bg.wasm $((wasm_bytes / 1024)) KiB, $((wasm_gzip / 1024)) KiB gzip)"
