#!/usr/bin/env python3
"""Runs one command as a whole process and prints "wall/cpu/peak-MiB": wall seconds, CPU seconds
(user + system) and peak RSS, the last two the child's own (getrusage); "FAILED" after them if it failed. Exits with its exit code.
    measure.py [--stderr FILE] COMMAND...   (the command's standard error kept in FILE; by default it is dropped)"""
import resource
import subprocess
import sys
import time

args = sys.argv[1:]
stderr_path = None
if args[:1] == ["--stderr"]:
    stderr_path, args = args[1], args[2:]
stderr = open(stderr_path, "w") if stderr_path else subprocess.DEVNULL
start = time.perf_counter()
done = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=stderr)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
failed = f" FAILED (exit {done.returncode})" if done.returncode else ""
print(f"{wall:.3f}/{usage.ru_utime + usage.ru_stime:.3f}/{usage.ru_maxrss / 1024:.0f}{failed}")
sys.exit(done.returncode)
