#!/usr/bin/env bash
# Rendering benchmark: `bordermap export` against Mapnik on the same data, side by side in one run.
# Both draw the whole Tajikistan–Afghanistan area at 3000 × 2000 with the repository's boundaries
# and 10,000 synthetic claims (make_data.py), once as PNG and once as PDF. hyperfine times whole
# processes, start-up and data loading included: after a warm-up, RUNS rounds each run every command
# once, so the commands are interleaved and share whatever load the machine has. Compare medians and
# look at the spread; on a busy machine, the CPU times are the steadier figure. The load average is
# printed before and after. BorderMap runs as `dotnet publish -c Release` writes it, compiled ahead of
# time (ReadyToRun), the way the README tells users to install it (as bench/import/run.sh does).
# Usage: bench/render/run.sh [RUNS]   (needs hyperfine and python3-mapnik; installs them if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}

source bench/lib/setup.sh
install_missing hyperfine python3-mapnik

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish src/BorderMap.App -c Release -nologo -v quiet -p:SkipWebBundle=true -o "$work/app"
bordermap="$work/app/bordermap"
/usr/bin/python3 bench/render/make_data.py "$work/data"

# A store of the benchmark's own (the user's default store holds other claims), seeded from the
# 10,000 claims by the warm-up run, as a user's store is seeded on first use.
export_args="export --data $work/data/geodata --store $work/store.gpkg --width 3000 --height 2000 --date 2026-11-25"
commands=(
  -n "bordermap PNG" "$bordermap $export_args --format png --out $work/bordermap.png"
  -n "Mapnik PNG" "/usr/bin/python3 bench/render/mapnik_render.py png $work/data $work/mapnik.png 3000 2000"
  -n "bordermap PDF" "$bordermap $export_args --format pdf --out $work/bordermap.pdf"
  -n "Mapnik PDF" "/usr/bin/python3 bench/render/mapnik_render.py pdf $work/data $work/mapnik.pdf 3000 2000"
)
hyperfine --runs 1 "${commands[@]}" > /dev/null  # warm-up; also seeds the store
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for round in $(seq "$runs"); do
  hyperfine --runs 1 --export-json "$work/round-$round.json" "${commands[@]}" > /dev/null
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

PYTHONPATH=bench/lib /usr/bin/python3 - "$work"/round-*.json <<'PY'
import sys
import rounds
runs = rounds.load(sys.argv[1:])
rounds.print_medians(runs)
for fmt in ("PNG", "PDF"):
    ours, peer = runs[f"bordermap {fmt}"], runs[f"Mapnik {fmt}"]
    wall = rounds.median_wall(ours) / rounds.median_wall(peer)
    cpu = rounds.median_cpu(ours) / rounds.median_cpu(peer)
    print(f"{fmt}: bordermap/Mapnik median wall time {wall:.2f}, median CPU time {cpu:.2f}")
PY
ls -l "$work/bordermap.png" "$work/mapnik.png" | awk '{print $5, $NF}'
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
