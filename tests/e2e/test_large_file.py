#!/usr/bin/env python3
"""A data file of k_map_from bytes or more (src/io/store_format.hpp) takes another road
in: io/store.cpp maps it, finds the cuts between prospects in the mapping, and copies
each piece out with pread to parse it (docs/performance.md). Whatever the road, the
commands must see the same pipeline and a change must write the same bytes.

Two files hold the same pipeline of 300 prospects, but in one, a prospect's notes are
5 MB long: that file is read the large file's way. Every output but that prospect's own
notes must be the same, and after the same change the two files must differ only there.

Usage: test_large_file.py --followup PATH [unittest options]"""

import re
import subprocess
import sys

import e2e_support
from e2e_support import REPO, FollowupTestCase

LONG_NOTES = "a note that goes on " * ((5 << 20) // 20)  # 5 MiB


def map_from_bytes():
    header = (REPO / "src" / "io" / "store_format.hpp").read_text()
    found = re.search(r"k_map_from = std::size_t\{(\d+)\} << (\d+);", header)
    return int(found[1]) << int(found[2])


class LargeFile(FollowupTestCase):
    fixture = None

    def setUp(self):
        super().setUp()
        made = subprocess.run(
            [sys.executable, str(REPO / "bench" / "generate"), "300", "--seed", "7", "--today",
             e2e_support.TODAY], capture_output=True, check=True, timeout=120)
        self.small = made.stdout.decode()
        # The first prospect with notes gets the long ones.
        notes = re.search(r'\n      "notes": "([^"\\]*)",', self.small)
        self.short_notes = notes[1]
        self.long_id = int(re.findall(r'\n      "id": (\d+),', self.small[:notes.start()])[-1])
        self.large = (self.small[:notes.start(1)] + LONG_NOTES + self.small[notes.end(1):])
        self.small_file = self.folder / "small.json"
        self.large_file = self.folder / "large.json"
        self.small_file.write_text(self.small)
        self.large_file.write_text(self.large)
        self.assertGreaterEqual(self.large_file.stat().st_size, map_from_bytes(),
                                "the large file must be mapped, or this tests nothing new")

    def both(self, *args):
        return [self.run_followup("--file", str(path), *args).stdout
                for path in (self.small_file, self.large_file)]

    def test_reads_the_same_pipeline(self):
        other_id = 300 if self.long_id != 300 else 299
        for args in (("due", "--format", "json", "--within", "30"), ("stats", "--format", "json"),
                     ("list", "--format", "csv"), ("show", str(other_id))):
            with self.subTest(args=args):
                small, large = self.both(*args)
                self.assertGreater(len(small), 0)
                self.assertEqual(small, large)
        small, large = self.both("show", str(self.long_id))
        self.assertIn(LONG_NOTES[:200].encode(), large)
        self.assertEqual(large.replace(LONG_NOTES.encode(), self.short_notes.encode()), small)

    def test_a_change_writes_the_same_bytes(self):
        for args in (("log", "250", "--channel", "email", "--outcome", "replied", "--value",
                      "a case study", "--note", "asked for pricing"),
                     ("add", "Zoë Park", "--company", "Acme", "--force", "-q"),
                     ("set", "12", "--add-tag", "renewal")):
            with self.subTest(args=args):
                self.both(*args)
                small = self.small_file.read_text()
                large = self.large_file.read_text()
                self.assertNotEqual(small, self.small)  # changed, and kept
                self.assertEqual(large.replace(LONG_NOTES, self.short_notes), small)
                self.assertEqual(large.count(LONG_NOTES), 1)


if __name__ == "__main__":
    e2e_support.main()
