#!/usr/bin/env bash
# What the JIT compiles on a fresh PostGIS server, phase by phase: up to the printed URL (start-up
# and its warm-up), on the first page of `GET /api/claims` (bbox + 30-day window, up to 500 whole
# claims, as the load's pages), on the next PAGES pages one after another, and during run.sh's mixed
# load after them. Each method the JIT compiles is listed by the runtime itself
# (DOTNET_JitStdOutFile + DOTNET_JitDisasmSummary: the method and its tier): "Tier0" is code
# ReadyToRun does not cover (compiled unoptimised on the request's own thread, on its first call),
# "Tier1" a hot method compiled again, optimised, by the background compiler. Per phase: the methods
# by tier; then the first page's Tier0 methods, which a warm-up or a non-generic form could cover.
# The cluster is a copy of a stopped cluster of start_postgres (e.g. /work/pg1m), stopped at the end.
# Usage: bench/scale/jit_first.sh APP CLUSTER_DIR [pages=50]
#   Environment: FRESH_CLAIMS (1000000), FRESH_DATABASE (page), PAGE_DENSITY (as in fresh_ab.sh),
#   SCALE_REQUESTS (2000), SCALE_SECONDS (120), SCALE_CLIENTS (2), SCALE_NO_BUILD=1, JIT_KEEP=DIR (the lists kept there).
set -euo pipefail
cd "$(dirname "$0")/../.."
app=$(realpath "$1")
cluster=$(realpath "$2")
pages=${3:-50}
size=${FRESH_CLAIMS:-1000000}
database=${FRESH_DATABASE:-page}
step_limit=${SCALE_STEP_LIMIT:-3600}
write_rate=1000000
backend=postgis
source bench/scale/lib.sh
begin_run
rows="$work/rows.md"
[[ -f "$cluster/PG_VERSION" && ! -f "$cluster/postmaster.pid" ]] || { echo "$cluster: give a stopped PostgreSQL cluster" >&2; exit 2; }
build_load_tool
machine_line
step "$bench" queries 1000 "$work/queries.txt"
widen_queries "$work/queries.txt"
start_postgres_copy "$cluster"
store="postgresql://postgres@127.0.0.1:$pg_port/$database"

# The JIT writes its list through a buffered file, complete only when the process ends: each phase is
# read from a server of its own, stopped at the phase's end (a phase's list is the next one's head).
jit_list() {
  local name=$1
  shift
  DOTNET_JitStdOutFile="$work/jit-$name.txt" DOTNET_JitDisasmSummary=1 serve "$store" "$size"
  "$@"
  stop_server
  grep -c 'JIT compiled' "$work/jit-$name.txt" > /dev/null || { echo "no JIT list written: the runtime ignored DOTNET_JitStdOutFile" >&2; exit 1; }
}

page_url() { awk -v n="$1" -v base="${url%/}" 'NR == n { printf "%s/api/claims?bbox=%s,%s,%s,%s&from=%s&to=%s&limit=500\n", base, $1, $2, $3, $4, $5, $6 }' "$work/queries.txt"; }
ask_pages() { local i; for ((i = 1; i <= $1; i++)); do curl -sf -o /dev/null "$(page_url "$i")"; done; }
mixed() { ask_pages "$pages"; step "$bench" mixed "$url" "$size" "$work/queries.txt" "${SCALE_REQUESTS:-2000}" "${SCALE_SECONDS:-120}" "${SCALE_CLIENTS:-2}" > /dev/null; }

jit_list url true
jit_list first ask_pages 1
jit_list pages ask_pages "$((pages + 1))"
jit_list mixed mixed

# The methods (name and tier) of list $2 that list $1 does not hold: what a phase compiled past the one before it.
# The servers differ in timing (the background compiler, the warm-up's bound), so a list is compared as a set.
added() { awk 'FILENAME == ARGV[1] { seen[$0]; next } !($0 in seen)' <(methods "$1") <(methods "$2"); }
methods() { if [[ -f "$work/jit-$1.txt" ]]; then sed -nE 's/^ *[0-9]+: JIT compiled (.*) \[([A-Za-z0-9-]*).*/\2 \1/p' "$work/jit-$1.txt" | sort -u; fi; }
tiers() { added "$1" "$2" | cut -d' ' -f1 | sort | uniq -c | sort -rn | awk '{ printf "%s%s %d", sep, $2, $1; sep = ", " }'; }
row "up to the URL: methods compiled by tier" "$(tiers none url)"
row "the first page: methods compiled by tier" "$(tiers url first)"
row "the next $pages pages: methods compiled by tier" "$(tiers first pages)"
row "the mixed load after them: methods compiled by tier" "$(tiers pages mixed)"
echo
echo "The first page's Tier0 methods (no ReadyToRun code):"
added url first | sed -n 's/^Tier0 //p'
if [[ -n "${JIT_KEEP:-}" ]]; then cp "$work"/jit-*.txt "$JIT_KEEP/"; fi
