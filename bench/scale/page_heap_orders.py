# How many table pages a planned page of `GET /api/claims` (bbox + 30-day window, creation order, up to 500) would read
# if the claims' table held its rows in another order, without rewriting the table: for each order, every claim's table
# page is its rank in that order over the table's rows a page (as many as the real table holds), and for each planned
# page the distinct pages of the rows its index scan fetches (those in the box and the window up to the page's last
# position) are counted. Orders (any number):
#   heap       the table as it lies (its ctid pages: the check that the count matches pg_statio's)
#   z<k>       the place-and-date key (migration 28's bordermap_place_day_key) without its lowest 3k bits, positions within
#   m<rows>    runs of that many claims in place-and-date order, positions within
#   b<bands>   that many bands of the positions, place-and-date order within each (what a staged import writes, page34)
#   q<a>_<d>   a 4-D Z-order of the anchor, the first day (d units a day) and the position (a units a position)
# Usage: page_heap_orders.py LIBPQ QUERIES [N=100] ORDERS...   (reads only; temporary tables in one session)
#   e.g. page_heap_orders.py "host=127.0.0.1 port=5432 user=postgres dbname=page" queries.txt 100 heap b1 b4 z10 m32
import subprocess, sys

libpq, query_file, count, orders = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
KEY = "bordermap_place_day_key(anchor, period)"
UNITS = 2**18 / (2 * 20037508.342789244)  # the key's units a metre of Web Mercator


def psql(script):
    return subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", libpq, "-f", "-"], input=script, capture_output=True, text=True, check=True).stdout


def order_by(order):
    kind, value = order[0], order[1:]
    if kind == "z":
        return f"{KEY} >> {3 * int(value)}, fid"
    if kind == "m":
        return f"(z_rank / {int(value)}), fid"
    if kind == "b":
        return f"fid * {int(value)} / (SELECT max(fid) + 1 FROM claims), {KEY}"
    if kind == "q":
        per_fid, per_day = map(float, value.split("_"))
        corner = "(SELECT min(ST_X(anchor)) AS x, min(ST_Y(anchor)) AS y, min(lower(period)) AS day FROM claims)"
        return (f"pg_temp.morton4(floor((ST_X(anchor) - (SELECT x FROM {corner} c)) * {UNITS})::bigint, floor((ST_Y(anchor) - (SELECT y FROM {corner} c)) * {UNITS})::bigint, "
                f"((lower(period) - (SELECT day FROM {corner} c)) * {per_day})::bigint, floor(fid * {per_fid})::bigint)")
    raise SystemExit(f"unknown order {order}")


def table(order):
    return "o_" + order.replace(".", "_")


per_page = float(psql("SELECT count(*)::float / (SELECT relpages FROM pg_class WHERE relname = 'claims') FROM claims"))
setup = ["SET max_parallel_workers_per_gather = 0",
         """CREATE FUNCTION pg_temp.morton4(a bigint, b bigint, c bigint, d bigint) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $$
            DECLARE k bigint := 0; DECLARE v bigint[] := ARRAY[a, b, c, d]; i int; j int;
            BEGIN FOR i IN 0..14 LOOP FOR j IN 1..4 LOOP k := k | (((least(greatest(v[j], 0), 32767) >> i) & 1) << (4 * i + j - 1)); END LOOP; END LOOP; RETURN k; END $$""",
         f"CREATE TEMP TABLE ranked AS SELECT fid, anchor, period, row_number() OVER (ORDER BY {KEY}) - 1 AS z_rank FROM claims"]
for order in orders:
    page_of = "(ctid::text::point)[0]::bigint" if order == "heap" else f"floor((row_number() OVER (ORDER BY {order_by(order)}) - 1) / {per_page})::bigint"
    source = "claims" if order == "heap" else "ranked"
    setup += [f"CREATE TEMP TABLE {table(order)} AS SELECT fid, {page_of} AS page FROM {source}", f"CREATE INDEX ON {table(order)} (fid)"]
statements = []
for line in open(query_file).read().splitlines()[:count]:
    x1, y1, x2, y2, start, end = line.split()
    box = f"ST_MakeEnvelope({x1}, {y1}, {x2}, {y2}, 4326)"
    where = f"c.geom && {box} AND c.period && daterange('{start}', '{end}', '[]')"
    page = f"SELECT c.fid FROM claims c WHERE {where} AND ST_Intersects(c.geom, {box}) ORDER BY c.fid LIMIT 501"
    fetched = f"(SELECT c.fid FROM claims c WHERE {where} AND c.fid <= (SELECT max(fid) FROM ({page}) p))"
    counts = ", ".join(f"(SELECT count(DISTINCT page) FROM {table(o)} o WHERE o.fid IN {fetched})" for o in orders)
    statements.append(f"SELECT (SELECT count(*) FROM ({page}) p), (SELECT count(*) FROM claims c WHERE {where}), {counts}")
rows = [[int(v) for v in line.split("|")] for line in psql(";\n".join(setup + statements) + ";\n").splitlines() if line]
print(f"{len(rows)} planned pages ({sum(r[0] == 501 for r in rows)} full), {per_page:.2f} rows a table page, "
      f"{sum(r[1] for r in rows) / len(rows):.0f} claims in a box and window on average")
print("| order | table pages a page: mean | p50 | p90 | slowest decile's mean |\n|---|---|---|---|---|")
for i, order in enumerate(orders):
    pages = sorted(r[2 + i] for r in rows)
    slow = pages[int(len(pages) * 0.9):]
    print(f"| {order} | {sum(pages) / len(pages):.1f} | {pages[len(pages) // 2]} | {pages[int(len(pages) * 0.9)]} | {sum(slow) / len(slow):.1f} |")
