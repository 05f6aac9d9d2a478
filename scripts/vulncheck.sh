#!/usr/bin/env bash
# Known vulnerabilities in what Parley's code calls, checked offline (make vulncheck).
#   scripts/vulncheck.sh            scan Parley (every package, with the release build's tags)
#   scripts/vulncheck.sh DIR        scan the Go module in DIR instead (the script's own tests)
#   scripts/vulncheck.sh install    only install govulncheck (make deps-check)
#
# govulncheck reads the Go vulnerability database from build/vulndb/, which is built
# from a pinned snapshot of the golang.org/x/vulndb module: that module's data/osv/
# holds the database's entries, and it comes through the Go module proxy like any
# other module (no other host is ever asked). The database is rebuilt only when it is
# missing or from another snapshot (go run ./scripts/vulncheck db: see its doc).
# To move the snapshot on: set VULNDB_VERSION to a newer pseudo-version of
# golang.org/x/vulndb (`go list -m golang.org/x/vulndb@latest` names the newest) and its date.
#
# The check fails on vulnerabilities that Parley's code calls (govulncheck's own rule);
# those in imported packages whose vulnerable code is never called are listed only
# (scripts/vulncheck/report.go says why). Everything govulncheck found, with every
# trace, stays in build/vulncheck.json.
set -euo pipefail
cd "$(dirname "$0")/.."

GOVULNCHECK_VERSION=v1.9.0
VULNDB_VERSION=v0.0.0-20261105234957-e22db6528018 # the snapshot of 5 November 2026

govulncheck=$(go env GOPATH)/bin/govulncheck
installed=$("$govulncheck" -version 2>/dev/null || true) # whole: grep -q would cut its pipe
if ! grep -qx "Scanner: govulncheck@$GOVULNCHECK_VERSION" <<<"$installed"; then
  echo "vulncheck: installing govulncheck $GOVULNCHECK_VERSION"
  go install "golang.org/x/vuln/cmd/govulncheck@$GOVULNCHECK_VERSION"
fi
[ "${1:-}" = install ] && exit 0

target=${1:-.}
mkdir -p build
go build -o build/vulncheck-tool ./scripts/vulncheck
db=$PWD/build/vulndb
if [ "$(cat "$db/version" 2>/dev/null)" != "$VULNDB_VERSION" ]; then
  go mod download -json "golang.org/x/vulndb@$VULNDB_VERSION" | build/vulncheck-tool db "$db"
fi

out=$PWD/build/vulncheck.json
tags=()
[ "$target" = . ] && tags=(-tags migrated_fynedo) # as the release is built (Makefile, build)
(cd "$target" && "$govulncheck" -format json -db "file://$db" "${tags[@]}" ./...) > "$out"
build/vulncheck-tool report "$out"
