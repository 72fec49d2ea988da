#!/usr/bin/env python3
"""Many followup processes on one data file at once: writers must not lose each
other's touches, and readers must always see a whole file.

Usage: test_concurrency.py --followup PATH
"""

import json
import subprocess

import e2e_support
from e2e_support import FollowupTestCase, scrubbed_env

WRITERS = 20
READ_ROUNDS = 15


class ConcurrentWriters(FollowupTestCase):
    def start(self, *args):
        return subprocess.Popen(
            [e2e_support.FOLLOWUP, *args],
            cwd=self.folder,
            env=scrubbed_env(self.folder),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )

    def finish(self, process):
        stdout, stderr = process.communicate(timeout=120)
        return process.returncode, stdout.decode(), stderr.decode()

    def ann(self, document):
        return next(p for p in document["prospects"] if p["id"] == 1)

    def test_parallel_logs_keep_every_touch(self):
        before = json.loads(self.data_file.read_text(encoding="utf-8"))
        touches_before = len(self.ann(before)["attempts"])

        writers = [self.start("log", "1", "--note", f"writer {i}") for i in range(WRITERS)]
        for i, writer in enumerate(writers):
            code, _, stderr = self.finish(writer)
            self.assertEqual(code, 0, f"writer {i} failed: {stderr}")
            self.assertEqual(stderr, "", f"writer {i}")

        after = json.loads(self.data_file.read_text(encoding="utf-8"))
        attempts = self.ann(after)["attempts"]
        self.assertEqual(len(attempts), touches_before + WRITERS)
        notes = sorted(a.get("note", "") for a in attempts[touches_before:])
        self.assertEqual(notes, sorted(f"writer {i}" for i in range(WRITERS)))
        # Everyone else is untouched.
        self.assertEqual(
            [p for p in after["prospects"] if p["id"] != 1],
            [p for p in before["prospects"] if p["id"] != 1],
        )
        # No lock or temporary file is left behind (the .bak of the last write stays).
        leftovers = sorted(p.name for p in self.folder.iterdir())
        self.assertEqual(leftovers, ["followup.json", "followup.json.bak"])

    def test_readers_see_a_whole_file_while_writers_run(self):
        writers = [self.start("log", "1", "--note", f"writer {i}") for i in range(WRITERS)]
        readers = []
        for _ in range(READ_ROUNDS):
            readers.append(("due", self.start("due", "--format", "json", "--within", "3")))
            readers.append(("list", self.start("list", "--format", "json")))
        for i, writer in enumerate(writers):
            code, _, stderr = self.finish(writer)
            self.assertEqual(code, 0, f"writer {i} failed: {stderr}")
        for kind, reader in readers:
            code, stdout, stderr = self.finish(reader)
            self.assertEqual(code, 0, f"{kind} failed: {stderr}")
            self.assertEqual(stderr, "", kind)
            document = json.loads(stdout)  # fails the test on a torn read
            if kind == "list":
                self.assertEqual([p["id"] for p in document], list(range(1, 14)))
                touches = next(p for p in document if p["id"] == 1)["touches"]
                self.assertTrue(2 <= touches <= 2 + WRITERS, touches)
            else:
                self.assertEqual(document["today"], e2e_support.TODAY)
                self.assertEqual(len(document["abandoned"]), 3)
        final = json.loads(self.data_file.read_text(encoding="utf-8"))
        self.assertEqual(len(self.ann(final)["attempts"]), 2 + WRITERS)


if __name__ == "__main__":
    e2e_support.main()
