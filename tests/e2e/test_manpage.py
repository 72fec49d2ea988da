#!/usr/bin/env python3
"""docs/followup.1 against the binary: every command `followup --help` lists has its own
subsection under COMMANDS, naming every option of `followup help COMMAND` (long and
short); every global option is under GLOBAL OPTIONS; the required sections are there;
and man renders the page without a warning.

Usage: test_manpage.py --followup PATH
"""

import os
import re
import shutil
import subprocess
import unittest

import e2e_support
from e2e_support import REPO, FollowupTestCase

MANPAGE = REPO / "docs" / "followup.1"
SECTIONS = ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "GLOBAL OPTIONS", "CONFIGURATION",
            "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"]
ENVIRONMENT = ["FOLLOWUP_FILE", "FOLLOWUP_TODAY", "FOLLOWUP_CONFIG", "FOLLOWUP_FORMAT",
               "FOLLOWUP_COLOR", "NO_COLOR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME", "TZ"]


def help_section(help_text, title):
    """The lines of one section of CLI11's help ("Options:", "Subcommands:")."""
    lines, inside = [], False
    for line in help_text.split("\n"):
        if line == title + ":":
            inside = True
        elif inside and line and not line.startswith(" "):
            break
        elif inside and line:
            lines.append(line)
    return lines


def commands_listed(help_text):
    """The commands of `followup --help`, in its order."""
    return [line.split()[0] for line in help_section(help_text, "Subcommands")
            if re.match(r"  \S", line)]


def command_options(help_text):
    """Every option name (-c, --channel) of a help text's Options section."""
    names = []
    for line in help_section(help_text, "Options"):
        match = re.match(r"  (-[^ ]+)", line)
        if match:
            names += [n for n in match.group(1).split(",") if n.startswith("-")]
    return names


def roff_text(source):
    """The page's source with the escapes that matter here undone: \\- is -, fonts go."""
    text = source.replace("\\-", "-").replace("\\(dq", '"').replace("\\(ti", "~")
    text = re.sub(r"\\f[BIRP]", "", text)
    return text


def sections(text):
    """{".SH title": body} and {".SS title": body} of a man page source."""
    found, title, body = {}, None, []
    for line in text.split("\n"):
        match = re.match(r'\.(SH|SS) "?(.*?)"?$', line)
        if match:
            if title:
                found[title] = "\n".join(body)
            title, body = f".{match.group(1)} {match.group(2)}", []
        else:
            body.append(line)
    if title:
        found[title] = "\n".join(body)
    return found


def mentions(body, option):
    return re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", body) is not None


class ManPage(FollowupTestCase):
    fixture = None

    def setUp(self):
        super().setUp()
        self.source = roff_text(MANPAGE.read_text(encoding="utf-8"))
        self.parts = sections(self.source)
        self.main_help = self.run_followup("--help").stdout.decode()

    def command_help(self, command):
        done = self.run_followup("help", command, check=False)
        if done.returncode != 0:  # `help help`: the help command explains the others
            done = self.run_followup(command, "--help")
        return done.stdout.decode()

    def command_section(self, command):
        for title, body in self.parts.items():
            if title.startswith(".SS ") and title[4:].split()[0] == command:
                return body
        return None

    def test_every_command_and_its_options_are_documented(self):
        commands = commands_listed(self.main_help)
        self.assertGreater(len(commands), 10)
        missing = []
        for command in commands:
            body = self.command_section(command)
            if body is None:
                missing.append(f"command {command} (no .SS {command} under COMMANDS)")
                continue
            for option in command_options(self.command_help(command)):
                if option in ("-h", "--help"):
                    continue  # every command has them; GLOBAL OPTIONS says so
                if not mentions(body, option):  # in its own paragraph, not only the synopsis
                    missing.append(f"{command} {option}")
        self.assertEqual(missing, [], "missing from docs/followup.1")

    def test_every_global_option_is_documented(self):
        body = self.parts.get(".SH GLOBAL OPTIONS", "")
        missing = [o for o in command_options(self.main_help) if not mentions(body, o)]
        self.assertEqual(missing, [], "missing from GLOBAL OPTIONS in docs/followup.1")

    def test_no_documented_command_is_unknown_to_the_binary(self):
        commands = set(commands_listed(self.main_help))
        documented = [t[4:].split()[0] for t in self.parts
                      if t.startswith(".SS ") and t in self.command_titles()]
        self.assertEqual([c for c in documented if c not in commands], [])

    def command_titles(self):
        titles, inside = [], False
        for title in self.parts:
            if title.startswith(".SH "):
                inside = title == ".SH COMMANDS"
            elif inside:
                titles.append(title)
        return titles

    def test_sections_environment_and_files(self):
        # all there, in the usual order (others, such as WHEN, may come between)
        self.assertEqual([t[4:] for t in self.parts if t.startswith(".SH ") and t[4:] in SECTIONS],
                         SECTIONS)
        environment = self.parts[".SH ENVIRONMENT"]
        for variable in ENVIRONMENT:
            self.assertRegex(environment, rf"\.B {variable}\n", variable)
        files = self.parts[".SH FILES"]
        for name in ("followup.json", ".bak", ".lock", "config.json"):
            self.assertIn(name, files)
        exit_status = self.parts[".SH EXIT STATUS"]
        for status in ("0", "1", "2"):
            self.assertRegex(exit_status, rf"\.B {status}\n")
        version = self.run_followup("--version").stdout.decode().split()[-1]
        self.assertRegex(self.source, rf'\.TH FOLLOWUP 1 \S+ "followup {re.escape(version)}"')

    def test_man_renders_it_without_warnings(self):
        if shutil.which("man") is None:
            if os.environ.get("CI") == "true":  # scripts/install-deps --test installs it
                self.fail("man is not installed")
            self.skipTest("man is not installed")
        env = dict(os.environ, MANWIDTH="80", MANPAGER="cat", PAGER="cat", LC_ALL="C.UTF-8")
        done = subprocess.run(["man", "--warnings", "-l", str(MANPAGE)], env=env,
                              capture_output=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stderr.decode(), "", "man --warnings")
        text = done.stdout.decode()
        self.assertIn("FOLLOWUP(1)", text)
        self.assertIn("--reengage", text)
        if shutil.which("groff"):
            done = subprocess.run(["groff", "-ww", "-z", "-man", str(MANPAGE)],
                                  capture_output=True, timeout=60)
            self.assertEqual((done.returncode, done.stderr.decode()), (0, ""))


if __name__ == "__main__":
    e2e_support.main()
