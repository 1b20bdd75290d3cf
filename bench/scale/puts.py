#!/usr/bin/env python3
"""N sequential claim edits against a running `bordermap serve` (started with a high --write-rate)
of the scale benchmark's synthetic claims, as the web UI makes them: GET /api/claims/{id} (untimed),
then PUT with If-Match and a new title (timed). Prints p50 / p95 / mean of the PUTs.
usage: bench/scale/puts.py URL CLAIMS N [SEED]"""
import json, random, sys, time, urllib.request
url, claims, n = sys.argv[1].rstrip('/'), int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
times = []
for i in range(n):
    cid = f"synthetic-{rnd.randrange(claims)}"
    with urllib.request.urlopen(f"{url}/api/claims/{cid}") as r:
        etag, feature = r.headers["ETag"], json.load(r)
    feature["properties"]["title"] = f"Synthetic claim {cid}, edited ({rnd.getrandbits(32):08x})"
    req = urllib.request.Request(f"{url}/api/claims/{cid}", data=json.dumps(feature).encode(), method="PUT",
                                 headers={"Content-Type": "application/geo+json", "If-Match": etag})
    t = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        r.read()
        assert r.status == 200, r.status
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(f"PUT /api/claims/{{id}}, {n} sequential: p50 {times[n // 2]:.1f} ms, p95 {times[int(n * 0.95)]:.1f} ms, mean {sum(times) / n:.1f} ms")
