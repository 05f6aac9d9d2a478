#!/usr/bin/env bash
# The real window: start the built app under Xvfb with a real keyring and a
# fresh PARLEY_HOME, wait for the window, take a screenshot, check it is not
# blank, then ask the app to quit and check that it exits cleanly.
#   scripts/smoke.sh ./build/parley [screenshot.png]
set -euo pipefail
bin=$(realpath "$1")
shot=$(realpath -m "${2:-build/smoke.png}")
mkdir -p "$(dirname "$shot")"
export PARLEY_HOME=$(mktemp -d) LANG=en_GB.UTF-8 SMOKE_BIN=$bin SMOKE_SHOT=$shot
here=$(dirname "$0")
xvfb-run -a -s "-screen 0 1280x800x24" bash "$here/with-keyring.sh" bash -c '
  "$SMOKE_BIN" >"$PARLEY_HOME.log" 2>&1 & pid=$!
  if ! timeout 30 xdotool search --sync --name "^Parley$" >/dev/null; then
    echo "smoke: no Parley window appeared"; cat "$PARLEY_HOME.log"; kill $pid; exit 1
  fi
  sleep 2
  import -window root "$SMOKE_SHOT"
  colours=$(convert "$SMOKE_SHOT" -format "%k" info:)
  [ "$colours" -gt 20 ] || { echo "smoke: the window looks blank ($colours colours)"; exit 1; }
  kill -TERM $pid
  status=0; wait $pid || status=$?
  [ $status -eq 0 ] || { echo "smoke: the app exited with status $status"; cat "$PARLEY_HOME.log"; exit 1; }
  echo "smoke: window appeared, screenshot taken ($colours colours), app exited cleanly"
'
rm -rf "$PARLEY_HOME" "$PARLEY_HOME.log"
