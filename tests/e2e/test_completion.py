#!/usr/bin/env python3
"""The shell completions `followup completion bash|zsh|fish` writes, run in the real shells.

bash: bash-completion and the generated script are sourced in a non-interactive bash,
COMP_WORDS/COMP_CWORD/COMP_LINE/COMP_POINT are set as bash sets them, _followup is called
and COMPREPLY compared; one test also drives an interactive bash through a terminal and
checks what readline really puts on the line for a name with a space. fish: `complete -C`.
zsh: the script loads under `zsh -f` with compinit, and an interactive zsh completes.

The commands and options expected come from the binary's own --help, so a command or an
option added later is checked without editing this file.

Usage: test_completion.py --followup PATH
"""

import json
import os
import pty
import re
import select
import shlex
import shutil
import subprocess
import time
import unittest
from pathlib import Path

import e2e_support
from e2e_support import FIXTURES, FollowupTestCase, scrubbed_env
from test_manpage import command_options, commands_listed

BASH_COMPLETION = Path("/usr/share/bash-completion/bash_completion")
CHANNELS = "call email linkedin video sms social letter meeting other".split()
OUTCOMES = ("no-answer voicemail connected replied meeting objection not-interested won "
            "lost").split()
STATUSES = "active nurture won lost dnc".split()
# In CI the shells are installed (scripts/install-deps --test): a missing one is a failure.
MUST_RUN = os.environ.get("CI") == "true"


def need(condition, what):
    if not condition:
        if MUST_RUN:
            raise AssertionError(f"{what} is missing")
        raise unittest.SkipTest(f"{what} is missing")


def bash_words(line):
    """COMP_WORDS as bash fills it: words split at blanks outside quotes, kept as typed
    (quotes and backslashes included), and '=' and ':' outside quotes as words of their
    own; a line ending in a blank starts an empty word."""
    words, word, quote, i = [], "", None, 0
    while i < len(line):
        c = line[i]
        if quote:
            word += c
            if c == quote:
                quote = None
        elif c == "\\" and i + 1 < len(line):
            word += line[i:i + 2]
            i += 1
        elif c in "'\"":
            quote = c
            word += c
        elif c in " \t":
            if word:
                words.append(word)
            word = ""
        elif c in "=:":
            if word:
                words.append(word)
            words.append(c)
            word = ""
        else:
            word += c
        i += 1
    words.append(word)  # the word being completed, maybe empty
    return words


class Shells(FollowupTestCase):
    def setUp(self):
        super().setUp()
        # `followup` on PATH, as it is once installed: the scripts run it by that name.
        self.bin = self.folder / "bin"
        self.bin.mkdir()
        (self.bin / "followup").symlink_to(e2e_support.FOLLOWUP)
        self.env = scrubbed_env(self.folder, PATH=f"{self.bin}:/usr/bin:/bin",
                                LC_ALL="C.UTF-8")
        self.scripts = {}
        for shell in ("bash", "zsh", "fish"):
            done = self.run_followup("completion", shell)
            self.assertEqual(done.stderr, b"")
            path = self.folder / f"completion.{shell}"
            path.write_bytes(done.stdout)
            self.scripts[shell] = path
        self.prospects = json.loads((FIXTURES / "pipeline.json").read_text())["prospects"]

    # bash --------------------------------------------------------------------------

    def bash_complete(self, line, env=None):
        """COMPREPLY for the command line `line`, with the cursor at its end."""
        need(shutil.which("bash") and BASH_COMPLETION.exists(), "bash-completion")
        words = bash_words(line)
        program = "\n".join([
            f"source {BASH_COMPLETION}",
            f"source {self.scripts['bash']}",
            "COMP_WORDS=(" + " ".join(shlex.quote(w) for w in words) + ")",
            f"COMP_CWORD={len(words) - 1}",
            f"COMP_LINE={shlex.quote(line)}",
            f"COMP_POINT={len(line.encode())}",
            'COMPREPLY=()',
            '_followup followup "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"',
            'printf "%s\\n" "${COMPREPLY[@]}"',
        ])
        done = subprocess.run(["bash", "--norc", "--noprofile", "-c", program],
                              cwd=self.folder, env=env or self.env, capture_output=True,
                              timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stderr.decode(), "", f"stderr while completing {line!r}")
        return [w for w in done.stdout.decode().split("\n") if w]

    def test_bash_completes_every_command(self):
        commands = commands_listed(self.run_followup("--help").stdout.decode())
        self.assertIn("completion", commands)
        self.assertEqual(self.bash_complete("followup "), commands)
        self.assertEqual(self.bash_complete("followup lo"), ["log"])
        self.assertEqual(self.bash_complete("followup s"),
                         [c for c in commands if c.startswith("s")])
        # after global options and their values, before the command
        self.assertEqual(self.bash_complete("followup --color never --today 2026-11-25 sn"),
                         ["snooze"])
        self.assertEqual(self.bash_complete("followup help un"), ["undo"])

    def test_bash_completes_every_option_of_every_command(self):
        commands = commands_listed(self.run_followup("--help").stdout.decode())
        global_options = command_options(self.run_followup("--help").stdout.decode())
        self.assertEqual(sorted(self.bash_complete("followup --")),
                         sorted(o for o in global_options if o.startswith("--")))
        for command in commands:
            with self.subTest(command=command):
                done = self.run_followup("help", command, check=False)
                if done.returncode != 0:  # `help help`: help explains the other commands
                    done = self.run_followup(command, "--help")
                own = command_options(done.stdout.decode())
                offered = self.bash_complete(f"followup {command} -")
                for option in own + [o for o in global_options if o.startswith("--")]:
                    self.assertIn(option, offered)

    def test_bash_completes_values(self):
        self.assertEqual(self.bash_complete("followup log ann --channel "), CHANNELS)
        self.assertEqual(self.bash_complete("followup log ann -c e"), ["email"])
        self.assertEqual(self.bash_complete("followup log ann --outcome "), OUTCOMES)
        self.assertEqual(self.bash_complete("followup log ann --outcome=no"),
                         ["no-answer", "not-interested"])
        self.assertEqual(self.bash_complete("followup list --status "), STATUSES)
        self.assertEqual(self.bash_complete("followup set ann --status d"), ["dnc"])
        self.assertEqual(self.bash_complete("followup due --format "),
                         ["table", "csv", "tsv", "json"])
        self.assertEqual(self.bash_complete("followup --color "), ["auto", "always", "never"])
        self.assertEqual(self.bash_complete("followup due --color=a"), ["auto", "always"])
        self.assertEqual(self.bash_complete("followup completion "), ["bash", "zsh", "fish"])
        self.assertEqual(self.bash_complete("followup set ann --channels call,em"),
                         ["call,email"])
        self.assertEqual(self.bash_complete("followup stats --by week"), ["week", "weekday"])
        self.assertEqual(self.bash_complete("followup list --tag s"), ["saas"])
        self.assertEqual(self.bash_complete("followup snooze ann fr"), ["friday"])
        if "export" in commands_listed(self.run_followup("--help").stdout.decode()):
            self.assertEqual(sorted(self.bash_complete("followup export --format ")),
                             ["csv", "ics", "json"])
        # no value to offer: no file names either
        self.assertEqual(self.bash_complete("followup log ann --note "), [])

    def test_bash_completes_file_options_with_files(self):
        (self.folder / "pipeline-2027.json").write_text("{}")
        self.assertEqual(self.bash_complete("followup --file pipeline-2"), ["pipeline-2027.json"])

    def test_bash_completes_prospects_from_the_data_file(self):
        names = [p["name"] for p in self.prospects]
        escaped = [self.bash_escape(n) for n in names if not n.startswith("=")]
        offered = self.bash_complete("followup show ")
        for name in escaped:
            self.assertIn(name, offered)
        self.assertEqual(self.bash_complete("followup log ja"), ["Jack\\ Torrance"])
        self.assertEqual(self.bash_complete("followup log --channel email JA"),
                         ["Jack\\ Torrance"])
        # a name with a space, half typed with a backslash or inside quotes
        self.assertEqual(self.bash_complete("followup log Ann\\ L"), ["Ann\\ Lee"])
        self.assertEqual(self.bash_complete("followup log 'Ann L"), ["Ann Lee"])
        self.assertEqual(self.bash_complete('followup log "Ann L'), ["Ann Lee"])
        self.assertEqual(self.bash_complete("followup log bj"), ["Björn\\ Ångström"])
        self.assertEqual(self.bash_complete("followup log 陈"), ["陈伟"])
        self.assertEqual(self.bash_complete("followup rm 'Luke"), ["Luke Cage"])
        # ids once a digit is typed
        self.assertEqual(self.bash_complete("followup set 1"),
                         [str(p["id"]) for p in self.prospects if str(p["id"]).startswith("1")])
        # only where a PROSPECT goes: not as the second argument of snooze
        self.assertNotIn("Ann\\ Lee", self.bash_complete("followup snooze ann "))

    def test_bash_reads_the_file_named_on_the_line(self):
        other = self.folder / "other file.json"
        self.write_pipeline(other, ["Zed Ortega", "Zoë Quinn"])
        self.assertEqual(self.bash_complete("followup log z"), [])  # FOLLOWUP_FILE's
        self.assertEqual(self.bash_complete("followup --file 'other file.json' log z"),
                         ["Zed\\ Ortega", "Zoë\\ Quinn"])
        self.assertEqual(self.bash_complete("followup log --file other\\ file.json z"),
                         ["Zed\\ Ortega", "Zoë\\ Quinn"])
        self.assertEqual(self.bash_complete("followup --file=\"other file.json\" log zo"),
                         ["Zoë\\ Quinn"])
        # the environment, when the line names no file
        env = dict(self.env, FOLLOWUP_FILE=str(other))
        self.assertEqual(self.bash_complete("followup show ze", env), ["Zed\\ Ortega"])
        # a file that is not there, or broken: nothing offered, nothing said
        self.assertEqual(self.bash_complete("followup --file nowhere.json log "), [])
        (self.folder / "broken.json").write_text("{ not json")
        self.assertEqual(self.bash_complete("followup --file broken.json log "), [])

    def test_bash_command_substitution_in_a_word_is_not_run(self):
        marker = self.folder / "ran"
        self.bash_complete(f"followup --file \"$(touch {marker})\" log a")
        self.bash_complete(f"followup log `touch {marker}`a")
        self.assertFalse(marker.exists())

    def test_bash_readline_inserts_a_name_with_a_space(self):
        """The real thing: an interactive bash, Tab pressed, the command run."""
        need(shutil.which("bash") and BASH_COMPLETION.exists(), "bash-completion")
        show = "\x01printf '<%s>' \r"  # go to the start, make the line print its words
        screen = self.interactive(
            ["bash", "--norc", "--noprofile", "-i"],
            f"source {BASH_COMPLETION}; source {self.scripts['bash']}\r",
            [("followup log jack\t" + show, "<followup><log><Jack Torrance>"),
             ('followup log "ann l\t' + show, "<followup><log><Ann Lee>"),
             ("followup log bjö\t" + show, "<followup><log><Björn Ångström>")])
        self.assertIn("<followup><log><Jack Torrance>", screen)

    # fish --------------------------------------------------------------------------

    def fish_complete(self, line, env=None):
        need(shutil.which("fish"), "fish")
        done = subprocess.run(
            ["fish", "--no-config", "-c",
             f"source {shlex.quote(str(self.scripts['fish']))}; complete -C {shlex.quote(line)}"],
            cwd=self.folder, env=env or self.env, capture_output=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr)
        self.assertEqual(done.stderr.decode(), "")
        return [w.split("\t")[0] for w in done.stdout.decode().split("\n") if w]

    def test_fish(self):
        self.assertEqual(self.fish_complete("followup lo"), ["log"])
        commands = commands_listed(self.run_followup("--help").stdout.decode())
        self.assertEqual(sorted(self.fish_complete("followup ")), sorted(commands))
        self.assertIn("--channel", self.fish_complete("followup log ann --ch"))
        self.assertEqual(sorted(self.fish_complete("followup log ann --channel ")),
                         sorted(CHANNELS))
        self.assertEqual(sorted(self.fish_complete("followup log ann -o ")), sorted(OUTCOMES))
        self.assertEqual(self.fish_complete("followup --color nev"), ["never"])
        self.assertEqual(self.fish_complete("followup completion z"), ["zsh"])
        self.assertEqual(self.fish_complete("followup log ja"), ["Jack Torrance"])
        self.assertEqual(self.fish_complete("followup --color never log Ann"), ["Ann Lee"])
        self.assertEqual(self.fish_complete("followup log 12"), ["12"])
        other = self.folder / "other.json"
        self.write_pipeline(other, ["Zed Ortega"])
        self.assertEqual(self.fish_complete(f"followup --file {other} show Z"), ["Zed Ortega"])

    # zsh ---------------------------------------------------------------------------

    def test_zsh_script_loads_and_registers(self):
        need(shutil.which("zsh"), "zsh")
        done = subprocess.run(
            ["zsh", "-f", "-c",
             "autoload -Uz compinit && compinit -u -D && source \"$1\" && "
             "print -r -- $_comps[followup] && whence -w _followup _followup_prospects",
             "zsh", str(self.scripts["zsh"])],
            cwd=self.folder, env=self.env, capture_output=True, timeout=60)
        self.assertEqual(done.stderr.decode(), "")
        self.assertEqual(done.stdout.decode().split("\n")[:3],
                         ["_followup", "_followup: function", "_followup_prospects: function"])

    def test_zsh_completes_in_a_terminal(self):
        need(shutil.which("zsh"), "zsh")
        show = "\x01print -r -- '<' \r"
        screen = self.interactive(
            ["zsh", "-f", "-i"],
            f"autoload -Uz compinit; compinit -u -D; source {self.scripts['zsh']}\r",
            [("followup lo\t" + show, "< followup log"),
             ("followup log -c vi\t" + show, "< followup log -c video"),
             ("followup log jac\t" + show, "< followup log Jack Torrance")])
        self.assertIn("< followup log Jack Torrance", screen)

    # the hidden listing the scripts use ----------------------------------------------

    def test_the_listing_is_the_data_file_and_writes_nothing(self):
        (self.folder / "broken-config.json").write_text("{ nope")
        before = sorted(p.name for p in self.folder.iterdir())
        data = self.data_file.read_bytes()
        done = self.run_followup("completion", "--prospects")
        self.assertEqual(done.stderr, b"")
        self.assertEqual(done.stdout.decode().split("\n")[:-1],
                         [f"{p['id']}\t{p['name']}\t{p.get('company', '')}"
                          for p in self.prospects])
        self.assertEqual(self.data_file.read_bytes(), data)
        # silent and empty without a file, with a broken one, or an unreadable place
        for args in (["--file", str(self.folder / "none" / "x.json")],
                     ["--file", str(FIXTURES / "corrupt.json")],
                     ["--file", str(self.folder)]):
            with self.subTest(args=args):
                done = self.run_followup("completion", "--prospects", *args, check=False)
                self.assertEqual((done.returncode, done.stdout, done.stderr), (0, b"", b""))
        # no file known at all: no HOME; a configuration named but missing; a broken one
        for variable, value in (("HOME", None),
                                ("FOLLOWUP_CONFIG", str(self.folder / "no-config.json")),
                                ("FOLLOWUP_CONFIG", str(self.folder / "broken-config.json"))):
            with self.subTest(variable=variable, value=value):
                env = scrubbed_env(self.folder)
                del env["FOLLOWUP_FILE"]
                if value is None:
                    del env[variable]
                else:
                    env[variable] = value
                done = self.run_followup("completion", "--prospects", env=env, check=False)
                self.assertEqual((done.returncode, done.stdout, done.stderr), (0, b"", b""))
        self.assertEqual(sorted(p.name for p in self.folder.iterdir()), before)

    def test_a_shell_is_required(self):
        done = self.run_followup("completion", check=False)
        self.assertEqual(done.returncode, 2)
        self.assertIn(b"followup: error: completion needs a shell", done.stderr)
        done = self.run_followup("completion", "tcsh", check=False)
        self.assertEqual(done.returncode, 2)

    # helpers -----------------------------------------------------------------------

    @staticmethod
    def bash_escape(text):
        return re.sub(r"([^\w./,+=@%-])", r"\\\1", text)

    def write_pipeline(self, path, names):
        prospects = [{"id": i + 1, "name": n, "created": "2026-11-01"} for i, n in enumerate(names)]
        path.write_text(json.dumps({"version": 1, "prospects": prospects}))

    def interactive(self, shell, setup, steps):
        """Runs `shell` in a terminal, types `setup` then each step's keys, waiting for
        its expected text; returns everything the terminal showed."""
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(self.folder)
            os.execvpe(shell[0], shell, dict(self.env, TERM="dumb", PS1="$ ", PROMPT="$ ",
                                             INPUTRC="/dev/null"))
        screen = b""

        def read_until(expected, seconds):
            nonlocal screen
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                if expected and expected.encode() in screen:
                    return
                ready, _, _ = select.select([fd], [], [], 0.1)
                if ready:
                    try:
                        screen += os.read(fd, 65536)
                    except OSError:
                        return
        try:
            read_until("$ ", 10)
            os.write(fd, setup.encode())
            read_until(None, 1.5)
            for keys, expected in steps:
                for part in re.split(r"(?<=\t)", keys):  # let each Tab finish
                    os.write(fd, part.encode())
                    read_until(None, 0.7 if part.endswith("\t") else 0.1)
                read_until(expected, 15)
                with self.subTest(keys=keys):
                    self.assertIn(expected, screen.decode(errors="replace"))
        finally:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            os.close(fd)
        return screen.decode(errors="replace")


if __name__ == "__main__":
    e2e_support.main()
