#!/usr/bin/env python3
"""The golden runner itself: it must fail on a difference, show it as a diff, rewrite
cases with --update, and keep CR, ESC, trailing blanks and missing final newlines exact.

Usage: test_golden.py --followup PATH
"""

import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import e2e_support
from e2e_support import HERE

GOLDEN = HERE / "golden.py"


class GoldenRunner(unittest.TestCase):
    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="followup-golden-"))
        self.case = self.folder / "case.t"

    def tearDown(self):
        for path in self.folder.iterdir():
            path.unlink()
        self.folder.rmdir()

    def golden(self, *args):
        return subprocess.run(
            [sys.executable, str(GOLDEN), "--followup", e2e_support.FOLLOWUP, *args,
             str(self.case)],
            capture_output=True, text=True, timeout=120,
        )

    def test_a_difference_fails_with_a_diff(self):
        self.case.write_text("# wrong on purpose\n$ followup --version\n| followup 0.0.0\n? 0\n")
        done = self.golden()
        self.assertEqual(done.returncode, 1, done.stdout)
        self.assertTrue(done.stdout.endswith("0 passed, 1 failed\n"), done.stdout)
        self.assertIn("-| followup 0.0.0\n", done.stdout)
        self.assertIn("+| followup ", done.stdout)

    def test_update_rewrites_then_passes(self):
        text = (
            "# comments and commands stay\n"
            "$ printf 'a\\r\\n\\033[1mb \\t\\nno end' && printf 'err' >&2 && exit 3\n"
            "? 0\n"
            "\n"
            "$ followup due --today nonsense\n"
            "? 0\n"
            "= file absent\n"
        )
        self.case.write_text(text)
        self.assertEqual(self.golden().returncode, 1)
        updated = self.golden("--update")
        self.assertEqual(updated.returncode, 0, updated.stdout)
        self.assertEqual(self.case.read_text(), (
            "# comments and commands stay\n"
            "$ printf 'a\\r\\n\\033[1mb \\t\\nno end' && printf 'err' >&2 && exit 3\n"
            "| a\u240d\n"
            "| \u241b[1mb\u2420\u2409\n"
            "| no end\n"
            "\\ no newline at end\n"
            "! err\n"
            "\\ no newline at end\n"
            "? 3\n"
            "\n"
            "$ followup due --today nonsense\n"
            "! followup: error: --today: 'nonsense' is not a date; use YYYY-MM-DD\n"
            "? 2\n"
            "= file absent\n"
        ))
        again = self.golden()
        self.assertEqual(again.returncode, 0, again.stdout)
        self.assertTrue(again.stdout.endswith("1 passed, 0 failed\n"))

    def test_the_data_file_is_checked(self):
        self.case.write_text(
            "fixture: quiet.json\n$ followup add 'Zoe Quinn' -q\n| 6\n? 0\n= file unchanged\n"
        )
        done = self.golden()
        self.assertEqual(done.returncode, 1, done.stdout)
        self.assertIn("-= file unchanged\n", done.stdout)
        self.assertIn('+|       "name": "Zoe Quinn",\n', done.stdout)

    def test_a_malformed_case_is_an_error(self):
        self.case.write_text("$ followup --version\nfollowup 0.1.0\n? 0\n")
        done = self.golden()
        self.assertEqual(done.returncode, 1)
        self.assertIn("case.t:2:", done.stdout)
        self.assertTrue(done.stdout.endswith("0 passed, 1 failed\n"))


if __name__ == "__main__":
    e2e_support.main()
