#!/usr/bin/env python3
"""Time whole commands, interleaved, and print their medians as JSON.

Usage: bench/measure.py [--runs R] [--warmup W] NAME PREPARE COMMAND [NAME PREPARE COMMAND...]

Each COMMAND and PREPARE is one string split like a shell would (no shell runs); PREPARE
runs untimed before every run of its command ("" for none). Round after round, every
command runs once, in turn, so a machine that gets busier or quieter part-way through
affects all of them alike: this is how bench/run compares followup with Taskwarrior, and
how it times anything when hyperfine is missing. Output is stdout and stderr discarded.
Prints {"NAME": {"median_ms", "min_ms", "max_ms", "cpu_ms", "runs"}, ...} (cpu_ms: the
median user+system time). Peak memory is not measured here: a forked child starts with
Python's own resident size, which exec does not reset; bench/run uses GNU time for it.
A command that exits non-zero stops everything with its stderr. Standard library only.
"""

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time


def run(argv):
    """Run argv once; return (wall seconds, user+sys seconds)."""
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            sys.exit(f"measure: `{shlex.join(argv)}` exited with {process.returncode}:\n"
                     f"{errors.read().decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("triples", nargs="+", metavar="NAME PREPARE COMMAND")
    args = parser.parse_args()
    if len(args.triples) % 3:
        parser.error("give NAME PREPARE COMMAND in threes")
    commands = [(args.triples[i], shlex.split(args.triples[i + 1]), shlex.split(args.triples[i + 2]))
                for i in range(0, len(args.triples), 3)]
    samples = {name: [] for name, _, _ in commands}
    for round_number in range(args.warmup + args.runs):
        for name, prepare, command in commands:
            if prepare:
                run(prepare)
            sample = run(command)
            if round_number >= args.warmup:
                samples[name].append(sample)
    result = {}
    for name, values in samples.items():
        walls = [wall for wall, _ in values]
        result[name] = {
            "median_ms": statistics.median(walls) * 1000,
            "min_ms": min(walls) * 1000,
            "max_ms": max(walls) * 1000,
            "cpu_ms": statistics.median(cpu for _, cpu in values) * 1000,
            "runs": len(values),
        }
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
