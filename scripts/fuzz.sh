#!/usr/bin/env bash
# Runs every fuzz target in the project for a while each, and counts inputs.
#   scripts/fuzz.sh [DURATION]    (default 8s; e.g. 10m for a long run by hand)
# Go's fuzzer can overrun its own deadline on a busy machine and report
# "context deadline exceeded" with no failing input (golang/go#75804): that
# is not a finding, and is reported as such.
set -euo pipefail
t=${1:-8s}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
targets=0 execs=0
for pkg in $(go list ./...); do
  for f in $(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true); do
    if ! go test -run '^$' -fuzz "^$f\$" -fuzztime "$t" "$pkg" >"$log" 2>&1; then
      if grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log"; then
        echo "fuzz: $pkg $f overran its deadline on a busy machine; no failing input"
      else
        cat "$log"
        echo "fuzz: $pkg $f found a failure (its input is in testdata/fuzz/$f)"
        exit 1
      fi
    fi
    n=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
    echo "fuzz: $pkg $f: $n inputs in $t"
    targets=$((targets + 1)) execs=$((execs + n))
  done
done
echo "fuzz: $targets targets, $execs inputs, no failure"
