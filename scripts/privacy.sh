#!/usr/bin/env bash
# The privacy and network session with the real app: a vault whose every
# text is a unique marker (scripts/seedvault -markers) is opened by the
# built app under Xvfb with a real keyring, inside `strace -f -e
# trace=network`. The script visits each screen in the sidebar, locks, and
# quits. Then:
#   - no marker is in the app's output, in the private TMPDIR, or anywhere
#     under the throw-away HOME (Fyne's preferences live there);
#   - the data folder holds nothing but the vault's own files, none of
#     them with a marker in the clear;
#   - strace saw no internet socket: every connect, sendto and bind is on
#     AF_UNIX (X11, D-Bus) or AF_NETLINK; any AF_INET or AF_INET6 fails.
#   scripts/privacy.sh ./build/parley
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

if [ "${1:-}" = --inside ]; then
  # Runs inside Xvfb and the keyring session: seed, run, look.
  "$SEED" -home "$PARLEY_HOME" -markers "$RUN/markers.txt" || exit 75
  strace -f -qq -e trace=network -o "$RUN/strace.log" "$APP" >"$RUN/app.log" 2>&1 &
  tracer=$!
  timeout 30 xdotool search --sync --onlyvisible --name '^Parley$' >/dev/null || { echo "privacy: no window"; cat "$RUN/app.log"; exit 1; }
  sleep 3
  import -window root "$RUN/first-screen.png" 2>/dev/null || true
  win=$(xdotool search --onlyvisible --name '^Parley$' | head -1)
  # Each sidebar entry in turn (Checklist, Compare, Negotiate, History,
  # Personality test, Guide, Settings, Home), then Home's "Open" and
  # "Write the debrief", whose third answer gets a marker typed as a person
  # would (it is saved as they type).
  for xy in $CLICKS; do
    xdotool mousemove --window "$win" "${xy%,*}" "${xy#*,}" click 1
    sleep 1.5
  done
  typed="PRIVTYPED$RANDOM$RANDOM"
  echo "$typed" >>"$RUN/markers.txt"
  xdotool type --window "$win" --delay 20 "$typed"
  sleep 2
  import -window root "$RUN/last-screen.png" 2>/dev/null || true
  xdotool key --window "$win" ctrl+l
  sleep 1
  pkill -TERM -P "$tracer" || true
  wait "$tracer" || true
  # Before with-keyring.sh removes the throw-away HOME, look through it.
  if grep -r -l -F -f "$RUN/markers.txt" "$HOME" 2>/dev/null; then
    echo "privacy: a marker reached a file under HOME (above)"; exit 1
  fi
  find "$HOME" -type f -printf '%P\n' >"$RUN/home-files.txt"
  exit 0
fi

app=$(realpath "${1:-build/parley}")
run=$(mktemp -d)
trap 'rm -rf "$run"' EXIT
mkdir -p "$run/tmp"
go build -o "$run/seedvault" "$here/seedvault"
export RUN=$run APP=$app SEED=$run/seedvault TMPDIR=$run/tmp LANG=${LANG:-en_GB.UTF-8}
# Where to click in the 1180x760 window (the sidebar is at x=90).
export CLICKS=${CLICKS:-"90,70 90,115 90,160 90,205 90,250 90,295 90,341 90,25 990,283 90,25 950,168 690,707"}
status=75
for attempt in 1 2 3; do
  rm -rf "$run/home"
  export PARLEY_HOME=$run/home/vault
  status=0
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$here/with-keyring.sh" bash "$here/privacy.sh" --inside \
    2> >(grep -v -e 'dbus-daemon' -e 'GNOME_KEYRING' >&2) || status=$?
  [ $status -eq 75 ] || break
  echo "privacy: the keyring did not start (attempt $attempt); trying again"
  sleep 2
done
[ $status -eq 0 ] || { echo "privacy: the session failed ($status)"; exit 1; }

[ -z "${PRIVACY_SHOTS:-}" ] || cp "$run"/*.png "$PRIVACY_SHOTS"/ 2>/dev/null || true
markers=$(wc -l <"$run/markers.txt")
fail=0
if grep -l -F -f "$run/markers.txt" "$run/app.log" >/dev/null; then
  echo "privacy: the app's output holds a marker:"; grep -F -f "$run/markers.txt" "$run/app.log" | head; fail=1
fi
if grep -r -l -F -f "$run/markers.txt" "$run/tmp" "$PARLEY_HOME"; then
  echo "privacy: a marker is in the clear in the files above"; fail=1
fi
extra=$(ls -A "$PARLEY_HOME" | grep -v -x -e parley.db -e parley.vault -e parley.db-wal -e parley.db-shm || true)
[ -z "$extra" ] || { echo "privacy: the data folder also holds: $extra"; fail=1; }
# The WAL files are encrypted pages (searched for markers above), but a
# clean quit must leave none: Vault.Close waits for background reads and
# checkpoints (TestCloseLeavesNoWAL).
for f in parley.db-wal parley.db-shm; do
  if [ -e "$PARLEY_HOME/$f" ]; then
    echo "privacy: $f was still in the data folder after quitting"; fail=1
  fi
done

net=$(grep -E '(connect|sendto|sendmsg|bind)\(.*(AF_INET|AF_INET6)' "$run/strace.log" || true)
if [ -n "$net" ]; then
  echo "privacy: the app used an internet socket:"; echo "$net" | head; fail=1
fi
calls=$(grep -c -E 'socket\(|connect\(|sendto\(|sendmsg\(' "$run/strace.log" || true)
families=$(grep -o -E 'socket\((AF_[A-Z0-9]+)' "$run/strace.log" | sort | uniq -c | awk '{printf "%s %s; ", $2, $1}' | sed 's/socket(//g')
[ $fail -eq 0 ] || exit 1
fyne=$(grep -c 'fyne' "$run/home-files.txt" || true)
echo "privacy: $markers markers, none in the app's output, TMPDIR, HOME ($(wc -l <"$run/home-files.txt") files, $fyne of them Fyne's) or the data folder"
echo "network: $calls network calls traced, sockets opened: ${families:-none}no AF_INET or AF_INET6"
