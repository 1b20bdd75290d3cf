#!/usr/bin/env bash
# What one page of `GET /api/claims` (bbox + 30-day window, up to 500 whole claims) costs the
# server, for two builds side by side on the same stores in one sitting: N synthetic claims are
# imported once per backend (GeoPackage file, PostGIS database in a throwaway cluster, both under
# nice); then the builds take turns (A, B, A, B …) serving each store while `BorderMap.Bench.Api api`
# sends 50 warm-up and 1,000 planned page requests one after another over loopback. Per turn: wall
# p50/p95 per page, the server's CPU per request (from /proc/PID/stat, the warm-up included) and,
# for PostGIS, PostgreSQL's CPU per request; the psql peer runs the store's page SQL in one session.
# Usage: bench/scale/page_ab.sh APP_A APP_B [claims=100000] [rounds=2] [backends=gpkg,postgis]
#   APP_A, APP_B: bordermap executables (e.g. built from two commits); the load tool is built here.
#   PAGE_DENSITY=D widens every planned box by √D about its centre, so that N claims give a page as
#   many candidates as D × N claims would (at D × N = 1,000,000 a page is full: 500 claims).
#   The psql peer runs twice: selecting id, data, geom, and selecting the columns a page sends,
#   page_json, fid (schema 16), or PAGE_PEER_COLUMNS instead, as text and as the app receives them (binary COPY).
#   AB_PG_COPY=1: build B serves a copy of the PostGIS database (CREATE DATABASE … TEMPLATE), for a
#   build B that migrates the schema, which build A would then refuse to open; B's first start-up
#   row then includes the migration. AB_PG_COPY=kept (with AB_PG_CLUSTER): build B serves the database
#   page_b already in that cluster, e.g. the store laid out as build B's own import writes it.
#   AB_MIXED=1: each turn runs run.sh's bounded mixed load instead (SCALE_REQUESTS, SCALE_SECONDS,
#   SCALE_CLIENTS as there; the server's CPU is per request of every kind), right after the server
#   starts as in run.sh, so the turns time what the targets are read from, on both backends.
#   AB_PG_CLUSTER=DIR: the PostGIS store is a copy of the stopped cluster DIR (made by start_postgres in
#   bench/scale/lib.sh, holding database "page" with the given number of claims, e.g. /work/pg1m):
#   no claims file, no import; the turns share the copy, as they share an imported store.
#   AB_WARM=1 (with AB_MIXED=1): each turn runs the mixed load a second time on the same server, its
#   rows marked "warm server, 2nd load", beside the fresh server's first.
#   AB_TRACE=DIR (with AB_MIXED=1): each turn's load writes DIR/BACKEND-BUILD-ROUND.txt, one line per
#   timed request (client, kind, start in ms since 1970 UTC, duration, status; BENCH_TRACE of the load
#   tool), to set slow requests beside what ran with them.
#   AB_TILES=K also times K single tiles per zoom 4–12 in each turn (bench/scale/tiles_by_zoom.py),
#   without and with AB_TILE_QUERY (e.g. from=2021-07-01&to=2021-07-31), after the pages.
set -euo pipefail
cd "$(dirname "$0")/../.."
apps=("$(realpath "$1")" "$(realpath "$2")")
size=${3:-100000}
rounds=${4:-2}
IFS=, read -r -a backends <<< "${5:-gpkg,postgis}"
step_limit=${SCALE_STEP_LIMIT:-3600}
write_rate=1000
source bench/scale/lib.sh
begin_run
build_load_tool
machine_line
step "$bench" queries 1000 "$work/queries.txt"
widen_queries "$work/queries.txt"
# A store copied from a kept cluster needs no claims file to import.
[[ -n "${AB_PG_CLUSTER:-}" && "${backends[*]}" == postgis ]] || step "$bench" claims-file "$size" "$work/claims.geojson"
requests=$(( $(wc -l < "$work/queries.txt") + 50 ))
[[ -n "${AB_MIXED:-}" ]] && requests=${SCALE_REQUESTS:-2000}

import_stores "${apps[0]}" page
stores_b=()
if [[ -n "${AB_PG_COPY:-}" ]]; then
  for b in "${!backends[@]}"; do
    stores_b[b]=""
    if [[ "${backends[b]}" == postgis ]]; then
      [[ "$AB_PG_COPY" == kept ]] || sql postgres -c "CREATE DATABASE page_b TEMPLATE page"
      stores_b[b]="postgresql://postgres@127.0.0.1:$pg_port/page_b"
    fi
  done
fi

# One load on the running server, its rows labelled with the given prefix (trace files with the given suffix).
load_turn() {
  local prefix=$1 suffix=${2:-} before cpu pg
  [[ "$backend" == postgis ]] && pg_cpu_delta > /dev/null
  before=$(cpu_seconds "$server_pid")
  if [[ -n "${AB_MIXED:-}" ]]; then
    [[ -n "${AB_TRACE:-}" ]] && export BENCH_TRACE="$AB_TRACE/$backend-$((i + 1))-$round$suffix.txt"
    row_prefix=$prefix rows_from "$bench" mixed "$url" "$size" "$work/queries.txt" "${SCALE_REQUESTS:-2000}" "${SCALE_SECONDS:-120}" "${SCALE_CLIENTS:-2}"
  else
    rows_from "$bench" api "$url" "$work/queries.txt" full
  fi
  cpu=$(difference "$(cpu_seconds "$server_pid")" "$before")
  row "${prefix}server CPU, whole / per request" "$cpu s / $(awk -v c="$cpu" -v n="$requests" 'BEGIN { printf "%.1f ms", c * 1000 / n }')"
  [[ -n "${AB_MIXED:-}" ]] && row "${prefix}RSS after the load" "$(rss_mib "$server_pid") MiB"
  if [[ "$backend" == postgis ]]; then
    pg=$(pg_cpu_delta)
    row "${prefix}PostgreSQL CPU, whole / per request" "$pg / $(awk -v c="${pg% s}" -v n="$requests" 'BEGIN { printf "%.1f ms", c * 1000 / n }')"
  fi
  return 0
}

# One turn: the planned pages (or the mixed load: right after start-up, then again with AB_WARM=1)
# with the server's (and PostgreSQL's) CPU per request, then the tiles if asked for.
page_turn() {
  load_turn "round $round: "
  [[ -n "${AB_MIXED:-}" && -n "${AB_WARM:-}" ]] && load_turn "round $round, warm server, 2nd load: " -warm
  if [[ -n "${AB_TILES:-}" ]]; then
    local postmaster=- tile_query
    [[ "$backend" == postgis ]] && postmaster=$(head -1 "$work/pg/postmaster.pid")
    for tile_query in "" ${AB_TILE_QUERY:-}; do
      timeout -k 10 "$step_limit" python3 bench/scale/tiles_by_zoom.py "$url" "$server_pid" "$postmaster" "$AB_TILES" "$tile_query" | sed "s/^| /| round $round: /" | tee -a "$rows"
    done
  fi
}

# After each round: the psql peer runs the page SQL on the same PostGIS store.
after_round() {
  [[ " ${backends[*]} " == *" postgis "* ]] || return 0
  rows="$work/peer.md"
  row "round $round: load average before the peer" "$(cut -d' ' -f1-3 /proc/loadavg)"
  # The peer's SQL is the newest store's: on build B's copy when there is one.
  local database=page
  [[ -n "${AB_PG_COPY:-}" ]] && database=page_b
  rows_from "$bench" psql-timing "$(libpq "$database")" "$work/queries.txt" 200
  rows_from "$bench" psql-timing "$(libpq "$database")" "$work/queries.txt" 200 "${PAGE_PEER_COLUMNS:-page_json, fid}"
  rows_from "$bench" psql-timing "$(libpq "$database")" "$work/queries.txt" 200 "${PAGE_PEER_COLUMNS:-page_json, fid}" binary
}

ab_turns page_turn

print_ab_tables
if [[ -f "$work/peer.md" ]]; then printf '\n## peer\n\n'; cat "$work/peer.md"; fi
