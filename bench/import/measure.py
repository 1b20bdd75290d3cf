#!/usr/bin/env python3
"""Runs one command as a whole process and prints "wall/cpu/peak-MiB": wall seconds, CPU seconds
(user + system) and peak RSS, the last two the child's own (getrusage); "FAILED" after them if it failed. Exits with its exit code."""
import resource
import subprocess
import sys
import time

start = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
failed = f" FAILED (exit {done.returncode})" if done.returncode else ""
print(f"{wall:.3f}/{usage.ru_utime + usage.ru_stime:.3f}/{usage.ru_maxrss / 1024:.0f}{failed}")
sys.exit(done.returncode)
