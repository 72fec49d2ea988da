#!/usr/bin/env python3
"""The CSV that followup writes for spreadsheets, read back twice: by Python's csv module,
and by a real spreadsheet program, LibreOffice Calc, which imports each CSV file and saves
it as .xlsx, whose cells are then compared one by one with the CSV.

Checked: every value comes back intact (names with commas, double quotes and non-ASCII
letters too); numbers are numbers and rates are fractions from 0 to 1; text that a
spreadsheet would run as a formula (=, +, -, @) carries a leading apostrophe, and Calc
imports it as text, never as a formula (a control file shows that Calc does run `=1+1`
from a CSV as a formula, so the check means something).

The LibreOffice part needs `soffice` (Debian: apt-get install --no-install-recommends
libreoffice-calc-nogui). Without it, that part is skipped with the reason printed, unless
FOLLOWUP_SPREADSHEET_TEST=1, which makes a missing LibreOffice a failure (for CI).

Usage: test_spreadsheet.py --followup PATH
"""

import csv
import datetime
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import e2e_support
from e2e_support import FIXTURES, FollowupTestCase, scrubbed_env

KAREN_COMPANY = 'Nelson, Murdock & "Page" LLP'
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FORMULA_START = tuple("=+-@\t\r")
SOFFICE_TIMEOUT = 300


def parse_csv(data):
    text = data.decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def records(rows):
    header, body = rows[0], rows[1:]
    return [dict(zip(header, row)) for row in body]


def assert_table_shape(test, rows):
    test.assertGreater(len(rows), 1, "a header and at least one row")
    for row in rows:
        test.assertEqual(len(row), len(rows[0]), f"every row as wide as the header: {row}")


def assert_no_live_formula(test, rows):
    """A text cell never begins like a formula; only numbers (-3) may begin with '-'."""
    for row in rows[1:]:
        for cell in row:
            if cell.startswith(FORMULA_START):
                test.assertRegex(cell, f"^{NUMBER.pattern}$", f"a formula-like cell: {cell!r}")


def is_rate_column(name):
    return name.endswith("_rate") or name == "share"


class DueAndList(FollowupTestCase):
    """due and list on fixtures/pipeline.json (see tests/e2e/README.md)."""

    fixture = "pipeline.json"

    def test_due_csv(self):
        raw = self.run_followup("due", "--format", "csv", "--within", "3").stdout
        self.assertEqual(raw.count(b"\n"), raw.count(b"\r\n"), "CRLF line ends")
        rows = parse_csv(raw)
        assert_table_shape(self, rows)
        assert_no_live_formula(self, rows)
        by_id = {}
        for record in records(rows):
            for column in ("id", "touches", "next_touch", "days_overdue"):
                int(record[column])  # a number, or ValueError
            self.assertEqual(int(record["next_touch"]), int(record["touches"]) + 1)
            datetime.date.fromisoformat(record["due"])
            self.assertIn(record["dream"], ("true", "false"))
            self.assertIn(record["abandoned"], ("true", "false"))
            by_id[int(record["id"])] = record
        self.assertEqual(list(by_id), [6, 7, 11, 3, 12, 2, 1, 13, 4, 5])
        self.assertEqual(by_id[11]["company"], KAREN_COMPANY)
        self.assertEqual(by_id[2]["name"], "Björn Ångström")
        self.assertEqual(by_id[3]["name"], "陈伟")
        self.assertEqual(by_id[13]["name"], "'=SUM(A1:A9)")
        self.assertEqual(by_id[13]["company"], "'@Risk Ltd")
        self.assertEqual(int(by_id[5]["days_overdue"]), -3)
        self.assertEqual(by_id[1]["last_value"], "case study")
        self.assertIn('"case study"', by_id[1]["advice"])

    def test_list_csv(self):
        rows = parse_csv(self.run_followup("list", "--format", "csv").stdout)
        assert_table_shape(self, rows)
        assert_no_live_formula(self, rows)
        by_id = {int(r["id"]): r for r in records(rows)}
        self.assertEqual(sorted(by_id), list(range(1, 14)))
        for record in by_id.values():
            int(record["touches"])
            datetime.date.fromisoformat(record["created"])
        self.assertEqual(by_id[1]["phone"], "'+1 555 0100")
        self.assertEqual(by_id[11]["company"], KAREN_COMPANY)
        self.assertEqual(by_id[13]["name"], "'=SUM(A1:A9)")
        self.assertEqual(by_id[2]["name"], "Björn Ångström")


class Stats(FollowupTestCase):
    """stats on fixtures/stats.json: 9 prospects, 24 touches (tests/unit/stats_test.cpp)."""

    fixture = "stats.json"

    def stats_csv(self, *args):
        rows = parse_csv(self.run_followup("stats", "--format", "csv", *args).stdout)
        assert_table_shape(self, rows)
        assert_no_live_formula(self, rows)
        return rows

    def test_summary(self):
        rows = self.stats_csv()
        self.assertEqual(rows[0], ["metric", "value"])
        values = {}
        for name, value in rows[1:]:
            if is_rate_column(name):
                values[name] = float(value)
                self.assertGreaterEqual(values[name], 0.0, name)
                self.assertLessEqual(values[name], 1.0, name)
            elif name == "touches_per_prospect":
                values[name] = float(value)
            else:
                values[name] = int(value)
        self.assertEqual(len(values), 20)
        self.assertEqual(values["prospects"], 9)
        self.assertEqual(values["touches"], 24)
        self.assertAlmostEqual(values["touches_per_prospect"], 24 / 9, places=2)
        self.assertAlmostEqual(values["connect_rate"], 14 / 24, places=4)
        self.assertAlmostEqual(
            values["reached_fifth_touch_rate"], values["reached_fifth_touch"] / 9, places=4)
        statuses = ("active", "nurture", "won", "lost", "dnc")
        self.assertEqual(sum(values[s] for s in statuses), values["prospects"])

    def test_by_channel(self):
        rows = self.stats_csv("--by", "channel")
        self.assertEqual(rows[0][:4], ["channel", "touches", "connected", "connect_rate"])
        total = 0
        for record in records(rows):
            touches, connected = int(record["touches"]), int(record["connected"])
            rate = float(record["connect_rate"])
            self.assertTrue(0.0 <= rate <= 1.0, record)
            self.assertAlmostEqual(rate, connected / touches, places=4)
            self.assertAlmostEqual(float(record["reply_rate"]), int(record["replied"]) / touches,
                                   places=4)
            total += touches
        self.assertEqual([r["channel"] for r in records(rows)],
                         ["call", "email", "linkedin", "video"])
        self.assertEqual(total, 24)

    def test_by_week(self):
        rows = self.stats_csv("--by", "week")
        self.assertEqual(rows[0], ["period", "touches", "new_prospects", "connected", "meetings",
                                   "won"])
        weeks = []
        for record in records(rows):
            year, week = re.fullmatch(r"([0-9]{4})-W([0-9]{2})", record["period"]).groups()
            weeks.append(datetime.date.fromisocalendar(int(year), int(week), 1))
            for column in rows[0][1:]:
                int(record[column])
        # Every week from the first to the last, the empty ones too.
        self.assertEqual(weeks, [weeks[0] + datetime.timedelta(weeks=i) for i in range(len(weeks))])
        self.assertEqual(sum(int(r["touches"]) for r in records(rows)), 24)
        self.assertEqual(sum(int(r["new_prospects"]) for r in records(rows)), 9)


def find_soffice():
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_xlsx(path):
    """The first sheet's cells: {(row, column): (type, value, has_formula)}, 0-based."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    tag = "{%s}" % ns["m"]
    with zipfile.ZipFile(path) as archive:
        shared = []
        if "xl/sharedStrings.xml" in archive.namelist():
            for item in ET.fromstring(archive.read("xl/sharedStrings.xml")).findall("m:si", ns):
                shared.append("".join(t.text or "" for t in item.iter(tag + "t")))
        sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    cells = {}
    for cell in sheet.iter(tag + "c"):
        letters, number = re.fullmatch(r"([A-Z]+)([0-9]+)", cell.get("r")).groups()
        column = 0
        for letter in letters:
            column = column * 26 + ord(letter) - ord("A") + 1
        kind = cell.get("t", "n")
        value = cell.find("m:v", ns)
        text = value.text if value is not None else None
        if kind == "s":
            text = shared[int(text)]
        elif kind == "inlineStr":
            text = "".join(t.text or "" for t in cell.iter(tag + "t"))
        cells[(int(number) - 1, column - 1)] = (kind, text, cell.find("m:f", ns) is not None)
    return cells


SPREADSHEET_EPOCH = datetime.date(1899, 12, 30)


class LibreOffice(unittest.TestCase):
    """Each CSV imported by LibreOffice Calc, saved as .xlsx, compared cell by cell."""

    @classmethod
    def setUpClass(cls):
        cls.soffice = find_soffice()
        if cls.soffice:
            return
        reason = ("LibreOffice (soffice) is not installed; apt-get install "
                  "--no-install-recommends libreoffice-calc-nogui to run this part")
        if os.environ.get("FOLLOWUP_SPREADSHEET_TEST") == "1":
            raise AssertionError(f"FOLLOWUP_SPREADSHEET_TEST=1 but {reason}")
        print(f"SKIP LibreOffice: {reason}", file=sys.stderr)
        raise unittest.SkipTest(reason)

    def setUp(self):
        self.folder = Path(tempfile.mkdtemp(prefix="followup-spreadsheet-"))
        self.addCleanup(shutil.rmtree, self.folder, ignore_errors=True)

    def followup(self, fixture, *args):
        data_file = self.folder / fixture
        if not data_file.exists():
            shutil.copyfile(FIXTURES / fixture, data_file)
        done = subprocess.run(
            [e2e_support.FOLLOWUP, "--file", str(data_file), *args],
            cwd=self.folder, env=scrubbed_env(self.folder), stdin=subprocess.DEVNULL,
            capture_output=True, timeout=60)
        self.assertEqual(done.returncode, 0, done.stderr.decode(errors="replace"))
        return done.stdout

    def convert(self, names):
        """Imports each CSV as UTF-8, comma-separated, en-US numbers; saves .xlsx files."""
        out = self.folder / "xlsx"
        env = {"PATH": "/usr/bin:/bin", "HOME": str(self.folder), "LANG": "C.UTF-8"}
        done = subprocess.run(
            [self.soffice, f"-env:UserInstallation={(self.folder / 'profile').as_uri()}",
             "--headless", "--norestore", "--infilter=CSV:44,34,76,1,,1033",
             "--convert-to", "xlsx", "--outdir", str(out), *names],
            cwd=self.folder, env=env, stdin=subprocess.DEVNULL, capture_output=True,
            timeout=SOFFICE_TIMEOUT)
        output = (done.stdout + done.stderr).decode(errors="replace")
        self.assertEqual(done.returncode, 0, output)
        for name in names:
            self.assertTrue((out / name).with_suffix(".xlsx").is_file(),
                            f"soffice did not convert {name}:\n{output}")
        return out

    def assert_cells_match(self, name, rows, cells):
        width = len(rows[0])
        self.assertFalse([key for key in cells if key[0] >= len(rows) or key[1] >= width],
                         f"{name}: cells outside the CSV's table")
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                where = f"{name} row {r + 1} column {rows[0][c]!r}: {text!r}"
                kind, value, formula = cells.get((r, c), (None, None, False))
                self.assertFalse(formula, f"{where} became a formula")
                if text == "":
                    self.assertIn(value, (None, ""), where)
                elif r > 0 and NUMBER.fullmatch(text):
                    self.assertEqual(kind, "n", where)
                    self.assertAlmostEqual(float(value), float(text), places=9, msg=where)
                    if is_rate_column(rows[0][c]) or (width == 2 and is_rate_column(row[0])):
                        self.assertTrue(0.0 <= float(value) <= 1.0, where)
                elif r > 0 and ISO_DATE.fullmatch(text):
                    self.assertEqual(kind, "n", where)
                    day = SPREADSHEET_EPOCH + datetime.timedelta(days=int(float(value)))
                    self.assertEqual(day.isoformat(), text, where)
                elif r > 0 and text in ("true", "false"):
                    self.assertEqual((kind, value), ("b", "1" if text == "true" else "0"), where)
                else:
                    self.assertIn(kind, ("s", "str", "inlineStr"), where)
                    self.assertEqual(value, text, where)

    def test_calc_reads_followup_csv(self):
        outputs = {
            "due.csv": self.followup("pipeline.json", "due", "--format", "csv", "--within", "3"),
            "list.csv": self.followup("pipeline.json", "list", "--format", "csv"),
            "summary.csv": self.followup("stats.json", "stats", "--format", "csv"),
            "channel.csv": self.followup("stats.json", "stats", "--by", "channel", "--format",
                                         "csv"),
            "week.csv": self.followup("stats.json", "stats", "--by", "week", "--format", "csv"),
            # The control: what an unprotected formula does in Calc.
            "control.csv": b"name,company\r\n=1+1,@SUM(1)\r\n",
        }
        for name, data in outputs.items():
            (self.folder / name).write_bytes(data)
        out = self.convert(list(outputs))

        control = read_xlsx(out / "control.xlsx")
        self.assertTrue(control[(1, 0)][2],
                        "Calc no longer runs =1+1 from a CSV as a formula: this check is moot")
        for name, data in outputs.items():
            if name == "control.csv":
                continue
            with self.subTest(csv=name):
                self.assert_cells_match(name, parse_csv(data), read_xlsx(out / name.replace(
                    ".csv", ".xlsx")))

        due = read_xlsx(out / "due.xlsx")
        strings = {value for kind, value, _ in due.values() if kind == "s"}
        self.assertIn("'=SUM(A1:A9)", strings)  # text, with its apostrophe, not a formula
        self.assertIn("'@Risk Ltd", strings)
        self.assertIn(KAREN_COMPANY, strings)
        self.assertIn("陈伟", strings)
        self.assertIn("Björn Ångström", strings)


if __name__ == "__main__":
    e2e_support.main()
