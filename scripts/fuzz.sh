#!/usr/bin/env bash
# Runs the fuzz harness (tests/fuzz.rs) for a while: plans, rulesets and bank-holiday files,
# each a real one damaged at random, are read and checked; nothing may panic, every answer
# must be a valid report no larger than the limits allow, and reading must take time in
# proportion to the input.
#
#   bash scripts/fuzz.sh [minutes]     default 1 (scripts/test.sh runs it for 1)
#
# Three quarters of the time the three random targets run side by side; the last quarter
# the linear-time check runs alone (its timings want the machine to itself). A failure
# prints the smallest input proptest found and saves it under target/fuzz-failures/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$HOME/.cargo/bin:$PATH"

minutes="${1:-1}"
if ! seconds="$(awk -v m="$minutes" 'BEGIN { if (m + 0 <= 0) exit 1; printf "%d", m * 60 }')"; then
  echo "fuzz: '$minutes' is not a number of minutes" >&2
  exit 2
fi
random=$((seconds * 3 / 4))
linear=$((seconds - random))

echo "fuzz: plans, rulesets and bank holidays for ${random}s, side by side"
CINPLAN_FUZZ_SECONDS="$random" cargo test --quiet --test fuzz -- --ignored --nocapture --test-threads=3 \
  fuzz_plans fuzz_rulesets fuzz_bank_holidays
echo "fuzz: linear time for ${linear}s"
CINPLAN_FUZZ_SECONDS="$linear" cargo test --quiet --test fuzz -- --ignored --nocapture --test-threads=1 \
  reading_is_linear_in_the_input
