#!/usr/bin/env python3
"""Writes N synthetic, valid claims as a GeoJSON FeatureCollection: the benchmark's import file.

Points spread over the Tajik-Afghan border region, every fifth claim a short line, each quoting
the seed source at fixed offsets, so the store's validation does its full work on every claim.
Deterministic: the same N gives the same file.
"""
import json
import sys

QUOTES = [("1.037 tentara", 97, 110), ("Taliban", 252, 259)]
CATEGORIES = ["troop-movement", "mobilisation", "territorial-control", "military-presence", "statement"]


def feature(i):
    lon = 66.0 + (i * 7919 % 10000) / 10000 * 9.0
    lat = 30.0 + (i * 104729 % 10000) / 10000 * 9.0
    text, start, end = QUOTES[i % len(QUOTES)]
    if i % 5 == 4:
        geometry = {"type": "LineString", "coordinates": [[lon, lat], [lon + 0.05, lat + 0.03]]}
    else:
        geometry = {"type": "Point", "coordinates": [lon, lat]}
    day = 1 + i % 28
    return {
        "type": "Feature",
        "id": f"bench-{i}",
        "geometry": geometry,
        "properties": {
            "title": f"Synthetic claim {i}",
            "category": CATEGORIES[i % len(CATEGORIES)],
            "actors": ["Taliban"] if i % 2 else ["Afghan National Army"],
            "place": f"Place {i % 500}",
            "refs": [],
            "areas": [],
            "geoPrecision": 1 + i % 4,
            "eventDate": f"2021-07-{day:02d}",
            "endDate": None,
            "timePrecision": "day",
            "reportedDate": f"2021-07-{day:02d}",
            "source": "tj-af-border-2021-07-05",
            "quote": {"text": text, "start": start, "end": end},
            "translation": text,
            "note": None,
            "status": "reported",
            "numbers": {"soldiers": i % 1000},
        },
    }


def main():
    count, path = int(sys.argv[1]), sys.argv[2]
    with open(path, "w", encoding="utf-8") as out:
        out.write('{"type":"FeatureCollection","features":[\n')
        for i in range(count):
            out.write(("," if i else "") + json.dumps(feature(i), separators=(",", ":")) + "\n")
        out.write("]}\n")


if __name__ == "__main__":
    main()
