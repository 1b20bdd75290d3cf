#!/usr/bin/python3
"""Builds the animation benchmark's input: a geodata directory with the repository's boundaries and
source and 10,000 synthetic claims spread over 60 days (2021-06-01 to 2021-07-30).

Each synthetic claim copies one of the seed claims, so its quote is verbatim in the source at its
offsets, and is moved to a pseudo-random point over the map and a pseudo-random day of the span;
one in ten lasts 2 to 10 days and one in twenty is dated only to its month, as real claims are.
The generator is seeded: every run writes the same files.
"""
import datetime
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lib"))
import synthetic_geodata  # noqa: E402  (bench/lib is put on the path just above)

CLAIMS = 10_000
DAYS = 60
FIRST = datetime.date(2021, 6, 1)

out = Path(sys.argv[1])
synthetic_geodata.prepare(out)
seed = synthetic_geodata.seed_claims()
rng = random.Random(13)
features = []
for i in range(CLAIMS):
    template = seed[i % len(seed)]
    start = FIRST + datetime.timedelta(days=rng.randrange(DAYS))
    end, precision = None, "day"
    kind = rng.random()
    if kind < 0.05:
        start, precision = start.replace(day=1), "month"
    elif kind < 0.15:
        end = start + datetime.timedelta(days=rng.randint(2, 10))
    properties = dict(template["properties"], refs=[], areas=[], geoPrecision=1, place=f"Synthetic point {i + 1}",
                      eventDate=start.isoformat(), endDate=end.isoformat() if end else None, timePrecision=precision)
    point = synthetic_geodata.random_point(rng)
    features.append({"type": "Feature", "id": f"synthetic-{i + 1:05d}", "geometry": {"type": "Point", "coordinates": point}, "properties": properties})

synthetic_geodata.write_claims(out, features)
print(f"wrote {CLAIMS} claims over {DAYS} days to {out}")
