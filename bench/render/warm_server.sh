#!/usr/bin/env bash
# Warm exports in the server: `bordermap serve` on the rendering benchmark's data and store, then
# the same 3000 × 2000 PNG and PDF export as bench/render/run.sh requested over loopback with
# `GET /api/export`, WARMUP times each to warm the process (JIT, caches), then RUNS times each,
# alternating. Each request is timed by curl (wall, whole body received) and by the server's own
# CPU time (user + sys from /proc before and after). Compare with Mapnik's whole process in
# bench/render/run.sh: the issue's target for a warm export is at most half of it.
# Usage: bench/render/warm_server.sh [RUNS] [WARMUP]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
warmup=${2:-3}
source bench/lib/setup.sh
build_bordermap

work=$(mktemp -d)
server=""
trap '[[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
/usr/bin/python3 bench/render/make_data.py "$work/data" > /dev/null
$bordermap serve --no-browser --port 0 --data "$work/data/geodata" --store "$work/store.gpkg" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 600); do
  url=$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/serve.log" | head -1 || true)
  [[ -n $url ]] && break
  sleep 1
done
[[ -n ${url:-} ]] || { echo "the server did not start:"; cat "$work/serve.log"; exit 1; }

ticks=$(getconf CLK_TCK)
cpu() { awk -v t="$ticks" '{ printf "%.3f", ($14 + $15) / t }' "/proc/$server/stat"; }
query="width=3000&height=2000&date=2026-11-25"
get() { curl -sf -o "$work/out.$1" -w '%{time_total}' "${url}api/export?format=$1&$query"; }

for _ in $(seq "$warmup"); do get png > /dev/null; get pdf > /dev/null; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for format in png pdf; do : > "$work/$format.times"; done
for _ in $(seq "$runs"); do
  for format in png pdf; do
    before=$(cpu)
    wall=$(get "$format")
    echo "$wall $(echo "$(cpu) - $before" | bc -l)" >> "$work/$format.times"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
for format in png pdf; do
  /usr/bin/python3 - "$format" "$work/$format.times" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[2])]
print(f"warm {sys.argv[1].upper()} export in the server: median wall {statistics.median(r[0] for r in rows):.3f} s, "
      f"median server CPU {statistics.median(r[1] for r in rows):.3f} s, walls {', '.join(f'{r[0]:.2f}' for r in rows)}")
PY
done
ls -l "$work/out.png" "$work/out.pdf" | awk '{print $5, $NF}'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
