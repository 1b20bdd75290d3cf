#!/usr/bin/env bash
# A/B of two builds of `bordermap` on the import benchmark's file, with ogr2ogr beside them: in each
# round A, B and ogr2ogr import the same file (A and B each into a fresh copy of the same seeded
# store), in turn, each timed as a whole process (wall, CPU = user + system, peak RSS), with the
# load average before each process. Prints one line per process; writes no results file.
#   bench/import/ab.sh A_DIR B_DIR [CLAIMS] [RUNS]
# A_DIR and B_DIR hold what `dotnet publish src/BorderMap.App -c Release -o DIR` wrote.
# AB_ENV_A / AB_ENV_B: extra environment for one side ("NAME=value ..."), e.g. runtime settings.
set -euo pipefail
cd "$(dirname "$0")/../.."
a=$(realpath "$1") b=$(realpath "$2") claims=${3:-100000} runs=${4:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 bench/import/generate.py "$claims" "$work/claims.geojson"
# Opening a store creates and seeds it; every import starts from a copy of this one.
"$a/bordermap" claims export --format geojson --out "$work/seed.geojson" --store "$work/seed.gpkg" >/dev/null
echo "$(date -u +%FT%TZ) $claims claims, $(du -m "$work/claims.geojson" | cut -f1) MB; A=$a B=$b; $(nproc) cores"

one_import() { # SIDE DIR ENV
  rm -f "$work/run.gpkg"*
  cp "$work/seed.gpkg" "$work/run.gpkg"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  # shellcheck disable=SC2086
  echo "$1 load $load: $(env $3 python3 bench/import/measure.py "$2/bordermap" claims import "$work/claims.geojson" --store "$work/run.gpkg") $(du -m "$work/run.gpkg" | cut -f1) MB"
}
for run in $(seq "$runs"); do
  one_import A "$a" "${AB_ENV_A:-}"
  one_import B "$b" "${AB_ENV_B:-}"
  rm -f "$work/gdal.gpkg"
  echo "ogr2ogr load $(cut -d' ' -f1 /proc/loadavg): $(python3 bench/import/measure.py ogr2ogr -f GPKG "$work/gdal.gpkg" "$work/claims.geojson")"
done
