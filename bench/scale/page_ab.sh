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
set -euo pipefail
cd "$(dirname "$0")/../.."
apps=("$(realpath "$1")" "$(realpath "$2")")
size=${3:-100000}
rounds=${4:-2}
IFS=, read -r -a backends <<< "${5:-gpkg,postgis}"
step_limit=${SCALE_STEP_LIMIT:-3600}
write_rate=1000
pgbin=/usr/lib/postgresql/15/bin
work=$(mktemp -d)
chmod 755 "$work"
started_pids=()
server_pid=""
source bench/scale/lib.sh
trap cleanup EXIT
trap 'exit 130' INT TERM

nice -n 19 dotnet build -c Release -nologo -v quiet ${BUILD_ARGS:-} bench/BorderMap.Bench.Api
bench=bench/BorderMap.Bench.Api/bin/Release/net10.0/linux-x64/BorderMap.Bench.Api
echo "date: $(date -u '+%F %T UTC'); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
step "$bench" queries 1000 "$work/queries.txt"
step "$bench" claims-file "$size" "$work/claims.geojson"
requests=$(( $(wc -l < "$work/queries.txt") + 50 ))

import_stores "${apps[0]}" page

for ((round = 1; round <= rounds; round++)); do
  for b in "${!backends[@]}"; do
    backend=${backends[b]}
    for i in 0 1; do
      rows="$work/rows-$backend-$i.md"
      row "round $round: load average before" "$(cut -d' ' -f1-3 /proc/loadavg)"
      app=${apps[i]}
      serve "${stores[b]}" "$size"
      [[ "$backend" == postgis ]] && pg_cpu_delta > /dev/null
      before=$(cpu_seconds "$server_pid")
      rows_from "$bench" api "$url" "$work/queries.txt" full
      cpu=$(difference "$(cpu_seconds "$server_pid")" "$before")
      row "round $round: server CPU, whole / per request" "$cpu s / $(awk -v c="$cpu" -v n="$requests" 'BEGIN { printf "%.1f ms", c * 1000 / n }')"
      if [[ "$backend" == postgis ]]; then
        pg=$(pg_cpu_delta)
        row "round $round: PostgreSQL CPU, whole / per request" "$pg / $(awk -v c="${pg% s}" -v n="$requests" 'BEGIN { printf "%.1f ms", c * 1000 / n }')"
      fi
      stop_server
    done
  done
  if [[ " ${backends[*]} " == *" postgis "* ]]; then
    rows="$work/peer.md"
    row "round $round: load average before the peer" "$(cut -d' ' -f1-3 /proc/loadavg)"
    rows_from "$bench" psql-timing "$(libpq page)" "$work/queries.txt" 200
  fi
done

print_ab_tables
[[ -f "$work/peer.md" ]] && { printf '\n## peer\n\n'; cat "$work/peer.md"; }
