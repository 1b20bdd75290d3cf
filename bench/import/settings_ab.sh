#!/usr/bin/env bash
# Runtime settings of one published `bordermap` against each other on the import benchmark's file:
# each variant is the same build with `configProperties` of its `bordermap.runtimeconfig.json`
# changed (the files hard-linked, the runtimeconfig written anew), so only the setting differs. In
# each round every variant imports the file into a fresh copy of one seeded store, then ogr2ogr
# converts it; the order of the variants is reversed every other round. Each process is timed whole
# (wall, CPU = user + system, peak RSS) with the 1-minute load before it; each import's phase log
# (BORDERMAP_IMPORT_PHASES=1: CPU, bytes, collections and JIT by phase) is kept. Writes no results file.
#   bench/import/settings_ab.sh APP_DIR ROUNDS NAME='{"Setting": value}' ... [CLAIMS=100000]
# NAME=base (an empty object) is main's runtimeconfig as published. APP_DIR holds what
# `dotnet publish src/BorderMap.App -c Release -o DIR` wrote. SETTINGS_KEEP=DIR keeps the variants and logs there.
#   e.g. bench/import/settings_ab.sh app 3 base='{}' tiering-off='{"System.Runtime.TieredCompilation": false}'
set -euo pipefail
cd "$(dirname "$0")/../.."
app=$(realpath "$1") rounds=$2
shift 2
claims=100000
variants=()
for arg in "$@"; do
  case $arg in
    CLAIMS=*) claims=${arg#CLAIMS=} ;;
    *=*) variants+=("$arg") ;;
    *) echo "not NAME='{json}': $arg" >&2; exit 2 ;;
  esac
done
((${#variants[@]})) || { echo "give at least one NAME='{json}'" >&2; exit 2; }
work=${SETTINGS_KEEP:-$(mktemp -d)}
mkdir -p "$work"
[[ -n ${SETTINGS_KEEP:-} ]] || trap 'rm -rf "$work"' EXIT

# One folder a variant: the build's files hard-linked, its runtimeconfig with the variant's properties over the published ones.
for variant in "${variants[@]}"; do
  name=${variant%%=*}
  rm -rf "${work:?}/$name"
  cp -al "$app" "$work/$name"
  rm "$work/$name/bordermap.runtimeconfig.json"
  python3 - "$app/bordermap.runtimeconfig.json" "$work/$name/bordermap.runtimeconfig.json" "${variant#*=}" <<'PY'
import json, sys
config = json.load(open(sys.argv[1]))
config["runtimeOptions"]["configProperties"].update(json.loads(sys.argv[3]))
json.dump(config, open(sys.argv[2], "w"), indent=2)
PY
done

python3 bench/import/generate.py "$claims" "$work/claims.geojson"
# Opening a store creates and seeds it; every import starts from a copy of this one.
"$app/bordermap" claims export --format geojson --out "$work/seed.geojson" --store "$work/seed.gpkg" >/dev/null
echo "$(date -u +%FT%TZ) $claims claims, $(du -m "$work/claims.geojson" | cut -f1) MB; $app; $(nproc) cores; logs in $work"

load() { cut -d' ' -f1 /proc/loadavg; }
one_import() { # NAME ROUND
  rm -f "$work/run.gpkg"*
  cp "$work/seed.gpkg" "$work/run.gpkg"
  local before; before=$(load)
  local measured
  measured=$(BORDERMAP_IMPORT_PHASES=1 python3 bench/import/measure.py --stderr "$work/phases-$1-$2.log" \
    "$work/$1/bordermap" claims import "$work/claims.geojson" --store "$work/run.gpkg")
  echo "round $2 $1 load $before: $measured"
}
for round in $(seq "$rounds"); do
  order=("${variants[@]}")
  if ((round % 2 == 0)); then
    order=()
    for ((i = ${#variants[@]} - 1; i >= 0; i--)); do order+=("${variants[i]}"); done
  fi
  for variant in "${order[@]}"; do one_import "${variant%%=*}" "$round"; done
  rm -f "$work/gdal.gpkg"
  echo "round $round ogr2ogr load $(load): $(python3 bench/import/measure.py ogr2ogr -f GPKG "$work/gdal.gpkg" "$work/claims.geojson")"
done
