#!/usr/bin/env bash
# Whether two `bordermap` builds import the same PostGIS store: N synthetic claims (the scale benchmark's
# generator) imported by each into a new database of one throwaway cluster (bench/scale/lib.sh's settings),
# then, per database, a checksum of the claims' heap order (ids by ctid: the place-and-date layout pages and
# tiles rely on; and the same with claims of equal band and key taken as one, whose order among themselves
# is free), of every claim row in id order, of each count table sorted (and with its coordinate sums to 12 significant digits), and of the area rows and history.
# Usage: bench/scale/pg_same.sh N BORDERMAP_A BORDERMAP_B   (N 1000–1000000)
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:?give the number of claims}
[ $# -eq 3 ] || { echo "give N and two bordermap executables" >&2; exit 2; }
source bench/scale/lib.sh
begin_import_run "$size" 1
start_postgres
checks=(
  "claims heap order|SELECT md5(string_agg(id, ',' ORDER BY ctid)) FROM claims"
  "claims heap order, ties aside (band and key in heap order)|SELECT md5(string_agg((fid / w) || ':' || bordermap_place_day_key(anchor, period), ',' ORDER BY ctid)) FROM claims, (SELECT max(fid) / 5 + 1 AS w FROM claims) b"
  "claims out of band-and-key order in the heap (each one after a larger band and key)|SELECT count(*) FROM (SELECT (fid / w, k) < (lag(fid / w) OVER o, lag(k) OVER o) AS back FROM (SELECT fid, ctid, bordermap_place_day_key(anchor, period) AS k FROM claims) c, (SELECT max(fid) / 5 + 1 AS w FROM claims) b WINDOW o AS (ORDER BY ctid)) t WHERE back"
  "claims sharing a band and key with another|SELECT count(*) FROM (SELECT count(*) OVER (PARTITION BY fid / w, bordermap_place_day_key(anchor, period)) AS n FROM claims, (SELECT max(fid) / 5 + 1 AS w FROM claims) b) t WHERE n > 1"
  "claims rows|SELECT md5(string_agg(c::text, E'\n' ORDER BY id)) FROM (SELECT id, version, geom, title, category, status, event_date, end_date, source, data, search_key, anchor, geo_precision, actors, actor_keys, area_ids, period, page_json, credibility FROM claims) c"
  "area rows|SELECT md5(string_agg(a::text, E'\n' ORDER BY a::text)) FROM (SELECT c.id, a.area_id, a.period, a.category, a.status, a.geo_precision FROM claim_areas a JOIN claims c ON c.fid = a.claim_fid) a"
  "history|SELECT count(*) || ' ' || md5(string_agg(claim_id || version || action, ',' ORDER BY claim_id, version)) FROM claim_history"
)
for table in claim_cells claim_days claim_cell_days claim_area_values claim_months claim_cell_months claim_area_value_months; do
  checks+=("$table|SELECT count(*) || ' ' || md5(string_agg(t::text, E'\n' ORDER BY t::text)) FROM $table t")
  # A cell's coordinate sums (sum_x, sum_y; claim_cells' x_… and y_… per category) are sums of doubles, whose last bits
  # follow the order the claims are read and added in: compared to 12 significant digits (a sum of 1e11 m has bits of 1e-5).
  checks+=("$table, sums to 12 digits|SELECT md5(string_agg(r, E'\n' ORDER BY r)) FROM (SELECT (SELECT string_agg(key || '=' || CASE
    WHEN key ~ '^(sum_[xy]\$|[xy]_)' THEN to_char(value::text::float8, '9.99999999999EEEE') ELSE value::text END, ',' ORDER BY key)
    FROM jsonb_each(to_jsonb(t))) AS r FROM $table t) s")
done
n=0
for app in "$2" "$3"; do
  n=$((n + 1))
  sql postgres -c "CREATE DATABASE same_$n"
  sql "same_$n" -c "CREATE EXTENSION postgis"
  step "$app" claims import "$file" --store "postgresql://postgres@127.0.0.1:$pg_port/same_$n" > /dev/null
done
for check in "${checks[@]}"; do
  a=$(sql same_1 -At -c "${check#*|}")
  b=$(sql same_2 -At -c "${check#*|}")
  row "${check%%|*}" "$([ "$a" = "$b" ] && echo "same ($a)" || echo "DIFFERENT: $a / $b")"
done
