#!/usr/bin/env python3
"""The machine-readable outputs read back with Python's own json and csv modules:
names with commas, quotes, tabs, line breaks and non-ASCII letters come back intact,
and text a spreadsheet would run as a formula comes back with a leading apostrophe.

Usage: test_formats.py --followup PATH
"""

import csv
import io
import json

import e2e_support
from e2e_support import FollowupTestCase

KAREN_COMPANY = 'Nelson, Murdock & "Page" LLP'
DUE_IDS = [6, 7, 11, 3, 12, 2, 1, 13]  # most overdue first, ties by id
DUE_WITHIN_3_IDS = DUE_IDS + [4, 5]


def parse_csv(data):
    text = data.decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


class Formats(FollowupTestCase):
    def output(self, *args):
        return self.run_followup(*args).stdout

    def test_due_json(self):
        document = json.loads(self.output("due", "--format", "json", "--within", "3"))
        self.assertEqual(document["today"], "2026-11-25")
        self.assertEqual([e["id"] for e in document["due"]], DUE_WITHIN_3_IDS)
        by_id = {e["id"]: e for e in document["due"]}
        self.assertEqual(by_id[11]["company"], KAREN_COMPANY)
        self.assertEqual(by_id[2]["name"], "Björn Ångström")
        self.assertEqual(by_id[3]["name"], "陈伟")
        self.assertEqual(by_id[13]["name"], "=SUM(A1:A9)")  # JSON is data, not a formula
        self.assertEqual(by_id[7]["last_channel"], None)
        self.assertEqual(by_id[5]["days_overdue"], -3)
        self.assertEqual(by_id[5]["due"], "2026-11-28")
        self.assertEqual(by_id[12]["next_touch"], 7)
        self.assertIs(by_id[12]["dream"], True)
        self.assertIs(by_id[6]["abandoned"], True)
        self.assertEqual([a["id"] for a in document["abandoned"]], [6, 7, 8])

    def test_list_json(self):
        document = json.loads(self.output("list", "--format", "json"))
        self.assertEqual([p["id"] for p in document], list(range(1, 14)))
        by_id = {p["id"]: p for p in document}
        self.assertEqual(by_id[11]["company"], KAREN_COMPANY)
        self.assertEqual(by_id[2]["name"], "Björn Ångström")
        self.assertEqual(by_id[13]["name"], "=SUM(A1:A9)")
        self.assertEqual(by_id[1]["phone"], "+1 555 0100")
        self.assertEqual(by_id[4]["tags"], ["saas", "gov"])
        self.assertEqual(by_id[9]["next_due"], None)
        self.assertEqual(by_id[8]["abandoned_reason"], "closed lost after 2 touches")

    def test_due_csv_matches_json(self):
        raw = self.output("due", "--format", "csv", "--within", "3")
        self.assertTrue(raw.endswith(b"\r\n"))
        self.assertEqual(raw.count(b"\n"), raw.count(b"\r\n"), "every line ends in CRLF")
        rows = parse_csv(raw)
        header, body = rows[0], rows[1:]
        self.assertEqual(header[:3], ["id", "name", "company"])
        self.assertTrue(all(len(row) == len(header) for row in body))
        records = [dict(zip(header, row)) for row in body]
        document = json.loads(self.output("due", "--format", "json", "--within", "3"))
        self.assertEqual([int(r["id"]) for r in records], [e["id"] for e in document["due"]])
        for record, entry in zip(records, document["due"]):
            self.assertEqual(record["due"], entry["due"])
            self.assertEqual(int(record["days_overdue"]), entry["days_overdue"])
            self.assertEqual(record["suggested_channel"], entry["suggested_channel"])
        by_id = {int(r["id"]): r for r in records}
        self.assertEqual(by_id[11]["company"], KAREN_COMPANY)
        self.assertEqual(by_id[3]["name"], "陈伟")
        self.assertEqual(by_id[13]["name"], "'=SUM(A1:A9)")
        self.assertEqual(by_id[13]["company"], "'@Risk Ltd")
        self.assertEqual(by_id[5]["days_overdue"], "-3")  # a number, not neutralised

    def test_list_csv_and_tsv(self):
        rows = parse_csv(self.output("list", "--format", "csv"))
        header = rows[0]
        records = {int(r[0]): dict(zip(header, r)) for r in rows[1:]}
        self.assertEqual(sorted(records), list(range(1, 14)))
        self.assertEqual(records[11]["company"], KAREN_COMPANY)
        self.assertEqual(records[2]["name"], "Björn Ångström")
        self.assertEqual(records[13]["name"], "'=SUM(A1:A9)")
        self.assertEqual(records[4]["tags"], "saas;gov")
        self.assertEqual(records[6]["abandoned_reason"], "no touch for 36 days, 2 touches")

        lines = self.output("list", "--format", "tsv").decode("utf-8").split("\n")
        self.assertEqual(lines[-1], "")
        tsv = [line.split("\t") for line in lines[:-1]]
        self.assertEqual(tsv[0], header)
        tsv_records = {int(r[0]): dict(zip(header, r)) for r in tsv[1:]}
        self.assertEqual(tsv_records, records)

    def test_awkward_names_round_trip(self):
        names = [
            ("Tab\there", "Line\nbreak Co"),
            ("-2+3", "+Plus Inc"),
            ("Zoë \"Z\" O'Neil, Jr.", "Ünïcødé ✓"),
        ]
        for name, company in names:
            self.run_followup("add", name, "--company", company, "--date", "2026-11-20")
        rows = parse_csv(self.output("list", "--format", "csv"))
        header = rows[0]
        records = {int(r[0]): dict(zip(header, r)) for r in rows[1:]}
        self.assertEqual((records[14]["name"], records[14]["company"]), names[0])
        self.assertEqual((records[15]["name"], records[15]["company"]), ("'-2+3", "'+Plus Inc"))
        self.assertEqual((records[16]["name"], records[16]["company"]), names[2])

        lines = self.output("list", "--format", "tsv").decode("utf-8").split("\n")
        tsv = {int(r[0]): r for r in (line.split("\t") for line in lines[1:-1])}
        self.assertEqual(tsv[14][1:3], ["Tab\\there", "Line\\nbreak Co"])
        self.assertTrue(all(len(row) == len(header) for row in tsv.values()))

        document = json.loads(self.output("due", "--format", "json"))
        names_back = {e["id"]: (e["name"], e["company"]) for e in document["due"]}
        for offset, pair in enumerate(names):
            self.assertEqual(names_back[14 + offset], pair)


class LongList(FollowupTestCase):
    """From 2,000 prospects on, `list` writes the second half of its rows on a second
    thread and prints them after the first: the output must be what one thread writes,
    in id order, with one header. The fixture's 13 prospects are copied 200 times under
    new ids, so each row must say what its original's row says, but for the id."""

    COPIES = 200

    def setUp(self):
        super().setUp()
        small = json.loads(self.data_file.read_text(encoding="utf-8"))
        self.originals = len(small["prospects"])
        self.small_file = self.folder / "small.json"
        self.small_file.write_text(json.dumps(small), encoding="utf-8")
        long = dict(small)
        long["prospects"] = []
        for copy in range(self.COPIES):
            for prospect in small["prospects"]:
                long["prospects"].append(
                    dict(prospect, id=copy * self.originals + prospect["id"]))
        long["next_id"] = len(long["prospects"]) + 1
        self.data_file.write_text(json.dumps(long, ensure_ascii=False), encoding="utf-8")
        self.count = len(long["prospects"])

    def output(self, *args):
        return self.run_followup(*args).stdout

    def original_of(self, prospect_id):
        return (prospect_id - 1) % self.originals + 1

    def test_csv_tsv_json_are_the_small_lists_rows_in_order(self):
        for form, parse in (("csv", parse_csv),
                            ("tsv", lambda data: [line.split("\t") for line in
                                                  data.decode("utf-8").split("\n")[:-1]])):
            with self.subTest(form=form):
                small = parse(self.output("--file", str(self.small_file), "list", "--format", form))
                rows = parse(self.output("list", "--format", form))
                self.assertEqual(rows[0], small[0])  # the header, once
                self.assertEqual([int(r[0]) for r in rows[1:]], list(range(1, self.count + 1)))
                by_id = {int(r[0]): r[1:] for r in small[1:]}
                for row in rows[1:]:
                    self.assertEqual(row[1:], by_id[self.original_of(int(row[0]))])
        small = json.loads(self.output("--file", str(self.small_file), "list", "--format", "json"))
        document = json.loads(self.output("list", "--format", "json"))
        self.assertEqual([p["id"] for p in document], list(range(1, self.count + 1)))
        by_id = {p["id"]: p for p in small}
        for entry in document:
            self.assertEqual(dict(entry, id=0), dict(by_id[self.original_of(entry["id"])], id=0))

    def test_table_and_filters(self):
        lines = self.output("list").decode("utf-8").split("\n")
        self.assertEqual(lines[0].split()[0], "ID")
        self.assertEqual([int(line.split()[0]) for line in lines[1:-1]],
                         list(range(1, self.count + 1)))
        lost = parse_csv(self.output("list", "--format", "csv", "--status", "lost"))
        small_lost = parse_csv(self.output("--file", str(self.small_file), "list", "--format",
                                           "csv", "--status", "lost"))
        self.assertEqual(len(lost) - 1, self.COPIES * (len(small_lost) - 1))
        self.assertEqual([int(r[0]) for r in lost[1:]], sorted(int(r[0]) for r in lost[1:]))


if __name__ == "__main__":
    e2e_support.main()
