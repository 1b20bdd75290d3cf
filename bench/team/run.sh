#!/usr/bin/env bash
# Team-mode benchmark (issue 7): 1,000,000 synthetic claims in a throwaway PostgreSQL 15 + PostGIS
# (initdb in a temporary directory, a free port on 127.0.0.1), loaded through the store's bulk
# import; `bordermap serve --store postgresql://…` as a real process; 1,000 bbox + 30-day queries
# through GET /api/claims (whole claims and fields=marker) beside GDAL ogr2ogr and psql running the
# store's SQL on the same database; the plan PostgreSQL chose for the store's own query
# (auto_explain: EXPLAIN ANALYZE, BUFFERS of the statement as the store sent it); start-up time and
# RSS. Everything stays on loopback, and every process started here is stopped by its PID.
# Usage: bench/team/run.sh [claims=1000000]
set -euo pipefail
cd "$(dirname "$0")/../.."
claims=${1:-1000000}
work=$(mktemp -d)
chmod 755 "$work"
server_pid=""

# The throwaway cluster (start_postgres, as_postgres) is the scale benchmark's; this script keeps its own cleanup.
source bench/scale/lib.sh
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [ -f "$work/pg/postmaster.pid" ] && as_postgres "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

for project in src/BorderMap.App bench/BorderMap.Bench.Api; do dotnet build -c Release -nologo -v quiet ${BUILD_ARGS:-} "$project"; done
app=src/BorderMap.App/bin/Release/net10.0/linux-x64/bordermap

echo "date: $(date -u '+%F %T UTC')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -a)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# auto_explain is loaded but silent (-1) until the plan is wanted, in the configuration file so
# that ALTER SYSTEM can switch it on later.
start_postgres "shared_preload_libraries = 'auto_explain'" "auto_explain.log_min_duration = -1" \
  "auto_explain.log_analyze = on" "auto_explain.log_buffers = on" >/dev/null
port=$pg_port
libpq="host=127.0.0.1 port=$port user=postgres dbname=bench"
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$libpq" "$@"; }
psql -X -q -d "host=127.0.0.1 port=$port user=postgres dbname=postgres" -c "CREATE DATABASE bench"
store="postgresql://postgres@127.0.0.1:$port/bench"

$bench load-postgis "$store" "$claims"
sql -c "VACUUM ANALYZE claims"
sql -At -c "SELECT 'database: ' || pg_size_pretty(pg_database_size('bench')) || ', claims ' || pg_size_pretty(pg_relation_size('claims')) || ', claims_geom_period_idx ' || pg_size_pretty(pg_relation_size('claims_geom_period_idx'))"

echo "load before serving: $(cut -d' ' -f1-3 /proc/loadavg)"
started=$(date +%s.%N)
$app serve --store "$store" --port 0 --no-browser > "$work/serve.log" 2>&1 &
server_pid=$!
until grep -q "http://" "$work/serve.log"; do sleep 0.2; kill -0 "$server_pid" || { cat "$work/serve.log"; exit 1; }; done
echo "server start-up with $claims claims: $(echo "$(date +%s.%N) - $started" | bc) s; RSS $(awk '/VmRSS/{printf "%.2f GiB", $2/1048576}' /proc/$server_pid/status)"
url=$(grep -o 'http://[^ ]*' "$work/serve.log")

$bench queries 1000 "$work/queries.txt"
$bench api "$url" "$work/queries.txt" full
$bench api "$url" "$work/queries.txt" marker
echo "server RSS after the queries: $(awk '/VmRSS/{printf "%.2f GiB", $2/1048576}' /proc/$server_pid/status)"
$bench postgis-peers "$libpq" "$work/queries.txt" 100
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

# The plan of the store's own statement for the first planned query, as PostgreSQL ran it.
logged=$(wc -l < "$work/pg/server.log")
sql -c "ALTER SYSTEM SET auto_explain.log_min_duration = 0" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
first=$(head -1 "$work/queries.txt" | awk '{printf "bbox=%s,%s,%s,%s&from=%s&to=%s", $1, $2, $3, $4, $5, $6}')
curl -s -o /dev/null "${url}api/claims?$first"
sql -c "ALTER SYSTEM RESET auto_explain.log_min_duration" -c "SELECT pg_reload_conf()" >/dev/null
echo "plan of GET /api/claims?$first:"
tail -n +"$((logged + 1))" "$work/pg/server.log" | awk '
  /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] / { if (found) exit; header = $0; planned = /plan:/; next }
  planned && /Query Text: SELECT id, data::text, geom FROM claims/ { print header; found = 1 }
  { planned = 0 }
  found'
