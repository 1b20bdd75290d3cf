"""The geodata directory a benchmark draws from: the repository's boundaries, sources and gazetteer
(which gives an export its town layer), plus a claims file of synthetic claims that copy the seed
claims, so every quote is verbatim in the source at its offsets and passes the loader's checks."""
import json
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "geodata" / "claims" / "tj-af-border-2021-07-05.geojson"
# lon/lat, inside the exported whole-area view
EXTENT = (60.5, 29.5, 75.0, 41.0)


def prepare(out):
    """Empties out and copies the repository's geodata into it, all but its claims."""
    shutil.rmtree(out, ignore_errors=True)
    for part in ("boundaries", "sources", "gazetteer"):
        shutil.copytree(REPO / "geodata" / part, out / "geodata" / part)
    (out / "geodata" / "claims").mkdir(parents=True)


def seed_claims():
    """The repository's claims, as GeoJSON features, for the synthetic ones to copy."""
    return json.loads(SEED.read_text(encoding="utf-8"))["features"]


def random_point(rng):
    """A pseudo-random [lon, lat] inside EXTENT, to 4 decimals."""
    return [round(rng.uniform(EXTENT[0], EXTENT[2]), 4), round(rng.uniform(EXTENT[1], EXTENT[3]), 4)]


def write_claims(out, features):
    """Writes the synthetic claims as the directory's only claims file."""
    collection = {"type": "FeatureCollection", "features": features}
    (out / "geodata" / "claims" / "synthetic.geojson").write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
