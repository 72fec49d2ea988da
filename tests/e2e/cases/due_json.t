# due --format json.
fixture: pipeline.json
$ followup due --format json
| {
|   "today": "2026-11-25",
|   "due": [
|     {
|       "id": 6,
|       "name": "Frank Castle",
|       "company": "Castle Security",
|       "status": "active",
|       "touches": 2,
|       "next_touch": 3,
|       "due": "2026-10-26",
|       "days_overdue": 30,
|       "last_channel": "email",
|       "last_outcome": "no-answer",
|       "suggested_channel": "call",
|       "dream": false,
|       "abandoned": true,
|       "due_reason": "cadence",
|       "open_objection": null,
|       "last_value": null,
|       "advice": [
|         "the last email did not reach them: try call"
|       ]
|     },
|     {
|       "id": 7,
|       "name": "Grace Hopper",
|       "company": "Navy",
|       "status": "active",
|       "touches": 0,
|       "next_touch": 1,
|       "due": "2026-11-05",
|       "days_overdue": 20,
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
|       "id": 11,
|       "name": "Karen Page",
|       "company": "Nelson, Murdock & \"Page\" LLP",
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
|       "name": "陈伟",
|       "company": "Shanghai Trading",
|       "status": "active",
|       "touches": 1,
|       "next_touch": 2,
|       "due": "2026-11-23",
|       "days_overdue": 2,
|       "last_channel": "linkedin",
|       "last_outcome": "no-answer",
|       "suggested_channel": "email",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "cadence",
|       "open_objection": null,
|       "last_value": null,
|       "advice": [
|         "the last LinkedIn did not reach them: try email"
|       ]
|     },
|     {
|       "id": 12,
|       "name": "Luke Cage",
|       "company": "Harlem's Paradise",
|       "status": "active",
|       "touches": 6,
|       "next_touch": 7,
|       "due": "2026-11-23",
|       "days_overdue": 2,
|       "last_channel": "email",
|       "last_outcome": "no-answer",
|       "suggested_channel": "call",
|       "dream": true,
|       "abandoned": false,
|       "due_reason": "cadence",
|       "open_objection": null,
|       "last_value": "industry report",
|       "advice": [
|         "the last email did not reach them: try call",
|         "bring something new: last time it was \"industry report\""
|       ]
|     },
|     {
|       "id": 2,
|       "name": "Björn Ångström",
|       "company": "Nordlicht GmbH",
|       "status": "active",
|       "touches": 3,
|       "next_touch": 4,
|       "due": "2026-11-24",
|       "days_overdue": 1,
|       "last_channel": "call",
|       "last_outcome": "connected",
|       "suggested_channel": "linkedin",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "cadence",
|       "open_objection": null,
|       "last_value": null,
|       "advice": []
|     },
|     {
|       "id": 1,
|       "name": "Ann Lee",
|       "company": "Acme",
|       "status": "active",
|       "touches": 2,
|       "next_touch": 3,
|       "due": "2026-11-25",
|       "days_overdue": 0,
|       "last_channel": "email",
|       "last_outcome": "no-answer",
|       "suggested_channel": "call",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "cadence",
|       "open_objection": null,
|       "last_value": "case study",
|       "advice": [
|         "the last email did not reach them: try call",
|         "bring something new: last time it was \"case study\""
|       ]
|     },
|     {
|       "id": 13,
|       "name": "=SUM(A1:A9)",
|       "company": "@Risk Ltd",
|       "status": "active",
|       "touches": 0,
|       "next_touch": 1,
|       "due": "2026-11-25",
|       "days_overdue": 0,
|       "last_channel": null,
|       "last_outcome": null,
|       "suggested_channel": "call",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "first touch",
|       "open_objection": null,
|       "last_value": null,
|       "advice": []
|     }
|   ],
|   "abandoned": [
|     {
|       "id": 6,
|       "name": "Frank Castle",
|       "company": "Castle Security",
|       "status": "active",
|       "touches": 2,
|       "last_touch": "2026-10-20",
|       "reason": "no touch for 36 days, 2 touches"
|     },
|     {
|       "id": 7,
|       "name": "Grace Hopper",
|       "company": "Navy",
|       "status": "active",
|       "touches": 0,
|       "last_touch": null,
|       "reason": "never touched, added 20 days ago"
|     },
|     {
|       "id": 8,
|       "name": "Hal Jordan",
|       "company": "Ferris Aircraft",
|       "status": "lost",
|       "touches": 2,
|       "last_touch": "2026-11-10",
|       "reason": "closed lost after 2 touches"
|     }
|   ],
|   "touch_points": []
| }
? 0
