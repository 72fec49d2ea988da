#!/usr/bin/env python3
"""File-system faults and privacy: each failure is one clear `followup: error:` line, exit 1,
and the data file is left byte for byte as it was; files and folders are private.

Usage: test_faults.py FOLLOWUP

Cases that need root (a tmpfs, a read-only bind mount, device nodes) or setpriv (to run as
`nobody`, since root ignores permission bits) are skipped with the reason printed when
they cannot be set up. The temporary mounts are always unmounted.
"""

import contextlib
import json
import os
import pwd
import re
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import support

IS_ROOT = os.geteuid() == 0
NAME = "pipeline.json"


def mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


def snapshot(folder):
    """Every entry of a folder tree: its type, mode and bytes, to prove nothing changed."""
    found = {}
    for root, dirs, files in os.walk(folder):
        for entry in dirs + files:
            path = os.path.join(root, entry)
            info = os.lstat(path)
            content = None
            if stat.S_ISREG(info.st_mode):
                with open(path, "rb") as f:
                    content = f.read()
            found[os.path.relpath(path, folder)] = (stat.S_IFMT(info.st_mode),
                                                    stat.S_IMODE(info.st_mode), content)
    return found


def diff(before, after):
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    return None if not changed else f"changed: {changed}"


def nobody():
    if not IS_ROOT:
        return None
    if shutil.which("setpriv") is None:
        return None
    try:
        entry = pwd.getpwnam("nobody")
    except KeyError:
        return None
    return entry.pw_uid, entry.pw_gid


@contextlib.contextmanager
def mounted(target, *options):
    """`mount` something on target for the duration; yields an error string or None."""
    done = subprocess.run(["mount", *options, str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        yield f"mount {' '.join(options)} failed: {done.stderr.strip()}"
        return
    try:
        yield None
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


class Faults:
    def __init__(self, binary, root, checks):
        self.binary = binary
        self.root = Path(root)
        self.checks = checks
        self.count = 0
        self.pipeline = support.make_pipeline(12, seed=7)

    def folder(self, label):
        self.count += 1
        path = self.root / f"{self.count:02d}-{label}"
        path.mkdir()
        return path

    def run(self, folder, args, user=None, timeout=30, preexec=None, file=None):
        data = file if file is not None else folder / NAME
        env = support.scrubbed_env(folder)
        if preexec is None:
            return support.run(self.binary, ["--file", str(data), *args], cwd=folder, env=env,
                               timeout=timeout, user=user)
        start = time.monotonic()
        done = subprocess.run([self.binary, "--file", str(data), *args], cwd=folder, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                              preexec_fn=preexec)
        return support.Result(done.returncode, done.stdout, done.stderr,
                              time.monotonic() - start)

    def seed_file(self, folder, file_mode=0o600):
        path = folder / NAME
        support.write_json(path, self.pipeline)
        os.chmod(path, file_mode)
        return path

    def expect_clean_failure(self, name, result, before, after, mention=None):
        problem = support.one_line_error_problem(result, max_length=400)
        if problem is None and mention and not re.search(mention, result.err):
            problem = f"the error does not say {mention!r}: {result.err.strip()!r}"
        if problem is None:
            problem = diff(before, after)
        self.checks.check(name, problem,
                          detail=result.err.strip()[len("followup: error: "):][:160])

    # ---- full disk -------------------------------------------------------------------

    def full_disk(self):
        label = "full disk (tmpfs of 64 KiB)"
        if not IS_ROOT:
            self.checks.skip(label, "needs root to mount a tmpfs")
            return
        folder = self.folder("full-disk")
        with mounted(folder, "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs") as error:
            if error:
                self.checks.skip(label, error)
                return
            self.seed_file(folder)
            filler = folder / "filler"
            # No room at all: the temporary file cannot take a byte.
            fill(filler, leave=0)
            before = snapshot(folder)
            for args in (["add", "Disk Full", "--company", "Nospace"],
                         ["log", "1", "--note", "disk full"], ["set", "2", "--company", "X"]):
                result = self.run(folder, args)
                self.expect_clean_failure(f"{label}, no space left: {args[0]}", result, before,
                                          snapshot(folder), mention="No space left")
            # Room for part of the new version only: the write fails half way.
            filler.unlink()
            size = (folder / NAME).stat().st_size
            fill(filler, leave=size // 2)
            before = snapshot(folder)
            result = self.run(folder, ["log", "1", "--note", "x" * 2000])
            self.expect_clean_failure(f"{label}, room for half the file: log", result, before,
                                      snapshot(folder), mention="No space left")
            # Space again: the next write works and leaves nothing behind.
            filler.unlink()
            result = self.run(folder, ["log", "1", "--note", "space again"])
            left = support.leftovers(folder, NAME)
            self.checks.check(f"{label}: the next write after freeing space works",
                              support.crash_problem(result) or
                              (result.describe() if result.returncode else None) or
                              (f"left behind: {left}" if left else None))

    # ---- read-only folder ------------------------------------------------------------

    def read_only_folder(self):
        label = "read-only folder"
        if IS_ROOT:
            folder = self.folder("read-only-bind")
            source = self.folder("read-only-source")
            self.seed_file(source)
            with mounted(folder, "--bind", str(source)) as error:
                if error:
                    self.checks.skip(f"{label} (read-only bind mount)", error)
                else:
                    with mounted(folder, "-o", "remount,bind,ro") as ro_error:
                        if ro_error:
                            self.checks.skip(f"{label} (read-only bind mount)", ro_error)
                        else:
                            self.read_only_cases(f"{label} (read-only bind mount)", folder,
                                                 None, "Read-only file system")
        else:
            folder = self.folder("read-only-chmod")
            self.seed_file(folder)
            os.chmod(folder, 0o555)
            self.read_only_cases(f"{label} (chmod 0555)", folder, None, "Permission denied")
            os.chmod(folder, 0o755)
        user = nobody()
        if IS_ROOT and user is None:
            self.checks.skip(f"{label} (chmod 0555, as nobody)", "setpriv or user nobody missing")
        elif user is not None:
            folder = self.folder("read-only-nobody")
            self.seed_file(folder)
            os.chown(folder / NAME, *user)
            os.chown(folder, *user)
            os.chmod(folder, 0o555)
            self.read_only_cases(f"{label} (chmod 0555, as nobody)", folder, user,
                                 "Permission denied")

    def read_only_cases(self, label, folder, user, mention):
        before = snapshot(folder)
        for args in (["add", "Read Only"], ["log", "1"], ["check", "--repair"], ["undo"]):
            result = self.run(folder, args, user=user)
            self.expect_clean_failure(f"{label}: {args[0]}", result, before, snapshot(folder),
                                      mention=mention)
        result = self.run(folder, ["list", "--format", "json"], user=user)
        problem = support.crash_problem(result)
        if problem is None and (result.returncode != 0 or result.err):
            problem = result.describe()
        self.checks.check(f"{label}: reading still works", problem)

    # ---- permissions -------------------------------------------------------------------

    def permissions(self):
        user = nobody()
        if user is None:
            reason = ("root ignores permission bits, and setpriv or user nobody is missing"
                      if IS_ROOT else None)
            if reason:
                self.checks.skip("file without read permission", reason)
                self.checks.skip("file without write permission", reason)
                return
        # No read permission: reads and writes both refuse, clearly.
        folder = self.folder("no-read")
        path = self.seed_file(folder, 0o200)
        if user:
            os.chown(path, *user)
            os.chown(folder, *user)
        before = snapshot(folder)
        for args in (["list"], ["due"], ["add", "No Read"], ["log", "1"]):
            result = self.run(folder, args, user=user)
            self.expect_clean_failure(f"file without read permission (0200): {args[0]}", result,
                                      before, snapshot(folder), mention="Permission denied")

        # No write permission on the file, but on its folder: a rename may replace it.
        folder = self.folder("no-write")
        path = self.seed_file(folder, 0o444)
        if user:
            os.chown(path, *user)
            os.chown(folder, *user)
        before_bytes = path.read_bytes()
        result = self.run(folder, ["add", "No Write", "--company", "Readonly"], user=user)
        if result.returncode == 0:
            document = json.loads(path.read_text(encoding="utf-8"))
            names = [p["name"] for p in document["prospects"]]
            bak = folder / f"{NAME}.bak"
            problem = None
            if "No Write" not in names or len(names) != len(self.pipeline["prospects"]) + 1:
                problem = "the write succeeded but the prospect is not there"
            elif mode(path) != 0o444:
                problem = f"the file's mode changed to {mode(path):o}"
            elif not bak.exists() or bak.read_bytes() != before_bytes:
                problem = "the previous version is not in the .bak"
            self.checks.check("file without write permission (0444)", problem,
                              detail="the write went through (finding F1 in docs/reliability.md:"
                                     " the folder is writable, so rename replaces the file); "
                                     "mode 0444 kept, previous version in .bak")
        else:
            self.expect_clean_failure("file without write permission (0444)", result,
                                      {"bytes": before_bytes},
                                      {"bytes": path.read_bytes()})

    # ---- wrong kinds of path -----------------------------------------------------------

    def path_is_a_folder(self):
        folder = self.folder("path-is-folder")
        target = folder / NAME
        target.mkdir()
        (target / "inside.txt").write_text("keep me\n")
        before = snapshot(folder)
        for args in (["list"], ["add", "Folder Path"], ["check"]):
            result = self.run(folder, args)
            self.expect_clean_failure(f"data path is a folder: {args[0]}", result, before,
                                      snapshot(folder), mention="folder")

    def missing_parent(self):
        folder = self.folder("missing-parent")
        data = folder / "gone" / "sub" / NAME
        for args in (["list"], ["due"], ["stats"]):
            result = self.run(folder, args, file=data)
            problem = support.crash_problem(result)
            lines = result.err.splitlines()
            if problem is None and result.returncode != 0:
                problem = result.describe()
            if problem is None and (len(lines) != 1 or
                                    not lines[0].startswith("followup: warning: no data file")):
                problem = f"expected one 'no data file' warning, got {result.err!r}"
            if problem is None and (folder / "gone").exists():
                problem = "a read created the missing folder"
            self.checks.check(f"missing parent folder, read: {args[0]} is an empty pipeline "
                              "with a warning", problem)
        result = self.run(folder, ["add", "Fresh Start", "-q"], file=data)
        problem = support.crash_problem(result) or (result.describe() if result.returncode
                                                    else None)
        if problem is None:
            modes = [mode(folder / "gone"), mode(folder / "gone" / "sub"), mode(data)]
            if modes != [0o700, 0o700, 0o600]:
                problem = f"modes are {[oct(m) for m in modes]}"
        self.checks.check("missing parent folder, write: created 0700, file 0600", problem)

    def deep_path(self):
        folder = self.folder("deep-path")
        parts = ["a", "b", "c", "d", "e", "f", "g"]
        data = folder.joinpath(*parts, NAME)

        def umask_zero():
            os.umask(0)

        result = self.run(folder, ["add", "Deep Path", "-q"], file=data, preexec=umask_zero)
        problem = support.crash_problem(result) or (result.describe() if result.returncode
                                                    else None)
        if problem is None:
            bad = [f"{p}={mode(p):o}" for p in (folder.joinpath(*parts[:i + 1])
                                                 for i in range(len(parts)))
                   if mode(p) != 0o700]
            if mode(data) != 0o600:
                bad.append(f"file={mode(data):o}")
            problem = f"not private: {bad}" if bad else None
        self.checks.check("--file into a non-existent deep path (umask 000): folders 0700, "
                          "file 0600", problem)

    # ---- privacy -----------------------------------------------------------------------

    def privacy(self):
        folder = self.folder("privacy")
        data = folder / "private" / NAME

        def umask_zero():
            os.umask(0)

        self.run(folder, ["add", "Ann Lee", "-q"], file=data, preexec=umask_zero)
        self.run(folder, ["log", "1"], file=data, preexec=umask_zero)
        bak = data.with_name(NAME + ".bak")
        found = {"folder": mode(data.parent), "file": mode(data),
                 "bak": mode(bak) if bak.exists() else None}
        self.checks.check("new file 0600, its .bak 0600, its folder 0700 (umask 000)",
                          None if found == {"folder": 0o700, "file": 0o600, "bak": 0o600}
                          else f"modes: { {k: oct(v) if v else v for k, v in found.items()} }")

        # The temporary file (and the lock) while a write is under way.
        for file_mode in (0o600, 0o640):
            case = self.folder(f"temp-mode-{file_mode:o}")
            support.write_json(case / NAME, support.make_pipeline(1500, seed=3))
            os.chmod(case / NAME, file_mode)
            seen = catch_temp_file(self.binary, case)
            if seen is None:
                self.checks.skip(f"temporary file mode with the data file {file_mode:o}",
                                 "never caught the temporary file in 30 tries")
                continue
            temp_mode, lock_mode = seen
            problem = None
            # mkstemp makes it 0600, then it takes the data file's own mode.
            if temp_mode not in (0o600, file_mode):
                problem = f"temporary file mode {temp_mode:o}"
            elif lock_mode is not None and lock_mode & 0o077:
                problem = f"lock file mode {lock_mode:o}"
            self.checks.check(f"temporary file mode with the data file {file_mode:o}: 0600 or the"
                              " file's own mode, never more open (caught with SIGSTOP)", problem,
                              detail=f"temp {temp_mode:o}, lock "
                                     f"{'gone' if lock_mode is None else oct(lock_mode)}")

    def messages(self):
        """Error messages name the spot, not the person."""
        folder = self.folder("messages")
        line = ('{"version": 1, "prospects": [{"id": 1, "name": "Ann Lee", "email": '
                '"ann.lee@private.example", "phone": "+1 555 0100", "created": "2026-11-02", '
                '"notes": "met at the clinic about her divorce", "attempts": [] ]}\n')
        (folder / NAME).write_text(line)
        result = self.run(folder, ["list"])
        problem = support.one_line_error_problem(result, max_length=300)
        leaked = [word for word in ("ann.lee@private.example", "555 0100", "divorce", "Ann Lee")
                  if word in result.err]
        if problem is None and leaked:
            problem = f"the message echoes {leaked}"
        if problem is None and ":1:" not in result.err:
            problem = "the message does not name the line"
        self.checks.check("a JSON syntax error does not echo the line's personal data", problem,
                          detail=result.err.strip()[:200])

        secret = "she told me about her divorce and her new address at 12 Elm Street"
        (folder / NAME).write_text(
            '{"version": 1, "prospects": [{"id": 1, "name": "Bo", "created": "2026-11-02", '
            f'"notes": "{secret}\x01", "attempts": []}}]}}\n')
        result = self.run(folder, ["list"])
        problem = support.one_line_error_problem(result, max_length=300)
        if problem is None and re.search(r"divorce|Elm Street", result.err):
            problem = f"the message echoes the note: {result.err.strip()!r}"
        self.checks.check("a control character in a note: the message does not echo the note "
                          "(was R2)", problem)

    # ---- non-regular files -------------------------------------------------------------

    def cut_short(self):
        # A file mapped while it is read, then cut short by another program (an editor
        # saving in place): the next page read would kill followup with a bare "Bus
        # error". Pages are faulted in as the reader goes, so the cut lands mid-read.
        folder = self.folder("cut-short")
        support.write_json(folder / NAME, support.make_pipeline(6000, seed=11))
        # Only a file of k_map_from or more is mapped; a smaller one is read whole and
        # never shows in the memory map, so this check would skip instead of failing.
        size, map_from = (folder / NAME).stat().st_size, map_from_bytes()
        if size < map_from:
            self.checks.check("a data file cut short while it is read: one line, exit 1",
                              f"the test file ({size} bytes) is under k_map_from ({map_from})"
                              ", so it is not mapped; make it larger")
            return
        result = cut_short_while_read(self.binary, folder)
        if result is None:
            self.checks.skip("a data file cut short while it is read",
                             "the reader finished before it could be stopped mid-read")
            return
        problem = support.one_line_error_problem(result)
        if problem is None and "was cut short by another program" not in result.err:
            problem = f"the error does not say the file was cut short: {result.err.strip()!r}"
        self.checks.check("a data file cut short while it is read: one line, exit 1", problem,
                          detail=result.err.strip()[len("followup: error: "):][:160])

    def non_regular(self):
        folder = self.folder("non-regular")
        self.seed_file(folder)
        # stats -o through a symlink that cannot be resolved (as /dev/stdout is, when
        # stdout is a pipe): the link must not be replaced by a regular file.
        link = folder / "out.csv"
        os.symlink("/proc/self/fd/1", link)
        result = self.run(folder, ["stats", "--format", "csv", "-o", str(link)])
        problem = None if link.is_symlink() else "the symlink was replaced by a file"
        if problem is None and result.returncode != 0:
            problem = support.one_line_error_problem(result)
        self.checks.check("stats -o through a link to /proc/self/fd/1 (like /dev/stdout, stdout "
                          "a pipe) writes through it or fails cleanly; the link stays", problem,
                          detail=result.err.strip()[:120] or "written through")
        if not IS_ROOT:
            self.checks.skip("stats -o a character device", "needs root for mknod")
            self.checks.skip("data file that never ends (a /dev/zero node)", "needs root")
            return
        device = folder / "null.csv"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        result = self.run(folder, ["stats", "-o", str(device)])
        problem = (None if stat.S_ISCHR(os.lstat(device).st_mode)
                   else "the device node was replaced by a regular file")
        if problem is None and result.returncode != 0:
            problem = f"writing to the device failed: {result.describe()}"
        self.checks.check("stats -o a character device (a /dev/null node) writes to it and "
                          "leaves it a device (was R4)", problem)
        null_data = folder / "null.json"
        os.mknod(null_data, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        before = snapshot(folder)
        result = self.run(folder, ["add", "Device"], file=null_data)
        self.expect_clean_failure("a /dev/null node as the data file: add", result, before,
                                  snapshot(folder))
        self.checks.check("a /dev/null node as the data file is still a device after add",
                          None if stat.S_ISCHR(os.lstat(null_data).st_mode)
                          else "replaced by a regular file")
        # A file that never ends: followup must stop reading at its size limit (1 GiB) and
        # say so, naming the file. The test watches its memory rather than capping it
        # (an address-space limit does not mix with AddressSanitizer) and kills it past
        # 3 GiB, so a regression fails here instead of calling the OOM killer.
        zero = folder / "zero.json"
        os.mknod(zero, 0o666 | stat.S_IFCHR, os.makedev(1, 5))
        result, peak = run_watching_memory(
            [self.binary, "--file", str(zero), "list"], folder, support.scrubbed_env(folder),
            limit=3 << 30, timeout=120)
        problem = (f"used over {peak >> 20} MiB of memory (killed)" if result is None
                   else support.one_line_error_problem(result, max_length=400))
        if problem is None and "zero.json" not in result.err:
            problem = f"the error does not name the file: {result.err.strip()!r}"
        self.checks.check("data file that never ends (a /dev/zero node): refused, naming the "
                          "file, in under 3 GiB (was R6)", problem,
                          detail=f"peak {peak >> 20} MiB, {result.seconds:.1f} s: "
                                 f"{result.err.strip()}" if result else "")


def map_from_bytes():
    """k_map_from from src/io/store_format.hpp: from this size on a data file is mapped."""
    header = Path(__file__).resolve().parents[2] / "src" / "io" / "store_format.hpp"
    found = re.search(r"k_map_from = std::size_t\{(\d+)\} << (\d+);", header.read_text())
    if not found:
        raise RuntimeError(f"no k_map_from in {header}")
    return int(found[1]) << int(found[2])


def cut_short_while_read(binary, folder, tries=20):
    """Truncates the data file while a reader has it mapped: stops the reader (SIGSTOP) as
    soon as the file shows in its memory map, cuts the file to 100 bytes, and lets it go
    on. Returns the finished run, or None if the reader was never caught mid-read."""
    data = folder / NAME
    original = data.read_bytes()
    env = support.scrubbed_env(folder)
    for _ in range(tries):
        data.write_bytes(original)
        start = time.monotonic()
        process = subprocess.Popen([binary, "--file", str(data), "show", "1"], cwd=folder,
                                   env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE)
        caught = False
        try:
            while process.poll() is None and not caught:
                try:
                    maps = Path(f"/proc/{process.pid}/maps").read_text()
                except OSError:
                    break
                if str(data) in maps:
                    os.kill(process.pid, signal.SIGSTOP)
                    os.truncate(data, 100)
                    caught = True
                    os.kill(process.pid, signal.SIGCONT)
        finally:
            stdout, stderr = process.communicate(timeout=60)
        if caught and process.returncode != 0:
            return support.Result(process.returncode, stdout, stderr, time.monotonic() - start)
    return None


def run_watching_memory(command, folder, env, limit, timeout):
    """Runs `command`, polling its resident memory; returns (Result, peak bytes), or
    (None, peak) when it passed `limit` bytes or `timeout` seconds and was killed."""
    start = time.monotonic()
    process = subprocess.Popen(command, cwd=folder, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        try:
            with open(f"/proc/{process.pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        peak = max(peak, int(line.split()[1]) * 1024)
        except (OSError, ValueError):
            pass
        if peak > limit or time.monotonic() - start > timeout:
            process.kill()
            process.communicate()
            return None, peak
        time.sleep(0.02)
    out, err = process.communicate()
    return support.Result(process.returncode, out, err, time.monotonic() - start), peak


def fill(path, leave):
    """Writes zeros to `path` until at most `leave` bytes are free on its file system."""
    with open(path, "wb") as f:
        try:
            while True:
                free = os.statvfs(path).f_bavail * os.statvfs(path).f_frsize
                if free <= leave:
                    break
                f.write(b"\0" * min(4096, max(1, free - leave)))
                f.flush()
        except OSError:
            pass



def catch_temp_file(binary, folder, tries=30):
    """Stops a writer (SIGSTOP) while its temporary file exists; returns its mode and the
    lock file's mode (None if gone), or None if never caught."""
    env = support.scrubbed_env(folder)
    for attempt in range(tries):
        process = subprocess.Popen([binary, "--file", str(folder / NAME), "set", "1",
                                    "--company", f"Caught {attempt}"], cwd=folder, env=env,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        caught = None
        try:
            while process.poll() is None and caught is None:
                for entry in os.listdir(folder):
                    if entry.startswith(f".{NAME}.tmp-"):
                        os.kill(process.pid, signal.SIGSTOP)
                        try:
                            temp_mode = mode(folder / entry)
                        except FileNotFoundError:
                            os.kill(process.pid, signal.SIGCONT)
                            break
                        lock = folder / f"{NAME}.lock"
                        lock_mode = mode(lock) if lock.exists() else None
                        caught = (temp_mode, lock_mode)
                        os.kill(process.pid, signal.SIGCONT)
                        break
        finally:
            os.kill(process.pid, signal.SIGCONT) if process.poll() is None else None
            process.wait()
        if caught:
            return caught
    return None


def main():
    binary, _ = support.binary_from_argv(sys.argv)
    checks = support.Checks("faults: full disk, read-only, permissions, paths, privacy")
    root = Path(tempfile.mkdtemp(prefix="followup-faults-"))
    os.chmod(root, 0o711)  # `nobody` must reach its own folders inside
    try:
        faults = Faults(binary, root, checks)
        for case in (faults.full_disk, faults.read_only_folder, faults.permissions,
                     faults.path_is_a_folder, faults.missing_parent, faults.deep_path,
                     faults.privacy, faults.messages, faults.cut_short, faults.non_regular):
            try:
                case()
            except Exception as error:  # a broken case must not hide the others
                checks.fail(case.__name__, f"the test itself failed: {error!r}")
    finally:
        for entry in root.iterdir():
            subprocess.run(["umount", "-l", str(entry)], capture_output=True) \
                if os.path.ismount(entry) else None
        for path, dirs, _ in os.walk(root):
            for d in dirs:
                with contextlib.suppress(OSError):
                    os.chmod(os.path.join(path, d), 0o755)
        shutil.rmtree(root, ignore_errors=True)
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
