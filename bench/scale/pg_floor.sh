#!/usr/bin/env bash
# The floor of a PostGIS bulk import: what PostgreSQL alone, fed by psql with no C# at all, spends to
# write every row and index a finished import leaves. One `bordermap claims import` of N synthetic
# claims (the scale benchmark's generator) into a new database of a throwaway cluster
# (bench/scale/lib.sh's settings) makes the store; each table's rows are then copied out to a binary
# file (`COPY … TO`, the heap's order: the claims in the bands and place-and-date order the import
# laid them in), and each round loads them into a new database of the same schema with psql alone:
# the tables as pg_dump's pre-data defines them (the migrations' end state), every table's rows by
# `COPY … FROM` the file with `FREEZE` (one transaction, which created the tables), the indexes, keys,
# foreign keys (last) and triggers as pg_dump's post-data defines them, with the import's build
# settings (`maintenance_work_mem = 1GB`, no parallel workers), one statement at a time. The count
# tables and the history are loaded as rows, so the floor holds what the import computed without
# computing it. Each round runs `ogr2ogr -f PostgreSQL` of the same file beside it. Printed: the
# import's and each floor's wall (/usr/bin/time) and all of PostgreSQL's CPU, the backend's CPU per
# statement (log_statement_stats; bench/scale/pg_phases.py, the import's by phase, the floor's by
# statement), database size and WAL written.
#
# Usage: bench/scale/pg_floor.sh N ROUNDS BORDERMAP   (N 1000–1000000 claims, ROUNDS 1–5)
# Environment: PG_IMPORT_LIMIT, seconds one step may take (default 1800).
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:?give the number of claims}
rounds=${2:?give the number of rounds}
app=${3:?give the bordermap executable that makes the store}
[ -x "$app" ] || { echo "$app is not an executable" >&2; exit 2; }

source bench/scale/lib.sh
begin_import_run "$size" "$rounds"
start_postgres "log_statement_stats = on" "log_min_duration_statement = 0" "log_line_prefix = '%m [%p] '"

# Runs one timed load into a new database with the PostGIS extension: wall, client CPU and peak RSS,
# all of PostgreSQL's CPU meanwhile, the backend's CPU by phase of an import (BY = phases), by
# statement (BY = statements) or not at all (BY = none), the database's size and the WAL written.
# Usage: measured DATABASE LABEL BY COMMAND...
measured() {
  local database=$1 label=$2 by=$3 log_from wal_before
  shift 3
  sql postgres -c "CREATE DATABASE $database"
  # The floor's other extensions made before the clock starts: the import's store made them in its migrations.
  sql "$database" -c "CREATE EXTENSION postgis" -c "CHECKPOINT"
  if [ -n "${extensions:-}" ]; then sql "$database" -c "$extensions" 2> /dev/null; fi
  row "$label: load average before" "$(cut -d' ' -f1-3 /proc/loadavg)"
  backends_gone
  pg_cpu_delta > /dev/null
  wal_before=$(sql postgres -At -c "SELECT pg_current_wal_lsn()")
  log_from=$(stat -c %s "$work/pg/server.log")
  timed_row "$label" "$@"
  backends_gone
  row "$label: PostgreSQL CPU" "$(pg_cpu_delta)"
  case "$by" in
    phases) python3 bench/scale/pg_phases.py "$work/pg/server.log" "$log_from" | tee -a "$rows" ;;
    statements) python3 bench/scale/pg_phases.py --statements "$work/pg/server.log" "$log_from" | tee -a "$rows" ;;
  esac
  row "$label: database size, WAL written" "$(sql "$database" -At -c "SELECT pg_size_pretty(pg_database_size(current_database())) || ', ' || pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), '$wal_before'))")"
}

measured store "bordermap claims import" phases "$app" claims import "$file" --store "postgresql://postgres@127.0.0.1:$pg_port/store"

# The store's tables (not the extensions'), their rows in binary files postgres can read and write.
dump="$work/rows"
mkdir "$dump"
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dump"; fi
tables=$(sql store -At -c "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind = 'r'
    AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e') ORDER BY c.relname")
for table in $tables; do sql store -c "COPY public.$table TO '$dump/$table.bin' (FORMAT binary)"; done
row "rows copied out" "$(du -sh "$dump" | cut -f1) in $(wc -w <<< "$tables") tables"

# The floor as one psql script: the schema, every table's rows, then every index, key and trigger.
floor="$work/floor.sql"
{
  echo "SET client_min_messages = warning;"
  echo "SET maintenance_work_mem = '1GB';"
  echo "SET max_parallel_maintenance_workers = 0;"
  echo "BEGIN;"
  as_postgres pg_dump -d "$(libpq store)" --schema-only --section=pre-data
  for table in $tables; do echo "COPY public.$table FROM '$dump/$table.bin' (FORMAT binary, FREEZE);"; done
  as_postgres pg_dump -d "$(libpq store)" --schema-only --section=post-data
  echo "COMMIT;"
} > "$floor"
extensions=$(sql store -At -c "SELECT string_agg(format('CREATE EXTENSION IF NOT EXISTS %I', extname), '; ') FROM pg_extension WHERE extname <> 'plpgsql'")

for ((round = 1; round <= rounds; round++)); do
  measured "floor_$round" "round $round, the floor (psql)" statements psql -X -q -v ON_ERROR_STOP=1 -d "$(libpq "floor_$round")" -f "$floor"
  row "round $round, the floor holds" "$(sql "floor_$round" -At -c "SELECT format('claims %s, history %s, area rows %s, indexes on claims %s', (SELECT count(*) FROM claims), (SELECT count(*) FROM claim_history), (SELECT count(*) FROM claim_areas), (SELECT count(*) FROM pg_indexes WHERE tablename = 'claims'))")"
  if [ "$round" = 1 ]; then
    row "the floor's largest tables: heap, TOAST, indexes" "$(sql floor_1 -At -c "SELECT string_agg(format('%s %s, %s, %s', relname, pg_size_pretty(pg_relation_size(oid)),
      pg_size_pretty(pg_total_relation_size(oid) - pg_relation_size(oid) - pg_indexes_size(oid)), pg_size_pretty(pg_indexes_size(oid))), '; ' ORDER BY pg_total_relation_size(oid) DESC)
      FROM (SELECT oid, relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY pg_total_relation_size(oid) DESC LIMIT 6) AS largest")"
  fi
  sql postgres -c "DROP DATABASE floor_$round"
  measured "ogr_$round" "round $round, ogr2ogr -f PostgreSQL" none ogr2ogr -f PostgreSQL "PG:$(libpq "ogr_$round")" "$file" -nln ogr_claims
  sql postgres -c "DROP DATABASE ogr_$round"
done
