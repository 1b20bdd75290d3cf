# What the planned pages of `GET /api/claims` (bbox + 30-day window, creation order, up to 500) cost inside
# PostGIS, page by page, and which pages are the slow ones: for each of the first N planned queries
# (`BorderMap.Bench.Api queries`), the store's page SQL as PostGisClaimStore sends it (page_json and fid,
# ORDER BY fid <-> cursor, LIMIT 501) under EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) after one warm pass,
# then how many claims its box and window hold, how many its box alone, and over how many heap pages the
# page's rows lie. Prints Markdown rows: percentiles over all pages, the same figures for the slowest 5 %
# against the rest, and the index blocks against the heap blocks the pass read (pg_statio).
# Usage: page_plans.py LIBPQ QUERIES [N=200] [TABLE=claims]   (LIBPQ e.g. "host=127.0.0.1 port=5432 user=postgres dbname=page")
import json, statistics, subprocess, sys

libpq, query_file = sys.argv[1], sys.argv[2]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 200
table = sys.argv[4] if len(sys.argv) > 4 else "claims"


def planned():
    for line in open(query_file).read().splitlines()[:count]:
        x1, y1, x2, y2, start, end = line.split()
        box = f"ST_MakeEnvelope({x1}, {y1}, {x2}, {y2}, 4326)"
        yield f"c.geom && {box} AND ST_Intersects(c.geom, {box}) AND c.period && daterange('{start}', '{end}', '[]')", f"c.geom && {box} AND ST_Intersects(c.geom, {box})"


def page(where, columns="c.page_json, c.fid"):
    return f"SELECT {columns} FROM {table} c WHERE {where} AND c.fid > 0::bigint ORDER BY c.fid <-> 0::bigint LIMIT 501"


def psql(statements):
    script = "\\pset pager off\n" + "".join(s + ";\n" for s in statements)
    return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", libpq, "-f", "-"], input=script, capture_output=True, text=True, check=True).stdout


def plans(text):
    decoder, at, found = json.JSONDecoder(), 0, []
    while (start := text.find("[", at)) >= 0:
        plan, at = decoder.raw_decode(text, start)
        found.append(plan[0])
    return found


def blocks():
    """Heap and index blocks (hit + read) of the table so far."""
    row = psql([f"SELECT pg_stat_clear_snapshot(), coalesce(heap_blks_hit + heap_blks_read, 0), coalesce(idx_blks_hit + idx_blks_read, 0) FROM pg_statio_user_tables WHERE relname = '{table}'"])
    return [int(v) for v in row.strip().split("|")[1:]]


queries = list(planned())
psql([page(w) for w, _ in queries])
before = blocks()
explained = plans(psql(["SELECT pg_sleep(0)"] + [f"EXPLAIN (ANALYZE, BUFFERS, TIMING OFF, FORMAT JSON) {page(w)}" for w, _ in queries]))
psql(["SELECT pg_sleep(1.1)"])
after = blocks()
counts = [tuple(int(v) for v in line.split("|")) for line in psql([
    f"SELECT (SELECT count(*) FROM {table} c WHERE {w}), (SELECT count(*) FROM {table} c WHERE {b}), "
    f"(SELECT count(DISTINCT (ctid::text::point)[0]) FROM ({page(w, 'c.ctid')}) s)" for w, b in queries]).splitlines()]


def index_of(plan):
    stack = [plan]
    while stack:
        node = stack.pop()
        if "Index Name" in node:
            return node["Index Name"]
        stack.extend(node.get("Plans", []))
    return "-"


pages = [{"execution": p["Execution Time"], "planning": p["Planning Time"], "buffers": p["Plan"]["Shared Hit Blocks"] + p["Plan"]["Shared Read Blocks"],
          "rows": p["Plan"]["Actual Rows"], "candidates": c[0], "in box": c[1], "heap pages": c[2], "index": index_of(p["Plan"])} for p, c in zip(explained, counts)]


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


print(f"| {len(pages)} planned pages on {table}: execution p50 / p95 / max | {percentile([p['execution'] for p in pages], .5):.2f} / {percentile([p['execution'] for p in pages], .95):.2f} / {max(p['execution'] for p in pages):.2f} ms (planning p50 {percentile([p['planning'] for p in pages], .5):.2f} ms) |")
for key in ("buffers", "heap pages", "candidates", "in box", "rows"):
    print(f"| {key} a page, p50 / p95 / max | {percentile([p[key] for p in pages], .5)} / {percentile([p[key] for p in pages], .95)} / {max(p[key] for p in pages)} |")
slow = sorted(pages, key=lambda p: p["execution"])[-max(1, len(pages) // 20):]
rest = [p for p in pages if p not in slow]
for label, group in (("slowest 5 %", slow), ("the rest", rest)):
    means = ", ".join(f"{key} {statistics.mean(p[key] for p in group):.0f}" for key in ("buffers", "heap pages", "candidates", "in box", "rows"))
    indexes = ", ".join(f"{name} {sum(p['index'] == name for p in group)}" for name in sorted({p["index"] for p in group}))
    print(f"| {label}: execution mean {statistics.mean(p['execution'] for p in group):.2f} ms | {means}; index: {indexes} |")
heap, index = after[0] - before[0], after[1] - before[1]
print(f"| blocks of the EXPLAIN pass, heap / index, a page | {heap / len(pages):.0f} / {index / len(pages):.0f} |")
