#!/usr/bin/python3
"""Builds the benchmark's input: a geodata directory with the repository's boundaries and source and
10,000 synthetic claims, plus the same claims as plain GeoJSON points for Mapnik.

Each synthetic claim copies one of the seed claims (so its quote is verbatim in the source at its
offsets and passes the loader's checks) and moves it to a pseudo-random point in the whole map
area. The random generator is seeded: every run writes the same files.
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
import synthetic_geodata  # noqa: E402  (bench/lib is put on the path just above)

CLAIMS = 10_000

out = Path(sys.argv[1])
synthetic_geodata.prepare(out)
seed = synthetic_geodata.seed_claims()
rng = random.Random(20211)
features, points = [], []
for i in range(CLAIMS):
    template = seed[i % len(seed)]
    lon, lat = synthetic_geodata.random_point(rng)
    properties = dict(template["properties"], refs=[], areas=[], geoPrecision=1, place=f"Synthetic point {i + 1}")
    claim_id = f"synthetic-{i + 1:05d}"
    features.append({"type": "Feature", "id": claim_id, "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties})
    points.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": {"id": claim_id, "category": properties["category"]}})

synthetic_geodata.write_claims(out, features)
(out / "claims-points.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": points}), encoding="utf-8")
print(f"wrote {CLAIMS} claims to {out}")
