#!/usr/bin/env bash
# The PostGIS bulk import alone, builds side by side with the peer: N synthetic claims (the scale
# benchmark's generator) imported by each given `bordermap` executable into a new database of one
# throwaway PostgreSQL cluster (bench/scale/lib.sh's settings), and `ogr2ogr -f PostgreSQL` of the
# same file into a new database of the same cluster, the runs interleaved. For each run: wall,
# client CPU and peak RSS (/usr/bin/time -v), the CPU all of PostgreSQL used meanwhile, and what
# the store holds after it (claims, history, area rows, counted claims, indexes on claims), so the
# builds can be seen to write the same, with the database's size and the WAL the run wrote. Every database is dropped after its run, so the next run
# shares the cluster with no autovacuum of the last one.
#
# Usage: bench/scale/pg_import.sh N ROUNDS BORDERMAP...   (N 1000–1000000 claims, ROUNDS 1–5)
# Environment: PG_IMPORT_LIMIT, seconds one import may take (default 1800); PG_IMPORT_PHASES=1 logs
# every statement with its backend's CPU (log_statement_stats) and prints, after each bordermap run,
# PostgreSQL's CPU per phase of the import (bench/scale/pg_phases.py): the logging itself costs CPU;
# PG_IMPORT_TIMELINE=1 prints, after each bordermap run, the cores its client and PostgreSQL's
# backends kept busy every 10 s of it (bench/scale/cpu_timeline.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:?give the number of claims}
rounds=${2:?give the number of rounds}
shift 2
[ $# -ge 1 ] || { echo "give at least one bordermap executable" >&2; exit 2; }
for app in "$@"; do [ -x "$app" ] || { echo "$app is not an executable" >&2; exit 2; }; done

source bench/scale/lib.sh
begin_import_run "$size" "$rounds"
if [ "${PG_IMPORT_PHASES:-0}" = 1 ]; then
  start_postgres "log_statement_stats = on" "log_min_duration_statement = 0" "log_line_prefix = '%m [%p] '"
else
  start_postgres
fi

# What a store holds after an import, in one line.
holds() {
  sql "$1" -At -c "SELECT format('claims %s, history %s, area rows %s, counted %s, indexes on claims %s',
    (SELECT count(*) FROM claims), (SELECT count(*) FROM claim_history), (SELECT count(*) FROM claim_areas),
    (SELECT sum(count) FROM claim_days WHERE area_id = ''), (SELECT count(*) FROM pg_indexes WHERE tablename = 'claims'))"
}

run=0
for ((round = 1; round <= rounds; round++)); do
  for app in "$@" ogr2ogr; do
    run=$((run + 1))
    database="import_$run"
    sql postgres -c "CREATE DATABASE $database"
    sql "$database" -c "CREATE EXTENSION postgis" -c "CHECKPOINT"
    row "round $round, load average before" "$(cut -d' ' -f1-3 /proc/loadavg)"
    backends_gone
    pg_cpu_delta > /dev/null
    wal_before=$(sql postgres -At -c "SELECT pg_current_wal_lsn()")
    if [ "$app" = ogr2ogr ]; then
      timed_row "ogr2ogr -f PostgreSQL" ogr2ogr -f PostgreSQL "PG:$(libpq "$database")" "$file" -nln ogr_claims
      backends_gone
      row "PostgreSQL CPU" "$(pg_cpu_delta)"
    else
      log_from=$(stat -c %s "$work/pg/server.log")
      if [ "${PG_IMPORT_TIMELINE:-0}" = 1 ]; then
        python3 bench/scale/cpu_timeline.py "$app" "$(head -1 "$work/pg/postmaster.pid")" > "$work/timeline.txt" &
        started_pids+=("$!")
      fi
      timed_row "$app" "$app" claims import "$file" --store "postgresql://postgres@127.0.0.1:$pg_port/$database"
      if [ "${PG_IMPORT_TIMELINE:-0}" = 1 ]; then wait "${started_pids[-1]}"; forget "${started_pids[-1]}"; tee -a "$rows" < "$work/timeline.txt"; fi
      backends_gone
      row "PostgreSQL CPU" "$(pg_cpu_delta)"
      row "store holds" "$(holds "$database")"
      if [ "${PG_IMPORT_PHASES:-0}" = 1 ]; then python3 bench/scale/pg_phases.py "$work/pg/server.log" "$log_from" | tee -a "$rows"; fi
    fi
    row "database size, WAL written" "$(sql "$database" -At -c "SELECT pg_size_pretty(pg_database_size(current_database())) || ', ' || pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), '$wal_before'))")"

    sql postgres -c "DROP DATABASE $database"
  done
done
