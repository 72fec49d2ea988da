#!/usr/bin/env python3
"""Hostile data files: followup refuses each with one `followup: error:` line naming the
spot (file:line:col), exit 1, quickly, without crashing or hanging, and a write command
leaves the file byte for byte as it was. Hostile but valid files are read and rewritten
without loss.

Usage: test_hostile.py FOLLOWUP [--limit SECONDS]

Every broken file is tried with a read command (`list --format json`) and a write command
(`log 1`). The time limit is 5 s a command (15 s when the binary is built with
AddressSanitizer, which is about 3 times slower); --limit overrides it. Error lines must
stay under 1000 characters: a message that echoes megabytes of the file is a finding.
"""

import argparse
import csv
import io
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import support

NAME = "pipeline.json"
MAX_MESSAGE = 1000
BIG = 50 * 1024 * 1024

# A valid file; a case puts its hostile text in place of one marker. Prospect 1 stays
# valid, so `log 1` would succeed on a good file. The markers sit on known lines.
TEMPLATE = """{
  "version": 1,
  "next_id": 3,
  "settings": {"cadence_days": [3, 4, 7, 14]@SETTINGS@},
  "prospects": [
    {
      "id": 1,
      "name": "Ann Lee",
      "created": "2026-11-02",
      "attempts": [
        {"at": "2026-11-20T09:30:00+01:00", "channel": "call", "outcome": "no-answer"}
      ]
    },
    {
      @PROSPECT@"id": 2,
      "name": "Bo Chen",
      "created": "2026-11-03",
      "attempts": [
        {@ATTEMPT@"at": "2026-11-21", "channel": "email", "outcome": "replied"}
      ]
    }
  ]@TOP@
}
"""
LINE = {"SETTINGS": 4, "PROSPECT": 15, "ATTEMPT": 19, "TOP": 22}
BO_ATTEMPT = '{"at": "2026-11-21", "channel": "email", "outcome": "replied"}'


def document(**parts):
    """The template with `parts` (bytes or str) at their markers, the others removed."""
    text = TEMPLATE.encode()
    for marker in LINE:
        value = parts.get(marker.lower(), b"")
        if isinstance(value, str):
            value = value.encode()
        text = text.replace(f"@{marker}@".encode(), value)
    return text


def replace(old, new):
    text = document()
    assert old.encode() in text, old
    return text.replace(old.encode(), new if isinstance(new, bytes) else new.encode(), 1)



class Hostile:
    def __init__(self, binary, folder, checks, limit):
        self.binary = binary
        self.folder = Path(folder)
        self.data = self.folder / NAME
        self.checks = checks
        self.limit = limit
        self.read_too = support.scale() >= 1
        self.full = False

    def run(self, args, today=support.TODAY, timeout=None):
        env = support.scrubbed_env(self.folder, FOLLOWUP_TODAY=today)
        return support.run(self.binary, ["--file", str(self.data), *args], cwd=self.folder,
                           env=env, timeout=timeout or max(30, 3 * self.limit))

    def refused(self, label, content, line=None, timeout=None):
        """The file must be refused by a read and by a write, with the spot named, within
        the time limit, in one line under MAX_MESSAGE characters. With
        FOLLOWUP_RELIABILITY_SCALE below 1 (slow builds) only the write runs: it reads the
        file through the same loader, and must also leave it unchanged."""
        commands = [["log", "1", "--note", "hostile"]]
        if self.read_too:
            commands.insert(0, ["list", "--format", "json"])
        for args in commands:
            self.clean()
            self.data.write_bytes(content)
            result = self.run(args, timeout=timeout)
            name = f"{label}: {args[0]}"
            problem = support.one_line_error_problem(result)
            if problem is None and result.seconds > self.limit:
                problem = f"took {result.seconds:.1f} s (limit {self.limit:.0f} s)"
            if problem is None and args[0] == "log":
                if self.data.read_bytes() != content:
                    problem = "the write command changed the file"
                elif support.leftovers(self.folder, NAME):
                    problem = f"left behind: {support.leftovers(self.folder, NAME)}"
            if problem:
                self.checks.fail(name, problem)
                continue
            first = result.err.splitlines()[0]
            spot = re.match(rf"followup: error: {re.escape(str(self.data))}:(\d+):(\d+): ", first)
            if spot is None:
                self.checks.fail(name, f"no file:line:col in {first[:200]!r}")
            elif line is not None and int(spot.group(1)) != line:
                self.checks.fail(name, f"names line {spot.group(1)}, the problem is on line "
                                       f"{line}: {first[:200]!r}")
            elif len(first) > MAX_MESSAGE:
                self.checks.fail(name, f"the error line is {len(first)} characters long")
            else:
                self.checks.ok(name, f"{result.seconds:.2f} s: {first[len('followup: error: '):][:110]}")

    def accepted(self, label, content, keep=None, timeout=None,
                 reads=(("check",),)):
        """A valid if hostile file: read, then rewritten by `log` with `keep` intact."""
        self.clean()
        self.data.write_bytes(content)
        problem = None
        for args in [*reads, ("log", "1", "--note", "hostile")]:
            result = self.run(list(args), timeout=timeout)
            problem = support.crash_problem(result)
            if problem is None and result.returncode != 0:
                problem = f"{args[0]}: {result.describe()}"
            if problem is None and result.seconds > self.limit:
                problem = f"{args[0]} took {result.seconds:.1f} s (limit {self.limit:.0f} s)"
            if problem:
                break
        if problem is None and keep is not None:
            written = self.data.read_bytes()
            if keep not in written:
                problem = "the rewritten file lost the hostile value"
            elif b"hostile" not in written:
                problem = "the touch was not written"
        self.checks.check(label, problem)

    def clean(self):
        for entry in self.folder.iterdir():
            entry.unlink()


def nesting_cases(h):
    depth = 100_000
    h.refused("100k '[' and nothing else", b"[" * depth, line=1)
    # The parser notices at the closing brace on the next line.
    h.refused("100k '[' inside a field", document(top=', "x": ' + "[" * depth), line=23)
    balanced = "[" * depth + "]" * depth
    h.refused("100k nested arrays as the top level", balanced.encode(), line=1)
    h.refused("100k nested arrays as \"prospects\"",
              replace('"prospects": [', '"prospects": ' + "[" * depth + "]" * depth + ', "p": ['),
              line=5)
    h.refused("100k nested arrays as an attempt's \"at\"",
              document().replace(b'"at": "2026-11-21"', b'"at": ' + balanced.encode()), line=19)
    nested = ('{"a": ' * depth + "1" + "}" * depth).encode()
    h.accepted("100k nested arrays in an unknown field are kept verbatim",
               document(top=', "deep": ' + balanced), keep=balanced.encode())
    h.accepted("100k nested objects in an unknown field are kept verbatim",
               document(top=b', "deep": ' + nested), keep=nested)


def string_cases(h):
    big = "x" * BIG
    h.refused("a 50 MB string in \"at\"", document().replace(b'"2026-11-21"', f'"{big}"'.encode()),
              line=19)
    h.accepted("a 50 MB name is read and kept", replace('"Bo Chen"', f'"{big}"'),
               keep=big.encode(), reads=())
    mega = "y" * (1024 * 1024)
    h.refused("a 1 MB string in \"status\"", document(prospect=f'"status": "{mega}", '),
              line=15)
    h.accepted("a 1 MB unknown key is read and kept", document(prospect=f'"{mega}": 1, '),
               keep=f'"{mega}": 1'.encode())
    # A file cut off inside a long string (R11: the syntax error path was once slow on long
    # strings, 19-28 s for 50 MB in a Debug build; now about 5 s under ASan). 4 MB keeps
    # the default run short; --full tries 50 MB.
    size = BIG if h.full else 4 * 1024 * 1024
    h.refused(f"a {size >> 20} MB unterminated string", document(prospect=f'"notes": "{"z" * size}'),
              line=None)
    note = "private " * 131072  # 1 MB
    h.refused("an invalid UTF-8 byte after a 1 MB note",
              document(prospect=b'"notes": "' + note.encode() + b'\xff", '), line=15)


def encoding_cases(h):
    h.refused("invalid UTF-8 in a name", replace('"Bo Chen"', b'"Bo \xff\xfe Chen"'), line=16)
    h.refused("an overlong UTF-8 encoding in a note",
              document(prospect=b'"notes": "a\xc0\xafb", '), line=15)
    h.refused("a truncated UTF-8 sequence in a key", document(prospect=b'"n\xe2\x82": 1, '),
              line=15)
    h.refused("invalid UTF-8 in an unknown field", document(top=b', "x": "\xed\xa0\x80"'),
              line=22)
    h.refused("a lone surrogate escape", replace('"Bo Chen"', '"Bo \\ud800 Chen"'), line=16)
    h.refused("a NUL byte inside a string", replace('"Bo Chen"', b'"Bo\x00Chen"'), line=16)
    h.refused("a NUL byte between tokens", replace('"id": 2,', b'"id": 2,\x00'), line=15)
    h.refused("a NUL byte after the object (was R10)", document() + b"\x00", line=24)
    h.refused("a UTF-8 byte-order mark", b"\xef\xbb\xbf" + document(), line=1)
    h.refused("a control character in a name", replace('"Bo Chen"', b'"Bo\x01Chen"'), line=16)
    h.accepted("an escaped NUL (\\u0000) in a name is kept",
               replace('"Bo Chen"', '"Bo\\u0000Chen"'), keep=b'"Bo\\u0000Chen"')
    h.accepted("CRLF line endings", document().replace(b"\n", b"\r\n"))
    h.refused("a second document after the first", document() + b'{"version": 1}', line=24)
    h.refused("an empty file", b"", line=1)


def message_cases(h):
    """What an error line says about the file's text."""
    h.clean()
    h.data.write_bytes(document(prospect='"status": "won\\nlost\\u001b[2J", '))
    result = h.run(["list"])
    problem = support.one_line_error_problem(result)
    if problem is None and any(ord(c) < 0x20 for c in result.err[:-1]):
        problem = "the message holds a control character"
    h.checks.check("a bad value holding a newline and an escape sequence: the message is one "
                   "line without control characters (was R12)", problem)
    h.clean()
    h.data.write_bytes(b"\xef\xbb\xbf" + document())
    result = h.run(["list"])
    problem = support.crash_problem(result)
    if problem is None and result.returncode != 0 and not re.search(r"byte.order mark|BOM",
                                                                    result.err):
        problem = f"a misleading message: {result.err.strip()!r}"
    h.checks.check("a UTF-8 byte-order mark is read, or named in the message (was R8)", problem)


def key_and_type_cases(h):
    h.refused("duplicate \"version\"", document(top=', "version": 1'), line=22)
    h.refused("duplicate \"id\"", document(prospect='"id": 7, '), line=15)
    h.refused("duplicate \"at\"", document(attempt='"at": "2026-11-21", '), line=19)
    h.refused("duplicate settings key", document(settings=', "cadence_days": [1]'), line=4)
    h.refused("two prospects with one id", replace('"id": 2,', '"id": 1,'), line=15)
    for label, content, line in (
            ('"version" as a string', replace('"version": 1', '"version": "1"'), 2),
            ('"version" 1.0', replace('"version": 1', '"version": 1.0'), 2),
            ('"version" 2', replace('"version": 1', '"version": 2'), 2),
            ('"version" 0', replace('"version": 1', '"version": 0'), 2),
            ('"prospects" as an object', replace('"prospects": [', '"prospects": {"a": 1}, "p": ['),
             5),
            ("a prospect that is a string", replace('  "prospects": [', '  "prospects": ["Ann",'),
             5),
            ("an attempt that is a number", replace('"attempts": [\n        {"at": "2026-11-21"',
                                                    '"attempts": [7,\n        {"at": "2026-11-21"'),
             18),
            ('"name" as a number', replace('"Bo Chen"', "5"), 16),
            ('"name" null', replace('"Bo Chen"', "null"), 16),
            ('"created" as a number', replace('"2026-11-03"', "20261103"), 17),
            ('"tags" as a string', document(prospect='"tags": "vip", '), 15),
            ("a tag that is a number", document(prospect='"tags": ["vip", 3], '), 15),
            ('"dream" as a string', document(prospect='"dream": "yes", '), 15),
            ('"status" unknown', document(prospect='"status": "maybe", '), 15),
            ('"cadence" as a string', document(prospect='"cadence": "3,4", '), 15),
            ('"cadence" with 0 days', document(prospect='"cadence": [3, 0], '), 15),
            ('"cadence" with 1e9 days', document(prospect='"cadence": [1000000000], '), 15),
            ('"settings" as a list', replace('"settings": {"cadence_days": [3, 4, 7, 14]}',
                                             '"settings": []'), 4),
            ('"skip_weekends" as 1', document(settings=', "skip_weekends": 1'), 4),
            ('"channel" unknown', document().replace(b'"email"', b'"pigeon"'), 19),
            ('"outcome" as a list', document().replace(b'"replied"', b'["won"]'), 19)):
        h.refused(f"wrong type or value: {label}", content, line=line)
    # The spot named is the list the prospect is in; the message says which prospect.
    h.refused("missing \"id\"", replace('"id": 2,', ''), line=None)
    h.refused("missing \"prospects\"", b'{"version": 1}', line=1)


def number_cases(h):
    for value in ("1e30", "-1", "0", "9223372036854775808", "9223372036854775807",
                  "1000000000000", "1.5", "2e0", "-9223372036854775809", "1" * 400, "0x10",
                  "NaN", "01"):
        h.refused(f"id {value[:24]}", replace('"id": 2,', f'"id": {value},'), line=15)
    for value in ("1e30", "-1", "0", "18446744073709551616"):
        h.refused(f"next_id {value}", replace('"next_id": 3', f'"next_id": {value}'), line=3)


def date_cases(h):
    for value in ("2026-02-30", "2026-13-01", "0000-01-01", "2026-2-3", "2026-11-20T10:00",
                  "9999-12-31T25:61", "", "2026-11-3 ", "２０２６-11-03"):
        h.refused(f"created {value!r}", replace('"2026-11-03"', json.dumps(value)), line=17)
    for value in ("2026-02-30", "9999-12-31T25:61", "2026-11-20T23:59:60", "2026-11-20T10:00+24:00",
                  "2026-11-20T10:00:00+01:00junk", "2026-11-20 10:00", "2026-11-20T", "2026-11-20Z",
                  "2026-11-20T10:00:00.5Z", "-2026-11-20"):
        h.refused(f"at {value!r}", document().replace(b'"2026-11-21"', json.dumps(value).encode()),
                  line=19)
    h.refused("next 2026-02-29 (not a leap year)", document(prospect='"next": "2026-02-29", '),
              line=15)
    h.accepted("created 9999-12-31 and at 9999-12-31T23:59:59+23:59 are read",
               replace('"2026-11-03"', '"9999-12-31"').replace(
                   b'"2026-11-21"', b'"9999-12-31T23:59:59+23:59"'),
               reads=(("check",), ("due",), ("stats",), ("list",)))


def round_trip_dates(h):
    """Dates followup computes itself must stay readable: past 9999-12-31 or before
    0001-01-01 it wrote a file it then refused (R5). Now the last command of each case is
    refused as a usage error (exit 2) that names the range, and changes nothing."""
    for label, today, steps in (
            ("snooze past 9999-12-31", "9999-12-30", [["add", "Ann Lee"], ["snooze", "1", "+5d"]]),
            ("snooze to a weekday past 9999-12-31", "9999-12-31",
             [["add", "Ann Lee"], ["snooze", "1", "mon"]]),
            ("log --next past 9999-12-31", "9999-12-31",
             [["add", "Ann Lee"], ["log", "1", "--next", "+2w"]]),
            ("log a touch before 0001-01-01", "0001-01-01",
             [["add", "Ann Lee"], ["log", "1", "--date", "-3d"]]),
            ("log a touch yesterday on 0001-01-01", "0001-01-01",
             [["add", "Ann Lee"], ["log", "1", "--date", "yesterday"]]),
            ("add with --date before 0001-01-01", "0001-01-02",
             [["add", "Ann Lee", "--date", "-5d"]]),
            ("away until past 9999-12-31", "9999-12-20",
             [["add", "Ann Lee"], ["away", "today", "+3w"]])):
        h.clean()
        problem = None
        for number, args in enumerate(steps, 1):
            before = h.data.read_bytes() if h.data.exists() else None
            result = h.run(args, today=today)
            problem = support.crash_problem(result)
            if problem:
                break
            if number < len(steps):
                if result.returncode != 0:
                    problem = f"{args[0]} failed: {result.describe()}"
                    break
                continue
            if result.returncode != 2 or "0001-01-01 to 9999-12-31" not in result.err:
                problem = f"{' '.join(args)} is not refused as a date out of range: " \
                          f"{result.describe()}"
            elif (h.data.read_bytes() if h.data.exists() else None) != before:
                problem = "the refused command changed the file"
        if problem is None and h.data.exists():
            result = h.run(["list"], today=today)
            if result.returncode != 0:
                problem = f"followup wrote a file it cannot read back: {result.err.strip()[:200]}"
        h.checks.check(f"{label}: refused, never written (was R5)", problem)


def size_cases(h):
    count = 50_000
    attempt = '{"at": "2026-11-20", "channel": "call", "outcome": "no-answer"}'
    many = ",\n".join([attempt] * count)
    h.accepted(f"{count} attempts on one prospect", replace(BO_ATTEMPT, many), reads=())
    broken = ",\n".join([attempt] * (count - 1) + ['{"at": "2026-11-20", "channel": "cal"}'])
    h.refused(f"{count} attempts, the last one broken", replace(BO_ATTEMPT, broken),
              line=19 + count - 1)
    # The reader gives the pages of a mapped file back to the system behind it, a megabyte
    # at a time; an error past them must still name its line, counted through pages
    # that are read again from the file.
    count = 30_000  # about 2.3 MB of prospects, one a line
    lines = [f'{{"id": {i}, "name": "P{i}", "created": "2026-11-01", "attempts": []}}'
             for i in range(3, count + 3)]
    lines[-1] = lines[-1].replace("2026-11-01", "2026-13-01")
    text = document()
    end = text.rindex(b"    }\n  ]")
    broken = text[:end] + b"    },\n" + ",\n".join(lines).encode() + text[end + len(b"    }"):]
    h.refused(f"{count} prospects, the last one broken", broken, line=21 + count)
    # Duplicate keys were once looked for in a list, so the work grew with the square of
    # the number of keys in one object (R9: over 60 s).
    keys = ", ".join(f'"k{i}": {i}' for i in range(100_000))
    h.accepted("100k unknown keys in one prospect (was R9)", document(prospect=keys + ", "),
               timeout=min(h.limit, 5) + 1, reads=())


def piece_cases(h):
    """A data file of 4 MiB or more in followup's own layout is read in pieces of about
    256 KiB, on two threads (docs/performance.md). What it reads must be the whole file;
    an error in any piece must name its line as the one-document reader does; a cut that
    falls inside a prospect (a hand-edited indentation) must change nothing."""
    generate = Path(__file__).resolve().parents[2] / "bench" / "generate"
    count = 4000  # about 5.9 MB
    made = support.run(sys.executable, [str(generate), str(count), "--today", support.TODAY],
                       cwd=h.folder, env=dict(os.environ), timeout=120)
    text = made.out.encode()
    if made.returncode != 0 or len(text) < 4 << 20:
        h.checks.fail("pieces: the generated pipeline", made.describe())
        return
    ids = [p["id"] for p in json.loads(text)["prospects"]]

    def line_of(offset):
        return text.count(b"\n", 0, offset) + 1

    def reads_whole(label, content):
        h.clean()
        h.data.write_bytes(content)
        result = h.run(["list", "--format", "json"])
        problem = support.crash_problem(result)
        if problem is None and result.returncode != 0:
            problem = result.describe()
        if problem is None:
            listed = [p["id"] for p in json.loads(result.out)]
            if listed != ids:
                problem = f"listed {len(listed)} prospects, the file holds {len(ids)}"
            elif h.data.read_bytes() != content:
                problem = "reading it changed the file (the pieces' brackets reached it)"
        h.checks.check(label, problem)

    reads_whole(f"pieces: {count} prospects, every one read", text)

    # CSV and TSV lists go out a batch of rows at a time (cli/list.cpp): one header,
    # then every prospect once, in order, across the batches.
    h.clean()
    h.data.write_bytes(text)
    for form in ("csv", "tsv"):
        result = h.run(["list", "--format", form])
        problem = support.crash_problem(result)
        if problem is None and result.returncode != 0:
            problem = result.describe()
        if problem is None:
            rows = list(csv.reader(io.StringIO(result.out, newline=""), delimiter=",")
                        if form == "csv" else
                        csv.reader(io.StringIO(result.out, newline=""), delimiter="\t",
                                   quoting=csv.QUOTE_NONE))
            listed = [int(row[0]) for row in rows[1:] if row and row[0].isdigit()]
            if rows[0][:2] != ["id", "name"] or listed != ids or len(rows) != len(ids) + 1:
                problem = (f"{len(rows)} rows, header {rows[0][:2]}, {len(listed)} ids "
                           f"against {len(ids)} prospects")
        h.checks.check(f"pieces: list --format {form} of {count} prospects, in batches", problem)
    # The first attempt's closing brace after the middle moved to the prospects'
    # indentation: a cut may fall there, inside a prospect.
    close = text.index(b"\n        },", len(text) // 2)
    reads_whole("pieces: a cut inside a prospect",
                text[:close] + b"\n    }," + text[close + len(b"\n        },"):])
    for where, offset in (("first", text.index(b'"channel": "')),
                          ("middle", text.index(b'"channel": "', len(text) // 2)),
                          ("last", text.rindex(b'"channel": "'))):
        value = offset + len(b'"channel": "')
        broken = text[:value] + b"fax" + text[text.index(b'"', value):]
        h.refused(f"pieces: a bad channel in the {where} piece", broken, line=line_of(offset))
    h.accepted("pieces: rewritten by a write", text, keep=text[-2000:-1000].split(b"\n")[1])


def main():
    binary, rest = support.binary_from_argv(sys.argv)
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=float, default=15.0 if support.is_sanitized(binary) else 5.0)
    parser.add_argument("--only", help="run only this group of cases (e.g. string_cases)")
    parser.add_argument("--full", action="store_true",
                        help="also a 50 MB unterminated string (4 MB by default)")
    options = parser.parse_args(rest)
    checks = support.Checks("hostile input: broken and oversized data files")
    print(f"# limit {options.limit:.0f} s a command; broken files are tried with "
          f"{'a read and a write' if support.scale() >= 1 else 'a write'} command")
    folder = tempfile.mkdtemp(prefix="followup-hostile-")
    try:
        h = Hostile(binary, folder, checks, options.limit)
        h.full = options.full
        for group in (nesting_cases, string_cases, encoding_cases, message_cases, key_and_type_cases,
                      number_cases, date_cases, round_trip_dates, size_cases, piece_cases):
            if options.only and group.__name__ != options.only:
                continue
            started = time.monotonic()
            try:
                group(h)
            except Exception as error:  # a broken group must not hide the others
                checks.fail(group.__name__, f"the test itself failed: {error!r}")
            print(f"# {group.__name__}: {time.monotonic() - started:.1f} s", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
