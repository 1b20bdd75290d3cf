#!/usr/bin/env python3
"""The floor of a GeoPackage import: what the `sqlite3` shell alone, with no C#, spends to write into a
fresh copy of SEED (the store the import started from) every row a finished import left in STORE, in the
import's order and with its settings: the rollback journal with FULL sync and 64 MiB caches, one
transaction, the write triggers and the indexes the import defers dropped first; then the tables the
chunks write, each with one INSERT ... SELECT in stored order; the three claims' R-trees as the rows of
their node tables (what the import's packing writes); the full-text index through FTS5 itself; the
count tables and month rollups as rows; the deferred indexes built from their own text; the triggers
created again; the commit. Timed as a whole process (wall, user + system, peak RSS) and statement by
statement (the shell's `.timer`), it prints one line per step, largest CPU first.
  --rtree-insert: each R-tree filled through its virtual table, a box at a time, as a client that does
  not pack its trees (ogr2ogr) does, instead of its node rows.
Reading STORE is part of every step (its pages warm in the operating system's cache), so each figure
is an upper bound on writing alone.
    bench/import/floor.py STORE.gpkg SEED.gpkg SCRATCH_DIR [--rtree-insert]"""
import os
import re
import shutil
import sqlite3
import subprocess
import sys

store, seed, scratch = sys.argv[1], sys.argv[2], sys.argv[3]
rtree_insert = "--rtree-insert" in sys.argv[4:]
target = os.path.join(scratch, "floor.gpkg")
script = os.path.join(scratch, "floor.sql")
for leftover in (target, target + "-journal"):
    if os.path.exists(leftover):
        os.remove(leftover)
shutil.copyfile(seed, target)

source = sqlite3.connect(f"file:{store}?mode=ro", uri=True)
before = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
master = source.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
virtual = [name for kind, name, _, sql in master if kind == "table" and sql.upper().startswith("CREATE VIRTUAL")]
rtrees = [name for name in virtual if "USING RTREE" in dict((n, s.upper()) for _, n, _, s in master)[name]]
fts = [name for name in virtual if name not in rtrees]
shadow = {f"{v}_{suffix}" for v in virtual for suffix in ("node", "rowid", "parent", "data", "idx", "content", "docsize", "config")}


def count(connection, table):
    return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]


# The tables the import wrote: those with rows the seed lacks (shadow tables apart). The seed's own
# claims are in STORE too: their rows replace themselves (a few dozen rows).
written = [
    name for kind, name, _, sql in master
    if kind == "table" and name not in shadow and name not in virtual and not name.startswith("sqlite_")
    and count(source, name) > count(before, name)
]
deferred = [
    (name, sql) for kind, name, table, sql in master
    if kind == "index" and table in written and not re.search(r"(_by_claim|autoindex)", name)
    and not sql.upper().startswith("CREATE UNIQUE")
]
triggers = [(name, sql) for kind, name, table, sql in master if kind == "trigger" and (table in written or table in virtual)]
before.close()

settings = [
    ".bail on",
    "PRAGMA journal_mode = DELETE;", "PRAGMA synchronous = FULL;",
    "PRAGMA main.cache_size = -65536;", "PRAGMA temp.cache_size = -65536;",
    f"ATTACH 'file:{store}?mode=ro' AS source;",
]
# Each step: what it is, and its statements.
steps = [("begin", ["BEGIN IMMEDIATE;"])]
steps.append(("drop triggers and deferred indexes", [f'DROP TRIGGER "{n}";' for n, _ in triggers] + [f'DROP INDEX "{n}";' for n, _ in deferred]))
for name in written:
    steps.append((f"table {name} ({count(source, name):,} rows)", [f'INSERT OR REPLACE INTO main."{name}" SELECT * FROM source."{name}";']))
for name in rtrees:
    if rtree_insert:
        steps.append((f"r-tree {name}, a box at a time", [f'DELETE FROM main."{name}";', f'INSERT INTO main."{name}" SELECT * FROM source."{name}";']))
    else:
        steps.append((f"r-tree {name}, node rows", [
            statement for s in ("node", "rowid", "parent")
            for statement in (f'DELETE FROM main."{name}_{s}";', f'INSERT INTO main."{name}_{s}" SELECT * FROM source."{name}_{s}";')]))
for name in fts:
    steps.append((f"full-text index {name}", [f'INSERT INTO main."{name}" (rowid, key) SELECT rowid, key FROM source."{name}" WHERE rowid > (SELECT coalesce(max(rowid), 0) FROM main."{name}");']))
for name, sql in deferred:
    steps.append((f"index {name}", [sql + ";"]))
steps.append(("triggers created again", [sql + ";" for _, sql in triggers]))
steps.append(("commit", ["COMMIT;"]))
source.close()

with open(script, "w", encoding="utf-8") as out:
    out.write("\n".join(settings) + "\n.timer on\n" + "\n".join(s for _, statements in steps for s in statements) + "\n")
with open(script, encoding="utf-8") as statements_in:
    done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "sqlite3", target], stdin=statements_in, capture_output=True, text=True, check=True)
times = iter(re.findall(r"Run Time: real ([\d.]+) user ([\d.]+) sys ([\d.]+)", done.stdout))
rows = []
for label, statements in steps:
    spent = [tuple(float(x) for x in next(times)) for _ in statements]
    rows.append((sum(s[1] + s[2] for s in spent), sum(s[0] for s in spent), label))
wall, user, system, rss = done.stderr.strip().splitlines()[-1].split()
print(f"whole process: wall {float(wall):.2f} s, CPU {float(user) + float(system):.2f} s (user {user}, system {system}), "
      f"peak RSS {int(rss) // 1024} MiB, file {os.path.getsize(target) / 2**20:.1f} MiB")
print("cpu_s\twall_s\tstep")
for cpu, real, label in sorted(rows, reverse=True):
    print(f"{cpu:.3f}\t{real:.3f}\t{label}")
print(f"{sum(r[0] for r in rows):.3f}\t{sum(r[1] for r in rows):.3f}\tstatements in all")
