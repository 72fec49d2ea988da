#!/usr/bin/env python3
"""Many followup processes on one data file at once, writers and readers mixed.

Usage: test_concurrency.py FOLLOWUP [--rounds N] [--prospects N] [--seed S]

Each round starts, in a shuffled order and without waiting: 8 `add`, 16 `log`, 8 `set`,
8 `due --format json`, 8 `stats --format json` and 8 `list --format json`; while writers
are still running it keeps starting more readers. Then:
  - every writer exited 0, and every add, touch and change is in the file exactly once
    (counts and contents), nothing else changed, and `followup check` accepts the file;
  - every reader exited 0 with an empty stderr and parseable JSON on stdout, showing
    between the prospect and touch counts before the round and after it (a reader never
    saw a half-written, missing or older-than-before file);
  - no lock, temporary or .bak-new file is left.
FOLLOWUP_RELIABILITY_SCALE multiplies the number of rounds (default 3).
"""

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import support

NAME = "pipeline.json"
WRITERS = {"add": 8, "log": 16, "set": 8}
READERS = {"due": 8, "stats": 8, "list": 8}
EXTRA_READERS = 40
# Writers wait at most 10 s for the lock. All processes of a round share 2 cores, so the
# last writer waits for about (processes x command time / 2): when one command takes more
# than REFERENCE seconds (a sanitizer build, a loaded machine) the counts shrink to keep
# that well under 10 s. A writer that does give up must say so and change nothing.
REFERENCE = 0.08


def counts(document):
    return len(document["prospects"]), sum(len(p["attempts"]) for p in document["prospects"])


class Round:
    def __init__(self, binary, folder, number, rng):
        self.binary = binary
        self.folder = Path(folder)
        self.data = self.folder / NAME
        self.outputs = self.folder / "out"
        self.outputs.mkdir(exist_ok=True)
        self.number = number
        self.rng = rng
        self.env = support.scrubbed_env(self.folder)
        self.processes = []  # (kind, args, Popen, stdout path, stderr path)

    def start(self, kind, args):
        index = len(self.processes)
        stdout_path = self.outputs / f"{self.number}-{index}.out"
        stderr_path = self.outputs / f"{self.number}-{index}.err"
        with open(stdout_path, "wb") as out, open(stderr_path, "wb") as err:
            process = subprocess.Popen([self.binary, "--file", str(self.data), *args],
                                       cwd=self.folder, env=self.env, stdin=subprocess.DEVNULL,
                                       stdout=out, stderr=err)
        self.processes.append((kind, args, process, stdout_path, stderr_path))
        return process

    def reader_args(self, kind):
        return [kind, "--format", "json"]


def run_round(binary, folder, number, rng, checks, factor):
    r = Round(binary, folder, number, rng)
    writers_count = {kind: max(1, round(n * factor)) for kind, n in WRITERS.items()}
    readers_count = {kind: max(1, round(n * factor)) for kind, n in READERS.items()}
    before = json.loads(r.data.read_text(encoding="utf-8"))
    ids = [p["id"] for p in before["prospects"]]
    plan = []
    for i in range(writers_count["add"]):
        plan.append(("add", ["add", f"Parallel r{number}w{i}", "--company", "Concurrent Ltd"]))
    logs = {}
    for i in range(writers_count["log"]):
        target = rng.choice(ids)
        note = f"parallel r{number}n{i}"
        logs[note] = target
        plan.append(("log", ["log", str(target), "--channel", "sms", "--note", note]))
    sets = {}
    for i, target in enumerate(rng.sample(ids, writers_count["set"])):
        sets[target] = f"Company r{number}s{i}"
        plan.append(("set", ["set", str(target), "--company", sets[target]]))
    for kind, count in readers_count.items():
        plan += [(kind, r.reader_args(kind))] * count
    rng.shuffle(plan)

    started = time.monotonic()
    writers = [r.start(kind, args) for kind, args in plan if kind in WRITERS]
    for kind, args in plan:
        if kind in READERS:
            r.start(kind, args)
    # More readers while the writers run, so that reads overlap many renames.
    extra = 0
    while extra < EXTRA_READERS * factor and any(w.poll() is None for w in writers):
        kind = rng.choice(list(READERS))
        r.start(kind, r.reader_args(kind))
        extra += 1
        time.sleep(0.01)
    for _, _, process, _, _ in r.processes:
        try:
            process.wait(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    seconds = time.monotonic() - started

    after_text = r.data.read_text(encoding="utf-8")
    after = json.loads(after_text)
    lo_p, lo_t = counts(before)
    hi_p, hi_t = counts(after)
    name = f"round {number}"

    # Writers: all succeeded, and everything they wrote is there once. A writer that
    # failed must have said why on one line and changed nothing.
    failures = []
    done = set()
    for kind, args, process, _, err_path in r.processes:
        if kind not in WRITERS:
            continue
        err = err_path.read_bytes().decode(errors="replace")
        if process.returncode == 0 and not err:
            done.add(tuple(args))
        else:
            failures.append(f"{' '.join(args)}: exit {process.returncode}: {err.strip()[:200]}")
    checks.check(f"{name}: all {len(writers)} writers exited 0",
                 f"{len(failures)} failed: " + "; ".join(failures[:2]) if failures else None)
    problems = []
    by_id = {p["id"]: p for p in after["prospects"]}
    old = {p["id"]: p for p in before["prospects"]}
    adds = [args for kind, args in plan if kind == "add"]
    n_add = sum(1 for args in adds if tuple(args) in done)
    n_log = sum(1 for kind, args in plan if kind == "log" and tuple(args) in done)
    if (hi_p, hi_t) != (lo_p + n_add, lo_t + n_log):
        problems.append(f"counts {lo_p},{lo_t} -> {hi_p},{hi_t}, expected "
                        f"{lo_p + n_add},{lo_t + n_log}")
    added = sorted(p["name"] for i, p in by_id.items() if i not in old)
    if added != sorted(args[1] for args in adds if tuple(args) in done):
        problems.append(f"added prospects are {added}")
    if len(by_id) != len(after["prospects"]):
        problems.append("two prospects share an id")
    for kind, args in plan:
        if kind == "log":
            note, target = args[-1], int(args[1])
            found = [a for a in by_id[target]["attempts"] if a.get("note") == note]
            if len(found) != (1 if tuple(args) in done else 0):
                problems.append(f"the touch '{note}' on #{target} is there {len(found)} times")
        elif kind == "set":
            target = int(args[1])
            wanted = args[-1] if tuple(args) in done else old[target].get("company")
            if by_id[target].get("company") != wanted:
                problems.append(f"#{target} has company {by_id[target].get('company')!r}")
    for i, prospect in old.items():
        now = dict(by_id.get(i, {}))
        now["attempts"] = [a for a in now.get("attempts", []) if a.get("note") not in logs]
        now.pop("next", None)
        then = dict(prospect)
        then.pop("next", None)
        if i in sets and ("set", str(i), "--company", sets[i]) in done:
            now["company"] = then.get("company")
        if now != then:
            problems.append(f"#{i} changed in a way no writer asked for")
            break
    check = support.run(binary, ["--file", str(r.data), "check"], cwd=r.folder, env=r.env)
    if check.returncode != 0:
        problems.append(f"followup check: {check.describe()}")
    left = support.leftovers(r.folder, NAME)
    if left:
        problems.append(f"left behind: {left}")
    checks.check(f"{name}: every write is in the file once, nothing else changed",
                 "; ".join(problems[:5]) or None)

    # Readers: exit 0, no warning, whole JSON showing a state between before and after.
    bad = []
    reads = 0
    for kind, args, process, out_path, err_path in r.processes:
        if kind not in READERS:
            continue
        reads += 1
        err = err_path.read_bytes().decode(errors="replace")
        if process.returncode != 0 or err:
            bad.append(f"{kind}: exit {process.returncode}: {err.strip()[:200]}")
            continue
        try:
            document = json.loads(out_path.read_bytes())
        except ValueError as error:
            bad.append(f"{kind}: stdout is not JSON: {error}")
            continue
        if kind == "list":
            seen = (len(document), sum(p["touches"] for p in document))
        elif kind == "stats":
            seen = (document["prospects"], document["touches"])
        else:
            seen = None
        if seen and not (lo_p <= seen[0] <= hi_p and lo_t <= seen[1] <= hi_t):
            bad.append(f"{kind} saw {seen}, outside {lo_p},{lo_t} .. {hi_p},{hi_t}")
    checks.check(f"{name}: all {reads} readers exited 0 with whole JSON", "; ".join(bad[:3]) or None,
                 detail=f"{len(writers)} writers and {reads} readers in {seconds:.1f} s")
    shutil.rmtree(r.outputs, ignore_errors=True)


def main():
    binary, rest = support.binary_from_argv(sys.argv)
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=max(1, round(3 * support.scale())))
    parser.add_argument("--prospects", type=int, default=100)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    options = parser.parse_args(rest)
    checks = support.Checks("concurrency: writers and readers at once on one file")
    print(f"# seed {options.seed}, {options.prospects} prospects, {options.rounds} rounds")
    rng = random.Random(options.seed)
    folder = tempfile.mkdtemp(prefix="followup-concurrency-")
    try:
        data = Path(folder) / NAME
        support.write_json(data, support.make_pipeline(options.prospects, seed=options.seed))
        times = []
        for args in (["log", "1", "--note", "timing"], ["list", "--format", "json"]):
            result = support.run(binary, ["--file", str(data), *args], cwd=folder)
            if result.returncode != 0:
                checks.fail("a single command works", result.describe())
                return checks.finish()
            times.append(result.seconds)
        command = max(times)
        factor = min(1.0, max(0.125, REFERENCE / command))
        print(f"# one command takes {command * 1000:.0f} ms: process counts x{factor:.2f}")
        for number in range(options.rounds):
            run_round(binary, folder, number, rng, checks, factor)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
