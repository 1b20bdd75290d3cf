# Helpers of the scale benchmarks in bench/scale (bench/team/run.sh takes its PostgreSQL cluster from
# here too): the run's set-up, starting and stopping only our own processes, the throwaway
# PostgreSQL cluster, and the rows of the results tables. They read the caller's variables rows,
# step_limit, write_rate, app and backend (the A/B helpers at the end also size, backends and apps),
# and the ones begin_run and start_postgres set.

pgbin=/usr/lib/postgresql/15/bin
bench=bench/BorderMap.Bench.Api/bin/Release/net10.0/linux-x64/BorderMap.Bench.Api

# A run's scratch directory (readable by postgres, whose cluster lives in it) and the traps that
# stop what the run started however it ends. Call it right after sourcing this file.
begin_run() {
  work=$(mktemp -d)
  chmod 755 "$work"
  started_pids=()
  server_pid=""
  trap cleanup EXIT
  trap 'exit 130' INT TERM
}

# The start of an import benchmark (pg_import.sh, pg_floor.sh): checks N (1,000–1,000,000 claims) and
# ROUNDS (1–5), begins the run and writes N synthetic claims (the scale benchmark's generator) to $file.
# Sets size, rounds, step_limit (PG_IMPORT_LIMIT, default 1800 s), rows and file.
begin_import_run() {
  size=$1
  rounds=$2
  [[ "$size" =~ ^[0-9]+$ && "$size" -ge 1000 && "$size" -le 1000000 ]] || { echo "N $size: give 1000 to 1000000 claims" >&2; exit 2; }
  [[ "$rounds" =~ ^[1-5]$ ]] || { echo "ROUNDS $rounds: give 1 to 5" >&2; exit 2; }
  step_limit=${PG_IMPORT_LIMIT:-1800}
  begin_run
  rows="$work/rows.md"
  [ -x "$bench" ] || build_load_tool
  machine_line
  file="$work/claims-$size.geojson"
  step "$bench" claims-file "$size" "$file" > /dev/null
  echo "file: $(du -h "$file" | cut -f1)"
}

# The first line of every result: when, on what, and how busy the machine was.
machine_line() {
  echo "date: $(date -u '+%F %T UTC'); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); load: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# Builds the load tool ($bench) under nice, so a build beside a running benchmark stays out of its way.
# SCALE_NO_BUILD=1 uses the tool as built before: at load 60–110 the niced build of an unchanged tool
# was starved for over 10 minutes (bench/RESULTS.md, Scale, page37).
build_load_tool() {
  if [[ -n "${SCALE_NO_BUILD:-}" && -x "$bench" ]]; then return 0; fi
  nice -n 19 dotnet build -c Release -nologo -v quiet ${BUILD_ARGS:-} bench/BorderMap.Bench.Api
}

# PostgreSQL refuses to run as root; run its tools as postgres then.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# Stops every process this run started and is still waiting for, by PID and newest first (the
# load before the server it loads), then the cluster.
cleanup() {
  local i
  for ((i = ${#started_pids[@]} - 1; i >= 0; i--)); do
    if kill "${started_pids[i]}" 2>/dev/null; then wait "${started_pids[i]}" 2>/dev/null || true; fi
  done
  if [ -f "$work/pg/postmaster.pid" ]; then as_postgres "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null || true; fi
  rm -rf "$work"
}

forget() {
  local pid kept=()
  for pid in "${started_pids[@]}"; do [ "$pid" = "$1" ] || kept+=("$pid"); done
  started_pids=("${kept[@]}")
}

# Runs a command in the background under `timeout` (so the trap can stop it by PID) and waits for it.
step() {
  timeout -k 10 "$step_limit" "$@" &
  local pid=$!
  started_pids+=("$pid")
  local status=0
  wait "$pid" || status=$?
  forget "$pid"
  return "$status"
}

row() { printf '| %s | %s |\n' "$1" "$2" | tee -a "$rows"; }

# Runs a bench command; its "| … |" rows and its "label: figures" lines become table rows, each
# label preceded by $row_prefix when the caller sets it (e.g. row_prefix="warm server: " rows_from …).
rows_from() {
  step "$@" > "$work/step.out"
  sed -E '/^\|/!s/^([^:]+): (.*)$/| \1 | \2 |/' "$work/step.out" | { grep '^|' || true; } | sed "s/^| /| ${row_prefix:-}/" | tee -a "$rows"
}

seconds_of() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }' <<< "$1"; }

# Runs a load under /usr/bin/time -v: one row with wall time, CPU time (user + system) and peak RSS.
timed_row() {
  local label=$1
  shift
  if ! step /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/step.log" 2>&1; then
    tail -20 "$work/step.log"
    echo "failed: $*" >&2
    exit 1
  fi
  tail -1 "$work/step.log"
  local wall cpu rss
  wall=$(seconds_of "$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$work/time.txt")")
  cpu=$(awk -F': ' '/User time|System time/{s += $2} END {printf "%.1f", s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2 / 1024}' "$work/time.txt")
  row "$label" "wall $wall s, CPU $cpu s, peak RSS $rss MiB"
}

# CPU seconds of a process and of the children it has reaped (utime, stime, cutime, cstime).
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.2f", ($12 + $13 + $14 + $15) / hz }' "/proc/$1/stat"
}

difference() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a - b }'; }

rss_mib() { awk '/VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

# Starts a throwaway cluster in $work/pg on a free loopback port (sets pg_port); arguments are
# extra postgresql.conf lines.
start_postgres() {
  mkdir "$work/pg"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$work/pg"; fi
  as_postgres "$pgbin/initdb" -D "$work/pg" -U postgres --auth-local=trust --auth-host=trust -E UTF8 --locale=C.UTF-8 -N >/dev/null
  cat >> "$work/pg/postgresql.conf" <<CONF
shared_buffers = 2GB
maintenance_work_mem = 1GB
max_wal_size = 8GB
include = 'run.conf'
CONF
  run_postgres "$@"
}

# Starts a copy of a stopped cluster of start_postgres (its databases kept) in $work/pg, as start_postgres does.
start_postgres_copy() {
  # AB_PG_LINK=1: hard links instead of a copy, for a cluster that is itself a scratch copy (the run
  # then writes into its files), when the disk has no room for another.
  if [[ -n "${AB_PG_LINK:-}" ]]; then cp -al "$1" "$work/pg"; else cp -a "$1" "$work/pg"; fi
  shift
  run_postgres "$@"
}

# Starts the cluster in $work/pg on a free loopback port (sets pg_port), with extra settings, all
# written to the cluster's run.conf afresh, so that a copy of it starts with none of this run's.
run_postgres() {
  pg_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  cat > "$work/pg/run.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $pg_port
unix_socket_directories = '$work/pg'
CONF
  if [ $# -gt 0 ]; then printf '%s\n' "$@" >> "$work/pg/run.conf"; fi
  as_postgres "$pgbin/pg_ctl" -D "$work/pg" -w -l "$work/pg/server.log" start >/dev/null
  echo "PostgreSQL $(psql -X -At -d "$(libpq postgres)" -c 'SHOW server_version') on 127.0.0.1:$pg_port"
}

# PAGE_DENSITY=D: widens every planned box of the queries file by √D about its centre, so that N claims
# give a page as many candidates as D × N claims would (at D × N = 1,000,000 a page is full: 500 claims).
widen_queries() {
  [[ -n "${PAGE_DENSITY:-}" ]] || return 0
  awk -v f="$(awk -v d="$PAGE_DENSITY" 'BEGIN { print sqrt(d) }')" '{
    cx = ($1 + $3) / 2; cy = ($2 + $4) / 2; hw = ($3 - $1) * f / 2; hh = ($4 - $2) * f / 2
    printf "%.3f %.3f %.3f %.3f %s %s\n", cx - hw, cy - hh, cx + hw, cy + hh, $5, $6 }' "$1" > "$1.wide"
  mv "$1.wide" "$1"
}

libpq() { echo "host=127.0.0.1 port=$pg_port user=postgres dbname=$1"; }

sql() {
  local database=$1
  shift
  psql -X -q -v ON_ERROR_STOP=1 -d "$(libpq "$database")" "$@"
}

# Waits until no client backend but this one is left, so their CPU is reaped before it is read.
backends_gone() {
  until [ "$(sql postgres -At -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")" = 0 ]; do sleep 0.2; done
}

# CPU seconds all of PostgreSQL used since the last call: the postmaster with its reaped backends, plus live ones.
pg_cpu_delta() {
  local postmaster total child
  postmaster=$(head -1 "$work/pg/postmaster.pid")
  total=$(cpu_seconds "$postmaster")
  for child in $(ps -o pid= --ppid "$postmaster"); do
    total=$(difference "$total" "-$(cpu_seconds "$child" 2>/dev/null || echo 0)")
  done
  echo "$(difference "$total" "$(cat "$work/pg_cpu" 2>/dev/null || echo 0)") s"
  echo "$total" > "$work/pg_cpu"
}

# Starts `bordermap serve` on the store and times exec → printed URL; sets url and server_pid.
serve() {
  local store=$1 size=$2 started now
  : > "$work/serve.log"
  started=$(date +%s%N)
  # A higher write rate than the default 120 a minute, so that the PUTs time the write path, not the limiter.
  "$app" serve --store "$store" --port 0 --no-browser --write-rate "$write_rate" > "$work/serve.log" 2>&1 &
  server_pid=$!
  started_pids+=("$server_pid")
  until grep -q "http://" "$work/serve.log"; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log"; exit 1; }
    now=$(date +%s%N)
    (( (now - started) / 1000000000 < step_limit )) || { echo "serve printed no URL in $step_limit s" >&2; exit 1; }
    sleep 0.02
  done
  local ms=$(( ($(date +%s%N) - started) / 1000000 )) rss cpu
  rss=$(rss_mib "$server_pid")
  cpu=$(cpu_seconds "$server_pid")
  url=$(grep -o 'http://[^ ]*' "$work/serve.log" | head -1)
  row "server" "bordermap serve --store … --port 0 --no-browser --write-rate $write_rate"
  row "start-up: exec → URL printed" "$(awk -v ms="$ms" 'BEGIN { printf "%.2f s", ms / 1000 }') (server CPU $cpu s)"
  row "RSS right after start" "$rss MiB"
  echo "$backend $size $ms $rss $cpu" >> "$work/growth.txt"
}

stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  forget "$server_pid"
  server_pid=""
}

# "Does it grow with the store?": start-up (wall and CPU) and RSS after start at the smallest and
# largest size, per backend. The verdict goes by CPU and RSS: wall time also follows the machine's load.
growth_lines() {
  [ -f "$work/growth.txt" ] || return 0
  sort -k1,1 -k2,2n "$work/growth.txt" | awk '
    { if (!($1 in first)) { first[$1] = $0 } last[$1] = $0 }
    END {
      for (b in first) {
        split(first[b], f, " "); split(last[b], l, " ")
        if (f[2] == l[2]) { printf "Does it grow with the store? %s: one size only (%d claims), nothing to compare.\n", b, f[2]; continue }
        ts = l[3] / f[3]; cpu = l[5] / f[5]; rs = l[4] / f[4]
        verdict = (cpu > 1.5 || rs > 1.5) ? "yes, it grows with the store" : "no, start-up CPU and RSS stay within 1.5×"
        printf "Does it grow with the store? %s: claims ×%.1f (%d → %d); start-up %.2f → %.2f s wall (×%.1f), %.2f → %.2f s CPU (×%.1f); RSS after start %d → %d MiB (×%.1f): %s.\n", b, l[2] / f[2], f[2], l[2], f[3] / 1000, l[3] / 1000, ts, f[5], l[5], cpu, f[4], l[4], rs, verdict
      }
    }'
}

# For the A/B scripts: imports $work/claims.geojson ($size claims) once per backend of "backends"
# with the given build under nice, into a GeoPackage file or a new database of a throwaway
# cluster; sets "stores" (one per backend, in order). With AB_STORES=DIR, the stores are made once
# and reused: DIR/store.gpkg and DIR/pg (a stopped cluster holding the database) are copied in
# when DIR has them, and copied there after the import when it has not (they must hold $size claims).
# AB_PG_CLUSTER=DIR: the PostGIS store is a copy of the stopped cluster DIR (one of start_postgres,
# holding the database with $size claims, e.g. /work/pg1m), taken before AB_STORES.
# AB_PG_CONF: more postgresql.conf lines for this run's cluster, one a line (e.g. statement logging).
import_stores() {
  local importer=$1 database=$2 backend store kept=${AB_STORES:-} conf=()
  [[ -n "${AB_PG_CONF:-}" ]] && mapfile -t conf <<< "$AB_PG_CONF"
  stores=()
  for backend in "${backends[@]}"; do
    rows="$work/setup.md"
    if [[ "$backend" == postgis ]]; then
      local cluster=${AB_PG_CLUSTER:-}
      [[ -z "$cluster" && -n "$kept" && -d "$kept/pg" ]] && cluster=$kept/pg
      if [[ -n "$cluster" ]]; then
        start_postgres_copy "$cluster" "${conf[@]}"
        row "store of $size claims in $backend" "a copy of $cluster, imported before"
        stores+=("postgresql://postgres@127.0.0.1:$pg_port/$database")
        continue
      fi
      start_postgres "${conf[@]}"
      sql postgres -c "CREATE DATABASE $database"
      store="postgresql://postgres@127.0.0.1:$pg_port/$database"
    else
      store="$work/store.gpkg"
      if [[ -n "$kept" && -f "$kept/store.gpkg" ]]; then
        cp "$kept/store.gpkg" "$store"
        row "store of $size claims in $backend" "a copy of $kept/store.gpkg, imported before"
        stores+=("$store")
        continue
      fi
    fi
    timed_row "import of $size claims into $backend (nice -n 19, build A)" nice -n 19 "$importer" claims import "$work/claims.geojson" --store "$store"
    [[ "$backend" == postgis ]] && sql "$database" -c "VACUUM ANALYZE"
    [[ -n "$kept" ]] && keep_store "$store" "$kept"
    stores+=("$store")
  done
}

# Copies a store just imported into DIR for later runs (a cluster stopped for the copy, then started again).
keep_store() {
  local store=$1 kept=$2
  mkdir -p "$kept"
  if [[ "$store" == postgresql://* ]]; then
    as_postgres "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null
    cp -a "$work/pg" "$kept/pg"
    as_postgres "$pgbin/pg_ctl" -D "$work/pg" -w -l "$work/pg/server.log" start >/dev/null
  else
    cp "$store" "$kept/store.gpkg"
  fi
}

# For the A/B scripts: the setup rows, then one table per backend and build ("apps") of the rows
# each turn wrote to $work/rows-BACKEND-I.md.
print_ab_tables() {
  local backend i
  cat "$work/setup.md"
  for backend in "${backends[@]}"; do
    for i in 0 1; do
      printf '\n## %s, %s\n\n| What | Figure |\n|---|---|\n' "$backend" "${apps[i]}"
      cat "$work/rows-$backend-$i.md"
    done
  done
}

# For the A/B scripts: "rounds" rounds of turns, per backend build A then build B, each serving
# that backend's store (from import_stores) while it runs the given command, which sees round,
# backend, app, url, server_pid and rows; after each round, the caller's after_round if it has one.
ab_turns() {
  local b i
  for ((round = 1; round <= rounds; round++)); do
    for b in "${!backends[@]}"; do
      backend=${backends[b]}
      for i in 0 1; do
        rows="$work/rows-$backend-$i.md"
        row "round $round: load average before" "$(cut -d' ' -f1-3 /proc/loadavg)"
        app=${apps[i]}
        # Build B serves its own copy of a store where the caller made one (stores_b), e.g. one it migrates.
        if ((i == 1)) && [[ -n "${stores_b[b]:-}" ]]; then serve "${stores_b[b]}" "$size"; else serve "${stores[b]}" "$size"; fi
        "$@"
        stop_server
      done
    done
    if declare -F after_round > /dev/null; then after_round; fi
  done
}
