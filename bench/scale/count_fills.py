#!/usr/bin/env python3
"""The PostGIS import's count fills (DeferredCounts.CountFromEmpty) replayed on a store, one by one,
under given settings: what each costs, how many rows it reads and writes, and whether it spills.

The statements are taken from the server log of an import (log_min_duration_statement = 0, as
bench/scale/pg_import.sh's PG_IMPORT_PHASES=1 or pg_floor.sh write it): each fill over the staging
schema's arrival table, then the month rollups from the day tables, exactly as the import ran them.
They are replayed in one transaction that is rolled back, over the store's `claims` (the same
columns as the arrival table), into empty copies of the count tables without keys or indexes in a
schema of their own, as the import fills them. Run against a cluster logging log_statement_stats,
bench/scale/pg_phases.py --statements on its log gives each fill's backend CPU.

Usage: count_fills.py LOG LIBPQ [--explain] [--claims=TABLE] [SETTING=VALUE ...]
  LOG     the import's server log;  LIBPQ  a connection string to the imported store
  --claims=TABLE  the claims counted, public.claims unless given (e.g. a running import's arrival table)
  --only=TABLE    that table's fill alone (a month rollup needs its day table's fill too)
  --explain  each fill under EXPLAIN (ANALYZE, BUFFERS, TIMING OFF), the plans printed
  SETTING=VALUE  set for the transaction (SET LOCAL), e.g. work_mem=1GB
Prints one line per fill: the table, rows written, and with --explain the sorts and hash tables
that went to disk (Sort Method, Disk Usage and Batches lines of its plan).
"""
import os
import re
import subprocess
import sys

LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
FILL = re.compile(r"(?:execute <unnamed>|statement): (INSERT INTO claim_\w+ .*)$")
ARRIVAL = re.compile(r"bordermap_staging_\d+\.claims_arrival")
TABLES = ["claim_cells", "claim_days", "claim_cell_days", "claim_area_values", "claim_months", "claim_cell_months", "claim_area_value_months"]


def fills(log):
    """The import's last run of each count fill and month rollup fill, in the order it ran them."""
    statements, current = [], None
    with open(log, encoding="utf-8", errors="replace") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if LOG_LINE.match(line):
                if current is not None:
                    statements.append("\n".join(current))
                match = FILL.search(line) if "duration:" in line else None
                current = [match.group(1)] if match else None
            elif current is not None:
                current.append(line[1:] if line.startswith("\t") else line)
    if current is not None:
        statements.append("\n".join(current))
    # The last import's fills: from its arrival fills on, with the rollups that follow them.
    start = max(i for i, s in enumerate(statements) if ARRIVAL.search(s) and s.startswith("INSERT INTO claim_cells "))
    return [s.strip().rstrip(";") for s in statements[start:start + len(TABLES)]]


def script(statements, settings, explain, claims):
    sql = ["BEGIN;"] + [f"SET LOCAL {name} = '{value}';" for name, value in settings]
    # A schema of this run's own, so that two runs on one store (an A/B at once) do not wait on each other.
    schema = f"count_fills_{os.getpid()}"
    sql.append(f"CREATE SCHEMA {schema};")
    sql += [f"CREATE TABLE {schema}.{t} (LIKE public.{t});" for t in TABLES]
    sql.append(f"SET LOCAL search_path = {schema}, public;")
    for statement in statements:
        body = ARRIVAL.sub(claims, statement)
        sql.append(("EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) " if explain else "") + body + ";")
        table = statement.split()[2]
        sql.append(f"SELECT 'rows {table}', count(*) FROM {schema}.{table};")
    sql.append("ROLLBACK;")
    return "\n".join(sql)


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    explain = "--explain" in argv[3:]
    claims = next((a.split("=", 1)[1] for a in argv[3:] if a.startswith("--claims=")), "public.claims")
    only = next((a.split("=", 1)[1] for a in argv[3:] if a.startswith("--only=")), None)
    settings = [a.split("=", 1) for a in argv[3:] if not a.startswith("--")]
    statements = [s for s in fills(argv[1]) if only is None or s.split()[2] == only]
    out = subprocess.run(["psql", "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-d", argv[2]], input=script(statements, settings, explain, claims),
                         capture_output=True, text=True, check=True).stdout
    spills = []
    for line in out.splitlines():
        if explain:
            print(line)
        if re.search(r"Sort Method: external|Disk Usage|Batches: [2-9]|Batches: \d\d", line):
            spills.append(line.strip())
        if line.startswith("rows "):
            print(f"{line.split('|')[0][5:]}: {line.split('|')[1]} rows written; spilled: {'; '.join(spills) or 'nothing'}")
            spills = []


if __name__ == "__main__":
    main(sys.argv)
