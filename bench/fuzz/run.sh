#!/usr/bin/env bash
# Fuzzes the parsers of untrusted input (GeoJSON and CSV claims files, query filters, export and
# sequence options) with CsCheck, for a bounded time per target on one thread. Not part of the test
# suite's time budget; every crash it finds becomes a regression case in the tests.
# Usage: bench/fuzz/run.sh [seconds-per-target, default 60] [target …]   (FUZZ_SEED=… replays a seed)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/fuzz -c Release -nologo -v quiet
echo "date: $(date -u +%F), machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
bench/fuzz/bin/Release/net10.0/linux-x64/BorderMap.Fuzz "$@"
