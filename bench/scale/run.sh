#!/usr/bin/env bash
# Scale benchmark (issue 11, "a million claims"): does BorderMap's cost follow the answer or the store?
# For each backend (GeoPackage, PostGIS in a throwaway cluster on a free 127.0.0.1 port) and size:
#   1. N synthetic claims as one GeoJSON file, imported with `bordermap claims import` (wall, CPU,
#      peak RSS from /usr/bin/time -v); the peer ogr2ogr loads the same file into a GeoPackage or
#      into another table of the same PostGIS database;
#   2. `bordermap serve` as a real process: exec to the printed URL, RSS and CPU right after;
#   3. a bounded mixed load (claims pages, MVT tiles, region panel, histogram, search, GET and PUT
#      with If-Match) from BorderMap.Bench.Api, p50/p95/max per kind, RSS and CPU after it, right
#      after start-up (the fresh server's figures, which the targets have been read from); then the
#      same load again on the same server, its rows marked "warm server, 2nd load": a deployed
#      server runs for days, past the runtime's compiling of its hot paths;
#   4. peers on the same data in the same run: ogr2ogr -spat -where on GDAL's GeoPackage, psql with
#      \timing running the store's bbox+date SQL, selecting id, data, geom and then the page's own
#      page_json, fid;
#   5. optionally (SCALE_BROWSER=1) Chromium's first complete render and panning frames.
# Prints one Markdown table per backend and size, with date, machine and load averages, and a line
# saying whether start-up and memory grow with the store. Every load is bounded in count and time;
# every process started here is stopped by its PID (and PostgreSQL with pg_ctl) when the script ends.
# Usage: bench/scale/run.sh [sizes=100000,1000000] [backends=gpkg,postgis]
#   sizes up to 1,000,000 for both backends, 3,000,000 for postgis only.
#   Environment: SCALE_REQUESTS (2000), SCALE_SECONDS (120), SCALE_CLIENTS (2), SCALE_PEER_QUERIES (100),
#   SCALE_BROWSER (0), SCALE_STEP_LIMIT (seconds one step may take; 3600), SCALE_WRITE_RATE (serve
#   --write-rate, 1000000, so PUTs are not refused with 429 by the per-user limit), BUILD_ARGS.
set -euo pipefail
cd "$(dirname "$0")/../.."
IFS=, read -r -a sizes <<< "${1:-100000,1000000}"
IFS=, read -r -a backends <<< "${2:-gpkg,postgis}"
requests=${SCALE_REQUESTS:-2000}
seconds=${SCALE_SECONDS:-120}
clients=${SCALE_CLIENTS:-2}
peer_queries=${SCALE_PEER_QUERIES:-100}
step_limit=${SCALE_STEP_LIMIT:-3600}
write_rate=${SCALE_WRITE_RATE:-1000000}
for size in "${sizes[@]}"; do
  [[ "$size" =~ ^[0-9]+$ && "$size" -ge 1000 && "$size" -le 3000000 ]] || { echo "size $size: give 1000 to 3000000 claims" >&2; exit 2; }
done
for backend in "${backends[@]}"; do
  [[ "$backend" == gpkg || "$backend" == postgis ]] || { echo "backend $backend: give gpkg or postgis" >&2; exit 2; }
done

source bench/scale/lib.sh
begin_run

# One bounded mixed load on the running server, its rows labelled with the given prefix: the first
# right after start-up (a fresh server, whose runtime still compiles its hot paths at the optimising
# tier and whose connections are new), then a second on the same server, as a server that has run
# for a while answers.
mixed_turn() {
  local prefix=$1 server_cpu_before
  [[ "$backend" == postgis ]] && pg_cpu_delta >/dev/null
  server_cpu_before=$(cpu_seconds "$server_pid")
  row_prefix=$prefix rows_from "$bench" mixed "$url" "$size" "$work/queries.txt" "$requests" "$seconds" "$clients"
  row "${prefix}server CPU during the mixed load" "$(difference "$(cpu_seconds "$server_pid")" "$server_cpu_before") s"
  [[ "$backend" == postgis ]] && row "${prefix}PostgreSQL CPU during the mixed load" "$(pg_cpu_delta)"
  row "${prefix}RSS after the load" "$(rss_mib "$server_pid") MiB"
}

# The app as users install it (README): published, compiled ahead of time (ReadyToRun). A JIT-only
# build answers a cold server's first requests ~0.6 s later in the browser's first render.
dotnet build -c Release -nologo -v quiet ${BUILD_ARGS:-} bench/BorderMap.Bench.Api
dotnet publish -c Release -nologo -v quiet ${BUILD_ARGS:-} src/BorderMap.App -o "$work/app"
app=$work/app/bordermap

run_date=$(date -u '+%F %T UTC')
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
load_start=$(uptime | sed 's/.*load average: //')
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo "+changes")
echo "date: $run_date; machine: $machine; load at start: $load_start; commit $commit"
step "$bench" queries 1000 "$work/queries.txt"
[[ " ${backends[*]} " == *" postgis "* ]] && start_postgres

for size in "${sizes[@]}"; do
  file="$work/claims-$size.geojson"
  step "$bench" claims-file "$size" "$file"
  for backend in "${backends[@]}"; do
    if [[ "$backend" == gpkg && "$size" -gt 1000000 ]]; then
      echo "skipped: gpkg with $size claims (3,000,000 is for postgis only)"
      continue
    fi

    rows="$work/rows-$backend-$size.md"
    echo "== $backend, $size claims =="
    row "load average before" "$(cut -d' ' -f1-3 /proc/loadavg)"
    if [[ "$backend" == gpkg ]]; then
      store="$work/store-$size.gpkg"
      timed_row "import: bordermap claims import → GeoPackage" "$app" claims import "$file" --store "$store"
      row "store size" "$(du -h "$store" | cut -f1)"
      timed_row "peer import: ogr2ogr → GeoPackage" ogr2ogr -f GPKG "$work/ogr-$size.gpkg" "$file" -nln claims -mapFieldType StringList=String
    else
      database="claims_$size"
      sql postgres -c "CREATE DATABASE $database"
      store="postgresql://postgres@127.0.0.1:$pg_port/$database"
      timed_row "import: bordermap claims import → PostGIS" "$app" claims import "$file" --store "$store"
      sql "$database" -c "ANALYZE"
      row "database size (after ANALYZE)" "$(sql "$database" -At -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"
      timed_row "peer import: ogr2ogr → PostGIS table ogr_claims (same database)" ogr2ogr -f PostgreSQL "PG:$(libpq "$database")" "$file" -nln ogr_claims
      row "PostgreSQL CPU during the two imports" "$(pg_cpu_delta)"
    fi

    serve "$store" "$size"
    mixed_turn ""
    mixed_turn "warm server, 2nd load: "
    if [[ "$backend" == gpkg ]]; then
      rows_from "$bench" gdal "$work/ogr-$size.gpkg" "$work/queries.txt" "$peer_queries" eventDate
    else
      rows_from "$bench" psql-timing "$(libpq "$database")" "$work/queries.txt" "$peer_queries"
      # The columns a page of the store sends: the row above also prints the jsonb and the geometry as text,
      # which no page does, and is not the floor of the page's own statement.
      rows_from "$bench" psql-timing "$(libpq "$database")" "$work/queries.txt" "$peer_queries" "page_json, fid"
      # The same rows as the app receives them (binary), not as hex text twice their size.
      rows_from "$bench" psql-timing "$(libpq "$database")" "$work/queries.txt" "$peer_queries" "page_json, fid" binary
    fi

    [[ "${SCALE_BROWSER:-0}" == 1 ]] && rows_from "$bench" browser "$url"
    stop_server
    row "load average after" "$(cut -d' ' -f1-3 /proc/loadavg)"
    if [[ "$backend" == gpkg ]]; then rm -f "$store" "$work/ogr-$size.gpkg"; else sql postgres -c "DROP DATABASE $database"; fi
  done
  rm -f "$file"
done

load_end=$(uptime | sed 's/.*load average: //')
echo
echo "# Scale benchmark, $run_date"
echo
echo "Machine: $machine. Load average (1, 5, 15 min) at start: $load_start; at end: $load_end. Commit $commit."
echo "Mixed load: $requests requests or $seconds s, whichever first, from $clients concurrent client(s), twice on each server: right after start-up (the rows without a mark), then again (the rows marked \"warm server, 2nd load\"); peers over $peer_queries queries."
for backend in "${backends[@]}"; do
  for size in "${sizes[@]}"; do
    [ -f "$work/rows-$backend-$size.md" ] || continue
    printf '\n## %s, %s claims\n\n| What | Figure |\n|---|---|\n' "$backend" "$(sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<< "$size")"
    cat "$work/rows-$backend-$size.md"
  done
done
echo
growth_lines
