#!/usr/bin/env bash
# The web map's first render and panning frames for two builds side by side, in one sitting: each
# build serves its own copy of the same GeoPackage (both servers stay up, so each is warm after its
# first page), then headless Chromium (`BorderMap.Bench.Api browser URL [trace|profile]`) opens them
# in turns, A B B A …, so both meet the same machine load. One unmeasured warm-up page per build
# first (printed, marked "warm-up": the 1,000,000-claim runs of run.sh time a single such page).
# Per page: first complete render, panning frame p50/p95, the bench process's wall and CPU (the
# driver and Chromium), the server's CPU, the load average; then the medians per build.
# In trace mode also the page's main-thread CPU per frame while panning (steady under load).
# With BROWSER_AB_IN_PLACE=1 both servers open STORE itself (no copies, for a store the disk cannot
# hold twice more; the pages only read); a PostGIS STORE (postgresql://…, e.g. a started copy of
# /work/pg1m) is always shared so.
# With BROWSER_AB_FRESH=1 every page meets a server started for it (as a user who opens the map right
# after `bordermap serve`): no warm-up pages; the server is stopped after its page, and its CPU column
# counts from its start, start-up included.
# Usage: bench/scale/browser_ab.sh APP_A APP_B STORE.gpkg|postgresql://… [rounds=3] [mode: trace|profile|first]
#   APP_A, APP_B: bordermap executables, each with the web bundle to time in the wwwroot beside it
#   (a copy of one build's output with another bundle in its wwwroot compares bundles alone).
set -euo pipefail
cd "$(dirname "$0")/../.."
apps=("$(realpath "$1")" "$(realpath "$2")")
if [[ $3 == postgresql://* ]]; then source_store=$3 BROWSER_AB_IN_PLACE=1; else source_store=$(realpath "$3"); fi
rounds=${4:-3}
mode=${5:-}
step_limit=${SCALE_STEP_LIMIT:-600}
source bench/scale/lib.sh
begin_run
build_load_tool
machine_line
echo "store: $source_store; A: ${apps[0]}; B: ${apps[1]}; mode: ${mode:-plain}"

urls=() pids=() stores=()
fresh=${BROWSER_AB_FRESH:-}

# Starts build $1's server on its store and waits for its URL.
start_server() {
  local i=$1
  # Emptied here, not by the redirection below: that runs in the child, after this shell may already have
  # read the previous server's URL from the log (then an empty or stale URL in fresh mode).
  : > "$work/serve-$i.log"
  "${apps[i]}" serve --store "${stores[i]}" --port 0 --no-browser > "$work/serve-$i.log" 2>&1 &
  pids[i]=$!
  started_pids+=("${pids[i]}")
  for ((waited = 0; ; waited++)); do
    grep -q "http://" "$work/serve-$i.log" && break
    kill -0 "${pids[i]}" 2>/dev/null && ((waited < 3000)) || { cat "$work/serve-$i.log"; exit 1; }
    sleep 0.02
  done
  urls[i]=$(grep -o 'http://[^ ]*' "$work/serve-$i.log" | head -1)
}

stop_server() {
  kill "${pids[$1]}" 2>/dev/null || true
  wait "${pids[$1]}" 2>/dev/null || true
  forget "${pids[$1]}"
}

for i in 0 1; do
  stores[i]="$work/store-$i.gpkg"
  if [[ ${BROWSER_AB_IN_PLACE:-} == 1 ]]; then stores[i]=$source_store; else cp "$source_store" "${stores[i]}"; fi
  [[ -n $fresh ]] || start_server "$i"
done

# One page of build $1: prints "| build | label | render ms | p50 | p95 | wall s | CPU s | server CPU s | load |".
page() {
  local i=$1 label=$2 before out
  if [[ -n $fresh ]]; then start_server "$i" && before=0; else before=$(cpu_seconds "${pids[i]}"); fi
  out="$work/page.out"
  step /usr/bin/time -f '%e %U %S' -o "$work/time.txt" "$bench" browser "${urls[i]}" $mode > "$out"
  [[ -n $mode ]] && cp "$out" "$work/$label-$i.$mode.txt"
  local render p50 p95 wall cpu
  render=$(sed -n 's/^Chromium load to first complete render: \([0-9]*\) ms/\1/p' "$out")
  p50=$(sed -n 's/^Chromium frame time.*p50=\([0-9.]*\) ms.*/\1/p' "$out")
  p95=$(sed -n 's/^Chromium frame time.*p95=\([0-9.]*\) ms.*/\1/p' "$out")
  read -r wall user system < "$work/time.txt"
  cpu=$(difference "$user" "-$system")
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$(basename "$(dirname "${apps[i]}")")/$i" "$label" "$render" "$p50" "$p95" "$wall" "$cpu" \
    "$(difference "$(cpu_seconds "${pids[i]}")" "$before")" "$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$work/pages.md"
  if [[ $mode == trace ]]; then sed -n '/^Main-thread CPU per frame/,$p' "$out" | sed -n 1,31p; fi
  if [[ $mode == profile || $mode == first ]]; then cat "$out"; fi
  if [[ -n $fresh ]]; then stop_server "$i"; fi
}

echo "| build | page | first render ms | frame p50 | frame p95 | bench wall s | bench CPU s | server CPU s | load 1 min |"
echo "|---|---|---|---|---|---|---|---|---|"
if [[ -z $fresh ]]; then
  page 0 warm-up
  page 1 warm-up
fi
: > "$work/pages.md"
for ((round = 1; round <= rounds; round++)); do
  if ((round % 2)); then order=(0 1); else order=(1 0); fi
  for i in "${order[@]}"; do page "$i" "round-$round"; done
done

echo
echo "Medians over the rounds (first render ms, frame p95 ms, bench CPU s):"
for i in 0 1; do
  name="$(basename "$(dirname "${apps[i]}")")/$i"
  awk -F' *\\| *' -v name="$name" 'BEGIN { n = 0 } $2 == name { r[n] = $4; p[n] = $6; c[n] = $8; n++ }
    function median(a, n,   i, j, t) { for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return n % 2 ? a[int(n / 2)] : (a[n / 2 - 1] + a[n / 2]) / 2 }
    END { printf "  %s: render %s, p95 %s, CPU %s (n=%d)\n", name, median(r, n), median(p, n), median(c, n), n }' "$work/pages.md"
done
