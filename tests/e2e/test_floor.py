"""bench/run's floor rows (bench/floor.cpp): followup_floor must walk what followup reads,
or the floor it reports measures something else. On a generated pipeline it must count
the prospects and touches followup lists; on a broken file or no file it must fail; with
--write it must save the file back as followup saves a change.

Usage: test_floor.py --followup PATH --floor PATH [unittest options]"""

import argparse
import json
import re
import shutil
import subprocess
import sys

import e2e_support
from e2e_support import FIXTURES, REPO, FollowupTestCase, mimalloc_options, scrubbed_env

FLOOR = None  # set below


class Floor(FollowupTestCase):
    fixture = None

    def floor(self, *args):
        return subprocess.run([FLOOR, *args], capture_output=True, text=True, timeout=60)

    def test_counts_what_followup_reads(self):
        # 300 prospects, which followup reads into memory, and 1,500 (2.2 MB), which it
        # maps and copies out in pieces (k_map_from in src/io/store_format.hpp).
        for prospects in (300, 1500):
            with self.subTest(prospects=prospects):
                made = subprocess.run(
                    [sys.executable, str(REPO / "bench" / "generate"), str(prospects), "--seed",
                     "7"], capture_output=True, check=True, timeout=120)
                self.data_file.write_bytes(made.stdout)
                listed = json.loads(self.run_followup("list", "--format", "json").stdout)
                done = self.floor(str(self.data_file))
                self.assertEqual(done.returncode, 0, done.stderr)
                counts = re.fullmatch(r"(\d+) prospects, (\d+) touches, (\d+) bytes of values\n",
                                      done.stdout)
                self.assertIsNotNone(counts, done.stdout)
                self.assertEqual(int(counts[1]), len(listed))
                self.assertEqual(int(counts[2]), sum(p["touches"] for p in listed))
                self.assertGreater(int(counts[3]), 0)

    def test_write_saves_the_same_bytes_by_rename(self):
        # The write floor must do what a followup save does at least: a new file renamed
        # over the old one, nothing left behind.
        shutil.copyfile(FIXTURES / "pipeline.json", self.data_file)
        before = self.data_file.read_bytes()
        inode = self.data_file.stat().st_ino
        done = self.floor("--write", str(self.data_file))
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(self.data_file.read_bytes(), before)
        self.assertNotEqual(self.data_file.stat().st_ino, inode)
        self.assertEqual([p.name for p in self.folder.iterdir() if ".floor-" in p.name], [])

    def test_write_leaves_a_broken_file_alone(self):
        broken = '{"version": 1, "prospects": [{"id": 1, "name": '
        self.data_file.write_text(broken)
        inode = self.data_file.stat().st_ino
        done = self.floor("--write", str(self.data_file))
        self.assertEqual(done.returncode, 1)
        self.assertEqual(self.data_file.read_text(), broken)
        self.assertEqual(self.data_file.stat().st_ino, inode)

    def test_memory_as_followup(self):
        # A floor in small pages would pay page faults followup does not (src/io/huge_pages.cpp).
        env = scrubbed_env(self.folder, MIMALLOC_VERBOSE="1")
        ours = mimalloc_options(self.run_followup("--version", env=env).stderr)
        if not ours:
            self.skipTest("built without mimalloc")
        shutil.copyfile(FIXTURES / "pipeline.json", self.data_file)
        floor = subprocess.run([FLOOR, str(self.data_file)], env=env, capture_output=True,
                               timeout=60)
        self.assertEqual(floor.returncode, 0, floor.stderr)
        theirs = mimalloc_options(floor.stderr)
        for option in ("large_os_pages", "eager_commit_delay"):
            self.assertEqual(theirs.get(option), ours[option], option)

    def test_a_broken_file_or_none_fails(self):
        self.data_file.write_text('{"version": 1, "prospects": [{"id": 1, "name": ')
        done = self.floor(str(self.data_file))
        self.assertEqual(done.returncode, 1)
        self.assertIn(str(self.data_file), done.stderr)
        self.assertEqual(self.floor(str(self.folder / "missing.json")).returncode, 1)
        self.assertEqual(self.floor().returncode, 2)
        self.assertEqual(self.floor("--write").returncode, 2)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--floor", required=True)
    args, rest = parser.parse_known_args()
    FLOOR = args.floor
    sys.argv = [sys.argv[0], *rest]
    e2e_support.main()
