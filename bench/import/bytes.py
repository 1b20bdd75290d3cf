#!/usr/bin/env python3
"""Where a GeoPackage's bytes are: for every table and index of STORE, its pages and bytes (SQLite's
dbstat: pages of 4 KiB, payload, unused), the table's indexes under it, largest first, and the file's
total. Reads the file only.
    bench/import/bytes.py STORE.gpkg [--tsv]"""
import sqlite3
import sys

store = sys.argv[1]
tsv = "--tsv" in sys.argv[2:]
connection = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
page_size = connection.execute("PRAGMA page_size").fetchone()[0]
page_count = connection.execute("PRAGMA page_count").fetchone()[0]
rows = connection.execute(
    """
    SELECT d.name, coalesce(m.type, 'table'), coalesce(m.tbl_name, d.name),
           count(*), sum(d.payload), sum(d.unused), sum(CASE WHEN d.pagetype = 'leaf' THEN d.ncell ELSE 0 END)
    FROM dbstat d LEFT JOIN sqlite_master m ON m.name = d.name
    GROUP BY d.name
    """
).fetchall()

tables = {}
for name, kind, table, pages, payload, unused, cells in rows:
    entry = tables.setdefault(table, {"pages": 0, "parts": []})
    entry["pages"] += pages
    entry["parts"].append((name, kind, pages, payload, unused, cells))


def mib(pages):
    return pages * page_size / 2**20


print(f"{store}: {page_count} pages of {page_size} B = {mib(page_count):.1f} MiB")
if tsv:
    print("table\tpart\tkind\tpages\tMiB\tpayload MiB\tunused MiB\tleaf cells")
else:
    print(f"{'part':<44} {'kind':<6} {'pages':>7} {'MiB':>7} {'payload':>8} {'unused':>7} {'leaf cells':>10}")
for table, entry in sorted(tables.items(), key=lambda t: -t[1]["pages"]):
    for name, kind, pages, payload, unused, cells in sorted(entry["parts"], key=lambda p: (p[1] != "table", -p[2])):
        label = name if name == table else f"  {name}"
        values = (kind, pages, mib(pages), payload / 2**20, unused / 2**20, cells)
        if tsv:
            print("\t".join([table, name, kind] + [str(v) if isinstance(v, int) else f"{v:.2f}" for v in values[1:]]))
        else:
            print(f"{label:<44} {kind:<6} {pages:>7} {values[2]:>7.2f} {values[3]:>8.2f} {values[4]:>7.2f} {cells:>10}")
    if len(entry["parts"]) > 1 and not tsv:
        print(f"{'  = ' + table:<44} {'':<6} {entry['pages']:>7} {mib(entry['pages']):>7.2f}")
