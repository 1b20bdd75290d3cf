#!/usr/bin/env bash
# What one claim write costs in a GeoPackage, statement by statement: the derived rows a PUT deletes
# and writes again (claim_summary, claim_anchors, claim_extents, claim_areas, claim_actors,
# claim_search), each with the count-table triggers it fires, timed by sqlite3 (.timer: wall, user,
# sys) in one transaction that is rolled back, on a copy of the store. The claims row itself (whose
# R-tree triggers call GeoPackage functions sqlite3 lacks) and the commit are not in it.
# Usage: [DROP=LIKE-pattern] bench/scale/put_rows.sh STORE.gpkg [N claims, default 20]
# DROP drops the copy's triggers whose names match first (e.g. DROP='%months%' for the month
# rollups' triggers, DROP='claim_%' for every count table's), to see what they cost.
set -euo pipefail
store=$1 n=${2:-20}
copy=$(mktemp --suffix=.gpkg)
trap 'rm -f "$copy" "$copy-journal"' EXIT
cp "$store" "$copy"
if [[ -n ${DROP:-} ]]; then
  sqlite3 "$copy" "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master WHERE type = 'trigger' AND name LIKE '$DROP' AND tbl_name NOT IN ('claims', 'claim_history', 'sources')" | sqlite3 "$copy"
fi
echo "date: $(date -u '+%F %T UTC'); load: $(cut -d' ' -f1-3 /proc/loadavg); $n claims of $(sqlite3 "$copy" 'SELECT count(*) FROM claim_summary'); triggers dropped: ${DROP:-none}"
fids=$(sqlite3 "$copy" "SELECT claim_fid FROM claim_summary ORDER BY random() LIMIT $n")
statements() {
  for f in $fids; do
    echo "CREATE TEMP TABLE s$f AS SELECT * FROM claim_summary WHERE claim_fid = $f; CREATE TEMP TABLE n$f AS SELECT * FROM claim_anchors WHERE id = $f;"
    echo "CREATE TEMP TABLE e$f AS SELECT * FROM claim_extents WHERE id = $f; CREATE TEMP TABLE a$f AS SELECT * FROM claim_areas WHERE claim_fid = $f;"
    echo "CREATE TEMP TABLE t$f AS SELECT * FROM claim_actors WHERE claim_fid = $f; CREATE TEMP TABLE k$f AS SELECT rowid AS id, key FROM claim_search WHERE rowid = $f;"
    echo ".timer on"
    echo "DELETE FROM claim_summary WHERE claim_fid = $f; -- summary-"
    echo "DELETE FROM claim_anchors WHERE id = $f; -- anchors-"
    echo "DELETE FROM claim_extents WHERE id = $f; -- extents-"
    echo "DELETE FROM claim_areas WHERE claim_fid = $f; -- areas-"
    echo "DELETE FROM claim_actors WHERE claim_fid = $f; -- actors-"
    echo "DELETE FROM claim_search WHERE rowid = $f; -- search-"
    echo "INSERT INTO claim_summary SELECT * FROM s$f; -- summary+"
    echo "INSERT INTO claim_anchors SELECT * FROM n$f; -- anchors+"
    echo "INSERT INTO claim_extents SELECT * FROM e$f; -- extents+"
    echo "INSERT INTO claim_areas SELECT * FROM a$f; -- areas+"
    echo "INSERT INTO claim_actors SELECT * FROM t$f; -- actors+"
    echo "INSERT INTO claim_search (rowid, key) SELECT id, key FROM k$f; -- search+"
    echo ".timer off"
  done
}
# .timer prints one "Run Time" line after each statement; pair them with the statements' labels.
{ echo "BEGIN;"; statements; echo "ROLLBACK;"; } | sqlite3 -echo "$copy" 2>&1 \
  | awk '/-- [a-z]+[-+]$/ { label = $NF } /^Run Time/ && label != "" { wall[label] += $4; cpu[label] += $6 + $8; label = "" }
         END { for (l in wall) { printf "| %s | %.2f | %.2f |\n", l, wall[l] * 1000 / '"$n"', cpu[l] * 1000 / '"$n"'; tw += wall[l]; tc += cpu[l] }
               printf "| all derived rows | %.2f | %.2f |\n", tw * 1000 / '"$n"', tc * 1000 / '"$n"' }' | sort
