#!/usr/bin/env bash
# The count audit of issue 11 over HTTP, for builds side by side on one store: each build in turn
# (A, B, A, B …) serves the store, and curl asks each audit request N times (box facets, a common
# word's facets and month histogram, a region panel with the word, the box by week), printing per
# request the wall seconds of each answer, whether it was exact or a bound (`atLeast`,
# `countsAtLeast`) with its total, and the server's and PostgreSQL's CPU over the N answers.
# Usage: bench/scale/count_audit.sh STORE PG_DATA_DIR|- N APP_A [APP_B …]
#   STORE: a GeoPackage path or a postgresql:// URL; PG_DATA_DIR: that cluster's data directory,
#   whose processes' CPU is summed (- for a GeoPackage). Extra serve arguments in SERVE_ARGS.
#   Requests: COUNT_AUDIT_REQUESTS (one "label<TAB>path" a line) replaces the default list.
set -euo pipefail
store=$1 pgdata=$2 n=$3
shift 3
default_requests=$'box facets 2021\t/api/claims/facets?bbox=67,36,71,39&from=2021-01-01&to=2021-12-31
facets q=masar\t/api/claims/facets?q=masar
histogram q=masar month\t/api/claims/histogram?q=masar&bin=month
region AF-BDS q=masar\t/api/regions/AF-BDS?q=masar
box by week 2021\t/api/claims/histogram?bbox=67,36,71,39&from=2021-01-01&to=2021-12-31&bin=week'
requests=${COUNT_AUDIT_REQUESTS:-$default_requests}

cpu_of() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_cpu() {
  [[ "$pgdata" == - ]] && { echo 0; return; }
  local master total=0 pid
  master=$(head -1 "$pgdata/postmaster.pid")
  for pid in $master $(pgrep -P "$master"); do total=$((total + $(cpu_of "$pid"))); done
  echo "$total"
}

echo "date: $(date -u '+%F %T UTC'); load: $(cut -d' ' -f1-3 /proc/loadavg); store: $store"
for app in "$@"; do
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$app" serve --port "$port" --no-browser --store "$store" ${SERVE_ARGS:-} > /dev/null 2>&1 &
  server=$!
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/api/regions" && break; sleep 0.2; done
  echo "== $app (pid $server, load $(cut -d' ' -f1 /proc/loadavg))"
  while IFS=$'\t' read -r label path; do
    app0=$(cpu_of "$server") pg0=$(pg_cpu) times=()
    for _ in $(seq 1 "$n"); do
      out=$(curl -s -o /tmp/count_audit.$$ -w '%{http_code} %{time_total}' --max-time 120 "http://127.0.0.1:$port$path")
      times+=("$out")
    done
    flags=$(python3 -c 'import json,sys; j=json.load(open(sys.argv[1]))
t=j.get("total", j.get("claimCount", sum(b["count"] for b in j.get("bins", []))))
print(t, "bound" if j.get("atLeast", j.get("countsAtLeast")) else "exact")' /tmp/count_audit.$$ 2>/dev/null || echo "?")
    echo "$label | ${times[*]} | $flags | app CPU $(( ($(cpu_of "$server") - app0) * 10 )) ms, PG CPU $(( ($(pg_cpu) - pg0) * 10 )) ms for $n"
  done <<< "$requests"
  kill "$server"; wait "$server" 2>/dev/null || true
  rm -f /tmp/count_audit.$$
done
