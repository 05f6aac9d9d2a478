#!/usr/bin/env bash
# The long hostile run (`make soak`): hundreds of SIGKILLs during real saves,
# the damage and full-disk tests, and every fuzz target for minutes each.
# It prints what it counted at the end: crashes survived, inputs fuzzed.
#   scripts/soak.sh [FUZZTIME]     (default 3m per fuzz target)
#   SOAK_CRASHES=250               kills during saves (answers, drafts,
#                                  backups, restores, passphrase changes)
set -euo pipefail
fuzztime=${1:-3m}
crashes=${SOAK_CRASHES:-250}
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
failed="" # every stage runs; what failed is listed at the end

echo "soak: $crashes kills during saves"
if PARLEY_HOSTILE_CRASHES=$crashes PARLEY_CRASH_RUNS=$((crashes / 2)) \
  go test -count=1 -timeout 2h -v -run '^(TestHostileCrashes|TestCrashSafety)$' ./persistence/ >"$log/crash" 2>&1; then
  grep -E 'crashes|unfinished' "$log/crash" | sed 's/^ */soak: /'
else
  cat "$log/crash"; failed="$failed crash"
fi

echo "soak: damaged files and a full disk"
go test -count=1 -v -run 'Hostile(Damage|Full|Privacy)' ./persistence/ >"$log/hostile" 2>&1 || failed="$failed hostile"
echo "soak: $(grep -c '^--- PASS' "$log/hostile") hostile tests passed, $(grep -c '^--- FAIL' "$log/hostile") failed"
grep -E -B1 '^--- FAIL' "$log/hostile" | sed 's/^/soak: /' || true

bash "$(dirname "$0")/fuzz.sh" "$fuzztime" | tee "$log/fuzz" || failed="$failed fuzz"
tail -1 "$log/fuzz" | sed "s/^fuzz:/soak: fuzzing:/"
[ -z "$failed" ] || { echo "soak: FAILED:$failed"; exit 1; }
echo "soak: passed"
