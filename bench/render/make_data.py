#!/usr/bin/python3
"""Builds the benchmark's input: a geodata directory with the repository's boundaries and source and
10,000 synthetic claims, plus the same claims as plain GeoJSON points for Mapnik.

Each synthetic claim copies one of the seed claims (so its quote is verbatim in the source at its
offsets and passes the loader's checks) and moves it to a pseudo-random point in the whole map
area. The random generator is seeded: every run writes the same files.
"""
import json
import random
import shutil
import sys
from pathlib import Path

CLAIMS = 10_000
EXTENT = (60.5, 29.5, 75.0, 41.0)  # lon/lat, inside the exported whole-area view

repo = Path(__file__).resolve().parents[2]
out = Path(sys.argv[1])
shutil.rmtree(out, ignore_errors=True)
# The gazetteer gives the export its town layer.
for part in ("boundaries", "sources", "gazetteer"):
    shutil.copytree(repo / "geodata" / part, out / "geodata" / part)
(out / "geodata" / "claims").mkdir(parents=True)

seed = json.loads((repo / "geodata" / "claims" / "tj-af-border-2021-07-05.geojson").read_text(encoding="utf-8"))["features"]
rng = random.Random(20211)
features, points = [], []
for i in range(CLAIMS):
    template = seed[i % len(seed)]
    lon = round(rng.uniform(EXTENT[0], EXTENT[2]), 4)
    lat = round(rng.uniform(EXTENT[1], EXTENT[3]), 4)
    properties = dict(template["properties"], refs=[], areas=[], geoPrecision=1, place=f"Synthetic point {i + 1}")
    claim_id = f"synthetic-{i + 1:05d}"
    features.append({"type": "Feature", "id": claim_id, "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties})
    points.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": {"id": claim_id, "category": properties["category"]}})

(out / "geodata" / "claims" / "synthetic.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8")
(out / "claims-points.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": points}), encoding="utf-8")
print(f"wrote {CLAIMS} claims to {out}")
