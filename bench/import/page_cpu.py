#!/usr/bin/env python3
"""What a `GET /api/claims` page of 500 (a 6° × 4.8° box and a 30-day window in 2021) costs one build's
server: serves STORE with BORDERMAP on loopback, sends 20 warm-up and then N pages one after another
(the same boxes for every build: a fixed seed), and prints wall p50/p95, the server's CPU per page
(/proc/PID/stat) and the page size, with the load average. No build step: for a quick A/B of two
published builds on one store, turn by turn. The boxes fit `BorderMap.Bench.Api claims-file`'s claims.
    bench/import/page_cpu.py BORDERMAP STORE.gpkg PORT N"""
import os
import random
import signal
import statistics
import subprocess
import sys
import time
import urllib.request

program, store, port, count = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
server = subprocess.Popen([program, "serve", "--store", store, "--port", str(port), "--no-browser"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
base = f"http://127.0.0.1:{port}"
plan = random.Random(18)


def get(url):
    return urllib.request.urlopen(url, timeout=60).read()


def page_url():
    lon, lat = plan.uniform(67.5, 73.5), plan.uniform(35.5, 38.5)
    month, day = plan.randint(1, 11), plan.randint(1, 28)
    return (f"{base}/api/claims?bbox={lon - 3:.3f},{lat - 2.4:.3f},{lon + 3:.3f},{lat + 2.4:.3f}"
            f"&from=2021-{month:02d}-{day:02d}&to=2021-{month + 1:02d}-{day:02d}&limit=500")


def server_cpu():
    fields = open(f"/proc/{server.pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


try:
    for _ in range(120):  # start-up, bounded at a minute
        try:
            get(base + "/api/claims?limit=1")
            break
        except OSError:
            time.sleep(0.5)
    for _ in range(20):
        get(page_url())
    before, walls, sizes = server_cpu(), [], []
    for _ in range(count):
        start = time.perf_counter()
        sizes.append(len(get(page_url())))
        walls.append((time.perf_counter() - start) * 1000)
    cpu = server_cpu() - before
    walls.sort()
    print(f"{program} load {os.getloadavg()[0]:.1f}: p50 {statistics.median(walls):.1f} ms, "
          f"p95 {walls[max(0, int(0.95 * count) - 1)]:.1f} ms, server CPU {cpu * 1000 / count:.1f} ms a page, "
          f"{statistics.mean(sizes) / 1024:.0f} KiB a page")
finally:
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:  # a loaded machine may not let it finish its shutdown in time
        server.kill()
        server.wait()
