#!/usr/bin/env bash
# A step of make check that runs beside the others (Makefile, check):
#   scripts/background.sh start NAME OWNER COMMAND...   start COMMAND, its output to build/background/NAME.log
#   scripts/background.sh wait NAME                     wait for it, show its output, exit with its status
# OWNER is the process id of the make that started it: when that make ends before
# the wait (a step failed, or Ctrl-C), the command is stopped too, so nothing goes on
# compiling behind a check that has already said it failed. The command runs in a
# process group of its own (setsid), so stopping it stops everything it started.
# Its CPU time is not counted in make's (it is not make's child), so the log's last
# line gives it.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build/background
what=${1:-} name=${2:-}
log=$dir/$name.log status=$dir/$name.status pidfile=$dir/$name.pid

# run NAME OWNER COMMAND...: (inside the new process group) run COMMAND, stop the
# whole group if OWNER goes away first, then write the status.
run() {
  local owner=$1 job rc=0 user system
  shift
  "$@" >"$log" 2>&1 &
  job=$!
  echo "$job" >"$pidfile"
  while kill -0 "$job" 2>/dev/null; do
    if ! kill -0 "$owner" 2>/dev/null; then
      kill -TERM -- "-$$" 2>/dev/null
      exit 1
    fi
    sleep 1
  done
  wait "$job" || rc=$?
  times >"$log.times" # the builtin, in this shell: its second line is the children's
  read -r user system < <(tail -1 "$log.times")
  rm -f "$log.times"
  echo "took $SECONDS s (wall), $user user + $system system CPU" >>"$log"
  echo "$rc" >"$status.partial"
  mv -f "$status.partial" "$status"
}

case $what in
  start)
    owner=$3
    shift 3
    mkdir -p "$dir"
    rm -f "$log" "$status" "$pidfile"
    setsid bash scripts/background.sh run "$name" "$owner" "$@" </dev/null >/dev/null 2>&1 &
    echo "background: $name started beside the next steps (its output: $log)"
    ;;
  run)
    shift 2
    run "$@"
    ;;
  wait)
    start=$SECONDS
    until [ -f "$status" ]; do
      if [ ! -f "$pidfile" ] && [ $((SECONDS - start)) -ge 5 ]; then
        echo "background: $name was never started (make check starts it)" >&2
        exit 1
      fi
      pid=$(cat "$pidfile" 2>/dev/null || true)
      if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
        sleep 2 # the status is written just after the command ends
        [ -f "$status" ] || { cat "$log"; echo "background: $name stopped without a status" >&2; exit 1; }
      fi
      sleep 1
    done
    rc=$(cat "$status")
    sed "s/^/$name: /" "$log"
    if [ "$rc" != 0 ]; then
      echo "background: $name failed (status $rc; its output is above and in $log)" >&2
      exit 1
    fi
    echo "background: $name passed (waited $((SECONDS - start)) s for it here)"
    ;;
  *)
    echo "usage: scripts/background.sh start NAME OWNER COMMAND... | wait NAME" >&2
    exit 2
    ;;
esac
