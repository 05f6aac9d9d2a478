#!/usr/bin/env bash
# Runs every fuzz target in the project for a while each, and counts inputs.
#   scripts/fuzz.sh [DURATION]    (default 8s; e.g. 10m for a long run by hand)
# The targets are the Fuzz functions in each package's test files as go list
# names them for this build (so build constraints count), read from the source:
# listing them with "go test -list" would build and link every package's test
# binary just to ask. Each package's fuzzing test binary (go test -c -fuzz:
# every package in it instrumented) is built once and run for each of its
# targets in turn, as go test -fuzz runs it (the package's folder, the fuzz
# cache in GOCACHE), instead of linking it again per target. (-vet=off: make vet
# and make test vet these packages already.)
# SQLCipher's C code in that binary is compiled without optimisation
# (FUZZ_CGO_CFLAGS): instrumenting persistence for the fuzzer recompiles
# go-sqlcipher, C included, and no fuzz target calls into SQLite, so the speed of
# that C code changes nothing the fuzzing finds.
# Go's fuzzer can overrun its own deadline on a busy machine and report
# "context deadline exceeded" with no failing input (golang/go#75804): that
# is not a finding, and is reported as such.
set -euo pipefail
t=${1:-8s}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=$work/log
fuzzcache=$(go env GOCACHE)/fuzz
export CGO_CFLAGS=${FUZZ_CGO_CFLAGS:--O0}
targets=0 execs=0
while read -r pkg dir files; do
  [ -n "$files" ] || continue
  # shellcheck disable=SC2086 # $files: the test files' names, one word each
  names=$(cd "$dir" && sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*\*testing\.F) *{.*/\1/p' $files | sort -u)
  [ -n "$names" ] || continue
  bin=$work/$(basename "$dir").test
  # -fuzz here only switches the instrumentation on; the binary runs each target below.
  go test -c -vet=off -o "$bin" -fuzz . "$pkg"
  for f in $names; do
    if ! (cd "$dir" && "$bin" -test.run '^$' -test.fuzz "^$f\$" -test.fuzztime "$t" \
      -test.fuzzcachedir "$fuzzcache/$pkg" -test.paniconexit0 >"$log" 2>&1); then
      if grep -q 'context deadline exceeded' "$log" && ! grep -q 'Failing input written' "$log"; then
        echo "fuzz: $pkg $f overran its deadline on a busy machine; no failing input"
      else
        cat "$log"
        echo "fuzz: $pkg $f found a failure (its input is in testdata/fuzz/$f)"
        exit 1
      fi
    elif ! grep -q '^fuzz: elapsed' "$log"; then
      cat "$log"
      echo "fuzz: $pkg $f did not fuzz (the binary ran no fuzz target of that name)"
      exit 1
    fi
    n=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
    echo "fuzz: $pkg $f: $n inputs in $t"
    targets=$((targets + 1)) execs=$((execs + n))
  done
done < <(go list -f '{{.ImportPath}} {{.Dir}} {{join .TestGoFiles " "}} {{join .XTestGoFiles " "}}' ./...)
[ $targets -gt 0 ] || { echo "fuzz: no fuzz target found"; exit 1; }
echo "fuzz: $targets targets, $execs inputs, no failure"
