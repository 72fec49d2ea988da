#!/usr/bin/env python3
"""Turn a followup data file into a Taskwarrior import (a JSON array of tasks) on stdout.

Usage: bench/taskwarrior_import.py PIPELINE.json --today YYYY-MM-DD [--shift DAYS]

Each prospect becomes one task: the description is the name and company, tags are kept,
every touch becomes an annotation, and the due date is followup's (src/core/schedule.cpp:
a hand-set next date, else the cadence, nurture or lost wait after the last touch, moved
off weekends). Won prospects are completed and do-not-contact ones deleted, so the same
people are due in both tools. Taskwarrior has no --today: --shift moves every date by
DAYS so that `task due.before:tomorrow` on the real date lists the prospects followup
lists for --today. Standard library only.
"""

import argparse
import datetime
import json
import sys

K_FIFTH = 5


def due_date(prospect, rules):
    """followup's due date, or None for won and dnc prospects."""
    if prospect.get("status", "active") in ("won", "dnc"):
        return None
    if "next" in prospect:
        return datetime.date.fromisoformat(prospect["next"])
    attempts = prospect.get("attempts", [])
    created = datetime.date.fromisoformat(prospect["created"])
    since = datetime.date.fromisoformat(attempts[-1]["at"][:10]) if attempts else created
    status = prospect.get("status", "active")
    if status in ("nurture", "lost"):
        computed = since + datetime.timedelta(days=rules["nurture_days"])
    elif not attempts:
        computed = created
    else:
        touches = len(attempts)
        if touches >= K_FIFTH:
            wait = rules["dream_days"] if prospect.get("dream") else rules["after_fifth_days"]
        else:
            waits = prospect.get("cadence") or rules["cadence_days"]
            wait = waits[min(touches - 1, len(waits) - 1)] if waits else rules["after_fifth_days"]
        computed = since + datetime.timedelta(days=wait)
    if rules["skip_weekends"] and computed.weekday() >= 5:
        computed += datetime.timedelta(days=7 - computed.weekday())
    return computed


def stamp(date, time="00:00:00"):
    return date.strftime("%Y%m%d") + "T" + time.replace(":", "") + "Z"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pipeline")
    parser.add_argument("--today", required=True)
    parser.add_argument("--shift", type=int, default=0, help="days added to every date")
    args = parser.parse_args()
    with open(args.pipeline, encoding="utf-8") as file:
        data = json.load(file)
    rules = {"cadence_days": [3, 4, 7, 14], "after_fifth_days": 30, "dream_days": 7,
             "nurture_days": 90, "skip_weekends": True}
    rules.update(data.get("settings") or {})
    shift = datetime.timedelta(days=args.shift)
    tasks = []
    for prospect in data["prospects"]:
        created = datetime.date.fromisoformat(prospect["created"]) + shift
        description = prospect["name"]
        if prospect.get("company"):
            description += f" ({prospect['company']})"
        task = {"description": description, "entry": stamp(created),
                "tags": [tag.replace(" ", "-") for tag in prospect.get("tags", [])]}
        status = prospect.get("status", "active")
        due = due_date(prospect, rules)
        if due is None:
            task["status"] = "completed" if status == "won" else "deleted"
            task["end"] = stamp(created)
        else:
            task["status"] = "pending"
            task["due"] = stamp(due + shift)
        annotations = []
        for attempt in prospect.get("attempts", []):
            at = attempt["at"]
            day = datetime.date.fromisoformat(at[:10]) + shift
            text = f"{attempt['channel']} {attempt['outcome']}"
            if attempt.get("note"):
                text += ": " + attempt["note"]
            if attempt.get("value"):
                text += f" [{attempt['value']}]"
            annotations.append({"entry": stamp(day, at[11:19] if len(at) > 10 else "12:00:00"),
                                "description": text})
        if annotations:
            task["annotations"] = annotations
        tasks.append(task)
    json.dump(tasks, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
