"""Medians of interleaved hyperfine rounds: each round file holds one timed run of every command."""
import json
import statistics


def load(paths):
    """Command name -> [(wall seconds, CPU seconds)], one pair per round."""
    runs = {}
    for path in paths:
        with open(path) as handle:
            for result in json.load(handle)["results"]:
                runs.setdefault(result["command"], []).append((result["times"][0], result["user"] + result["system"]))
    return runs


def median_wall(times):
    return statistics.median(wall for wall, _ in times)


def median_cpu(times):
    return statistics.median(cpu for _, cpu in times)


def print_medians(runs):
    for command, times in runs.items():
        walls = ", ".join(f"{wall:.2f}" for wall, _ in times)
        print(f"{command}: median wall {median_wall(times):.2f} s, median CPU (user + sys) {median_cpu(times):.2f} s, walls {walls}")
