#!/usr/bin/env bash
# One cluster tile under a date range, read both ways on a BorderMap store (warm): the claim path
# (as before claim_cell_days: the anchors' index and the dates) and the pre-counted claim_cell_days.
# A GeoPackage is read with sqlite3, a PostGIS database (postgresql://… or a libpq string) with psql.
# Prints per case the cells × categories out, the claims they count, then CPU (sqlite3 only: user +
# sys) and wall per run, median of 5 after one warm-up. Usage: bench/scale/tile_dates.sh STORE
# (a store opened once by this bordermap, so that it has claim_cell_days).
set -euo pipefail
store=$1
here=$(dirname "$0")
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
if [[ "$store" == postgresql://* || "$store" == host=* ]]; then dialect=pg-; else dialect=; fi
run() { if [[ -n "$dialect" ]]; then psql -X -q -At -d "$store" "$@"; else sqlite3 "$store" "$@"; fi; }
echo "date: $(date -u '+%F %T UTC'); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| tile | date range | path | cells × categories | claims | CPU ms (median) | wall ms (median) |"
echo "|---|---|---|---|---|---|---|"
for case in "5 70 37.2 2021-07-01 2021-09-30" "5 70 37.2 1996-01-01 2021-12-31" "3 70 37.2 2021-07-01 2021-09-30" "7 70.9 37.1 2021-07-01 2021-09-30"; do
  read -r z lon lat from to <<< "$case"
  for path in claims counted; do
    sql=$(python3 "$here/tile_sql.py" "$z" "$lon" "$lat" "$from" "$to" "$dialect$path")
    if [[ -n "$dialect" ]]; then
      counts=$(run -F'|' -c "$sql" | awk -F'|' '{n += $4; r++} END {print r + 0, n + 0}')
      times=$(for _ in 1 2 3 4 5 6; do echo "$sql"; done | (echo '\timing on'; echo '\o /dev/null'; cat) | run | grep '^Time:' | tail -n 5)
      cpu=-
      wall=$(awk '{printf "%.1f\n", $2}' <<< "$times" | median)
    else
      counts=$(run "$sql" | awk -F'|' '{n += $3; r++} END {print r + 0, n + 0}')
      times=$(for _ in 1 2 3 4 5 6; do echo "$sql"; done | (echo ".timer on"; cat) | run | grep '^Run Time' | tail -n 5)
      cpu=$(awk '{printf "%.1f\n", ($6 + $8) * 1000}' <<< "$times" | median)
      wall=$(awk '{printf "%.1f\n", $4 * 1000}' <<< "$times" | median)
    fi
    echo "| z$z at $lon,$lat | $from..$to | $path | ${counts% *} | ${counts#* } | $cpu | $wall |"
  done
done
