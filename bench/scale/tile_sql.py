# Emits the SQL reads of one cluster tile under a date range, the claim path or the claim_cell_days path,
# for sqlite3 on a GeoPackage or psql on PostGIS. Usage: tile_sql.py Z LON LAT FROM TO claims|counted|pg-claims|pg-counted
import math, sys
R = 20037508.342789244
z, lon, lat, frm, to = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4], sys.argv[5]
n = 1 << z
x = int((lon + 180) / 360 * n)
y = int((1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n)
w = 2 * R / n
minx, maxx = -R + x * w, -R + (x + 1) * w
maxy, miny = R - y * w, R - (y + 1) * w
cell = w / 32
zooms = [14, 12, 10, 8, 6]
kz = min(k for k in zooms if k >= z + 5)
depth = kz - z
shift = kz - z - 5
claims = f"""SELECT min(31, CAST((s.x - {minx!r}) / {cell!r} AS INTEGER)) + 32 * min(31, CAST(({maxy!r} - s.y) / {cell!r} AS INTEGER)) AS cell, s.category, count(*), sum(s.x), sum(s.y)
FROM claim_summary s WHERE s.claim_fid IN (SELECT id FROM claim_anchors WHERE minx <= {maxx!r} AND maxx >= {minx!r} AND miny <= {maxy!r} AND maxy >= {miny!r})
AND s.x >= {minx!r} AND s.x < {maxx!r} AND s.y > {miny!r} AND s.y <= {maxy!r} AND s.end_day >= '{frm}' AND s.start_day <= '{to}' GROUP BY cell, s.category;"""
counted = f"""SELECT (d.cell_x >> {shift}) - {x << 5} + 32 * ((d.cell_y >> {shift}) - {y << 5}) AS cell, d.category, sum(d.count), sum(d.sum_x), sum(d.sum_y)
FROM claim_cell_days d WHERE 1 = 1 AND d.end_day >= '{frm}' AND d.start_day <= '{to}' AND d.zoom = {kz} AND d.cell_x BETWEEN {x << depth} AND {((x + 1) << depth) - 1} AND d.cell_y BETWEEN {y << depth} AND {((y + 1) << depth) - 1} GROUP BY cell, d.category;"""
# PostGIS: the same two reads as PostGisTiles sends them (anchor GiST and period overlap; the cell days' primary key).
pg_claims = f"""SELECT least(floor((ST_X(c.anchor) - {minx!r}) / {cell!r})::integer, 31) AS cell_x, least(floor(({maxy!r} - ST_Y(c.anchor)) / {cell!r})::integer, 31) AS cell_y,
c.category, count(*), sum(ST_X(c.anchor)), sum(ST_Y(c.anchor))
FROM claims c WHERE c.period && daterange('{frm}', '{to}', '[]') AND c.anchor && ST_MakeEnvelope({minx!r}, {miny!r}, {maxx!r}, {maxy!r}, 3857)
AND ST_X(c.anchor) >= {minx!r} AND ST_X(c.anchor) < {maxx!r} AND ST_Y(c.anchor) > {miny!r} AND ST_Y(c.anchor) <= {maxy!r} GROUP BY 1, 2, 3;"""
pg_counted = f"""SELECT (d.cell_x >> {shift}) - {x << 5} AS cell_x, (d.cell_y >> {shift}) - {y << 5} AS cell_y, d.category, sum(d.count)::bigint, sum(d.sum_x), sum(d.sum_y)
FROM claim_cell_days d WHERE true AND d.end_day >= '{frm}' AND d.start_day <= '{to}' AND d.zoom = {kz} AND d.cell_x BETWEEN {x << depth} AND {((x + 1) << depth) - 1} AND d.cell_y BETWEEN {y << depth} AND {((y + 1) << depth) - 1} GROUP BY 1, 2, 3;"""
print({"claims": claims, "counted": counted, "pg-claims": pg_claims, "pg-counted": pg_counted}[sys.argv[6]])
