"""Shared by the reliability tests: running the binary, a small pipeline generator, and
a tiny check recorder that prints one line per check and the closing
"N passed, N failed, N skipped" line.

Standard library only. Every test takes the followup binary as its first argument.
"""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

TODAY = "2026-11-20"

# Sanitizer and crash signatures that must never appear on stderr.
CRASH_MARKERS = (
    "AddressSanitizer",
    "LeakSanitizer",
    "UndefinedBehaviorSanitizer",
    "runtime error:",
    "terminate called",
    "Segmentation fault",
    "Aborted",
)


def scale():
    """FOLLOWUP_RELIABILITY_SCALE multiplies iteration counts (0.3 for a slow build)."""
    try:
        value = float(os.environ.get("FOLLOWUP_RELIABILITY_SCALE", "1"))
    except ValueError:
        value = 1.0
    return max(0.05, value)


def is_sanitized(binary):
    """True for a binary built with AddressSanitizer (gcc links libasan, clang embeds it)."""
    with open(binary, "rb") as f:
        content = f.read()
    return b"__asan_init" in content or b"AddressSanitizer" in content


def binary_from_argv(argv):
    """The followup binary: argv[1] (or --followup PATH); returns (binary, rest)."""
    args = list(argv[1:])
    if args and args[0] == "--followup":
        args.pop(0)
    if not args:
        sys.exit(f"usage: {Path(argv[0]).name} FOLLOWUP_BINARY [options]")
    binary = str(Path(args.pop(0)).resolve())
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary} is not an executable")
    return binary, args


def scrubbed_env(home, **extra):
    env = {
        "PATH": "/usr/bin:/bin:/usr/sbin:/sbin",
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "HOME": str(home),
        "FOLLOWUP_TODAY": TODAY,
    }
    for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update(extra)
    return env


class Result:
    def __init__(self, returncode, stdout, stderr, seconds, timed_out=False):
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.timed_out = timed_out

    @property
    def err(self):
        return self.stderr.decode("utf-8", errors="replace")

    @property
    def out(self):
        return self.stdout.decode("utf-8", errors="replace")

    def describe(self):
        err = self.err
        if len(err) > 300:
            err = err[:300] + f"... ({len(self.stderr)} bytes)"
        return f"exit {self.returncode} after {self.seconds:.2f} s, stderr: {err!r}"


def run(binary, args, cwd, env=None, timeout=30, user=None):
    """Runs followup; `user` ("nobody") runs it through setpriv with that uid and gid."""
    command = [binary, *[str(a) for a in args]]
    if user is not None:
        uid, gid = user
        command = ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups", *command]
    start = time.monotonic()
    try:
        done = subprocess.run(
            command,
            cwd=cwd,
            env=env if env is not None else scrubbed_env(cwd),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as expired:
        return Result(None, expired.stdout or b"", expired.stderr or b"",
                      time.monotonic() - start, timed_out=True)
    return Result(done.returncode, done.stdout, done.stderr, time.monotonic() - start)


def crash_problem(result):
    """Why a finished run counts as a crash or hang, or None."""
    if result.timed_out:
        return f"hung (killed after {result.seconds:.1f} s)"
    if result.returncode < 0:
        return f"killed by signal {signal.Signals(-result.returncode).name}"
    if result.returncode > 2:
        return f"exit code {result.returncode} (followup only uses 0, 1 and 2)"
    for marker in CRASH_MARKERS:
        if marker in result.err:
            return f"stderr has {marker!r}"
    return None


def one_line_error_problem(result, max_length=None):
    """None when stderr is exactly one `followup: error: ...` line (and exit 1)."""
    crash = crash_problem(result)
    if crash:
        return crash
    if result.returncode != 1:
        return f"expected exit 1, got {result.describe()}"
    err = result.err
    lines = err.splitlines()
    if len(lines) != 1 or not err.endswith("\n"):
        return f"expected one line on stderr, got {len(lines)}: {err[:300]!r}"
    if not lines[0].startswith("followup: error: "):
        return f"stderr does not start with 'followup: error: ': {err[:300]!r}"
    if max_length is not None and len(lines[0]) > max_length:
        return f"the error line is {len(lines[0])} characters long (at most {max_length})"
    return None


# ---- data ------------------------------------------------------------------------------

FIRST = ["Ann", "Zoë", "José", "Łukasz", "Søren", "Chloé", "Jürgen", "Åsa", "Niamh", "Ömer",
         "Nguyễn", "Priya", "Kwame", "Olga", "Lucía", "Giulia", "Σοφία", "Ольга", "王芳", "Liam"]
LAST = ["Lee", "Müller", "García", "Kowalski", "Ødegaard", "Dubois", "O'Brien", "Nakamura",
        "Okafor", "Rossi", "Papadopoulos", "Nováková", "Smith", "Çelik", "Kim"]
COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent", "Tyrell"]
CHANNELS = ["call", "email", "linkedin", "video", "sms", "social", "letter", "meeting", "other"]
OUTCOMES = ["no-answer", "voicemail", "connected", "replied", "meeting", "objection"]


def make_pipeline(count, seed=1, touches=(0, 8)):
    """A valid pipeline of `count` prospects, deterministic for a seed."""
    rng = random.Random(seed)
    prospects = []
    for number in range(1, count + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        company = rng.choice(COMPANIES)
        attempts = []
        day = rng.randrange(1, 60)
        for _ in range(rng.randint(*touches)):
            day += rng.randint(1, 9)
            month, mday = divmod(day, 28)
            attempt = {
                "at": f"2026-{month + 6:02d}-{mday + 1:02d}T{rng.randrange(8, 18):02d}:"
                      f"{rng.randrange(60):02d}:00+01:00",
                "channel": rng.choice(CHANNELS),
                "outcome": rng.choice(OUTCOMES),
            }
            if rng.random() < 0.7:
                attempt["note"] = f"talked about {rng.choice(COMPANIES)} \"quoted\" \u00e9t\u00e9"
            attempts.append(attempt)
        prospect = {
            "id": number,
            "name": f"{first} {last}",
            "company": company,
            "email": f"{first.lower()}.{number}@{company.lower()}.example",
            "phone": f"+1 555 {number:04d}",
            "tags": sorted({rng.choice(["saas", "retail", "b2b", "eu"]) for _ in range(2)}),
            "status": rng.choice(["active"] * 6 + ["nurture", "won", "lost", "dnc"]),
            "dream": rng.random() < 0.05,
            "created": f"2026-{rng.randrange(1, 6):02d}-{rng.randrange(1, 28):02d}",
            "attempts": attempts,
        }
        prospects.append(prospect)
    return {"version": 1, "next_id": count + 1, "prospects": prospects}


def write_json(path, document):
    Path(path).write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")


def leftovers(folder, name):
    """Files a write of `name` may leave behind if killed: temp, lock, backup-in-progress."""
    found = []
    for entry in os.listdir(folder):
        if entry.startswith(f".{name}.tmp-") or entry in (f"{name}.lock", f"{name}.bak-new"):
            found.append(entry)
    return sorted(found)


class Checks:
    """Records checks; prints `ok`/`FAIL`/`skip` lines and the closing summary line.
    Every failed check fails the run: there is no list of known bugs to excuse one."""

    def __init__(self, title):
        self.title = title
        self.passed = 0
        self.failed = 0
        self.skipped = 0
        self.started = time.monotonic()
        print(f"# {title}", flush=True)

    def ok(self, name, detail=""):
        self.passed += 1
        print(f"ok   - {name}{': ' + detail if detail else ''}", flush=True)

    def fail(self, name, reason):
        self.failed += 1
        print(f"FAIL - {name}: {reason}", flush=True)

    def skip(self, name, reason):
        self.skipped += 1
        print(f"skip - {name}: {reason}", flush=True)

    def check(self, name, problem, detail=""):
        """`problem` is None (pass) or a string saying what went wrong."""
        if problem is None:
            self.ok(name, detail)
        else:
            self.fail(name, problem)

    def finish(self):
        seconds = time.monotonic() - self.started
        print(f"# {self.title}: {seconds:.1f} s")
        print(f"{self.passed} passed, {self.failed} failed, {self.skipped} skipped", flush=True)
        return 1 if self.failed else 0
