#!/usr/bin/env bash
# What an edit (`PUT /api/claims/{id}`) and the region panel cost, for two builds taking turns on
# the same stores in one sitting (A, B, A, B …): N synthetic claims imported once per backend with
# build A under nice (GeoPackage file; PostGIS in a throwaway cluster); then per turn, with that
# build serving the store: EDITS sequential title edits and EDITS/2 sequential edits that move the
# claim's day and point (bench/scale/puts.py: GET untimed, PUT timed), 100 sequential region panels
# (AF-BDS over 30-day windows of 2021), then the scale benchmark's mixed load from 2 clients (its
# PUT and region rows are the figures under load). Per step: wall p50/p95/p99, the server's CPU
# per request (GET included for an edit, from /proc/PID/stat) and, for PostGIS, PostgreSQL's.
# Usage: bench/scale/put_ab.sh APP_A APP_B [claims=100000] [rounds=2] [backends=gpkg,postgis] [edits=150] [mixed requests=600]
# Environment: AB_STORES=DIR to import the stores once and reuse copies of them in later runs, and
# AB_PG_CONF for more PostgreSQL settings (see import_stores in bench/scale/lib.sh). A build that
# adds a PostGIS migration leaves the store too new for a build without it: run such pairs with
# rounds=1 and the older build as A (it serves the store first).
set -euo pipefail
cd "$(dirname "$0")/../.."
apps=("$(realpath "$1")" "$(realpath "$2")")
size=${3:-100000}
rounds=${4:-2}
IFS=, read -r -a backends <<< "${5:-gpkg,postgis}"
edits=${6:-150}
mixed=${7:-600}
step_limit=${SCALE_STEP_LIMIT:-3600}
write_rate=1000000
source bench/scale/lib.sh
begin_run
[ -x "$bench" ] || build_load_tool
machine_line
step "$bench" queries 1000 "$work/queries.txt"
step "$bench" claims-file "$size" "$work/claims.geojson"

# CPU seconds of the server (and of PostgreSQL) a step used, per request.
measured() {
  local requests=$1 label=$2
  shift 2
  local before pg=""
  before=$(cpu_seconds "$server_pid")
  [[ "$backend" == postgis ]] && pg_cpu_delta > /dev/null
  "$@"
  local cpu
  cpu=$(difference "$(cpu_seconds "$server_pid")" "$before")
  if [[ "$backend" == postgis ]]; then pg=$(pg_cpu_delta); pg=", PostgreSQL CPU $(awk -v c="${pg% s}" -v n="$requests" 'BEGIN { printf "%.1f ms", c * 1000 / n }')"; fi
  row "$label: CPU per request" "server $(awk -v c="$cpu" -v n="$requests" 'BEGIN { printf "%.1f ms", c * 1000 / n }')$pg"
}

edits_of() { row "$2 edits" "$(step python3 bench/scale/puts.py "$url" "$size" "$1" "$round" "$2")"; }

regions() {
  awk 'NR <= 100 { print $5, $6 }' "$work/queries.txt" | while read -r from to; do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${url%/}/api/regions/AF-BDS?from=$from&to=$to"
  done > "$work/regions.txt"
  awk '$1 != 200 { bad++ } END { if (bad) { printf "%d region answers were not 200\n", bad; exit 1 } }' "$work/regions.txt"
  row "region panel AF-BDS, 100 sequential" "$(sort -k2 -n "$work/regions.txt" | awk '{ t[NR] = $2 * 1000 } END { printf "p50 %.1f ms, p95 %.1f ms", t[int(NR * 0.5)], t[int(NR * 0.95)] }')"
}

import_stores "${apps[0]}" edits

# One turn: the edits, the region panels and the mixed load, each with its CPU per request.
edit_turn() {
  measured "$edits" "round $round: title edits (GET + PUT)" edits_of "$edits" title
  measured $((edits / 2)) "round $round: moving edits (GET + PUT)" edits_of $((edits / 2)) move
  measured 100 "round $round: region panel" regions
  measured "$mixed" "round $round: mixed load, 2 clients" rows_from "$bench" mixed "$url" "$size" "$work/queries.txt" "$mixed" 120 2
  row "round $round: load average after" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

ab_turns edit_turn

print_ab_tables
