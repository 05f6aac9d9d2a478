#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a real, unlocked
# gnome-keyring under a throw-away HOME, as the keyring tests need.
#   scripts/with-keyring.sh go test -tags keyring ./persistence/
# gnome-keyring sometimes comes up without its secrets service answering
# (about one start in four on a busy machine), so the start is checked with
# a probe entry and retried.
set -euo pipefail
# Keep Go's caches where they are: the throw-away HOME must not cause a rebuild.
if command -v go >/dev/null 2>&1; then
  export GOPATH=$(go env GOPATH) GOCACHE=$(go env GOCACHE) GOMODCACHE=$(go env GOMODCACHE)
fi
exec dbus-run-session -- bash -c '
  export HOME=$(mktemp -d)
  trap "rm -rf \"$HOME\"" EXIT
  for try in 1 2 3 4 5; do
    eval "$(echo -n parley-test | gnome-keyring-daemon --unlock --components=secrets --daemonize 2>/dev/null)" || true
    export GNOME_KEYRING_CONTROL
    # Wait until the unlocked daemon owns the secrets name: a probe sent before
    # that would make D-Bus start a second, locked daemon that then wins.
    for _ in $(seq 50); do
      dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true" && break
      sleep 0.1
    done
    if echo -n probe | timeout 5 secret-tool store --label=probe parley-probe start 2>/dev/null &&
       timeout 5 secret-tool clear parley-probe start 2>/dev/null; then
      break
    fi
    echo "with-keyring: the keyring did not answer (try $try of 5); starting it again" >&2
    [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null || true
    # and whichever daemon holds the secrets name in this session (one D-Bus
    # started on its own would otherwise answer every later try, locked)
    owner=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
      org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null | awk "/uint32/ {print \$2}")
    [ -n "$owner" ] && kill "$owner" 2>/dev/null || true
    rm -rf "$HOME"; export HOME=$(mktemp -d)
    sleep 1
  done
  "$@"
' with-keyring "$@"
