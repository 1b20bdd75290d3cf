#!/usr/bin/env bash
# What a fresh server pays that a warm one does not, for two builds taking turns (A B, then B A …)
# on one kept PostGIS cluster: per turn the build's server is started and run.sh's bounded mixed
# load begins the moment the URL is printed (the fresh server), then runs again on the same server
# (warm); before the turns, one uncounted load fills PostgreSQL's buffers. Per load: p50 / p95 /
# max per kind, the p95 of each kind's first FIRST requests against the rest (from the load's
# trace), the server's CPU split by thread (the tiered JIT's background compiler, the thread pool,
# the socket engine, the rest; sampled from /proc/PID/task), PostgreSQL's CPU, the database's
# sessions and how many opened during the load, and the statements that cost PostgreSQL the most
# time (pg_stat_statements: calls, mean execution and planning ms).
# The cluster is started in place (not copied) and the loads' PUTs change its claims' titles: give
# it a scratch copy of a stopped cluster of start_postgres (e.g. `cp -a /work/pg1m …`), never one
# anyone keeps. It is stopped again at the end.
# Usage: bench/scale/fresh_ab.sh APP_A APP_B CLUSTER_DIR [rounds=2] [requests=2000] [first=50]
#   Environment: SCALE_SECONDS (120), SCALE_CLIENTS (2), SCALE_STEP_LIMIT (3600), SCALE_NO_BUILD=1 (the load tool as built), FRESH_CLAIMS (1000000),
#   FRESH_DATABASE (page), FRESH_COLD=1 (no uncounted load first: the first turn meets PostgreSQL's empty buffers),
#   PAGE_DENSITY (the planned boxes widened as in page_ab.sh, e.g. 10 at 100,000 claims for full pages),
#   FRESH_TRACES=DIR (each load's trace kept there as trace-BUILD-ROUND-fresh|warm, BUILD 0 for A and 1 for B, and each
#   server's output as serve-BUILD-ROUND.log: with BORDERMAP_STARTUP_PHASES=1 its start-up phases).
set -euo pipefail
cd "$(dirname "$0")/../.."
apps=("$(realpath "$1")" "$(realpath "$2")")
cluster=$(realpath "$3")
rounds=${4:-2}
requests=${5:-2000}
first=${6:-50}
seconds=${SCALE_SECONDS:-120}
clients=${SCALE_CLIENTS:-2}
step_limit=${SCALE_STEP_LIMIT:-3600}
size=${FRESH_CLAIMS:-1000000}
database=${FRESH_DATABASE:-page}
write_rate=1000000
backend=postgis
source bench/scale/lib.sh
begin_run
[[ -f "$cluster/PG_VERSION" && ! -f "$cluster/postmaster.pid" ]] || { echo "$cluster: give a stopped PostgreSQL cluster" >&2; exit 2; }
build_load_tool
machine_line
step "$bench" queries 1000 "$work/queries.txt"
widen_queries "$work/queries.txt"
# In place: lib.sh's cleanup stops the cluster through this link and removes only the link.
ln -s "$cluster" "$work/pg"
run_postgres "shared_preload_libraries = 'pg_stat_statements'" "pg_stat_statements.track = 'all'" "pg_stat_statements.track_planning = on"
sql postgres -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
store="postgresql://postgres@127.0.0.1:$pg_port/$database"

# The server's threads' CPU seconds, sampled every 0.2 s into a file (tid, name, CPU) until stopped, so that
# threads which end meanwhile (the tiered JIT's background compiler ends when it has been idle a while) are counted.
sample_threads() {
  local task
  while kill -0 "$server_pid" 2>/dev/null; do
    for task in /proc/"$server_pid"/task/*; do
      awk -v hz="$(getconf CLK_TCK)" -v tid="${task##*/}" '{ name = $0; sub(/^[^(]*\(/, "", name); sub(/\) .*$/, "", name); gsub(/ /, "_", name)
        sub(/^.*\) /, ""); printf "%s %s %.2f\n", tid, name, ($12 + $13) / hz }' "$task/stat" 2>/dev/null || true
    done
    sleep 0.2
  done
}

# The CPU seconds each group of threads used between two samples files: the tiered JIT's background compiler, the thread pool's workers, the socket engine, the rest.
thread_groups() {
  awk 'FNR == NR { before[$1] = $3; next } { last[$1] = $3; name[$1] = $2 }
    END { for (t in last) { g = name[t] ~ /Tiered/ ? 1 : name[t] ~ /TP_Worker/ ? 2 : name[t] ~ /Sockets/ ? 3 : 4; s[g] += last[t] - before[t] }
      printf "JIT background compiler %.2f, thread pool %.2f, sockets %.2f, rest %.2f s\n", s[1], s[2], s[3], s[4] }' "$1" "$2"
}

# The server's PostgreSQL sessions: how many are open, and how many of them began after the given time, by the name
# the store's pools give them (bordermap reads, edits, search keys; none for the listener).
sessions() {
  sql postgres -At -c "SELECT count(*) || ' open, ' || count(*) FILTER (WHERE backend_start > '$1') || ' of them opened during the load'
      || coalesce(' (' || (SELECT string_agg(coalesce(nullif(application_name, ''), 'unnamed') || ' ' || n, ', ' ORDER BY application_name)
        FROM (SELECT application_name, count(*) AS n FROM pg_stat_activity WHERE datname = '$database' AND backend_type = 'client backend'
          AND backend_start > '$1' GROUP BY application_name) opened) || ')', '')
    FROM pg_stat_activity WHERE datname = '$database' AND backend_type = 'client backend'"
}

# Per kind: the p95 of its first $first timed requests and of the rest, from the kinds' labels in order and a trace (client kind start ms status).
first_rest() {
  python3 - "$first" "$1" "$2" <<'PY'
import sys
first, labels, trace = int(sys.argv[1]), open(sys.argv[2]).read().splitlines(), open(sys.argv[3]).read().split("\n")
times = {}
for line in filter(None, trace):
    times.setdefault(int(line.split()[1]), []).append(float(line.split()[3]))
def pct(t, q): return f"{sorted(t)[min(len(t) - 1, int(len(t) * q))]:.1f} ms" if t else "-"
p95 = lambda t: pct(t, 0.95)
for kind, t in sorted(times.items()):
    print(f"| {labels[kind]}, first {len(t[:first])} / the rest {len(t[first:])}; all {len(t)} | p95 {p95(t[:first])} / {p95(t[first:])}; all p95 {p95(t)}, p99 {pct(t, 0.99)} |")
PY
}

# The statements that cost PostgreSQL the most time since the last reset: calls, mean execution and planning.
top_statements() {
  sql postgres -At -F' | ' -c "SELECT '| ' || $1 || 'statement: ' || left(regexp_replace(query, '\s+', ' ', 'g'), 70), calls || ' calls, exec mean ' || round(mean_exec_time::numeric, 2) || ' ms (max ' || round(max_exec_time::numeric, 1) || '), plan mean ' || round(mean_plan_time::numeric, 2) || ' ms, total ' || round((total_exec_time + total_plan_time)::numeric) || ' ms |'
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '$database') ORDER BY total_exec_time + total_plan_time DESC LIMIT 6" | tee -a "$rows"
}

# One mixed load on the running server, its rows labelled with the given prefix.
load() {
  local prefix=$1 name=$2 cpu_before since sampler
  cpu_before=$(cpu_seconds "$server_pid")
  since=$(sql postgres -At -c "SELECT now()")
  pg_cpu_delta > /dev/null
  sql postgres -c "SELECT pg_stat_statements_reset()" > /dev/null
  sample_threads > "$work/threads-$name" &
  sampler=$!
  started_pids+=("$sampler")
  BENCH_TRACE="$work/trace-$name" row_prefix=$prefix rows_from "$bench" mixed "$url" "$size" "$work/queries.txt" "$requests" "$seconds" "$clients"
  sleep 0.3
  kill "$sampler"
  wait "$sampler" 2>/dev/null || true
  forget "$sampler"
  row "${prefix}server CPU during the load" "$(difference "$(cpu_seconds "$server_pid")" "$cpu_before") s: $(thread_groups <(awk -v t="$(head -1 "$work/threads-$name" | cut -d' ' -f1)" '$1 == t { n++ } n <= 1' "$work/threads-$name") "$work/threads-$name")"
  row "${prefix}PostgreSQL CPU during the load" "$(pg_cpu_delta)"
  row "${prefix}PostgreSQL sessions of the database" "$(sessions "$since")"
  sed -n 's/^| \(GET\|PUT\)\([^|]*\) |.*/\1\2/p' "$work/step.out" > "$work/labels"
  first_rest "$work/labels" "$work/trace-$name" | sed "s/^| /| ${prefix}/" | tee -a "$rows"
  if [[ -n "${FRESH_TRACES:-}" ]]; then cp "$work/trace-$name" "$FRESH_TRACES/"; fi
  top_statements "'$prefix'"
}

# The cluster was just started, its buffers empty: a first turn of build A, not counted, reads what the
# loads read into them, so that no build's fresh server pays for PostgreSQL's cache (FRESH_COLD=1 skips it).
if [[ "${FRESH_COLD:-0}" != 1 ]]; then
  app=${apps[0]} rows="$work/cold.md"
  serve "$store" "$size" > /dev/null
  step "$bench" mixed "$url" "$size" "$work/queries.txt" "$requests" "$seconds" "$clients" > /dev/null
  stop_server
fi

for ((round = 1; round <= rounds; round++)); do
  order=(0 1)
  ((round % 2 == 0)) && order=(1 0)
  for i in "${order[@]}"; do
    app=${apps[i]}
    rows="$work/rows-$i.md"
    row "round $round: load average before" "$(cut -d' ' -f1-3 /proc/loadavg)"
    serve "$store" "$size"
    load "round $round, fresh: " "$i-$round-fresh"
    load "round $round, warm: " "$i-$round-warm"
    stop_server
    if [[ -n "${FRESH_TRACES:-}" ]]; then cp "$work/serve.log" "$FRESH_TRACES/serve-$i-$round.log"; fi
    row "round $round: load average after" "$(cut -d' ' -f1-3 /proc/loadavg)"
  done
  rows="$work/peer.md"
  row "round $round: load average before the peer" "$(cut -d' ' -f1-3 /proc/loadavg)"
  rows_from "$bench" psql-timing "$(libpq "$database")" "$work/queries.txt" 200
done

for i in 0 1; do
  printf '\n## %s: %s\n\n| What | Figure |\n|---|---|\n' "$(printf '%s' AB | cut -c$((i + 1)))" "${apps[i]}"
  cat "$work/rows-$i.md"
done
printf '\n## peer\n\n'
cat "$work/peer.md"
