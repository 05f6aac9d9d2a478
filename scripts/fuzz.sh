#!/usr/bin/env bash
# Runs every fuzz target in the project for a short time each.
#   scripts/fuzz.sh [DURATION]    (default 8s; e.g. 10m for a long run by hand)
set -euo pipefail
t=${1:-8s}
n=0
for pkg in $(go list ./...); do
  for f in $(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true); do
    echo "fuzz: $pkg $f ($t)"
    go test -run '^$' -fuzz "^$f\$" -fuzztime "$t" "$pkg" >/tmp/parley-fuzz.log 2>&1 || { cat /tmp/parley-fuzz.log; exit 1; }
    n=$((n+1))
  done
done
echo "fuzz: $n targets ran without a failure"
