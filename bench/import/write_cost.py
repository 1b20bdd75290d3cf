#!/usr/bin/env python3
"""What SQLite itself spends to write each table and index of STORE: every ordinary table (the R-trees' and
the full-text index's shadow tables included, as the plain tables they are) is created again in a new file
from its own CREATE text and filled with one INSERT ... SELECT in its stored order, then every explicit index
is created from its own text, all in one transaction with the import's 64 MiB page cache. Prints each step's
CPU (this process's user + system) and wall seconds, rows and the MiB it takes, largest CPU first.

The figures are an upper bound on SQLite's B-tree and file work for those rows and bytes, as the import does
it without its bindings and statements: each step also reads its rows from STORE (warm in the page cache).
Virtual tables and triggers are not re-created, so no R-tree is repacked and no count is kept by a trigger.
    bench/import/write_cost.py STORE.gpkg SCRATCH.db"""
import os
import sqlite3
import sys
import time

store, scratch = sys.argv[1], sys.argv[2]
if os.path.exists(scratch):
    os.remove(scratch)
connection = sqlite3.connect(scratch, isolation_level=None)
connection.execute("PRAGMA main.cache_size = -65536")
connection.execute("PRAGMA temp.cache_size = -65536")
connection.execute("ATTACH ? AS source", (f"file:{store}?mode=ro",))
objects = connection.execute(
    "SELECT type, name, tbl_name, sql FROM source.sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index') ORDER BY rowid"
).fetchall()
tables = [
    (name, sql) for kind, name, _, sql in objects
    if kind == "table" and not sql.upper().startswith("CREATE VIRTUAL") and not name.startswith("sqlite_")
]
indexes = [(name, sql) for kind, name, table, sql in objects if kind == "index" and table in dict(tables)]


def timed(kind, name, statement, rows=None):
    cpu, wall = time.process_time(), time.perf_counter()
    connection.execute(statement)
    steps.append((time.process_time() - cpu, time.perf_counter() - wall, kind, name, rows))


steps = []
connection.execute("BEGIN")
for name, sql in tables:
    connection.execute(sql)
    count = connection.execute(f'SELECT count(*) FROM source."{name}"').fetchone()[0]
    timed("table", name, f'INSERT INTO main."{name}" SELECT * FROM source."{name}"', count)
for name, sql in indexes:
    timed("index", name, sql)
timed("commit", "", "COMMIT")

page_size = connection.execute("PRAGMA main.page_size").fetchone()[0]
pages = dict(connection.execute("SELECT name, count(*) FROM dbstat('main') GROUP BY name").fetchall())
print("cpu_s\twall_s\tkind\tname\trows\tMiB")
for cpu, wall, kind, name, rows in sorted(steps, key=lambda s: -s[0]):
    print(f"{cpu:.3f}\t{wall:.3f}\t{kind}\t{name}\t{'' if rows is None else rows}\t{pages.get(name, 0) * page_size / 2**20:.1f}")
print(f"{sum(s[0] for s in steps):.3f}\t{sum(s[1] for s in steps):.3f}\ttotal\t\t\t{sum(pages.values()) * page_size / 2**20:.1f}")
connection.close()
