#!/usr/bin/env bash
# Single map tiles (bench/scale/tiles_by_zoom.py) of two builds in turns (A, B, A, B …) when each
# build needs its own store, as when a count table changes shape: build A serves STORE_A and build B
# serves STORE_B (e.g. copies of one store, B's upgraded by B when it first opens it: the first
# turn's start-up row then includes the upgrade). Per turn: the start-up, and per zoom 4–12 the
# wall p50 / p95, mean size and CPU per tile of the server and, given its postmaster, of PostgreSQL.
# Usage: bench/scale/tiles_ab.sh APP_A STORE_A APP_B STORE_B [rounds=2] [count=40]
#   STORE_*: a GeoPackage file or a postgresql:// URL. TILES_POSTMASTER=PID: the PostgreSQL
#   postmaster both PostGIS stores live in (for its CPU). TILES_QUERY: filters for every tile.
set -euo pipefail
cd "$(dirname "$0")/../.."
apps=("$(realpath "$1")" "$(realpath "$3")")
stores=("$2" "$4")
rounds=${5:-2}
count=${6:-40}
step_limit=${SCALE_STEP_LIMIT:-3600}
write_rate=1000
source bench/scale/lib.sh
begin_run
machine_line
backend=tiles
for ((round = 1; round <= rounds; round++)); do
  for i in 0 1; do
    rows="$work/rows-$i.md"
    row "round $round: load average before" "$(cut -d' ' -f1-3 /proc/loadavg)"
    app=${apps[i]}
    serve "${stores[i]}" 0
    timeout -k 10 "$step_limit" python3 bench/scale/tiles_by_zoom.py "$url" "$server_pid" "${TILES_POSTMASTER:--}" "$count" "${TILES_QUERY:-}" | sed "s/^| /| round $round: /" | tee -a "$rows"
    stop_server
  done
done
for i in 0 1; do
  printf '\n## %s on %s\n\n| What | Figure |\n|---|---|\n' "${apps[i]}" "${stores[i]}"
  cat "$work/rows-$i.md"
done
