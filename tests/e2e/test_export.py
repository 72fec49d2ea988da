#!/usr/bin/env python3
"""`followup export` read back by real parsers, and `followup import` fed real-shaped CRM
exports: the .ics by python3-icalendar (Debian's package), the csv by Python's csv
module, the json by Python's json module.

Usage: test_export.py --followup PATH
"""

import csv
import datetime
import io
import json
import os
import sys

try:
    import icalendar
except ImportError:
    # Debian's python3-icalendar serves /usr/bin/python3; another python3 first on PATH
    # (pyenv, a venv) does not see it.
    DEBIAN_PYTHON = "/usr/bin/python3"
    if os.path.exists(DEBIAN_PYTHON) and os.path.realpath(sys.executable) != os.path.realpath(
        DEBIAN_PYTHON
    ):
        os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON, *sys.argv])
    sys.exit("test_export.py: needs python3-icalendar (scripts/install-deps --test)")

import e2e_support
from e2e_support import FIXTURES, FollowupTestCase, scrubbed_env

TODAY = datetime.date(2026, 11, 25)
KAREN_COMPANY = 'Nelson, Murdock & "Page" LLP'


def parse_csv(data):
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))


class Calendar(FollowupTestCase):
    def export_ics(self, *args, today="2026-11-25"):
        env = scrubbed_env(self.folder, FOLLOWUP_TODAY=today)
        return self.run_followup("export", "--format", "ics", *args, env=env).stdout

    def due(self, within):
        output = self.run_followup("due", "--format", "json", "--within", str(within)).stdout
        return json.loads(output)["due"]

    def events(self, data):
        calendar = icalendar.Calendar.from_ical(data)
        self.assertEqual(str(calendar["VERSION"]), "2.0")
        self.assertIn("followup", str(calendar["PRODID"]))
        return [c for c in calendar.walk() if c.name == "VEVENT"]

    def test_lines_are_crlf_and_folded_at_75_octets(self):
        data = self.export_ics("--within", "30")
        self.assertTrue(data.endswith(b"END:VCALENDAR\r\n"))
        self.assertEqual(data.count(b"\n"), data.count(b"\r\n"))
        for line in data.split(b"\r\n"):
            self.assertLessEqual(len(line), 75, line)
            line.decode("utf-8")  # a fold never splits a character

    def test_one_event_per_due_prospect_overdue_on_today(self):
        for within in (0, 3, 7, 30):
            with self.subTest(within=within):
                due = self.due(within)
                events = self.events(self.export_ics("--within", str(within)))
                self.assertEqual(len(events), len(due))
                by_uid = {str(e["UID"]): e for e in events}
                for entry in due:
                    uid = next(u for u in by_uid if u.startswith(f"followup-{entry['id']}-"))
                    event = by_uid[uid]
                    start = event["DTSTART"].dt
                    self.assertIsInstance(start, datetime.date)
                    self.assertNotIsInstance(start, datetime.datetime)  # all-day
                    expected = max(datetime.date.fromisoformat(entry["due"]), TODAY)
                    self.assertEqual(start, expected)
                    self.assertEqual(event["DTEND"].dt, start + datetime.timedelta(days=1))
                    self.assertIn(entry["name"], str(event["SUMMARY"]))
                    self.assertTrue(str(event["SUMMARY"]).lower().startswith(
                        {"linkedin": "linkedin", "sms": "text", "video": "video call",
                         "other": "follow up"}.get(entry["suggested_channel"],
                                                   entry["suggested_channel"])))

    def test_text_comes_back_unescaped(self):
        events = self.events(self.export_ics("--within", "7"))
        karen = next(e for e in events if str(e["UID"]).startswith("followup-11-"))
        self.assertEqual(str(karen["SUMMARY"]), f"Email: Karen Page ({KAREN_COMPANY}), touch 2 of 5")
        description = str(karen["DESCRIPTION"])
        self.assertTrue(description.startswith("Touch 2 of 5 with #11 Karen Page"))
        self.assertIn("7 days overdue (it was due 2026-11-18).", description)
        self.assertIn("\nEmail: karen@nelsonmurdock.law\n", description)
        self.assertIn("followup log 11 --channel email", description)
        chen = next(e for e in events if str(e["UID"]).startswith("followup-3-"))
        self.assertIn("陈伟", str(chen["SUMMARY"]))

    def test_stamp_is_today_and_uids_stay(self):
        first = self.events(self.export_ics("--within", "30"))
        for event in first:
            self.assertEqual(event["DTSTAMP"].dt,
                             datetime.datetime(2026, 11, 25, tzinfo=datetime.timezone.utc))
        self.assertEqual(len({str(e["UID"]) for e in first}), len(first))
        later = self.events(self.export_ics("--within", "30", today="2026-11-27"))
        self.assertEqual({str(e["UID"]) for e in later} - {str(e["UID"]) for e in first}, set())
        # The same day gives the same file, byte for byte.
        self.assertEqual(self.export_ics(), self.export_ics())

    def test_output_file(self):
        self.run_followup("export", "-o", "due.ics")
        events = self.events((self.folder / "due.ics").read_bytes())
        self.assertEqual(len(events), len(self.due(30)))


class TidyCsv(FollowupTestCase):
    def test_one_row_per_touch_matching_the_data(self):
        raw = self.run_followup("export", "--format", "csv").stdout
        self.assertEqual(raw.count(b"\n"), raw.count(b"\r\n"), "every line ends in CRLF")
        rows = parse_csv(raw)
        self.assertEqual(list(rows[0].keys()), [
            "prospect_id", "name", "company", "email", "status", "touch", "date", "time",
            "channel", "outcome", "value", "note"])
        data = json.loads(self.run_followup("export").stdout)
        expected = []
        for p in data["prospects"]:
            for number, attempt in enumerate(p["attempts"] or [None], start=1):
                expected.append((p["id"], number if attempt else None, attempt))
        self.assertEqual(len(rows), len(expected))
        for row, (prospect_id, number, attempt) in zip(rows, expected):
            self.assertEqual(int(row["prospect_id"]), prospect_id)
            if attempt is None:
                self.assertEqual([row[k] for k in ("touch", "date", "channel", "outcome")],
                                 ["", "", "", ""])
                continue
            self.assertEqual(int(row["touch"]), number)
            self.assertEqual(row["date"], attempt["at"][:10])
            self.assertEqual(row["time"], attempt["at"][11:16])
            self.assertEqual(row["channel"], attempt["channel"])
            self.assertEqual(row["outcome"], attempt["outcome"])
            self.assertEqual(row["note"], attempt.get("note", ""))
            self.assertEqual(row["value"], attempt.get("value", ""))
        by_id = {int(r["prospect_id"]): r for r in rows}
        self.assertEqual(by_id[11]["company"], KAREN_COMPANY)
        self.assertEqual(by_id[13]["name"], "'=SUM(A1:A9)")  # neutralised
        self.assertEqual(by_id[2]["name"], "Björn Ångström")

    def test_json_export_is_the_data_file(self):
        self.assertEqual(self.run_followup("export", "--format", "json").stdout,
                         self.data_file.read_bytes())


class ImportExports(FollowupTestCase):
    """Each CRM-shaped fixture imported into an empty pipeline, read back as json."""

    fixture = None

    def import_file(self, name, *args, expect=0):
        done = self.run_followup("import", str(FIXTURES / name), *args, check=False)
        self.assertEqual(done.returncode, expect, done.stderr)
        return done

    def prospects(self):
        return json.loads(self.run_followup("export").stdout)["prospects"]

    def test_crm_exports(self):
        cases = {
            "hubspot_contacts.csv": (1, ["Ann Lee", "Björn Ångström", "Karen Page",
                                         "Grace Hopper", "Wei Chen"]),
            "salesforce_contacts.csv": (0, ["Dana Scully", "Fox Mulder", "Walter Skinner",
                                            "Hal Jordan"]),
            "linkedin_connections.csv": (0, ["Luke Cage", "Iris West", "Jessica Jones"]),
            "sales_navigator_leads.csv": (0, ["Matt Murdock", "Karen Page", "Foggy Nelson",
                                              "Trish Walker"]),
            "excel_semicolon.csv": (0, ["Jürgen Müller", "Anna Schmidt"]),
        }
        for name, (status, names) in cases.items():
            with self.subTest(name=name):
                self.data_file.unlink(missing_ok=True)
                self.import_file(name, expect=status)
                self.assertEqual([p["name"] for p in self.prospects()], names)
                again = self.import_file(name, expect=status)
                self.assertIn(b"Added 0 prospects", again.stdout)

    def test_salesforce_fields(self):
        self.import_file("salesforce_contacts.csv")
        by_name = {p["name"]: p for p in self.prospects()}
        self.assertEqual(by_name["Dana Scully"]["phone"], "+1 202 555 0143")
        self.assertEqual(by_name["Fox Mulder"]["phone"], "+1 202 555 0188")  # from Mobile
        self.assertEqual(by_name["Dana Scully"]["company"], "FBI")
        self.assertNotIn("email", by_name["Walter Skinner"])
        self.assertEqual({p["created"] for p in by_name.values()}, {"2026-11-25"})

    def test_dry_run_writes_nothing(self):
        done = self.import_file("linkedin_connections.csv", "--dry-run")
        self.assertIn(b"Dry run: would add 3 prospects", done.stdout)
        self.assertFalse(self.data_file.exists())


class RoundTrip(FollowupTestCase):
    def test_csv_export_imports_back_as_touches(self):
        before = self.data_file.read_bytes()
        self.run_followup("export", "--format", "csv", "-o", "touches.csv")
        done = self.run_followup("import", "--attempts", "touches.csv")
        self.assertIn(b"Added 0 touches", done.stdout)
        self.assertEqual(self.data_file.read_bytes(), before)

    def test_touches_move_to_another_pipeline(self):
        self.run_followup("export", "--format", "csv", "-o", "touches.csv")
        env = scrubbed_env(self.folder, FOLLOWUP_FILE=str(self.folder / "other.json"))
        self.run_followup("import", "touches.csv", env=env)  # the prospects, once each
        done = self.run_followup("import", "--attempts", "--map", "prospect_id=",
                                 "touches.csv", env=env, check=False)
        # Matched by email, else name and company; only the formula-named one is unknown.
        original = json.loads(self.run_followup("export").stdout)["prospects"]
        copy = json.loads(self.run_followup("export", env=env).stdout)["prospects"]
        self.assertEqual([p["name"] for p in copy], [p["name"] for p in original])
        self.assertEqual(sum(len(p["attempts"]) for p in copy),
                         sum(len(p["attempts"]) for p in original), done.stderr)


if __name__ == "__main__":
    e2e_support.main()
