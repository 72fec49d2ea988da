# due --format json: due_reason, open_objection, last_value and advice per prospect, and the touch points.
fixture: coach.json
$ followup due --format json
| {
|   "today": "2026-11-25",
|   "due": [
|     {
|       "id": 8,
|       "name": "Dev Patel",
|       "company": null,
|       "status": "active",
|       "touches": 0,
|       "next_touch": 1,
|       "due": "2026-11-04",
|       "days_overdue": 21,
|       "last_channel": null,
|       "last_outcome": null,
|       "suggested_channel": "call",
|       "dream": false,
|       "abandoned": true,
|       "due_reason": "first touch",
|       "open_objection": null,
|       "last_value": null,
|       "advice": []
|     },
|     {
|       "id": 5,
|       "name": "Eve Martin",
|       "company": "Umbrella",
|       "status": "lost",
|       "touches": 2,
|       "next_touch": 3,
|       "due": "2026-11-09",
|       "days_overdue": 16,
|       "last_channel": "email",
|       "last_outcome": "lost",
|       "suggested_channel": "call",
|       "dream": false,
|       "abandoned": true,
|       "due_reason": "re-engage",
|       "open_objection": null,
|       "last_value": "proposal",
|       "advice": [
|         "closed lost on 2026-08-10: re-engage, the deal may be ready now",
|         "bring something new: last time it was \"proposal\""
|       ]
|     },
|     {
|       "id": 1,
|       "name": "Mia Wong",
|       "company": "Wong Logistics",
|       "status": "active",
|       "touches": 3,
|       "next_touch": 4,
|       "due": "2026-11-16",
|       "days_overdue": 9,
|       "last_channel": "call",
|       "last_outcome": "no-answer",
|       "suggested_channel": "linkedin",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "cadence",
|       "open_objection": null,
|       "last_value": "article: 5 ways to cut freight costs",
|       "advice": [
|         "the last call did not reach them: try LinkedIn",
|         "3 calls in a row: try email or LinkedIn",
|         "your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning)",
|         "bring something new: last time it was \"article: 5 ways to cut freight costs\""
|       ]
|     },
|     {
|       "id": 4,
|       "name": "Gina Rossi",
|       "company": "Vandelay Industries",
|       "status": "nurture",
|       "touches": 1,
|       "next_touch": 2,
|       "due": "2026-11-18",
|       "days_overdue": 7,
|       "last_channel": "email",
|       "last_outcome": "not-interested",
|       "suggested_channel": "email",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "check back",
|       "open_objection": null,
|       "last_value": null,
|       "advice": [
|         "said \"not now\" on 2026-08-20: check back with something new"
|       ]
|     },
|     {
|       "id": 3,
|       "name": "Tom Baker",
|       "company": "Baker & Sons",
|       "status": "active",
|       "touches": 1,
|       "next_touch": 2,
|       "due": "2026-11-19",
|       "days_overdue": 6,
|       "last_channel": "call",
|       "last_outcome": "objection",
|       "suggested_channel": "email",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "cadence",
|       "open_objection": "price too high",
|       "last_value": "case study",
|       "advice": [
|         "answer the open objection: price too high",
|         "bring something new: last time it was \"case study\""
|       ]
|     },
|     {
|       "id": 9,
|       "name": "Ann Lee",
|       "company": "Acme",
|       "status": "active",
|       "touches": 0,
|       "next_touch": 1,
|       "due": "2026-11-23",
|       "days_overdue": 2,
|       "last_channel": null,
|       "last_outcome": null,
|       "suggested_channel": "call",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "first touch",
|       "open_objection": null,
|       "last_value": null,
|       "advice": []
|     },
|     {
|       "id": 11,
|       "name": "Nora Quinn",
|       "company": "Quinn & Co",
|       "status": "active",
|       "touches": 1,
|       "next_touch": 2,
|       "due": "2026-11-23",
|       "days_overdue": 2,
|       "last_channel": "call",
|       "last_outcome": "no-answer",
|       "suggested_channel": "email",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "cadence",
|       "open_objection": null,
|       "last_value": null,
|       "advice": [
|         "the last call did not reach them: try email"
|       ]
|     }
|   ],
|   "abandoned": [
|     {
|       "id": 5,
|       "name": "Eve Martin",
|       "company": "Umbrella",
|       "status": "lost",
|       "touches": 2,
|       "last_touch": "2026-08-10",
|       "reason": "closed lost after 2 touches"
|     },
|     {
|       "id": 6,
|       "name": "Hal Jordan",
|       "company": "Ferris Aircraft",
|       "status": "lost",
|       "touches": 1,
|       "last_touch": "2025-09-15",
|       "reason": "closed lost after 1 touch"
|     },
|     {
|       "id": 7,
|       "name": "Ivy Chen",
|       "company": null,
|       "status": "lost",
|       "touches": 2,
|       "last_touch": "2026-11-20",
|       "reason": "closed lost after 2 touches"
|     },
|     {
|       "id": 8,
|       "name": "Dev Patel",
|       "company": null,
|       "status": "active",
|       "touches": 0,
|       "last_touch": null,
|       "reason": "never touched, added 21 days ago"
|     }
|   ],
|   "touch_points": [
|     {
|       "id": 9,
|       "name": "Ann Lee",
|       "company": "Acme",
|       "occasion": "birthday",
|       "date": "2026-11-25"
|     }
|   ]
| }
? 0
