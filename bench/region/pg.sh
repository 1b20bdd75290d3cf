#!/usr/bin/env bash
# The region panel on a PostGIS store, for one build: `bordermap serve` on the store, then N
# sequential GET /api/regions/REGION?from&to over the 30-day windows of a queries file
# (`BorderMap.Bench.Api queries`), after 5 untimed ones; p50 / p95 wall, and the CPU the server and
# PostgreSQL (postmaster, its live and its exited backends) used over the timed requests.
#
#   bench/region/pg.sh APP STORE PGDATA REGION QUERIES [N]
#   e.g. bench/region/pg.sh ./bordermap postgresql://postgres@127.0.0.1:5433/b100k /tmp/pg AF-BDS queries.txt 200
set -euo pipefail
app=$1 store=$2 pgdata=$3 region=$4 queries=$5 n=${6:-200}
work=$(mktemp -d)
server=""
stop() { if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap stop EXIT

hz=$(getconf CLK_TCK)
cpu_of() { awk -v hz="$hz" '{ sub(/^.*\) /, ""); printf "%.3f\n", ($12 + $13 + $14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }
postgres_cpu() {
  local postmaster
  postmaster=$(head -1 "$pgdata/postmaster.pid")
  { cpu_of "$postmaster"; for child in $(ps -o pid= --ppid "$postmaster"); do cpu_of "$child"; done; } | awk '{ s += $1 } END { printf "%.3f", s }'
}

"$app" serve --store "$store" --port 0 --no-browser > "$work/serve.log" 2>&1 &
server=$!
until grep -q "http://" "$work/serve.log"; do kill -0 "$server" 2>/dev/null || { cat "$work/serve.log"; exit 1; }; sleep 0.05; done
url=$(grep -o 'http://[^ ]*' "$work/serve.log" | head -1)
url=${url%/}

windows() { awk -v n="$1" 'NR <= n { print $5, $6 }' "$queries"; }
get() { curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$url/api/regions/$region?from=$1&to=$2"; }
windows 5 | while read -r from to; do get "$from" "$to" > /dev/null; done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
server_before=$(cpu_of "$server") postgres_before=$(postgres_cpu)
windows "$n" | while read -r from to; do get "$from" "$to"; done > "$work/times.txt"
server_cpu=$(awk -v a="$(cpu_of "$server")" -v b="$server_before" 'BEGIN { printf "%.2f", a - b }')
postgres_cpu=$(awk -v a="$(postgres_cpu)" -v b="$postgres_before" 'BEGIN { printf "%.2f", a - b }')
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk '$1 != 200 { bad++ } END { if (bad) { printf "%d answers were not 200\n", bad; exit 1 } }' "$work/times.txt"
sort -k2 -n "$work/times.txt" | awk -v region="$region" -v server="$server_cpu" -v pg="$postgres_cpu" '
  { t[NR] = $2 * 1000; sum += $2 * 1000 }
  END { printf "GET /api/regions/%s?from&to, %d sequential: p50 %.1f ms, p95 %.1f ms, mean %.1f ms; server CPU %.1f ms, PostgreSQL CPU %.1f ms a request\n",
        region, NR, t[int(NR * 0.5)], t[int(NR * 0.95)], sum / NR, server * 1000 / NR, pg * 1000 / NR }'
