#!/usr/bin/env python3
"""PostgreSQL's CPU per phase of an import, from a server log written with
log_statement_stats = on, log_min_duration_statement = 0 and log_line_prefix = '%m [%p] '
(bench/scale/pg_import.sh with PG_IMPORT_PHASES=1).

Each statistics report (the backend's own user and system CPU for one protocol message, from
getrusage) follows the duration line of the same message in the same backend; its CPU is put
on the phase that message's statement belongs to. CPU outside statements (autovacuum, the WAL
writer, the checkpointer) is not in the log: the caller prints PostgreSQL's whole CPU beside it.

Usage: pg_phases.py [--statements] LOG [FROM_BYTE]   (prints a Markdown table, the costliest phase first;
with --statements, one row per statement, named by its first words, instead of the import's phases)
"""
import re
import sys
from collections import defaultdict

LINE = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] (LOG|DETAIL):  (.*)$")
DURATION = re.compile(r"duration: ([\d.]+) ms  (?:statement|(?:parse|bind|execute) [^:]*): (.*)$")
USAGE = re.compile(r"!\s+([\d.]+) s user, ([\d.]+) s system, ([\d.]+) s elapsed")

# (phase, pattern over the statement's start); the first match names the phase.
PHASES = [
    ("chunks: COPY claims", r"COPY claims "),
    ("order: the claims copied once, in key order, frozen", r"COPY bordermap_staging\w*\.claims \(fid"),
    ("order: the store's claims read into the runs", r"COPY \(SELECT fid, coalesce\(bordermap_place_day_key"),
    ("order: the claims inserted in key order", r"FROM bordermap_staging\w*\.claims_arrival ORDER BY|SELECT \(ordered\.claim\)"),
    ("order: the freezing vacuum", r"VACUUM \(FREEZE, INDEX_CLEANUP OFF\) bordermap_staging"),
    ("order: CLUSTER and its vacuum", r"CLUSTER claims|VACUUM \(FREEZE"),
    ("order: the key's index", r"CREATE INDEX claims_place_day_idx"),
    ("chunks: COPY claim_history", r"COPY claim_history"),
    ("chunks: area rows", r"INSERT INTO claim_areas|DELETE FROM claim_areas|COPY claim_areas"),
    ("chunks: id look-ups and marks", r"(SELECT|INSERT INTO) import_ids|CREATE TEMP TABLE import_ids|SELECT .*FROM claims WHERE id = ANY|SELECT nextval"),
    ("index {}", r"CREATE (?:UNIQUE )?INDEX (\S+)"),
    ("key {}", r"ALTER TABLE \S+ ADD CONSTRAINT (\S+)"),
    ("fill {}", r"(?:WITH .*)?INSERT INTO (claim_\w+)"),
    ("staging: copy of the store", r"CREATE TABLE bordermap_staging|CREATE SCHEMA|DROP SCHEMA IF EXISTS|INSERT INTO bordermap_staging"),
    ("swap", r"LOCK TABLE|ALTER TABLE \S+ SET SCHEMA|CREATE TRIGGER|DROP SCHEMA bordermap"),
    ("analyze", r"ANALYZE"),
]


def phase_of(statement):
    text = " ".join(statement.split())
    for name, pattern in PHASES:
        match = re.search(pattern, text[:1000])
        if match:
            return name.format(*((g or "").split(".")[-1].strip('"') for g in match.groups()))
    return "other: " + text[:60]


def statement_of(statement):
    """A statement named by its first words, a file it reads or writes left out (bench/scale/pg_floor.sh)."""
    text = re.sub(r" (FROM|TO) '[^']*'", "", " ".join(statement.split()))
    return re.sub(r"\bpublic\.", "", text)[:90].replace("|", "/")


def main():
    arguments = [a for a in sys.argv[1:] if a != "--statements"]
    name_of = statement_of if "--statements" in sys.argv else phase_of
    path = arguments[0]
    start = int(arguments[1]) if len(arguments) > 1 else 0
    last_statement = {}
    reporting = None
    cpu = defaultdict(float)
    elapsed = defaultdict(float)
    statement = None
    with open(path, "rb") as log:
        log.seek(start)
        for raw in log:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            match = LINE.match(line)
            if match:
                pid, kind, message = match.groups()
                statement = None
                if kind == "LOG":
                    duration = DURATION.match(message)
                    if duration:
                        last_statement[pid] = duration.group(2)
                        statement = pid
                elif message.startswith("! system usage stats"):
                    reporting = pid
                continue
            if statement is not None and line.startswith("\t") and "!" not in line[:3]:
                last_statement[statement] += " " + line.strip()
                continue
            usage = USAGE.search(line)
            if usage and reporting is not None:
                phase = name_of(last_statement.get(reporting, "?"))
                reporting = None
                cpu[phase] += float(usage.group(1)) + float(usage.group(2))
                elapsed[phase] += float(usage.group(3))
    total = sum(cpu.values())
    print(f"| Phase | Backend CPU | Share | Elapsed |")
    print("|---|---|---|---|")
    for phase, seconds in sorted(cpu.items(), key=lambda p: -p[1]):
        if seconds >= 0.05:
            print(f"| {phase} | {seconds:.2f} s | {100 * seconds / total:.1f} % | {elapsed[phase]:.1f} s |")
    print(f"| all statements | {total:.2f} s | 100 % | |")


if __name__ == "__main__":
    main()
