#!/usr/bin/env python3
"""N sequential claim edits against a running `bordermap serve` (started with a high --write-rate)
of the scale benchmark's synthetic claims, as the web UI makes them: GET /api/claims/{id} (untimed),
then PUT with If-Match (timed). KIND `title` (the default) gives the claim a new title; `move` also
moves its date on by a day and its point by about a kilometre, so that its day and cell counts and
its areas' rows change too. Prints p50 / p95 / p99 / max / mean of the PUTs, and with TIMES_FILE
each PUT's milliseconds in order, one a line.
usage: bench/scale/puts.py URL CLAIMS N [SEED] [KIND] [TIMES_FILE]"""
import datetime, json, random, sys, time, urllib.request
url, claims, n = sys.argv[1].rstrip('/'), int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
kind = sys.argv[5] if len(sys.argv) > 5 else "title"
times_file = sys.argv[6] if len(sys.argv) > 6 else None
assert kind in ("title", "move"), kind


def moved(feature):
    props = feature["properties"]
    day = datetime.date.fromisoformat(props["eventDate"]) + datetime.timedelta(days=1)
    props["eventDate"] = day.isoformat()
    if props.get("endDate"):
        props["endDate"] = (datetime.date.fromisoformat(props["endDate"]) + datetime.timedelta(days=1)).isoformat()
    geometry = feature["geometry"]
    if geometry and geometry["type"] == "Point":
        lon, lat = geometry["coordinates"][:2]
        geometry["coordinates"] = [lon + rnd.choice((-0.01, 0.01)), lat]


times = []
for i in range(n):
    cid = f"synthetic-{rnd.randrange(claims)}"
    with urllib.request.urlopen(f"{url}/api/claims/{cid}") as r:
        etag, feature = r.headers["ETag"], json.load(r)
    feature["properties"]["title"] = f"Synthetic claim {cid}, edited ({rnd.getrandbits(32):08x})"
    if kind == "move":
        moved(feature)
    req = urllib.request.Request(f"{url}/api/claims/{cid}", data=json.dumps(feature).encode(), method="PUT",
                                 headers={"Content-Type": "application/geo+json", "If-Match": etag})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        r.read()
        assert r.status == 200, r.status
    times.append((time.perf_counter() - t) * 1000)
if times_file:
    with open(times_file, "w") as f:
        f.writelines(f"{t:.2f}\n" for t in times)
ordered = sorted(times)
print(f"PUT /api/claims/{{id}} ({kind}), {n} sequential: p50 {ordered[n // 2]:.1f} ms, p95 {ordered[int(n * 0.95)]:.1f} ms, "
      f"p99 {ordered[int(n * 0.99)]:.1f} ms, max {ordered[-1]:.1f} ms, mean {sum(times) / n:.1f} ms")
