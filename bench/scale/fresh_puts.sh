#!/usr/bin/env bash
# A fresh server's first edits, for two builds taking turns (A B B A …) on one PostGIS store: per
# turn the build's server is started on the store, and once it prints its URL (after DELAY seconds
# more) EDITS sequential title edits are made (bench/scale/puts.py: GET untimed, PUT timed); then
# the server is stopped. Per turn: exec → URL, the first 10 PUTs (each, and their max) and the rest
# (p50 / p95), the server's CPU from its start, the load average. The edits change the store's
# titles: give it a copy (e.g. of /work/pg1m), never a store anyone keeps.
# Usage: bench/scale/fresh_puts.sh APP_A APP_B postgresql://… [rounds=3] [edits=50] [delay=0]
set -euo pipefail
cd "$(dirname "$0")/../.."
apps=("$(realpath "$1")" "$(realpath "$2")")
store=$3
rounds=${4:-3}
edits=${5:-50}
delay=${6:-0}
claims=${FRESH_PUTS_CLAIMS:-1000000}
step_limit=${SCALE_STEP_LIMIT:-600}
write_rate=1000000
source bench/scale/lib.sh
begin_run
rows=$work/rows backend=postgis
machine_line
echo "store: $store; A: ${apps[0]}; B: ${apps[1]}; $edits edits a turn, the first $delay s after the URL"
echo "| turn | build | exec → URL | first 10 PUTs (ms) | max of first 10 | rest p50 / p95 | server CPU from start | load |"
echo "|---|---|---|---|---|---|---|---|"

turn=0
for ((round = 1; round <= rounds; round++)); do
  order=(0 1)
  ((round % 2 == 0)) && order=(1 0)
  for i in "${order[@]}"; do
    turn=$((turn + 1))
    app=${apps[i]}
    serve "$store" "$claims" > /dev/null
    start_ms=$(awk '{ print $3 }' <(tail -1 "$work/growth.txt"))
    sleep "$delay"
    # A seed per turn: each turn edits claims of its own.
    timeout "$step_limit" python3 bench/scale/puts.py "$url" "$claims" "$edits" "$((turn * 101))" title "$work/times-$turn" > /dev/null
    cpu=$(cpu_seconds "$server_pid")
    stop_server
    first=$(head -10 "$work/times-$turn" | awk '{ printf "%s%.0f", (NR > 1 ? ", " : ""), $1 }')
    max=$(head -10 "$work/times-$turn" | sort -n | tail -1)
    rest=$(tail -n +11 "$work/times-$turn" | sort -n | awk '{ t[NR] = $1 } END { printf "%.1f / %.1f", t[int(NR / 2) + 1], t[int(NR * 0.95) + 1] }')
    echo "| $turn | $(printf '%s' AB | cut -c$((i + 1))) | $start_ms ms | $first | $max | $rest | $cpu s | $(cut -d' ' -f1-3 /proc/loadavg) |"
  done
done
