#!/usr/bin/env bash
# The pre-counted reads of a long date range, both ways on one BorderMap store (warm): the day tables
# alone ("days": every day row whose period overlaps the range) and the month rollups ("months":
# whole months from claim_*months, the two edge months from the day tables), as months_sql.py emits
# them. A GeoPackage is read with sqlite3 -readonly, a PostGIS database with psql. Prints per case the
# rows read from the tables, the rows answered, then CPU (sqlite3 only: user + sys) and wall per run,
# median of 5 after one warm-up. Tiles are read both ways at any zoom here; the stores read by
# months only tiles z0–z3 (ClusterCellDays.ByMonths). Usage: bench/scale/months.sh STORE [FROM TO] (a store opened once by
# this bordermap, so that it has the month rollups).
set -euo pipefail
store=$1 from=${2:-2021-01-01} to=${3:-2021-12-31}
here=$(dirname "$0")
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
if [[ "$store" == postgresql://* || "$store" == host=* ]]; then pg=pg; else pg=; fi
run() { if [[ -n "$pg" ]]; then psql -X -q -At -d "$store" "$@"; else sqlite3 -readonly "$store" "$@"; fi; }
echo "date: $(date -u '+%F %T UTC'); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg); range $from..$to"
echo "| read | path | rows read | rows answered | CPU ms (median) | wall ms (median) |"
echo "|---|---|---|---|---|---|"
for case in "tile:5:70:37.2" "tile:3:70:37.2" "counts:" "counts:AF" "histogram:" "actors:" "actors:AF" "areas:AF" "actors:AF-BDS"; do
  for path in days months; do
    sql=$(python3 "$here/months_sql.py" "$case" "$from" "$to" "$path" $pg)
    read_rows=$(run "$(python3 "$here/months_sql.py" "$case" "$from" "$to" "$path" rows $pg)")
    answered=$(run "$sql" | wc -l)
    if [[ -n "$pg" ]]; then
      times=$(for _ in 1 2 3 4 5 6; do echo "$sql"; done | (echo '\timing on'; echo '\o /dev/null'; cat) | run | grep '^Time:' | tail -n 5)
      cpu=-
      wall=$(awk '{printf "%.1f\n", $2}' <<< "$times" | median)
    else
      times=$(for _ in 1 2 3 4 5 6; do echo "$sql"; done | (echo ".timer on"; echo ".output /dev/null"; cat) | run 2>&1 | grep '^Run Time' | tail -n 5)
      cpu=$(awk '{printf "%.1f\n", ($6 + $8) * 1000}' <<< "$times" | median)
      wall=$(awk '{printf "%.1f\n", $4 * 1000}' <<< "$times" | median)
    fi
    echo "| $case | $path | $read_rows | $answered | $cpu | $wall |"
  done
done
