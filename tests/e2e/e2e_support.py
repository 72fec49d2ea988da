"""Shared by the end-to-end Python tests: finding the binary, and running it the way
golden.py does (a fresh temporary folder, a scrubbed environment, today fixed)."""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
REPO = HERE.parent.parent
TODAY = "2026-11-25"
FOLLOWUP = None  # set by main()


def scrubbed_env(folder, **extra):
    env = {
        "PATH": "/usr/bin:/bin",
        "TZ": "UTC",
        "HOME": str(folder),
        "FOLLOWUP_FILE": str(Path(folder) / "followup.json"),
        "FOLLOWUP_TODAY": TODAY,
    }
    for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if name in os.environ:
            env[name] = os.environ[name]
    env.update(extra)
    return env


def mimalloc_options(stderr):
    """The options mimalloc printed as it started, run with MIMALLOC_VERBOSE=1:
    {"large_os_pages": "1", ...}; empty for a build without mimalloc (the sanitizers')."""
    return dict(re.findall(r"^mimalloc: option '([a-z_]+)': (-?\d+)$",
                           stderr.decode(errors="replace"), re.MULTILINE))


class FollowupTestCase(unittest.TestCase):
    """A test with its own temporary folder holding the data file."""

    fixture = "pipeline.json"

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="followup-e2e-"))
        self.addCleanup(shutil.rmtree, self.folder, ignore_errors=True)
        self.data_file = self.folder / "followup.json"
        if self.fixture:
            shutil.copyfile(FIXTURES / self.fixture, self.data_file)

    def run_followup(self, *args, env=None, check=True, timeout=60):
        done = subprocess.run(
            [FOLLOWUP, *args],
            cwd=self.folder,
            env=env if env is not None else scrubbed_env(self.folder),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
        )
        if check and done.returncode != 0:
            self.fail(
                f"followup {' '.join(args)} exited {done.returncode}\n"
                f"stderr: {done.stderr.decode(errors='replace')}"
            )
        return done


def main():
    """Runs the module's tests: `script.py --followup PATH [unittest options]`."""
    global FOLLOWUP
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--followup", required=True)
    args, rest = parser.parse_known_args()
    FOLLOWUP = str(Path(args.followup).resolve())
    if not os.access(FOLLOWUP, os.X_OK):
        print(f"{FOLLOWUP} is not an executable", file=sys.stderr)
        sys.exit(2)
    unittest.main(module="__main__", argv=[sys.argv[0], *rest], verbosity=2)
