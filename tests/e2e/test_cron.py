#!/usr/bin/env python3
"""followup under cron: an almost empty environment (no HOME, no PATH), a digest that
is mailed only when there is something to do, and the documented crontab line.

Usage: test_cron.py --followup PATH
"""

import re
import subprocess

import e2e_support
from e2e_support import FIXTURES, REPO, TODAY, FollowupTestCase


class Cron(FollowupTestCase):
    def cron_run(self, *args, **variables):
        """Runs followup as cron would, through `env -i` with only `variables` set."""
        assignments = [f"{name}={value}" for name, value in variables.items()]
        return subprocess.run(
            ["/usr/bin/env", "-i", *assignments, e2e_support.FOLLOWUP, *args],
            cwd="/",
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
        )

    def test_digest_in_a_bare_environment(self):
        done = self.cron_run(
            "due", "--digest", "--today", TODAY,
            FOLLOWUP_FILE=self.data_file, TZ="Europe/Berlin",
        )
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stderr, b"")
        lines = done.stdout.decode("utf-8").split("\n")
        self.assertEqual(lines[0], "2 due today, 6 overdue, 3 abandoned before the fifth touch")
        self.assertEqual(lines[-1], "", "the digest ends with a newline")
        due_start = lines.index("Due:")
        abandoned_start = lines.index("Abandoned before the fifth touch:")
        # Each due line starts "  #ID"; the coach's advice follows it, indented further.
        due_ids = [int(re.match(r"  #(\d+) ", line).group(1))
                   for line in lines[due_start + 1:abandoned_start - 1] if line.startswith("  #")]
        self.assertEqual(due_ids, [6, 7, 11, 3, 12, 2, 1, 13])  # most overdue first
        self.assertIn(
            "  #11 Karen Page (Nelson, Murdock & \"Page\" LLP) - touch 2 of 5, 7 days overdue, "
            "last: 2026-08-20 email, not-interested; try email", lines)
        self.assertIn("  #3 陈伟 (Shanghai Trading) - touch 2 of 5, 2 days overdue, "
                      "last: 2026-11-19 linkedin, no-answer; try email", lines)
        self.assertEqual(lines[abandoned_start + 1:-1], [
            "  #6 Frank Castle (Castle Security) - no touch for 36 days, 2 touches",
            "  #7 Grace Hopper (Navy) - never touched, added 20 days ago",
            "  #8 Hal Jordan (Ferris Aircraft) - closed lost after 2 touches",
        ])

    def test_digest_is_silent_on_a_quiet_day(self):
        quiet = self.folder / "quiet.json"
        quiet.write_bytes((FIXTURES / "quiet.json").read_bytes())
        done = self.cron_run(
            "due", "--digest", "--today", TODAY, FOLLOWUP_FILE=quiet, TZ="Europe/Berlin",
        )
        self.assertEqual((done.returncode, done.stdout, done.stderr), (0, b"", b""))
        # The same pipeline two days later has something to say.
        later = self.cron_run(
            "due", "--digest", "--today", "2026-11-27", FOLLOWUP_FILE=quiet, TZ="Europe/Berlin",
        )
        self.assertEqual(later.returncode, 0, later.stderr)
        self.assertTrue(later.stdout.startswith(b"1 due today, 0 overdue"), later.stdout)

    def test_no_data_file_and_no_home_is_a_clear_usage_error(self):
        done = self.cron_run("due", "--digest", "--today", TODAY, TZ="Europe/Berlin")
        self.assertEqual(done.returncode, 2)
        self.assertEqual(done.stdout, b"")
        stderr = done.stderr.decode("utf-8")
        self.assertTrue(stderr.endswith("\n"))
        self.assertEqual(stderr.count("\n"), 1, f"one line expected: {stderr!r}")
        self.assertTrue(stderr.startswith("followup: error: "), stderr)
        self.assertIn("FOLLOWUP_FILE", stderr)
        self.assertIn("--file", stderr)

    def test_docs_show_a_crontab_line(self):
        doc = REPO / "docs" / "cron.md"
        if not doc.is_file():
            self.fail(f"{doc} does not exist: the manual must show how to run the digest "
                      "from cron (a crontab line with `followup due --digest`)")
        schedule = r"(@(daily|weekly|weekdays|hourly|reboot)|([0-9*/,-]+\s+){4}[0-9A-Za-z*/,-]+)"
        pattern = re.compile(rf"^\s*{schedule}\s+.*\bfollowup\b.*\bdue\b.*--digest\b")
        lines = doc.read_text(encoding="utf-8").splitlines()
        matches = [line for line in lines if pattern.search(line)]
        self.assertTrue(matches, f"{doc} has no crontab line running `followup due --digest`")


if __name__ == "__main__":
    e2e_support.main()
