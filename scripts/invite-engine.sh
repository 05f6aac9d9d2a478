#!/usr/bin/env bash
# Builds the invitation page's engine (invite/wasm, GOOS=js GOARCH=wasm) into
# invite/engine/, where package invite embeds it: the wasm gzipped, and Go's own
# wasm_exec.js from the same Go. Files are replaced only when their bytes
# change, so a build that changed nothing leaves Go's build cache warm.
set -euo pipefail
cd "$(dirname "$0")/.."
out=invite/engine
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
GOOS=js GOARCH=wasm CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o "$tmp/engine.wasm" ./invite/wasm
gzip -9 -n -c "$tmp/engine.wasm" > "$tmp/parley-invite.wasm.gz"
root=$(go env GOROOT)
loader="$root/lib/wasm/wasm_exec.js"
[ -f "$loader" ] || loader="$root/misc/wasm/wasm_exec.js"
cp "$loader" "$tmp/wasm_exec.js"
for f in parley-invite.wasm.gz wasm_exec.js; do
  cmp -s "$tmp/$f" "$out/$f" 2>/dev/null || cp "$tmp/$f" "$out/$f"
done
