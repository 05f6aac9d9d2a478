#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real, unlocked
# gnome-keyring under a throw-away HOME, as the keyring tests need.
#   scripts/with-keyring.sh go test -tags keyring ./persistence/
set -euo pipefail
# Keep Go's caches where they are: the throw-away HOME must not cause a rebuild.
if command -v go >/dev/null 2>&1; then
  export GOPATH=$(go env GOPATH) GOCACHE=$(go env GOCACHE) GOMODCACHE=$(go env GOMODCACHE)
fi
exec dbus-run-session -- bash -c '
  export HOME=$(mktemp -d)
  trap "rm -rf \"$HOME\"" EXIT
  eval "$(echo -n parley-test | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)"
  export GNOME_KEYRING_CONTROL
  "$@"
' with-keyring "$@"
