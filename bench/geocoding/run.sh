#!/usr/bin/env bash
# Geocoding benchmark (issue 6): geocoder latency (p95 target ≤ 1 ms) and geoparsing throughput
# (target ≥ 1 MB/s), beside a naive exact-match dictionary as the peer, in the same run.
# Usage: bench/geocoding/run.sh [quick|all]   (quick skips BenchmarkDotNet)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/geocoding -c Release -nologo -v quiet
echo "date: $(date -u +%F), machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, .NET $(dotnet --list-runtimes | awk '/NETCore.App/{v=$2} END{print v}')"
cd bench/geocoding/bin/Release/net10.0/linux-x64
./BorderMap.Bench.Geocoding "${1:-all}"
