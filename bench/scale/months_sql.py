# Emits one read of the pre-counted tables under a date range, as BorderMap sends it: "days" reads the
# day table alone (every row whose period overlaps the range), "months" reads whole months from the
# month rollup and only the two edge months from the day table (MonthRanges.Source). With "rows" it
# emits instead the count of rows that read takes from the tables.
# Usage: months_sql.py CASE FROM TO days|months [rows] [pg]
#   CASE: tile:Z:LON:LAT, counts:AREA, histogram:AREA, actors:AREA, areas:AREA (AREA '' = every claim)
import datetime, math, sys

case, frm, to, path = sys.argv[1:5]
rows = "rows" in sys.argv[5:]
pg = "pg" in sys.argv[5:]
day = lambda s: f"'{s}'::date" if pg else f"'{s}'"
first = datetime.date.fromisoformat(frm).replace(day=1)
month_from, month_after_from = first, (first.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
month_to = datetime.date.fromisoformat(to).replace(day=1)


def source(day_table, month_table, conditions, columns, start_column=None):
    """The rows that meet the range: the day table alone, or months and edge days (as MonthRanges.Source)."""
    col = lambda start: columns if start_column is None else f"{start} AS {start_column}, {columns}"
    if path == "days":
        return f"(SELECT {col('d.start_day')} FROM {day_table} d WHERE {conditions} AND d.end_day >= {day(frm)} AND d.start_day <= {day(to)}) d"
    parts = [
        f"SELECT {col('d.start_month')} FROM {month_table} d WHERE {conditions} AND d.start_month < {day(month_to)} AND d.end_month > {day(month_from)}",
        f"SELECT {col('d.start_day')} FROM {day_table} d WHERE {conditions} AND d.start_day >= {day(month_to)} AND d.start_day <= {day(to)} AND d.end_day >= {day(frm)}",
        f"SELECT {col('d.start_day')} FROM {day_table} d{'' if pg else f' INDEXED BY {day_table}_end_idx'} WHERE {conditions} AND d.end_day >= {day(frm)} AND d.end_day < {day(month_after_from)}" + (f" AND coalesce(d.start_day, d.start_day) < {day(month_to)}" if month_to <= month_from else ""),
    ]
    return "(" + "\n UNION ALL ".join(parts) + ") d"


kind, *args = case.split(":")
if kind == "tile":
    z, lon, lat = int(args[0]), float(args[1]), float(args[2])
    n = 1 << z
    x = int((lon + 180) / 360 * n)
    y = int((1 - math.log(math.tan(math.radians(lat)) + 1 / math.cos(math.radians(lat))) / math.pi) / 2 * n)
    kz = min(k for k in [6, 8, 10, 12, 14] if k >= z + 5)
    depth, shift = kz - z, kz - z - 5
    window = f"d.cell_x BETWEEN {x << depth} AND {((x + 1) << depth) - 1} AND d.cell_y BETWEEN {y << depth} AND {((y + 1) << depth) - 1}"
    taken = f"(d.cell_x, d.cell_y) IN (SELECT d.cell_x, d.cell_y FROM claim_cells d WHERE d.zoom = {kz} AND {window})"
    cells = f"d.zoom = {kz} AND " + (window if path == "days" else taken)
    src = source("claim_cell_days", "claim_cell_months", cells, "d.cell_x, d.cell_y, d.category, d.count, d.sum_x, d.sum_y")
    sql = f"SELECT (d.cell_x >> {shift}) - {x << 5} AS cx, (d.cell_y >> {shift}) - {y << 5} AS cy, d.category, sum(d.count), sum(d.sum_x), sum(d.sum_y) FROM {src} GROUP BY 1, 2, 3"
else:
    area = f"d.area_id = '{args[0] if args else ''}'"
    if kind == "counts":
        sql = f"SELECT d.category, d.status, d.geo_precision, sum(d.count) FROM {source('claim_days', 'claim_months', area, 'd.category, d.status, d.geo_precision, d.count')} GROUP BY 1, 2, 3"
    elif kind == "histogram":
        month = "date_trunc('month', d.start_day)::date" if pg else "substr(d.start_day, 1, 8) || '01'"
        sql = f"SELECT {month}, sum(d.count) FROM {source('claim_days', 'claim_months', area, 'd.count', 'start_day')} GROUP BY 1"
    else:
        value_kind = "actor" if kind == "actors" else "area"
        top = " ORDER BY 2 DESC, 1 LIMIT 200" if kind == "actors" else ""
        conditions = f"{area} AND d.kind = '{value_kind}'"
        sql = f"SELECT d.value, sum(d.count) FROM {source('claim_area_values', 'claim_area_value_months', conditions, 'd.value, d.count')} GROUP BY d.value{top}"

if rows:
    sql = f"SELECT count(*) FROM {sql[sql.index(' FROM ') + 6:sql.rindex(' GROUP BY')]}"
print(sql + ";")
