#!/usr/bin/env bash
# The region panel's queries on a GeoPackage store, before and after they came from the
# pre-counted tables (issue 11 / 12): the old SQL (actors and areas within the region grouped from
# the region's claims, one page of ids per category) and the new (claim_area_values, one page,
# event_areas), side by side in one sqlite3 process, each twice so the second pass is warm.
# Then, with URL, the endpoint itself: N sequential GETs with curl, p50 / p95.
#
#   bench/region/run.sh STORE.gpkg REGION FROM TO [URL] [N]
#   e.g. bench/region/run.sh /tmp/b100k.gpkg AF 2021-01-01 2021-12-31 http://127.0.0.1:5391 200
set -euo pipefail
store=$1 region=$2 from=$3 to=$4 url=${5:-} n=${6:-100}
where="s.end_day >= '$from' AND s.start_day <= '$to' AND s.claim_fid IN (SELECT claim_fid FROM claim_areas WHERE area_id = '$region')"
days="d.area_id = '$region' AND d.end_day >= '$from' AND d.start_day <= '$to'"
categories=$(sqlite3 -readonly "$store" "SELECT DISTINCT category FROM claim_days d WHERE $days")

old_sql() {
  echo "SELECT v.actor, count(*) FROM claim_actors v JOIN claim_summary s ON s.claim_fid = v.claim_fid WHERE $where GROUP BY v.actor ORDER BY 2 DESC, 1 LIMIT 200;"
  echo "SELECT v.area_id, count(*) FROM claim_areas v JOIN claim_summary s ON s.claim_fid = v.claim_fid WHERE $where GROUP BY v.area_id;"
  for category in $categories; do
    echo "SELECT count(*) FROM (SELECT c.fid FROM claim_summary s JOIN claims c ON c.fid = s.claim_fid WHERE s.claim_fid > 0 AND $where AND s.category = '$category' ORDER BY s.claim_fid LIMIT 101);"
  done
}

new_sql() {
  echo "SELECT d.value, sum(d.count) FROM claim_area_values d WHERE $days AND d.kind = 'actor' GROUP BY d.value ORDER BY 2 DESC, 1 LIMIT 200;"
  echo "SELECT d.value, sum(d.count) FROM claim_area_values d WHERE $days AND d.kind = 'area' GROUP BY d.value;"
  echo "SELECT count(*) FROM (SELECT c.fid FROM claim_summary s JOIN claims c ON c.fid = s.claim_fid WHERE s.claim_fid > 0 AND $where ORDER BY s.claim_fid LIMIT 101);"
  echo "SELECT status, count(*) FROM event_areas WHERE area_id = '$region' AND last_day >= '$from' AND first_day <= '$to' GROUP BY status;"
}

# One process times each whole set (.timer reports wall and CPU per statement; the sum is the panel's SQL).
run() { { echo ".timer on"; "$1"; "$1"; } | sqlite3 -readonly "$store" | grep '^Run Time' ; }
summarise() { awk -v label="$1" -v half="$2" 'NR > half { wall += $4; cpu += $6 + $8 } END { printf "%s, warm pass: wall %.1f ms, CPU %.1f ms\n", label, wall * 1000, cpu * 1000 }'; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "claims in $region between $from and $to: $(sqlite3 -readonly "$store" "SELECT coalesce(sum(d.count), 0) FROM claim_days d WHERE $days")"
old=$(run old_sql); new=$(run new_sql)
summarise "old SQL ($(old_sql | wc -l) statements)" "$(( $(old_sql | wc -l) ))" <<< "$old"
summarise "new SQL ($(new_sql | wc -l) statements)" "$(( $(new_sql | wc -l) ))" <<< "$new"

if [[ -n $url ]]; then
  for _ in $(seq "$n"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$url/api/regions/$region?from=$from&to=$to"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "GET /api/regions/%s?from&to, %d sequential requests: p50 %.1f ms, p95 %.1f ms\n", "'"$region"'", NR, t[int(NR * 0.5)], t[int(NR * 0.95)] }'
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
fi
