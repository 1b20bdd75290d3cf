#!/usr/bin/env bash
# Claims API benchmark (issue 3): 100,000 synthetic claims; GET /api/claims with a bbox + date
# window, p95 over 1,000 queries, beside GDAL's ogr2ogr answering the same queries from a
# GeoPackage; then the browser map's first render and panning frame times in Chromium.
# Usage: bench/api/run.sh [claims=100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
claims=${1:-100000}
work=$(mktemp -d)
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

for project in src/BorderMap.App bench/BorderMap.Bench.Api; do dotnet build -c Release -nologo -v quiet ${BUILD_ARGS:-} "$project"; done
bench=bench/BorderMap.Bench.Api/bin/Release/net10.0/linux-x64/BorderMap.Bench.Api
app=src/BorderMap.App/bin/Release/net10.0/linux-x64/bordermap

$bench generate "$claims" "$work/geodata"
$bench queries 1000 "$work/queries.txt"
ogr2ogr -f GPKG "$work/claims.gpkg" "$work/geodata/claims-flat.geojson" -nln claims
rm "$work/geodata/claims-flat.geojson"

echo "date: $(date -u +%F), machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
started=$(date +%s.%N)
$app serve --data "$work/geodata" --store "$work/store.gpkg" --port 0 --no-browser > "$work/serve.log" 2>&1 &
server_pid=$!
until grep -q "http://" "$work/serve.log"; do sleep 0.2; kill -0 "$server_pid" || { cat "$work/serve.log"; exit 1; }; done
echo "server start-up with $claims claims: $(echo "$(date +%s.%N) - $started" | bc) s"
url=$(grep -o 'http://[^ ]*' "$work/serve.log")

$bench api "$url" "$work/queries.txt"
$bench gdal "$work/claims.gpkg" "$work/queries.txt" 100
$bench browser "$url"
