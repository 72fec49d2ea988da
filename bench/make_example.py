#!/usr/bin/env python3
"""Write docs/examples/pipeline.json: the bundled example pipeline.

A B2B salesperson in Central Europe (accounts-payable automation software) on the morning
of Wednesday 2026-11-25. Every prospect is written out by hand below, so the file is the
same on every run; `followup --file docs/examples/pipeline.json --today 2026-11-25 due`
shows a real morning: eight people to touch (a new referral, touches 2 to 5, a dream
client's ninth touch and two prospects gone cold), three flagged as abandoned before the
fifth touch (those two and one closed lost after two touches), and seven more coming due
in the next week. Around them: won deals (most at the fifth touch or later), a nurture
prospect, a do-not-contact, a hand-set next date and a prospect with its own cadence.

Usage: bench/make_example.py [OUTPUT]   (default: docs/examples/pipeline.json)
"""

import os
import sys

sys.dont_write_bytecode = True  # no __pycache__ in bench/
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import canonical  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def at(when):
    """'2026-11-20 09:40' -> '2026-11-20T09:40:00+01:00' (summer time until 25 October)."""
    date, time = when.split()
    offset = "+02:00" if date < "2026-10-25" else "+01:00"
    return f"{date}T{time}:00{offset}"


def touch(when, channel, outcome, note=None, value=None):
    attempt = {"at": at(when), "channel": channel, "outcome": outcome}
    if note is not None:
        attempt["note"] = note
    if value is not None:
        attempt["value"] = value
    return attempt


# Ids are given in order of the "created" date.
PROSPECTS = [
    {
        "name": "Zoë Whitfield",
        "company": "Brightledger",
        "email": "zoe.whitfield@brightledger.example",
        "phone": "+44 20 7946 0312",
        "tags": ["fintech", "enterprise"],
        "status": "won",
        "created": "2026-08-03",
        "notes": "CFO. Three entities, month-end close took nine days. Signed 12 months.",
        "attempts": [
            touch("2026-08-03 10:15", "call", "no-answer"),
            touch("2026-08-06 09:05", "email", "no-answer", "Intro and a two-minute video",
                  "2-minute product video"),
            touch("2026-08-10 14:30", "call", "voicemail", "Left a message about month-end close"),
            touch("2026-08-17 11:20", "linkedin", "connected", "Accepted my invite"),
            touch("2026-08-31 16:00", "video", "meeting", "Discovery call: 3 entities, 9-day close",
                  "ROI calculator"),
            touch("2026-09-30 10:45", "email", "replied", "Asked for our security documents",
                  "SOC 2 report"),
            touch("2026-10-14 15:00", "meeting", "won", "Signed at their London office"),
        ],
    },
    {
        "name": "Marcus Okafor",
        "company": "Tallyhaus",
        "email": "marcus@tallyhaus.example",
        "phone": "+1 555 0142",
        "tags": ["saas"],
        "status": "won",
        "created": "2026-09-07",
        "notes": "Head of Finance Ops. Replacing spreadsheets for 400 supplier invoices a month.",
        "attempts": [
            touch("2026-09-07 15:10", "call", "no-answer"),
            touch("2026-09-10 09:30", "email", "no-answer", "Case study from a SaaS company their size",
                  "case study"),
            touch("2026-09-14 11:00", "call", "voicemail"),
            touch("2026-09-21 10:20", "linkedin", "replied", "Said: send me pricing"),
            touch("2026-10-05 14:00", "video", "won", "Demo, then a yes on the call"),
        ],
    },
    {
        "name": "Priya Raman",
        "company": "Northwind Freight",
        "email": "priya.raman@northwind.example",
        "phone": "+44 161 496 0755",
        "tags": ["logistics", "referral"],
        "status": "won",
        "created": "2026-09-15",
        "notes": "Controller. Introduced me to Nadia at Cedar Freight.",
        "attempts": [
            touch("2026-09-15 09:45", "call", "connected", "Carrier invoices are her pain"),
            touch("2026-09-18 13:30", "video", "meeting", "Demo with her AP team", "ROI calculator"),
            touch("2026-09-28 11:15", "meeting", "won", "Contract signed"),
        ],
    },
    {
        "name": "Greg Dunmore",
        "company": "Pinecrest Legal",
        "email": "g.dunmore@pinecrest.example",
        "tags": ["legal"],
        "status": "dnc",
        "created": "2026-10-12",
        "notes": "Asked to be removed from all contact. Do not call.",
        "attempts": [
            touch("2026-10-12 10:05", "call", "no-answer"),
            touch("2026-10-15 09:20", "email", "objection", "Asked to be removed from all contact"),
        ],
    },
    {
        "name": "José Ortega",
        "company": "Solera Energía",
        "email": "jose.ortega@solera.example",
        "phone": "+34 91 555 0187",
        "tags": ["energy", "q4"],
        "created": "2026-10-14",
        "notes": "Finance Director. Spain's e-invoicing mandate lands next year.",
        "attempts": [
            touch("2026-10-14 10:40", "call", "no-answer"),
            touch("2026-10-19 09:15", "email", "no-answer", "Article on the Spanish e-invoicing law",
                  "article"),
            touch("2026-10-23 16:20", "call", "voicemail", "Left a message with his assistant"),
        ],
    },
    {
        "name": "Victor Hale",
        "company": "Granite Works",
        "email": "victor.hale@granite.example",
        "phone": "+1 555 0177",
        "tags": ["manufacturing"],
        "status": "lost",
        "created": "2026-08-24",
        "notes": "CFO. Chose to build it in-house with their ERP partner.",
        "attempts": [
            touch("2026-08-24 11:30", "call", "no-answer"),
            touch("2026-08-27 09:10", "email", "no-answer"),
            touch("2026-08-31 14:45", "call", "connected", "Interested, wants to see numbers"),
            touch("2026-09-07 10:00", "video", "meeting", "Demo to CFO and IT", "ROI calculator"),
            touch("2026-09-21 15:30", "email", "objection", "IT prefers building on the ERP"),
            touch("2026-10-21 11:00", "call", "lost", "Going in-house; ask again in spring"),
        ],
    },
    {
        "name": "Amelia Hart",
        "company": "Meridian Health Group",
        "email": "amelia.hart@meridianhealth.example",
        "phone": "+44 20 7946 0958",
        "tags": ["healthcare", "enterprise"],
        "dream": True,
        "created": "2026-09-01",
        "notes": "Dream client: 40 clinics, AP team of 25. EA is Tom.",
        "attempts": [
            touch("2026-09-01 09:30", "call", "no-answer"),
            touch("2026-09-04 08:55", "email", "no-answer", "Case study: hospital group, 60% faster AP",
                  "case study"),
            touch("2026-09-08 13:10", "call", "voicemail"),
            touch("2026-09-15 10:25", "linkedin", "no-answer", "Commented on her post about NHS budgets"),
            touch("2026-09-29 11:00", "letter", "no-answer", "Printed benchmark report by post",
                  "benchmark report"),
            touch("2026-10-06 09:40", "email", "no-answer"),
            touch("2026-10-28 14:15", "call", "connected", "Tom (EA): budget season, try after 15 Nov"),
            touch("2026-11-18 09:40", "email", "no-answer", "Sent the 2027 AP benchmark",
                  "industry benchmark"),
        ],
    },
    {
        "name": "Jonas Müller",
        "company": "Kestrel Aviation",
        "email": "jonas.mueller@kestrel.example",
        "phone": "+49 30 555 0129",
        "tags": ["enterprise", "aviation"],
        "status": "won",
        "dream": True,
        "created": "2026-08-10",
        "notes": "Head of Finance. Eight touches over ten weeks; worth every one.",
        "attempts": [
            touch("2026-08-10 10:00", "call", "no-answer"),
            touch("2026-08-13 09:25", "email", "no-answer"),
            touch("2026-08-17 15:40", "call", "voicemail"),
            touch("2026-08-24 11:10", "linkedin", "no-answer"),
            touch("2026-09-07 09:50", "email", "no-answer", "Airline AP case study", "case study"),
            touch("2026-09-14 14:20", "call", "connected", "Call me in two weeks"),
            touch("2026-09-28 10:30", "video", "meeting", "Demo with finance and procurement",
                  "ROI calculator"),
            touch("2026-10-19 16:00", "meeting", "won", "Signed after the pilot"),
        ],
    },
    {
        "name": "Oliver Grant",
        "company": "Fernhill Schools Trust",
        "email": "o.grant@fernhill.example",
        "phone": "+44 117 496 0422",
        "tags": ["education"],
        "created": "2026-09-21",
        "notes": "Finance Director, 12 schools. Tender window opens in January.",
        "attempts": [
            touch("2026-09-21 09:20", "call", "no-answer"),
            touch("2026-09-24 11:45", "email", "no-answer"),
            touch("2026-09-28 14:00", "call", "connected", "Interested for the next budget year"),
            touch("2026-10-05 10:10", "email", "replied", "Asked for references in education",
                  "reference list"),
            touch("2026-11-02 15:15", "video", "meeting", "Walked through the tender requirements",
                  "tender checklist"),
        ],
    },
    {
        "name": "Sofia Marchetti",
        "company": "Cantiere Foods",
        "email": "sofia.marchetti@cantiere.example",
        "phone": "+39 02 5550 1234",
        "tags": ["manufacturing", "q4"],
        "created": "2026-10-26",
        "notes": "Head of Accounts Payable. Paper invoices from 300 farms.",
        "attempts": [
            touch("2026-10-26 10:30", "call", "no-answer"),
            touch("2026-10-29 09:00", "email", "no-answer", "Short note on OCR for paper invoices"),
            touch("2026-11-02 14:50", "call", "voicemail", "Left a message, mentioned Northwind"),
            touch("2026-11-11 11:25", "linkedin", "no-answer", "Connection request with a note"),
        ],
    },
    {
        "name": "Hannah Lindqvist",
        "company": "Fjordline Media",
        "email": "hannah@fjordline.example",
        "phone": "+46 8 555 019 20",
        "tags": ["media"],
        "status": "nurture",
        "created": "2026-10-19",
        "notes": "Happy with their current tool for now. Contract renews in spring.",
        "attempts": [
            touch("2026-10-19 13:00", "call", "no-answer"),
            touch("2026-10-22 10:15", "email", "no-answer", "Comparison with their current tool",
                  "comparison sheet"),
            touch("2026-11-03 11:40", "call", "not-interested", "Renewal is in April; call in February"),
        ],
    },
    {
        "name": "Łukasz Nowak",
        "company": "Vistula Analytics",
        "email": "lukasz.nowak@vistula.example",
        "phone": "+48 22 555 0164",
        "tags": ["saas"],
        "created": "2026-10-28",
        "notes": "CFO, just raised a Series B. Finance team doubling next year.",
        "attempts": [
            touch("2026-10-28 09:35", "email", "no-answer", "Congratulations on the Series B + intro"),
        ],
    },
    {
        "name": "Tom Becker",
        "company": "Quillstone",
        "email": "tom.becker@quillstone.example",
        "phone": "+1 555 0163",
        "tags": ["saas"],
        "status": "lost",
        "created": "2026-11-02",
        "notes": "VP Finance. Said they went with Billwise after one call.",
        "attempts": [
            touch("2026-11-03 10:50", "call", "connected", "Evaluating tools this month"),
            touch("2026-11-06 15:20", "email", "lost", "Went with Billwise"),
        ],
    },
    {
        "name": "Ben Carter",
        "company": "Pebble & Co",
        "email": "ben@pebbleco.example",
        "phone": "+44 113 496 0871",
        "tags": ["ecommerce", "q4"],
        "created": "2026-11-09",
        "notes": "Finance Manager. Peak season: keep calls short.",
        "attempts": [
            touch("2026-11-09 11:05", "call", "no-answer"),
            touch("2026-11-12 09:15", "email", "no-answer", "ROI calculator with their volumes",
                  "ROI calculator"),
            touch("2026-11-18 16:40", "call", "connected", "Follow up next week with pricing"),
        ],
    },
    {
        "name": "Aoife Brennan",
        "company": "Harbour Pay",
        "email": "aoife.brennan@harbourpay.example",
        "phone": "+353 1 555 0138",
        "tags": ["fintech", "saas"],
        "created": "2026-11-16",
        "notes": "Ops Lead. Needs something she can forward to her CFO.",
        "attempts": [
            touch("2026-11-16 10:20", "email", "no-answer", "Intro: AP automation for payment firms"),
            touch("2026-11-20 12:10", "linkedin", "replied",
                  "Replied: send me something I can forward to our CFO"),
        ],
    },
    {
        "name": "David Levi",
        "company": "Orbital Payroll",
        "email": "david.levi@orbital.example",
        "phone": "+972 3 555 0110",
        "tags": ["fintech"],
        "created": "2026-11-12",
        "next": "2026-12-01",
        "notes": "VP Finance. On leave until 1 December.",
        "attempts": [
            touch("2026-11-12 14:00", "call", "no-answer"),
            touch("2026-11-17 10:35", "call", "connected", "On leave until 1 Dec, call him then"),
        ],
    },
    {
        "name": "Grace Mensah",
        "company": "Lumio Energy",
        "email": "grace.mensah@lumio.example",
        "phone": "+44 20 7946 0573",
        "tags": ["energy", "inbound", "q4"],
        "created": "2026-11-17",
        "cadence": [2, 2, 5, 10],
        "notes": "Inbound demo request. Board meets 30 Nov: keep the pace up.",
        "attempts": [
            touch("2026-11-17 09:10", "email", "replied", "Booked a demo from the website"),
            touch("2026-11-19 15:00", "video", "meeting", "Demo with Grace and IT",
                  "ROI calculator"),
            touch("2026-11-23 11:30", "email", "replied", "Sent the proposal; she takes it to the board",
                  "proposal"),
        ],
    },
    {
        "name": "Chloé Dubois",
        "company": "Atelier Lumen",
        "email": "chloe.dubois@lumen.example",
        "phone": "+33 1 55 50 01 47",
        "tags": ["saas", "q4"],
        "created": "2026-11-18",
        "notes": "DAF. Prefers French; moving to e-invoicing in 2026.",
        "attempts": [
            touch("2026-11-20 09:50", "call", "voicemail", "Left a message in French"),
        ],
    },
    {
        "name": "Erik Sørensen",
        "company": "Nordlys Shipping",
        "email": "erik.sorensen@nordlys.example",
        "phone": "+45 32 55 50 19",
        "tags": ["logistics"],
        "created": "2026-11-19",
        "notes": "Group Controller, Copenhagen.",
        "attempts": [
            touch("2026-11-19 13:45", "call", "no-answer"),
            touch("2026-11-23 10:05", "email", "no-answer", "Northwind case study", "case study"),
        ],
    },
    {
        "name": "Fatima Zahra Benali",
        "company": "Atlas Retail Group",
        "email": "f.benali@atlasretail.example",
        "phone": "+33 4 55 50 02 81",
        "tags": ["retail"],
        "created": "2026-10-13",
        "notes": "CFO. Liked the demo; waiting on the 2027 budget.",
        "attempts": [
            touch("2026-10-13 11:00", "call", "no-answer"),
            touch("2026-10-16 09:40", "email", "replied", "Asked for a demo after the quarter close"),
            touch("2026-10-20 10:00", "video", "meeting", "Demo to her and the AP lead",
                  "ROI calculator"),
            touch("2026-11-16 14:25", "call", "connected", "Budget decision early December"),
        ],
    },
    {
        "name": "Lucas Ferreira",
        "company": "Bluegate Insurance",
        "email": "lucas.ferreira@bluegate.example",
        "phone": "+351 21 555 0193",
        "tags": ["insurance", "enterprise"],
        "created": "2026-11-10",
        "next": "2026-12-03",
        "notes": "Head of Procurement. On-site meeting in Lisbon on 3 December.",
        "attempts": [
            touch("2026-11-10 10:30", "call", "no-answer"),
            touch("2026-11-13 09:20", "email", "replied", "Interested, asked for a call"),
            touch("2026-11-24 15:45", "call", "meeting", "Booked an on-site meeting for 3 Dec"),
        ],
    },
    {
        "name": "Rachel Stein",
        "company": "Cobalt Dental Group",
        "email": "rachel.stein@cobaltdental.example",
        "phone": "+1 555 0118",
        "tags": ["healthcare"],
        "created": "2026-11-20",
        "notes": "Finance Director, 25 practices.",
        "attempts": [
            touch("2026-11-20 16:10", "call", "no-answer"),
            touch("2026-11-24 08:50", "sms", "no-answer", "Short text: worth a 10-minute call?"),
        ],
    },
    {
        "name": "Rohan Mehta",
        "company": "Saffron Travel",
        "email": "rohan.mehta@saffrontravel.example",
        "phone": "+44 20 7946 0229",
        "tags": ["travel"],
        "created": "2026-09-09",
        "notes": "CFO. Slow to answer, but opens every email.",
        "attempts": [
            touch("2026-09-09 10:10", "call", "no-answer"),
            touch("2026-09-14 09:30", "email", "no-answer"),
            touch("2026-09-17 14:20", "call", "voicemail"),
            touch("2026-09-24 11:05", "linkedin", "no-answer"),
            touch("2026-10-08 10:40", "video", "no-answer", "Sent a personal video walkthrough",
                  "personal video"),
            touch("2026-11-06 09:55", "email", "no-answer", "Travel-industry AP benchmark",
                  "industry benchmark"),
        ],
    },
    {
        "name": "Mei Lin Tan",
        "company": "Tessellate Labs",
        "email": "meilin.tan@tessellate.example",
        "phone": "+65 6555 0147",
        "tags": ["saas", "q4"],
        "created": "2026-11-23",
        "notes": "Head of Finance, Singapore office opening in Europe.",
        "attempts": [
            touch("2026-11-23 08:45", "call", "no-answer", "Early call for Singapore time"),
        ],
    },
    {
        "name": "Nadia Haddad",
        "company": "Cedar Freight",
        "email": "nadia.haddad@cedarfreight.example",
        "phone": "+44 161 496 0314",
        "tags": ["logistics", "referral"],
        "created": "2026-11-24",
        "notes": "CFO. Referred by Priya Raman (Northwind): carrier invoices are a mess.",
        "attempts": [],
    },
]


def pipeline():
    prospects = []
    # Ids in the order they were added (a stable sort keeps same-day order as written).
    for number, spec in enumerate(sorted(PROSPECTS, key=lambda s: s["created"]), start=1):
        prospect = {"id": number, **spec}
        times = [attempt["at"] for attempt in prospect["attempts"]]
        assert times == sorted(times), f"{spec['name']}: touches out of order"
        assert all(t[:10] >= spec["created"] for t in times), f"{spec['name']}: touch before created"
        prospects.append(prospect)
    return {
        "next_id": len(prospects) + 1,
        "settings": dict(canonical.DEFAULT_SETTINGS),
        "prospects": prospects,
    }


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "docs", "examples",
                                                                  "pipeline.json")
    with open(output, "w", encoding="utf-8", newline="\n") as file:
        file.write(canonical.pipeline_text(pipeline()))


if __name__ == "__main__":
    main()
