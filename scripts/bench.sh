#!/usr/bin/env bash
# `make bench`: one table of Parley's speed and memory, each figure the
# median of several runs, with the goal beside it and, where there is a
# baseline (a bare Fyne window built in the same run), the ratio.
#   scripts/bench.sh [COUNT]      (default 5 runs of each Go benchmark, 7 starts)
#   START_ONLY=1 scripts/bench.sh  (only the start-up rows; docs/performance.md untouched)
# The table, the machine and the date also go into docs/performance.md,
# between its "bench:begin" and "bench:end" lines (the rest is kept).
set -euo pipefail
count=${1:-5}
starts=$((count + 2))
here=$(cd "$(dirname "$0")" && pwd)
load0=$(cut -d" " -f1-3 /proc/loadavg)
root=$(dirname "$here")
cd "$root"
out=build/bench
mkdir -p "$out"
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

echo "bench: building Parley and the bare window"
go build -tags migrated_fynedo -o "$out/parley" .
go build -o "$out/barewindow" ./scripts/barewindow
go build -o "$out/seedvault" ./scripts/seedvault
go build -o "$out/startbench" ./scripts/startbench
# A binary just written by the linker sits in the page cache as it was
# written, and the kernel then maps more of it into each process than it
# does for the same file read back from disk: Parley measured 8 MiB more
# resident (161 against 153 MiB, the same file, 2 December 2026). A person
# runs a binary read from disk (after an install or a restart), so the two
# measured programs' own pages are dropped from the cache here (nothing
# else's) and the warm-up start reads them back.
for f in "$out/parley" "$out/barewindow"; do
  sync "$f"
  dd if="$f" iflag=nocache count=0 status=none
done

# gobench PKG REGEX [CPUS]: runs the benchmarks COUNT times, appends "NAME NS"
# lines; with CPUS, runs them with -cpu CPUS and names them NAME@cpuCPUS.
gobench() {
  local cpu=() tag=""
  if [ -n "${3:-}" ]; then cpu=(-cpu "$3"); tag="@cpu$3"; fi
  echo "bench: go test -bench '$2' -count $count ${cpu[*]} $1"
  go test -run '^$' -bench "$2" -benchmem -count "$count" "${cpu[@]}" "$1" >"$log/raw" 2>&1 || { cat "$log/raw"; exit 1; }
  # A cpu-ms/op figure (the process's CPU time) is kept as NAME:cpu, in ns.
  awk -v tag="$tag" '/^Benchmark/ && / ns\/op/ { name=$1; sub(/-[0-9]+$/, "", name); for (i=1;i<=NF;i++) { if ($(i+1)=="ns/op") print name tag, $i; if ($(i+1)=="cpu-ms/op") print name tag ":cpu", $i*1e6 } }' "$log/raw" >>"$log/ns"
}
: >"$log/ns"
if [ -z "${START_ONLY:-}" ]; then
gobench ./persistence/ '^BenchmarkUnlock$'
gobench ./domain/checklist/ '^Benchmark(Filter|Search|Answer)$'
gobench ./printout/ '^BenchmarkNegotiationPDF$'
gobench ./domain/match/ '^BenchmarkExchange300$'
# The comparison's steps, each person's on one core, and the whole
# exchange beside protocol version 1's, measured in the same run.
gobench ./domain/match/ '^Benchmark(Step(Invitation|Reply|Final|Complete)300|Exchange300|Exchange300V1)$' 1
gobench ./persistence/ '^Benchmark(NegotiationsList|SearchNegotiations)$'
fi

echo "bench: start-up and idle memory, $starts starts each, under Xvfb with a real keyring"
home=$(mktemp -d)
export PARLEY_HOME=$home/vault LANG=${LANG:-en_GB.UTF-8} OUT=$out STARTS=$starts
for attempt in 1 2 3; do # the keyring daemon sometimes fails to start: try a fresh session
  rm -rf "$PARLEY_HOME"
  status=0
  xvfb-run -a -s "-screen 0 1280x800x24" bash "$here/with-keyring.sh" bash -c '
    "$OUT/seedvault" -home "$PARLEY_HOME" || exit 75
    "$OUT/startbench" -runs "$STARTS" -idle 3s Bare="$OUT/barewindow" Parley="$OUT/parley"
  ' >"$log/start" 2>"$log/start.err" || status=$?
  [ $status -ne 0 ] || break
  cat "$log/start.err" >&2
  echo "bench: the session failed (attempt $attempt); trying again"
  sleep 2
done
[ $status -eq 0 ] || { cat "$log/start.err"; exit 1; }
rm -rf "$home"

# median NAME: the median ns/op of a benchmark, in milliseconds.
median() {
  awk -v n="$1" '$1==n {print $2}' "$log/ns" | sort -g | awk '{a[NR]=$1} END {if (NR==0) {print ""; exit} m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.2f", m/1e6}'
}
runs() { awk -v n="$1" '$1==n' "$log/ns" | wc -l; }
startup() { awk -v t="$1" -v k="$2" '$1=="startup" && $2==t { for (i=3;i<=NF;i++) { split($i, kv, "="); if (kv[1]==k) print kv[2] } }' "$log/start"; }

# row LABEL VALUE UNIT GOAL(<= number, same unit) [BASELINE RATIO-GOAL]
table=$log/table
{
  echo "| Measure | Median | Runs | Baseline (same run) | Ratio | Goal | Met |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | :---: |"
} >"$table"
row() {
  local label=$1 value=$2 unit=$3 goal=$4 n=$5
  if [ -z "$value" ]; then
    echo "| $label | not measured yet | | | | ≤ $goal $unit | |" >>"$table"; return
  fi
  local met; met=$(awk -v v="$value" -v g="$goal" 'BEGIN {print (v<=g) ? "yes" : "**no**"}')
  echo "| $label | $value $unit | $n | | | ≤ $goal $unit | $met |" >>"$table"
}
# ratio_row LABEL VALUE BASE UNIT GOAL N [BASELINE NAME, default "bare window"]
ratio_row() {
  local label=$1 value=$2 base=$3 unit=$4 goal=$5 n=$6 what=${7:-bare window}
  local r met
  if [ -z "$value" ] || [ -z "$base" ]; then
    echo "| $label | not measured yet | | | | ≤ ${goal}× | |" >>"$table"; return
  fi
  r=$(awk -v v="$value" -v b="$base" 'BEGIN {printf "%.2f", v/b}')
  met=$(awk -v r="$r" -v g="$goal" 'BEGIN {print (r<=g) ? "yes" : "**no**"}')
  echo "| $label | $value $unit | $n | $base $unit ($what) | ${r}× | ≤ ${goal}× | $met |" >>"$table"
}
p_ms=$(startup Parley median_ms) b_ms=$(startup Bare median_ms)
p_rss=$(startup Parley rss_kib) b_rss=$(startup Bare rss_kib)
p_cpu=$(startup Parley cpu_ms) b_cpu=$(startup Bare cpu_ms)
ratio_row "Cold start to a mapped window (exec → mapped, keyring unlock)" "$p_ms" "$b_ms" ms 1.10 "$starts"
ratio_row "CPU from exec to the mapped window (whole process, user + system)" "$p_cpu" "$b_cpu" ms 1.5 "$starts"
row "Unlock (sidecar, keyring, open SQLCipher, schema check)" "$(median BenchmarkUnlock)" ms 30 "$(runs BenchmarkUnlock)"
row "Checklist filter, 10× catalog" "$(median BenchmarkFilter)" ms 16 "$(runs BenchmarkFilter)"
row "Checklist search keystroke, 10× catalog" "$(median BenchmarkSearch)" ms 16 "$(runs BenchmarkSearch)"
row "Checklist answer + refresh, 10× catalog" "$(median BenchmarkAnswer)" ms 16 "$(runs BenchmarkAnswer)"
row "One-page PDF of a full document" "$(median BenchmarkNegotiationPDF)" ms 100 "$(runs BenchmarkNegotiationPDF)"
row "Comparison, 300 tokens a side, both sides" "$(median BenchmarkExchange300)" ms 50 "$(runs BenchmarkExchange300)"
row "Comparison step, CPU of one core: invitation (starter)" "$(median BenchmarkStepInvitation300@cpu1:cpu)" ms 50 "$(runs BenchmarkStepInvitation300@cpu1:cpu)"
row "Comparison step, CPU of one core: invitation checked, reply made and proven (responder)" "$(median BenchmarkStepReply300@cpu1:cpu)" ms 50 "$(runs BenchmarkStepReply300@cpu1:cpu)"
row "Comparison step, CPU of one core: reply's proof checked, result code made and proven (starter)" "$(median BenchmarkStepFinal300@cpu1:cpu)" ms 50 "$(runs BenchmarkStepFinal300@cpu1:cpu)"
row "Comparison step, CPU of one core: result code's proof checked (responder)" "$(median BenchmarkStepComplete300@cpu1:cpu)" ms 50 "$(runs BenchmarkStepComplete300@cpu1:cpu)"
ratio_row "Comparison, CPU of one core, whole exchange, protocol v3" "$(median BenchmarkExchange300@cpu1:cpu)" \
  "$(median BenchmarkExchange300V1@cpu1:cpu)" ms 1.5 "$(runs BenchmarkExchange300@cpu1:cpu)" "protocol v1"
row "History open, 10,000 negotiations" "$(median BenchmarkNegotiationsList)" ms 100 "$(runs BenchmarkNegotiationsList)"
row "History search, 10,000 negotiations" "$(median BenchmarkSearchNegotiations)" ms 100 "$(runs BenchmarkSearchNegotiations)"
ratio_row "Idle memory (VmRSS after 3 s idle)" "$(awk -v k="$p_rss" 'BEGIN {printf "%.0f", k/1024}')" \
  "$(awk -v k="$b_rss" 'BEGIN {printf "%.0f", k/1024}')" MiB 1.2 "$starts"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
machine="Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) CPUs ($cpu), $mem memory, $(go version | cut -d' ' -f3), load average before the run $load0."
echo
cat "$table"
echo
echo "$machine"

doc=docs/performance.md
if [ -z "${START_ONLY:-}" ] && [ -f "$doc" ] && grep -q '^<!-- bench:begin -->$' "$doc"; then
  { sed '/^<!-- bench:begin -->$/q' "$doc"; echo; cat "$table"; echo; echo "$machine"; echo; sed -n '/^<!-- bench:end -->$/,$p' "$doc"; } >"$log/doc"
  cp "$log/doc" "$doc"
  echo "bench: table written to $doc"
fi
