# Where a PostGIS page's wall goes beyond its CPU, fresh and warm: passes of the first N planned pages of
# `GET /api/claims` (bbox + 30-day window, creation order, up to 500; the store's page SQL, as page_plans.py
# writes it) in ONE psql session, so that the first pass after the cluster's start meets empty shared buffers
# and the next ones do not. Per pass: the wall and the backend's CPU a page (/proc/PID/stat of the session's
# backend), the claims' heap and index blocks read into shared buffers against those hit (pg_statio), and for
# an `explain` pass (EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) with track_io_timing on) the execution p50/p95, the
# time spent waiting for reads, and the slowest decile's reads, hits and read wait.
# Pass kinds: explain | select (the page's own columns to psql, output dropped) | copy (COPY … TO '/dev/null'
# (FORMAT binary): the rows as the app receives them, without psql's printing; needs a superuser) | timing
# (as select, each statement timed by psql's \timing, as run.sh's psql peer: p50 / p95 / p99 a page).
# A kind followed by ":fid" (select:fid, timing:fid, copy:fid) selects the positions only, no page_json:
# the same plan and rows, without the items' reading and sending.
# Usage: page_passes.py LIBPQ QUERIES [N=200] [KINDS=explain,explain,select,copy] [TABLE=claims]
#   TABLE: another table with the claims' fid, geom, period and page_json, e.g. a layout being tried.
#   PAGES=next: each planned page's second page instead (after the first page's 500th position, read once
#   before the passes, which warms what the first pages read); PAGES=nodates: the first page without the window.
#   e.g. restart the cluster, then: page_passes.py "host=127.0.0.1 port=5432 user=postgres dbname=page" queries.txt
import json, os, subprocess, sys, threading, time

libpq, query_file = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
kinds = (sys.argv[4] if len(sys.argv) > 4 else "explain,explain,select,copy").split(",")
table = sys.argv[5] if len(sys.argv) > 5 else "claims"


shape = os.environ.get("PAGES", "first")
assert shape in ("first", "next", "nodates"), shape


def page(line, after=0, columns="c.page_json, c.fid"):
    x1, y1, x2, y2, start, end = line.split()
    box = f"ST_MakeEnvelope({x1}, {y1}, {x2}, {y2}, 4326)"
    window = "" if shape == "nodates" else f"AND c.period && daterange('{start}', '{end}', '[]') "
    return (f"SELECT {columns} FROM {table} c WHERE c.geom && {box} AND ST_Intersects(c.geom, {box}) "
            f"{window}AND c.fid > {after}::bigint ORDER BY c.fid <-> {after}::bigint LIMIT 501")


lines = open(query_file).read().splitlines()[:count]
session = subprocess.Popen(["psql", "-X", "-q", "-At", "-d", libpq], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
marks = 0


def run(script):
    """Runs a script in the one session and returns its output, read up to a mark echoed after it."""
    global marks
    marks += 1
    # Written from a thread: a script larger than the pipe would otherwise wait for psql, which waits for its output to be read.
    writer = threading.Thread(target=lambda: (session.stdin.write(f"{script}\n\\o\n\\echo MARK{marks}\n"), session.stdin.flush()))
    writer.start()
    out = []
    while (line := session.stdout.readline()) and line.strip() != f"MARK{marks}":
        out.append(line)
    writer.join()
    return "".join(out)


backend = int(run("SELECT pg_backend_pid();").strip())
run("SET track_io_timing = on; SET jit = off; SET max_parallel_workers_per_gather = 0;")


def cursor(line):
    """The position of the first page's 500th claim, the cursor of the page after it (0: no second page)."""
    last = run(f"SELECT max(fid) FROM ({page(line, columns='c.fid').replace('LIMIT 501', 'LIMIT 500')}) p HAVING count(*) = 500;").strip()
    return int(last) if last else 0


pages = [page(line, cursor(line) if shape == "next" else 0) for line in lines]
fid_pages = [p.replace("SELECT c.page_json, c.fid ", "SELECT c.fid ", 1) for p in pages]


def cpu_seconds():
    fields = open(f"/proc/{backend}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def blocks():
    """The claims' heap reads, heap hits, index reads, index hits so far."""
    row = run(f"SELECT pg_stat_clear_snapshot(); SELECT heap_blks_read, heap_blks_hit, idx_blks_read, idx_blks_hit FROM pg_statio_user_tables WHERE relname = '{table}';")
    return [int(v or 0) for v in row.strip().splitlines()[-1].split("|")]


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def plans(text):
    """The plans of EXPLAIN (FORMAT JSON) printed one after another: each ends in a line holding "]" alone."""
    return [json.loads(chunk + "]")[0] for chunk in text.split("\n]\n") if chunk.strip()]


def explained(found):
    execution = [p["Execution Time"] for p in found]
    wait = lambda p: p["Plan"].get("I/O Read Time", 0)
    mean = lambda group, f: sum(f(p) for p in group) / len(group)
    slow = sorted(found, key=lambda p: p["Execution Time"])[-max(1, len(found) // 10):]
    return (f"; execution p50 / p95 {percentile(execution, .5):.2f} / {percentile(execution, .95):.2f} ms, of its sum {sum(execution):.0f} ms "
            f"waiting for reads {sum(wait(p) for p in found):.0f} ms; a page reads {mean(found, lambda p: p['Plan']['Shared Read Blocks']):.0f} blocks, "
            f"hits {mean(found, lambda p: p['Plan']['Shared Hit Blocks']):.0f}; slowest decile: execution {mean(slow, lambda p: p['Execution Time']):.2f} ms, "
            f"waiting for reads {mean(slow, wait):.2f} ms, reads {mean(slow, lambda p: p['Plan']['Shared Read Blocks']):.0f}, "
            f"hits {mean(slow, lambda p: p['Plan']['Shared Hit Blocks']):.0f}, planning {mean(slow, lambda p: p['Planning Time']):.2f} ms")


def timed(output):
    times = [float(line.split()[1]) for line in output.splitlines() if line.startswith("Time: ")]
    return f"; psql \\timing p50 / p95 / p99 {percentile(times, .5):.2f} / {percentile(times, .95):.2f} / {percentile(times, .99):.2f} ms"


statements = {
    "explain": lambda ps: "\n".join(f"EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) {p};" for p in ps),
    "select": lambda ps: "\\o /dev/null\n" + "\n".join(f"{p};" for p in ps),
    "timing": lambda ps: "\\timing on\n\\o /dev/null\n" + "\n".join(f"{p};" for p in ps) + "\n\\timing off",
    "copy": lambda ps: "\n".join(f"COPY ({p}) TO '/dev/null' (FORMAT binary);" for p in ps),
}
for number, kind in enumerate(kinds, 1):
    load = open("/proc/loadavg").read().split()[0]
    base = kind.removesuffix(":fid")
    before, cpu, wall = blocks(), cpu_seconds(), time.time()
    output = run(statements[base](fid_pages if kind.endswith(":fid") else pages))
    wall, cpu = time.time() - wall, cpu_seconds() - cpu
    read = [(b - a) / len(pages) for a, b in zip(before, blocks())]
    print(f"| pass {number}, {kind} (load {load}) | wall {wall * 1000 / len(pages):.2f} ms a page, backend CPU {cpu * 1000 / len(pages):.2f} ms; "
          f"heap blocks read / hit {read[0]:.0f} / {read[1]:.0f}, index {read[2]:.0f} / {read[3]:.0f} a page"
          f"{explained(plans(output)) if base == 'explain' else ''}{timed(output) if base == 'timing' else ''} |", flush=True)
session.stdin.close()
session.wait()
