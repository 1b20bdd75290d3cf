#!/usr/bin/env python3
"""Samples, once a second, how many cores a bulk import keeps busy: the client (a process and its
threads) beside PostgreSQL's backends (the children of the postmaster, each by its title), from the
moment a process of the client's executable starts until it exits. Prints one line per BUCKET seconds: wall offset, the client's cores, PostgreSQL's
cores, and the busiest backends' titles with their cores, so a phase that runs on one core while the
other idles shows as such. The machine's load average is printed at the start and the end.

Usage: cpu_timeline.py CLIENT_EXECUTABLE POSTMASTER_PID [BUCKET]"""
import os
import sys
import time

HZ = os.sysconf("SC_CLK_TCK")


def cpu(pid):
    """User + system CPU seconds of one process (its threads included), or None once it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / HZ
    except (FileNotFoundError, ProcessLookupError):
        return None


def title(pid):
    try:
        with open(f"/proc/{pid}/cmdline") as f:
            return f.read().replace("\0", " ").strip()[:80]
    except FileNotFoundError:
        return "?"


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except FileNotFoundError:
        return []


def started(executable):
    """The first process found running the executable, once one is."""
    while True:
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                if os.readlink(f"/proc/{pid}/exe") == executable:
                    return int(pid)
            except OSError:
                pass
        time.sleep(0.2)


def main():
    client, postmaster = started(os.path.realpath(sys.argv[1])), int(sys.argv[2])
    bucket = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    print("load", open("/proc/loadavg").read().strip(), flush=True)
    start = time.time()
    last_client, last_backends, acc = cpu(client), {}, None
    while True:
        time.sleep(1)
        now_client = cpu(client)
        if now_client is None:
            break
        backends = {p: (cpu(p), title(p)) for p in children(postmaster)}
        used = {p: c - last_backends.get(p, (0, ""))[0] for p, (c, _) in backends.items() if c is not None and p in last_backends}
        if acc is None:
            acc = {"client": 0.0, "pg": 0.0, "by": {}, "from": time.time() - start}
        acc["client"] += now_client - last_client
        acc["pg"] += sum(used.values())
        for p, u in used.items():
            acc["by"][backends[p][1]] = acc["by"].get(backends[p][1], 0.0) + u
        last_client, last_backends = now_client, backends
        elapsed = time.time() - start
        if elapsed - acc["from"] >= bucket:
            span = elapsed - acc["from"]
            top = sorted(acc["by"].items(), key=lambda kv: -kv[1])[:3]
            print(f"{acc['from']:6.0f}-{elapsed:4.0f} s  client {acc['client'] / span:4.2f}  postgres {acc['pg'] / span:4.2f}  "
                  + "; ".join(f"{t} {u / span:.2f}" for t, u in top if u > 0.05 * span), flush=True)
            acc = None
    print("load", open("/proc/loadavg").read().strip(), flush=True)


if __name__ == "__main__":
    main()
