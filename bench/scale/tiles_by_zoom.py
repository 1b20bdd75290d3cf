# Times single map tiles of a running `bordermap serve`, zoom by zoom, one request after another over
# one keep-alive connection: for each zoom 4..12, COUNT tiles at seeded places along the Tajik–Afghan
# border (the mixed load's tiles, bench/BorderMap.Bench.Api/LoadKinds.cs), after a warm-up of COUNT
# other tiles of every zoom (a fresh server spends its first requests compiling its hot paths again
# at a higher tier, which would be charged to the zooms timed first).
# Prints one table row per zoom: wall p50 / p95 per tile, mean size, and the CPU per tile of the
# server and (given its postmaster's PID) of PostgreSQL, from /proc (reaped children included);
# then one row of wall p50 / p95 over every tile timed, all zooms alike (the mixed load's mix).
# Usage: tiles_by_zoom.py URL SERVER_PID [POSTMASTER_PID|-] [COUNT=40] [QUERY]   (QUERY e.g. from=2021-07-01&to=2021-07-31)
import http.client, math, os, random, sys, time, urllib.parse

BORDER = [(67.78, 37.19), (68.9, 37.3), (69.4, 37.2), (70.2, 37.9), (71.25, 38.0), (71.4, 37.3), (71.55, 36.8), (72.6, 37.0), (73.7, 37.25), (74.9, 37.24)]
HZ = os.sysconf("SC_CLK_TCK")


def cpu(pid):
    """CPU seconds of a process and its reaped children."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / HZ


def cpu_tree(pid):
    """CPU seconds of a postmaster with its reaped and live backends."""
    total = cpu(pid)
    for child in os.popen(f"ps -o pid= --ppid {pid}").read().split():
        try:
            total += cpu(int(child))
        except FileNotFoundError:
            pass
    return total


def tile(rng, zoom):
    i = rng.randrange(len(BORDER) - 1)
    t = rng.random()
    lon = BORDER[i][0] + t * (BORDER[i + 1][0] - BORDER[i][0])
    lat = math.radians(BORDER[i][1] + t * (BORDER[i + 1][1] - BORDER[i][1]))
    n = 1 << zoom
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.log(math.tan(lat) + 1 / math.cos(lat)) / math.pi) / 2 * n)
    return f"/api/tiles/claims/{zoom}/{x}/{y}.mvt"


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(math.ceil(p / 100 * len(ordered))) - 1)]


def main():
    url = urllib.parse.urlparse(sys.argv[1])
    server = int(sys.argv[2])
    postmaster = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] != "-" else None
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    query = "?" + sys.argv[5] if len(sys.argv) > 5 and sys.argv[5] else ""
    connection = http.client.HTTPConnection(url.hostname, url.port)

    def get(path):
        connection.request("GET", path + query)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}")
        return len(body)

    warm = random.Random(0)
    for _ in range(count):
        for zoom in range(4, 13):
            get(tile(warm, zoom))
    every = []
    for zoom in range(4, 13):
        rng = random.Random(zoom)
        paths = [tile(rng, zoom) for _ in range(count)]
        server_before, pg_before = cpu(server), postmaster and cpu_tree(postmaster)
        times, size = [], 0
        for path in paths:
            started = time.perf_counter()
            size += get(path)
            times.append((time.perf_counter() - started) * 1000)
        every += times
        server_ms = (cpu(server) - server_before) * 1000 / count
        pg = f" / PostgreSQL {(cpu_tree(postmaster) - pg_before) * 1000 / count:.1f} ms" if postmaster else ""
        print(f"| tile z{zoom}{' ' + query[1:] if query else ''}: wall p50 / p95, mean size, CPU per tile | "
              f"{percentile(times, 50):.1f} / {percentile(times, 95):.1f} ms, {size / count / 1024:.1f} KiB, server {server_ms:.1f} ms{pg} |")
    print(f"| tiles z4–z12{' ' + query[1:] if query else ''}, all: wall p50 / p95 | {percentile(every, 50):.1f} / {percentile(every, 95):.1f} ms |")


main()
