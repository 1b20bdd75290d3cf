#!/usr/bin/env python3
"""Where a profiled import's CPU goes, from `perf script` of one whole `bordermap claims import` and its
phase log. Record and read it with:

  BORDERMAP_IMPORT_PHASES=1 DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \\
    perf record -e cpu-clock -F 499 -g -o perf.data -- bordermap claims import FILE --store STORE 2> phases.log
  perf script -i perf.data -F comm,tid,time,ip,sym,dso > script.txt
  bench/import/profile.py script.txt phases.log 499 [TOP]

Prints the top methods by exclusive CPU (the sample's innermost frame), each sample's group, and
each thread's CPU by phase. e_sqlite3 is built without frame pointers, so a SQLite sample's stack
stops inside SQLite: its statement is known by the thread that ran it (the import's transaction, or
the counting thread of `SideCounts` with its scratch file) and the phase, not by the managed caller.
Phases are bounded by the phase log's "at" times, counted from the process's first sample.
"""
import collections
import re
import sys

# (group, pattern any frame of the stack may match), in this order of priority.
RUNTIME = [
    ("GC and allocation (named frames)", re.compile(r"gc_heap|GCHeap|WKS::|SVR::|GCToEEInterface|JIT_New")),
    ("tier-1 JIT (libclrjit)", re.compile(r"libclrjit")),
]
MANAGED = [
    ("parse (file scan, JSON reader, geometry)", re.compile(r"GeoJsonFeatureScanner|ClaimFeatureReader|GeoJsonGeometryReader|JsonFields|JsonDocument|Utf8JsonReader|GeoJsonClaimFile|ChunkPrefetch|JsonInput")),
    ("search key", re.compile(r"ClaimSearchKey|DistinctWordWriter")),
    ("JSON writing (page item, data, claims row)", re.compile(r"ClaimPageJson|ClaimDataJson|ClaimGeoJson|ClaimJson|Utf8JsonWriter|ClaimRows|ClaimRecord|JsonSerializer")),
    ("validate + quote check + place", re.compile(r"ClaimValidator|TextRules|QuoteLocator|QuoteAnchor|SourceRules|ClaimPlacer|AreaCoverage|ClaimPreparer|GeometryRules")),
    ("binding values (RowInserter, StatementValues)", re.compile(r"RowInserter|StatementValues|NativeBinds|TableInserts|DerivedRows")),
    ("R-tree packing, managed (Hilbert keys, reader)", re.compile(r"RTreePacking|RTreeNodes|HilbertKey|NativeHilbertFunction")),
]


def samples(path):
    """Yields (thread "name id", time, frames innermost first) of each sample of `perf script`."""
    head, frames = None, []
    with open(path, errors="replace") as script:
        for line in script:
            if not line.strip():
                if head:
                    yield head[0], head[1], frames
                head, frames = None, []
            elif not line.startswith((" ", "\t")):
                match = re.match(r"\s*(.+?)\s+(\d+)(?:/\d+)?\s+(?:\[\d+\]\s+)?([\d.]+):", line)
                head = (f"{match.group(1)} {match.group(2)}", float(match.group(3))) if match else None
            else:
                parts = line.strip().split(" ", 1)
                frames.append(parts[1] if len(parts) > 1 else parts[0])
    if head:
        yield head[0], head[1], frames


def phases(path):
    """(end in s from the start, name) of each phase in the log."""
    ends = []
    for line in open(path):
        match = re.match(r"import phase (.+?)\s+wall.*\(at ([\d.]+) s\)", line)
        if match:
            ends.append((float(match.group(2)), match.group(1).strip()))
    return ends


def phase_at(ends, t):
    return next((name for end, name in ends if t <= end), "after the import (commit, exit)")


def in_sqlite(frames):
    return any("e_sqlite3" in f for f in frames)


def roles(path):
    """The transaction's thread (the pool thread with most SQLite samples) and the counting thread (the long-running one with most)."""
    counts = collections.Counter(thread for thread, _, frames in samples(path) if in_sqlite(frames))
    writer = next((t for t, _ in counts.most_common() if "TP Worker" in t), None)
    counting = next((t for t, _ in counts.most_common() if "Long Runni" in t), None)
    return {writer: "transaction's thread", counting: "counting thread"}


def kind(thread):
    """The work of a thread that is neither the transaction's nor the counting thread, by its name."""
    for part, name in [("TP Worker", "preparing threads (pool)"), ("Long Runni", "file reader (ChunkPrefetch)"), ("Tiered Com", "tier-1 JIT"), ("bordermap", "main thread (start-up)")]:
        if part in thread:
            return name
    return "runtime's other threads"


def group(frames, phase, role):
    text = "\n".join(frames)
    for name, pattern in RUNTIME:
        if pattern.search(text):
            return name
    if in_sqlite(frames):
        return f"SQLite on the {role or 'other threads'}, phase '{phase}'"
    for name, pattern in MANAGED:
        if pattern.search(text):
            return name
    first = frames[0] if frames else ""
    if "kernel" in first:
        return f"kernel on the {role or 'other threads'} (file reads and writes, page faults)"
    if "libcoreclr" in first:
        return "runtime (libcoreclr, no symbols: collections, allocation, stubs)"
    if "libc.so" in first:
        return "libc copy, compare, fill (callers not unwound)"
    return "other managed or unnamed code"


def leaf(frames):
    if not frames:
        return "?"
    symbol = re.sub(r"\+0x[0-9a-f]+", "", frames[0])
    return re.sub(r"\s*\(.*?/([^/)]+)\)$", r"  [\1]", symbol)


def table(title, counter, freq, total=None):
    columns = title.count("|") + 3 + (1 if total else 0)
    print(f"\n| {title} | samples | CPU s |" + (" share |" if total else "") + "\n|" + "---|" * columns)
    for name, n in counter:
        print(f"| {name} | {n} | {n / freq:.2f} |" + (f" {100 * n / total:.1f} % |" if total else ""))


def main():
    script, log, freq = sys.argv[1], sys.argv[2], float(sys.argv[3])
    top = int(sys.argv[4]) if len(sys.argv) > 4 else 25
    ends, role_of = phases(log), roles(script)
    start, total = None, 0
    leaves, groups, threads = collections.Counter(), collections.Counter(), collections.Counter()
    for thread, t, frames in samples(script):
        start = t if start is None else start
        phase = phase_at(ends, t - start)
        role = role_of.get(thread)
        total += 1
        leaves[f"`{leaf(frames)[:110]}`"] += 1
        groups[group(frames, phase, role)] += 1
        threads[f"{role or kind(thread)} | {phase}"] += 1
    print(f"{total} samples = {total / freq:.2f} s of CPU")
    table(f"Top {top} methods by exclusive CPU", leaves.most_common(top), freq, total)
    table("Group", groups.most_common(), freq, total)
    table("Thread | phase", sorted(threads.items()), freq)


if __name__ == "__main__":
    main()
