#!/usr/bin/env bash
# Import benchmark: 100,000 synthetic claims from one GeoJSON file, imported by
# `bordermap claims import` into a seeded store and converted by `ogr2ogr -f GPKG`, each timed as a
# whole process (wall, CPU = user + system, peak RSS), interleaved, several runs, medians compared.
# BorderMap runs as `dotnet publish -c Release` writes it: compiled ahead of time (ReadyToRun).
# Writes the "## Import" section of bench/RESULTS.md with the date and the machine.
#   bench/import/run.sh [CLAIMS] [RUNS]     (RESULTS=path/to/RESULTS.md to write elsewhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
claims=${1:-100000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/BorderMap.App -c Release -nologo -v quiet -p:SkipWebBundle=true -o "$work/app"
bordermap="$work/app/bordermap"
python3 bench/import/generate.py "$claims" "$work/claims.geojson"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Opening a store creates and seeds it; every run starts from a copy of this one.
"$bordermap" claims export --format geojson --out "$work/seed.geojson" --store "$work/seed.gpkg" >/dev/null

# "wall/cpu/peak-MiB" of one whole process: CPU and peak RSS are the child's own (getrusage).
seconds() { python3 bench/import/measure.py "$@"; }
ours=() gdal=()
for run in $(seq "$runs"); do
  cp "$work/seed.gpkg" "$work/run.gpkg"
  ours+=("$(seconds "$bordermap" claims import "$work/claims.geojson" --store "$work/run.gpkg")")
  rm -f "$work/gdal.gpkg"
  gdal+=("$(seconds ogr2ogr -f GPKG "$work/gdal.gpkg" "$work/claims.geojson")")
  echo "run $run (wall/CPU s/peak MiB): bordermap ${ours[-1]}, ogr2ogr ${gdal[-1]}"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

LOAD="$load_before" LOAD_AFTER="$load_after" RESULTS=${RESULTS:-bench/RESULTS.md} python3 - "$claims" "$(du -m "$work/claims.geojson" | cut -f1)" "${ours[*]}" "${gdal[*]}" <<'PY'
import datetime, os, platform, re, statistics, subprocess, sys
def runs(text):
    return [tuple(float(v) for v in run.split("/")) for run in text.split()]
claims, size_mb, ours, gdal = int(sys.argv[1]), sys.argv[2], runs(sys.argv[3]), runs(sys.argv[4])
def median(values, i):
    return statistics.median(v[i] for v in values)
def listed(values):
    return ", ".join(f"{w:.2f} / {c:.2f}" for w, c, _ in values)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
gdal_version = subprocess.run(["ogr2ogr", "--version"], capture_output=True, text=True).stdout.strip()
m_ours, m_gdal = median(ours, 0), median(gdal, 0)
c_ours, c_gdal = median(ours, 1), median(gdal, 1)
rss_ours, rss_gdal = max(v[2] for v in ours), max(v[2] for v in gdal)
section = f"""## Import

`bench/import/run.sh`: {claims:,} synthetic claims (80% points, 20% lines, every one quoting the seed
source at given offsets) in one {size_mb} MB GeoJSON file, each tool timed as a whole process,
{len(ours)} interleaved runs, median shown; BorderMap as published (ReadyToRun).

| Tool | What it does | Median wall | Median CPU | Peak RSS | Runs, wall / CPU (s) | Claims/s (wall) |
|---|---|---|---|---|---|---|
| `bordermap claims import` | parse, validate every rule (quote at its offsets, geometry, dates, vocabularies), place, derive the areas and search key, write claim + history entry (old/new GeoJSON) + R-trees + derived tables + full-text index, one transaction | {m_ours:.2f} s | {c_ours:.2f} s | {rss_ours:.0f} MiB | {listed(ours)} | {claims / m_ours:,.0f} |
| `ogr2ogr -f GPKG` ({gdal_version}) | parse and write features + R-tree, no validation, no history | {m_gdal:.2f} s | {c_gdal:.2f} s | {rss_gdal:.0f} MiB | {listed(gdal)} | {claims / m_gdal:,.0f} |

Ratio bordermap / ogr2ogr: **{m_ours / m_gdal:.2f}** wall, **{c_ours / c_gdal:.2f}** CPU ({"faster than" if m_ours < m_gdal else "slower than"} GDAL).
Measured {datetime.date.today().isoformat()} on {nproc} cores, {cpu}, {platform.system()} {platform.release()};
load average {os.environ["LOAD"]} before the runs and {os.environ["LOAD_AFTER"]} after: both tools ran interleaved under the same load, but the import spreads its work over both cores, so other work slows it more than the single-threaded ogr2ogr.
"""
path = os.environ["RESULTS"]
text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmark results\n"
if re.search(r"^## Import\n", text, re.M):
    text = re.sub(r"^## Import\n.*?(?=^## |\Z)", section + "\n", text, flags=re.M | re.S)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(path, "w", encoding="utf-8").write(text)
print(section)
PY
