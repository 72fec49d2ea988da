#!/usr/bin/env python3
"""Golden tests of the real followup binary, after ninja's misc/output_test.py.

Each case file in tests/e2e/cases/*.t runs one or more commands in a fresh temporary
folder and compares their whole stdout, stderr and exit code with what the file says.

Format of a case file (every line's first characters say what it is):

    # what this case checks             a comment (kept by --update)
    fixture: pipeline.json              copy tests/e2e/fixtures/pipeline.json to the data file
    env: NAME=value                     set a variable for the commands that follow
    unset: NAME                         remove a variable for the commands that follow
    $ followup due --format csv         a command, run by /bin/sh in the temporary folder
    | id,name,company␍                  one line of the expected stdout
    ! followup: warning: ...            one line of the expected stderr
    \\ no newline at end                 the stdout (or stderr) line above has no final newline
    ? 0                                 the expected exit code; ends the command
    = file                              then `| ` lines: the data file's whole content after
                                        the command
    = file unchanged                    the data file is byte-identical to the fixture
    = file absent                       there is no data file

In expected output, some things are written visibly so the case file stays plain text
that no editor can change: a carriage return is written `␍` (CSV lines end in `␍`, i.e.
CRLF), an escape character (colour codes) is written `␛`, spaces and tabs at the end of a
line are written `␠` and `␉`, and the temporary folder's path is written `<tmp>`. A bare
`|` or `!` is an empty line. Blank lines between commands are ignored.

Every command runs with a scrubbed environment: only PATH (the binary's folder, then
/usr/bin:/bin), TZ=UTC, HOME=<tmp>, FOLLOWUP_FILE=<tmp>/followup.json and
FOLLOWUP_TODAY=2026-11-25, plus what the case sets with `env:` (and the sanitizers'
*SAN_OPTIONS, when set). Standard input is empty and not a terminal. A command's `env:`
and `unset:` lines stand above it and stay in force for the commands after it.

Usage: golden.py --followup PATH [--update] [CASE.t ...]  (default: every case)
--update rewrites the expected parts of each case from what the binary does now, so the
change shows in `git diff`. The last line is `N passed, N failed`; the exit status is
non-zero when any case failed.
"""

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
CASES = HERE / "cases"
DATA_FILE = "followup.json"
DEFAULT_TODAY = "2026-11-25"
COMMAND_TIMEOUT = 60

CR_SIGN = "\u240d"  # ␍
ESC_SIGN = "\u241b"  # ␛
SPACE_SIGN = "\u2420"  # ␠, only at the end of a line
TAB_SIGN = "\u2409"  # ␉, only at the end of a line
SIGNS = (CR_SIGN, ESC_SIGN, SPACE_SIGN, TAB_SIGN)
NO_NEWLINE = "\\ no newline at end"


class CaseError(Exception):
    """A case file that cannot be read, or a case that cannot be run."""


class Command:
    def __init__(self, line_number, text, env_changes):
        self.line_number = line_number
        self.text = text
        self.env_changes = env_changes  # list of (name, value or None), in order
        self.stdout = ""
        self.stderr = ""
        self.exit_code = None
        self.file_check = None  # None, ("content", text), ("unchanged",), ("absent",)


class Case:
    def __init__(self, path):
        self.path = path
        self.fixture = None
        self.items = []  # in file order: ("comment", text), ("blank",), ("fixture", name),
        #                  ("env", name, value), ("unset", name), ("command", Command)


def encode_visible(text, tmp):
    """Output text as written in a case file: CR, ESC and the temp folder made visible."""
    for sign in SIGNS:
        if sign in text:
            raise CaseError(f"the output contains {sign!r}, which case files use as a sign")
    for folder in tmp:
        text = text.replace(folder, "<tmp>")
    return text.replace("\r", CR_SIGN).replace("\x1b", ESC_SIGN)


def decode_visible(text):
    for sign, char in ((CR_SIGN, "\r"), (ESC_SIGN, "\x1b"), (SPACE_SIGN, " "), (TAB_SIGN, "\t")):
        text = text.replace(sign, char)
    return text


def visible_line_end(line):
    """Trailing spaces and tabs made visible, so that no editor can strip them."""
    stripped = line.rstrip(" \t")
    tail = line[len(stripped):]
    return stripped + tail.replace(" ", SPACE_SIGN).replace("\t", TAB_SIGN)


def block_lines(prefix, text):
    """The `| `/`! ` lines that stand for `text` (already made visible)."""
    if text == "":
        return []
    lines = text.split("\n")
    ends_with_newline = lines[-1] == ""
    if ends_with_newline:
        lines.pop()
    out = [f"{prefix} {visible_line_end(line)}" if line else prefix for line in lines]
    if not ends_with_newline:
        out.append(NO_NEWLINE)
    return out


def parse_case(path):
    case = Case(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    current = None  # the last command read
    target = None  # where `| ` lines go now: "stdout" (before `?`), "file" (after `= file`)
    last_block = None  # the block the last output line went to, for `\ no newline`
    pending_env = []

    def fail(number, message):
        raise CaseError(f"{path}:{number}: {message}")

    def in_command():
        return current is not None and current.exit_code is None

    for number, line in enumerate(lines, start=1):
        if line.startswith("| ") or line == "|":
            content = decode_visible(line[2:]) + "\n"
            if target == "stdout":
                current.stdout += content
            elif target == "file":
                current.file_check = ("content", current.file_check[1] + content)
            else:
                fail(number, "a `| ` line outside a command or a `= file` section")
            last_block = target
        elif line.startswith("! ") or line == "!":
            if target != "stdout":
                fail(number, "a `! ` line outside a command")
            current.stderr += decode_visible(line[2:]) + "\n"
            last_block = "stderr"
        elif line == NO_NEWLINE:
            if last_block is None:
                fail(number, "`\\ no newline at end` must follow an output line")
            if last_block == "file":
                current.file_check = ("content", current.file_check[1][:-1])
            else:
                setattr(current, last_block, getattr(current, last_block)[:-1])
            last_block = None
        elif line.startswith("$ "):
            if in_command():
                fail(number, "the command above has no `? CODE` line")
            current = Command(number, line[2:], pending_env)
            pending_env = []
            target, last_block = "stdout", None
            case.items.append(("command", current))
        elif line.startswith("? "):
            if not in_command():
                fail(number, "`? CODE` must follow a command and its output")
            try:
                current.exit_code = int(line[2:])
            except ValueError:
                fail(number, f"not an exit code: {line!r}")
            target, last_block = None, None
        elif line.startswith("= "):
            if current is None or in_command() or current.file_check is not None:
                fail(number, "`= file` must follow a command's `? CODE` line, once")
            what = line[2:].strip()
            if what == "file":
                current.file_check = ("content", "")
                target = "file"
            elif what == "file unchanged":
                current.file_check = ("unchanged",)
                target = None
            elif what == "file absent":
                current.file_check = ("absent",)
                target = None
            else:
                fail(number, f"unknown check {line!r} (file, file unchanged, file absent)")
            last_block = None
        elif in_command():
            fail(number, f"expected output or `? CODE`, not {line!r}")
        elif line.strip() == "":
            case.items.append(("blank",))
            target, last_block = None, None
        elif line.startswith("#"):
            case.items.append(("comment", line))
            target, last_block = None, None
        elif line.startswith("fixture:"):
            if case.fixture is not None or current is not None:
                fail(number, "one fixture per case, before the first command")
            case.fixture = line.split(":", 1)[1].strip()
            case.items.append(("fixture", case.fixture))
        elif line.startswith("env:"):
            name, sep, value = line.split(":", 1)[1].strip().partition("=")
            if not sep or not name:
                fail(number, f"expected `env: NAME=value`: {line!r}")
            pending_env.append((name, value))
            case.items.append(("env", name, value))
            target, last_block = None, None
        elif line.startswith("unset:"):
            name = line.split(":", 1)[1].strip()
            pending_env.append((name, None))
            case.items.append(("unset", name))
            target, last_block = None, None
        else:
            fail(number, f"cannot tell what this line is: {line!r}")
    if in_command():
        raise CaseError(f"{path}: the last command has no `? CODE` line")
    if current is None:
        raise CaseError(f"{path}: no command")
    return case


def render_command(command, stdout, stderr, exit_code, file_check):
    """The case-file lines for one command with the given (visible) results."""
    out = [f"$ {command.text}"]
    out += block_lines("|", stdout)
    out += block_lines("!", stderr)
    out.append(f"? {exit_code}")
    if file_check is not None:
        if file_check[0] == "content":
            out.append("= file")
            out += block_lines("|", file_check[1])
        elif file_check[0] == "unchanged":
            out.append("= file unchanged")
        else:
            out.append("= file absent")
    return out


def render_case(case, results):
    """The case file's text, with each command's expectations taken from `results`
    (a dict from Command to (stdout, stderr, exit_code, file_check), all visible)."""
    out = []
    for item in case.items:
        kind = item[0]
        if kind == "comment":
            out.append(item[1])
        elif kind == "blank":
            out.append("")
        elif kind == "fixture":
            out.append(f"fixture: {item[1]}")
        elif kind == "env":
            out.append(f"env: {item[1]}={item[2]}")
        elif kind == "unset":
            out.append(f"unset: {item[1]}")
        else:
            out += render_command(item[1], *results[item[1]])
    return "\n".join(out) + "\n"


# Sanitizer settings pass through (the asan preset sets them); they change no output.
PASSED_THROUGH = ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS")


def base_environment(binary, tmp):
    env = {
        "PATH": f"{binary.parent}:/usr/bin:/bin",
        "TZ": "UTC",
        "HOME": str(tmp),
        "FOLLOWUP_FILE": str(tmp / DATA_FILE),
        "FOLLOWUP_TODAY": DEFAULT_TODAY,
    }
    env.update({name: os.environ[name] for name in PASSED_THROUGH if name in os.environ})
    return env


def read_bytes_or_none(path):
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def visible(data, tmp):
    return encode_visible(data.decode("utf-8", errors="surrogateescape"), tmp)


def run_case(case, binary):
    """Runs every command; returns (expected results, actual results) as dicts."""
    expected, actual = {}, {}
    with tempfile.TemporaryDirectory(prefix="followup-e2e-") as folder:
        tmp = Path(folder)
        tmp_names = sorted({str(tmp), os.path.realpath(tmp)}, key=len, reverse=True)
        data_file = tmp / DATA_FILE
        fixture_bytes = None
        if case.fixture:
            source = FIXTURES / case.fixture
            if not source.is_file():
                raise CaseError(f"{case.path}: no fixture {source}")
            shutil.copyfile(source, data_file)
            os.chmod(data_file, 0o600)
            fixture_bytes = source.read_bytes()
        env = base_environment(binary, tmp)
        for item in case.items:
            if item[0] != "command":
                continue
            command = item[1]
            for name, value in command.env_changes:
                if value is None:
                    env.pop(name, None)
                else:
                    env[name] = value.replace("<tmp>", str(tmp))
            try:
                done = subprocess.run(
                    ["/bin/sh", "-c", command.text],
                    cwd=tmp,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    capture_output=True,
                    timeout=COMMAND_TIMEOUT,
                )
            except subprocess.TimeoutExpired:
                raise CaseError(f"{case.path}:{command.line_number}: timed out: {command.text}")
            file_check = None
            if command.file_check is not None:
                # The data file the environment names now (a case may point it elsewhere).
                current = Path(env.get("FOLLOWUP_FILE", str(data_file)))
                if not current.is_absolute():
                    current = tmp / current
                content = read_bytes_or_none(current)
                if content is None:
                    file_check = ("absent",)
                elif command.file_check[0] == "unchanged" and content == fixture_bytes:
                    file_check = ("unchanged",)
                else:
                    file_check = ("content", visible(content, tmp_names))
            expected[command] = (
                encode_visible(command.stdout, []),
                encode_visible(command.stderr, []),
                command.exit_code,
                command.file_check
                if command.file_check is None or command.file_check[0] != "content"
                else ("content", encode_visible(command.file_check[1], [])),
            )
            actual[command] = (
                visible(done.stdout, tmp_names),
                visible(done.stderr, tmp_names),
                done.returncode,
                file_check,
            )
    return expected, actual


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--followup", required=True, help="path of the followup binary")
    parser.add_argument("--update", action="store_true", help="rewrite expected outputs")
    parser.add_argument("cases", nargs="*", help="case files (default: every cases/*.t)")
    args = parser.parse_args()

    binary = Path(args.followup).resolve()
    if not os.access(binary, os.X_OK):
        print(f"golden.py: {binary} is not an executable", file=sys.stderr)
        return 2
    paths = [Path(p) for p in args.cases] or sorted(CASES.glob("*.t"))
    if not paths:
        print("golden.py: no case files", file=sys.stderr)
        return 2

    passed = failed = 0
    for path in paths:
        try:
            case = parse_case(path)
            expected, actual = run_case(case, binary)
        except CaseError as error:
            print(f"ERROR {path.name}: {error}")
            failed += 1
            continue
        before = render_case(case, expected)
        after = render_case(case, actual)
        if args.update:
            if path.read_text(encoding="utf-8") != after:
                path.write_text(after, encoding="utf-8", errors="surrogateescape")
                print(f"wrote {path.name}")
            passed += 1
            continue
        if before == after:
            passed += 1
            print(f"ok    {path.name}")
            continue
        failed += 1
        print(f"FAIL  {path.name}")
        diff = difflib.unified_diff(
            before.splitlines(keepends=True),
            after.splitlines(keepends=True),
            fromfile=f"{path.name} (expected)",
            tofile=f"{path.name} (actual)",
        )
        sys.stdout.writelines(diff)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
