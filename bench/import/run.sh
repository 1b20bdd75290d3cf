#!/usr/bin/env bash
# Import benchmark: 100,000 synthetic claims from one GeoJSON file, imported by
# `bordermap claims import` into a seeded store and converted by `ogr2ogr -f GPKG`, each timed as a
# whole process, interleaved, several runs, medians compared. Writes the "## Import" section of
# bench/RESULTS.md with the date and the machine.
#   bench/import/run.sh [CLAIMS] [RUNS]     (RESULTS=path/to/RESULTS.md to write elsewhere)
set -euo pipefail
cd "$(dirname "$0")/../.."
claims=${1:-100000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/BorderMap.App -c Release -nologo -v quiet
bordermap=$(find src/BorderMap.App/bin/Release -name bordermap -type f -perm -u+x | head -1)
python3 bench/import/generate.py "$claims" "$work/claims.geojson"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
# Opening a store creates and seeds it; every run starts from a copy of this one.
"$bordermap" claims export --format geojson --out "$work/seed.geojson" --store "$work/seed.gpkg" >/dev/null

seconds() { python3 -c 'import subprocess, sys, time; t = time.perf_counter(); subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); print(f"{time.perf_counter() - t:.3f}")' "$@"; }
ours=() gdal=()
for run in $(seq "$runs"); do
  cp "$work/seed.gpkg" "$work/run.gpkg"
  ours+=("$(seconds "$bordermap" claims import "$work/claims.geojson" --store "$work/run.gpkg")")
  rm -f "$work/gdal.gpkg"
  gdal+=("$(seconds ogr2ogr -f GPKG "$work/gdal.gpkg" "$work/claims.geojson")")
  echo "run $run: bordermap ${ours[-1]} s, ogr2ogr ${gdal[-1]} s"
done

LOAD="$load_before" RESULTS=${RESULTS:-bench/RESULTS.md} python3 - "$claims" "$(du -m "$work/claims.geojson" | cut -f1)" "${ours[*]}" "${gdal[*]}" <<'PY'
import datetime, os, platform, re, statistics, subprocess, sys
claims, size_mb, ours, gdal = int(sys.argv[1]), sys.argv[2], [float(x) for x in sys.argv[3].split()], [float(x) for x in sys.argv[4].split()]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
gdal_version = subprocess.run(["ogr2ogr", "--version"], capture_output=True, text=True).stdout.strip()
m_ours, m_gdal = statistics.median(ours), statistics.median(gdal)
section = f"""## Import

`bench/import/run.sh`: {claims:,} synthetic claims (80% points, 20% lines, every one quoting the seed
source at given offsets) in one {size_mb} MB GeoJSON file, each tool timed as a whole process,
{len(ours)} interleaved runs, median shown.

| Tool | What it does | Median | Runs (s) | Claims/s |
|---|---|---|---|---|
| `bordermap claims import` | parse, validate every rule (quote at its offsets, geometry, dates, vocabularies), place, write claim + history entry (old/new GeoJSON) + R-tree, one transaction | {m_ours:.2f} s | {", ".join(f"{x:.2f}" for x in ours)} | {claims / m_ours:,.0f} |
| `ogr2ogr -f GPKG` ({gdal_version}) | parse and write features + R-tree, no validation, no history | {m_gdal:.2f} s | {", ".join(f"{x:.2f}" for x in gdal)} | {claims / m_gdal:,.0f} |

Ratio bordermap / ogr2ogr: **{m_ours / m_gdal:.2f}** ({"faster than" if m_ours < m_gdal else "slower than"} GDAL).
Measured {datetime.date.today().isoformat()} on {nproc} cores, {cpu}, {platform.system()} {platform.release()};
load average {os.environ["LOAD"]} before the runs: both tools ran interleaved under the same load, but the import spreads its work over both cores, so other work slows it more than the single-threaded ogr2ogr.
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
