#!/usr/bin/env bash
# Two builds of bordermap side by side on GeoPackage stores of the same claims, in one sitting, for a
# change to how the store is written: each build imports the same synthetic file into a store of its
# own (under nice, so its CPU time is the figure), then the builds take turns (A, B, A, B …) serving
# their store under run.sh's bounded mixed load, so both meet the same machine load.
# Usage: [AB_STORE=FILE.gpkg] bench/scale/ab.sh APP_A APP_B [claims=100000] [rounds=2]
#   APP_A, APP_B: bordermap executables (e.g. published from two commits); the load tool is built here.
#   AB_STORE: a store of the synthetic claims (ids bench-0 … bench-N-1) that each build gets a copy
#   of instead of importing, to save the two imports; it should be closed and in rollback mode.
#   Environment as run.sh: SCALE_REQUESTS (2000), SCALE_SECONDS (120), SCALE_CLIENTS (2),
#   SCALE_STEP_LIMIT (3600), SCALE_WRITE_RATE (1000000), BUILD_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
apps=("$(realpath "$1")" "$(realpath "$2")")
size=${3:-100000}
rounds=${4:-2}
requests=${SCALE_REQUESTS:-2000}
seconds=${SCALE_SECONDS:-120}
clients=${SCALE_CLIENTS:-2}
step_limit=${SCALE_STEP_LIMIT:-3600}
write_rate=${SCALE_WRITE_RATE:-1000000}
backend=gpkg
source bench/scale/lib.sh
begin_run
build_load_tool
machine_line
step "$bench" queries 1000 "$work/queries.txt"
[[ -n ${AB_STORE:-} ]] || step "$bench" claims-file "$size" "$work/claims.geojson"
for i in 0 1; do
  app=${apps[i]}
  rows="$work/rows-$i.md"
  row "build" "$app"
  if [[ -n ${AB_STORE:-} ]]; then
    cp "$AB_STORE" "$work/store-$i.gpkg"
    row "store" "a copy of $AB_STORE"
    continue
  fi
  row "load average before the import" "$(cut -d' ' -f1-3 /proc/loadavg)"
  timed_row "import of $size claims (nice -n 19)" nice -n 19 "$app" claims import "$work/claims.geojson" --store "$work/store-$i.gpkg"
done

for ((round = 1; round <= rounds; round++)); do
  for i in 0 1; do
    app=${apps[i]}
    rows="$work/rows-$i.md"
    row "round $round: load average before" "$(cut -d' ' -f1-3 /proc/loadavg)"
    serve "$work/store-$i.gpkg" "$size"
    server_cpu_before=$(cpu_seconds "$server_pid")
    rows_from "$bench" mixed "$url" "$size" "$work/queries.txt" "$requests" "$seconds" "$clients"
    row "round $round: server CPU during the mixed load" "$(difference "$(cpu_seconds "$server_pid")" "$server_cpu_before") s"
    stop_server
  done
done

for i in 0 1; do
  printf '\n## %s\n\n| What | Figure |\n|---|---|\n' "${apps[i]}"
  cat "$work/rows-$i.md"
done
