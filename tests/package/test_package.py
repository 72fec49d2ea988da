#!/usr/bin/env python3
"""The Debian package, built as a packager would and checked as a user would meet it.

Configures a separate Release build (no tests, no sanitizers) in a temporary folder,
builds it (-j2), runs `cpack -G DEB`, and checks the .deb: its name, its control fields
(the Depends line names the package of every shared library the binary needs, found by
dpkg-shlibdeps), its files and their modes; then unpacks it with `dpkg -x` into a
temporary root and runs the binary from there (--version, and due, list and stats on the
example pipeline, compared with the binary under test), renders the man page with
`man -l`, and loads the bash completion from the package.

With FOLLOWUP_PACKAGE_INSTALL_TEST=1 (CI, as root) it also installs the package with
`apt-get install ./followup_*.deb`, runs /usr/bin/followup and `man followup`, removes
it with `apt-get remove`, and checks that no file of the package is left.

Usage: test_package.py --source REPO [--followup BINARY] [unittest options]
"""

import argparse
import fnmatch
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
from pathlib import Path

SOURCE = None  # set by main()
FOLLOWUP = None
TODAY = "2026-11-25"
INSTALLED_FILES = [
    "usr/bin/followup",
    "usr/share/man/man1/followup.1.gz",
    "usr/share/bash-completion/completions/followup",
    "usr/share/zsh/vendor-completions/_followup",
    "usr/share/fish/vendor_completions.d/followup.fish",
    "usr/share/doc/followup/copyright",
]


def run(args, **kwargs):
    kwargs.setdefault("capture_output", True)
    kwargs.setdefault("timeout", 1500)  # a loaded machine; idle, the build takes minutes
    done = subprocess.run(args, **kwargs)
    if done.returncode != 0:
        raise AssertionError(f"{' '.join(map(str, args))} exited {done.returncode}\n"
                             f"{done.stdout.decode(errors='replace')[-3000:]}\n"
                             f"{done.stderr.decode(errors='replace')[-3000:]}")
    return done


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def excluded_by_dpkg(path):
    """Minimal images (Docker's debian:*-slim) tell dpkg not to install man pages."""
    config = Path("/etc/dpkg/dpkg.cfg.d")
    patterns = []
    for file in sorted(config.glob("*")) if config.is_dir() else []:
        for line in file.read_text(errors="replace").split("\n"):
            if line.startswith(("path-exclude", "path-include")):
                kind, _, pattern = line.partition("=")
                patterns.append((kind.strip(), pattern.strip()))
    excluded = False
    for kind, pattern in patterns:  # the last matching one decides
        if fnmatch.fnmatch(path, pattern):
            excluded = kind == "path-exclude"
    return excluded


def project_version():
    text = (SOURCE / "CMakeLists.txt").read_text()
    return re.search(r"project\(followup VERSION (\S+)", text).group(1)


class Package(unittest.TestCase):
    """Builds the package once for every test."""

    @classmethod
    def setUpClass(cls):
        cls.folder = Path(tempfile.mkdtemp(prefix="followup-package-"))
        build, out = cls.folder / "build", cls.folder / "out"
        env = {k: v for k, v in os.environ.items() if not k.endswith("SAN_OPTIONS")}
        timings = {}
        cpu_before = cpu_seconds()
        started = time.monotonic()
        # -O1 instead of Release's -O3: this test checks the packaging, not the code the
        # compiler makes, and the optimised build took 4 of CI's 15 minutes
        # (scripts/demo and bench/run build with -O3).
        run(["cmake", "-S", SOURCE, "-B", build, "-DCMAKE_BUILD_TYPE=Release",
             "-DCMAKE_CXX_FLAGS_RELEASE=-O1 -DNDEBUG",
             "-DFOLLOWUP_BUILD_TESTS=OFF", "-DFOLLOWUP_SANITIZE=OFF",
             "-DFOLLOWUP_WARNINGS_AS_ERRORS=OFF", "-DFOLLOWUP_FUZZ=OFF"], env=env)
        timings["configure"] = time.monotonic() - started
        started = time.monotonic()
        run(["cmake", "--build", build, "-j2"], env=env)
        timings["build"] = time.monotonic() - started
        started = time.monotonic()
        run(["cpack", "-G", "DEB", "--config", build / "CPackConfig.cmake", "-B", out],
            cwd=build, env=env)
        timings["cpack"] = time.monotonic() - started
        # The CPU time tells what it costs on an idle machine; the wall time what it took.
        print("package: " + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items()) +
              f"; {cpu_seconds() - cpu_before:.0f} s of CPU", file=sys.stderr)
        cls.debs = sorted(out.glob("*.deb"))
        cls.deb = cls.debs[0] if cls.debs else None
        cls.root = cls.folder / "root"
        if cls.deb:
            run(["dpkg", "-x", cls.deb, cls.root])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.folder, ignore_errors=True)

    def setUp(self):
        self.assertIsNotNone(self.deb, "cpack made no .deb")
        self.env = {"PATH": "/usr/bin:/bin", "HOME": str(self.folder), "TZ": "UTC",
                    "LC_ALL": "C.UTF-8", "FOLLOWUP_TODAY": TODAY,
                    "FOLLOWUP_FILE": str(SOURCE / "tests/e2e/fixtures/pipeline.json")}

    def control(self):
        info = run(["dpkg-deb", "-f", self.deb]).stdout.decode()
        return dict(re.findall(r"^(\S+): (.*(?:\n .*)*)", info, re.M))

    def test_name_and_control_fields(self):
        arch = run(["dpkg", "--print-architecture"]).stdout.decode().strip()
        self.assertEqual([d.name for d in self.debs], [f"followup_{project_version()}_{arch}.deb"])
        fields = self.control()
        self.assertEqual(fields["Package"], "followup")
        self.assertEqual(fields["Version"], project_version())
        self.assertEqual(fields["Architecture"], arch)
        self.assertEqual(fields["Section"], "utils")
        self.assertRegex(fields["Maintainer"], r".+ <[^@ ]+@[^> ]+>")
        self.assertTrue(fields["Description"].startswith("command-line follow-up tracker"))
        self.assertIn("\n ", fields["Description"], "a long description too")
        info = run(["dpkg-deb", "-I", self.deb]).stdout.decode()
        self.assertIn(" Depends: ", info)

    def test_depends_names_every_library_the_binary_needs(self):
        depends = self.control()["Depends"]
        packages = {re.match(r"\s*([^\s(]+)", d).group(1) for d in depends.split(",")}
        binary = self.root / "usr/bin/followup"
        needed = re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]",
                            run(["readelf", "-d", binary]).stdout.decode())
        self.assertIn("libc.so.6", needed)
        libraries = dict(re.findall(r"^\s*(\S+) => (\S+)",
                                    run(["ldd", binary]).stdout.decode(), re.M))
        for soname in needed:
            with self.subTest(library=soname):
                owner = self.package_of(libraries[soname])
                self.assertIn(owner, packages, f"{soname} is in {owner}; Depends: {depends}")
        self.assertNotRegex(depends, r"libasan|libubsan", "a Release build has no sanitizers")

    @staticmethod
    def package_of(path):
        real = os.path.realpath(path)
        for candidate in (real, re.sub(r"^/usr/lib/", "/lib/", real), path):
            done = subprocess.run(["dpkg", "-S", candidate], capture_output=True)
            if done.returncode == 0:
                return done.stdout.decode().split(":")[0]
        raise AssertionError(f"no package owns {path}")

    def test_files_modes_and_owner(self):
        listing = run(["dpkg-deb", "-c", self.deb]).stdout.decode()
        entries = {}
        for line in listing.strip().split("\n"):
            mode, owner, *_rest, name = line.split()
            entries[name.lstrip(".").lstrip("/")] = (mode, owner)
        for path in INSTALLED_FILES:
            with self.subTest(path=path):
                self.assertIn(path, entries)
                mode, owner = entries[path]
                self.assertEqual(owner, "root/root")
                self.assertEqual(mode, "-rwxr-xr-x" if path.startswith("usr/bin/") else
                                 "-rw-r--r--")
        self.assertFalse([p for p in entries if not p.startswith("usr/") and p],
                         "everything under /usr")

    def test_the_unpacked_binary_runs(self):
        binary = self.root / "usr/bin/followup"
        done = run([binary, "--version"], env=self.env)
        self.assertEqual(done.stdout.decode(), f"followup {project_version()}\n")
        for args in (["due"], ["due", "--format", "json"], ["due", "--digest"],
                     ["list", "--format", "csv"], ["stats", "--by", "channel"]):
            with self.subTest(args=args):
                packaged = run([binary, *args], env=self.env)
                self.assertEqual(packaged.stderr, b"")
                self.assertRegex(packaged.stdout.decode(), r"Ann Lee|\bcall\b")
                if FOLLOWUP:
                    tested = run([FOLLOWUP, *args], env=self.env)
                    self.assertEqual(packaged.stdout, tested.stdout)

    def test_the_man_page_renders(self):
        page = self.root / "usr/share/man/man1/followup.1.gz"
        env = dict(self.env, MANWIDTH="80", MANPAGER="cat", PAGER="cat")
        done = run(["man", "--warnings", "-l", page], env=env)
        self.assertEqual(done.stderr.decode(), "")
        text = done.stdout.decode()
        self.assertIn("FOLLOWUP(1)", text)
        self.assertRegex(text, r"followup +- who to follow up with today")
        self.assertIn("--digest", text)

    def test_the_completions_are_the_binary_s(self):
        binary = self.root / "usr/bin/followup"
        for shell, path in (("bash", INSTALLED_FILES[2]), ("zsh", INSTALLED_FILES[3]),
                            ("fish", INSTALLED_FILES[4])):
            with self.subTest(shell=shell):
                script = (self.root / path).read_bytes()
                self.assertEqual(script, run([binary, "completion", shell]).stdout)
                self.assertIn(b"reengage", script)  # fish says -l reengage
        bash_completion = Path("/usr/share/bash-completion/bash_completion")
        if bash_completion.exists():
            done = run(["bash", "--norc", "-c",
                        f"source {bash_completion}; source {self.root / INSTALLED_FILES[2]};"
                        " complete -p followup"])
            self.assertEqual(done.stdout.decode().strip(), "complete -F _followup followup")

    @unittest.skipUnless(os.environ.get("FOLLOWUP_PACKAGE_INSTALL_TEST") == "1",
                         "installs into the system: set FOLLOWUP_PACKAGE_INSTALL_TEST=1 (CI)")
    def test_apt_installs_and_removes_it(self):
        self.assertEqual(os.geteuid(), 0, "apt-get install needs root")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        run(["apt-get", "install", "-y", "--no-install-recommends", f"./{self.deb.name}"],
            cwd=self.deb.parent, env=env)
        try:
            listed = run(["dpkg", "-L", "followup"]).stdout.decode().split("\n")
            files = [p for p in listed if p and os.path.isfile(p)]
            for path in INSTALLED_FILES:
                if not excluded_by_dpkg("/" + path):
                    self.assertIn("/" + path, files)
            done = run(["/usr/bin/followup", "--version"], env=self.env)
            self.assertEqual(done.stdout.decode(), f"followup {project_version()}\n")
            if not excluded_by_dpkg("/usr/share/man/man1/followup.1.gz"):
                done = run(["man", "followup"], env=dict(self.env, MANPAGER="cat",
                                                         PAGER="cat", MANWIDTH="80"))
                self.assertIn("FOLLOWUP(1)", done.stdout.decode())
            done = run(["bash", "-c", "command -v followup"], env=self.env)
            self.assertEqual(done.stdout.decode().strip(), "/usr/bin/followup")
        finally:
            run(["apt-get", "remove", "-y", "followup"], env=env)
        self.assertEqual([p for p in files if os.path.lexists(p)], [], "left after remove")
        status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "followup"],
                                capture_output=True).stdout.decode()
        self.assertNotIn("installed", status.replace("not-installed", ""))


def main():
    global SOURCE, FOLLOWUP
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--source", required=True)
    parser.add_argument("--followup")
    args, rest = parser.parse_known_args()
    SOURCE = Path(args.source).resolve()
    FOLLOWUP = str(Path(args.followup).resolve()) if args.followup else None
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)


if __name__ == "__main__":
    main()
