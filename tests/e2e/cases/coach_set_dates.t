# set --birthday / --anniversary: MM-DD, 02-29 allowed (the 28th outside leap years), an empty value clears it.
fixture: coach.json
$ followup set dev --birthday 11-26 --anniversary 02-29
| Updated #8 Dev Patel.
? 0
$ followup show dev
| #8 Dev Patel
|   status      active
|   added       2026-11-04
|   next        touch 1 of 5, due 2026-11-04 (21 days ago), try call
|   ABANDONED   before the fifth touch: never touched, added 21 days ago
|   birthday    11-26
|   anniversary 02-29
|
| No touches yet.
? 0
$ followup due --within 1
| Due by 2026-11-26 (7)
| ID  NAME        COMPANY              TOUCH         DUE              LAST TOUCH                        TRY       FLAG
|  8  Dev Patel                        touch 1 of 5  21 days overdue  none                              call      abandoned
|  5  Eve Martin  Umbrella             touch 3 of 5  16 days overdue  2026-08-10 email, lost            call      abandoned
|  1  Mia Wong    Wong Logistics       touch 4 of 5  9 days overdue   2026-11-09 call, no-answer        linkedin
|  4  Gina Rossi  Vandelay Industries  touch 2 of 5  7 days overdue   2026-08-20 email, not-interested  email
|  3  Tom Baker   Baker & Sons         touch 2 of 5  6 days overdue   2026-11-16 call, objection        email
|  9  Ann Lee     Acme                 touch 1 of 5  2 days overdue   none                              call
| 11  Nora Quinn  Quinn & Co           touch 2 of 5  2 days overdue   2026-11-20 call, no-answer        email
|
| How to make them count
|   #5 Eve Martin   closed lost on 2026-08-10: re-engage, the deal may be ready now
|                   bring something new: last time it was "proposal"
|   #1 Mia Wong     the last call did not reach them: try LinkedIn
|                   3 calls in a row: try email or LinkedIn
|                   your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning)
|                   bring something new: last time it was "article: 5 ways to cut freight costs"
|   #4 Gina Rossi   said "not now" on 2026-08-20: check back with something new
|   #3 Tom Baker    answer the open objection: price too high
|                   bring something new: last time it was "case study"
|   #11 Nora Quinn  the last call did not reach them: try email
|
| Touch points that are not sales
|   #9 Ann Lee (Acme): birthday today (2026-11-25)
|   #8 Dev Patel: birthday tomorrow (2026-11-26)
|
| Abandoned before the fifth touch (4)
| ID  NAME        COMPANY          STATUS  LAST TOUCH                   WHY
|  5  Eve Martin  Umbrella         lost    2026-08-10 email, lost       closed lost after 2 touches
|  6  Hal Jordan  Ferris Aircraft  lost    2025-09-15 meeting, lost     closed lost after 1 touch
|  7  Ivy Chen                     lost    2026-11-20 email, no-answer  closed lost after 2 touches
|  8  Dev Patel                    active  none                         never touched, added 21 days ago
? 0
$ followup due --within 1 --today 2027-02-27 --format json
| {
|   "today": "2027-02-27",
|   "due": [
|     {
|       "id": 8,
|       "name": "Dev Patel",
|       "company": null,
|       "status": "active",
|       "touches": 0,
|       "next_touch": 1,
|       "due": "2026-11-04",
|       "days_overdue": 115,
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
|       "days_overdue": 110,
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
|       "days_overdue": 103,
|       "last_channel": "call",
|       "last_outcome": "no-answer",
|       "suggested_channel": "linkedin",
|       "dream": false,
|       "abandoned": true,
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
|       "days_overdue": 101,
|       "last_channel": "email",
|       "last_outcome": "not-interested",
|       "suggested_channel": "email",
|       "dream": false,
|       "abandoned": true,
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
|       "days_overdue": 100,
|       "last_channel": "call",
|       "last_outcome": "objection",
|       "suggested_channel": "email",
|       "dream": false,
|       "abandoned": true,
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
|       "days_overdue": 96,
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
|       "name": "Nora Quinn",
|       "company": "Quinn & Co",
|       "status": "active",
|       "touches": 1,
|       "next_touch": 2,
|       "due": "2026-11-23",
|       "days_overdue": 96,
|       "last_channel": "call",
|       "last_outcome": "no-answer",
|       "suggested_channel": "email",
|       "dream": false,
|       "abandoned": true,
|       "due_reason": "cadence",
|       "open_objection": null,
|       "last_value": null,
|       "advice": [
|         "the last call did not reach them: try email"
|       ]
|     },
|     {
|       "id": 2,
|       "name": "Oscar Diaz",
|       "company": "Initech",
|       "status": "active",
|       "touches": 11,
|       "next_touch": 12,
|       "due": "2026-12-01",
|       "days_overdue": 88,
|       "last_channel": "email",
|       "last_outcome": "no-answer",
|       "suggested_channel": "call",
|       "dream": true,
|       "abandoned": false,
|       "due_reason": "cadence",
|       "open_objection": "needs legal review",
|       "last_value": "legal checklist",
|       "advice": [
|         "answer the open objection: needs legal review",
|         "the last email did not reach them: try call",
|         "bring something new: last time it was \"legal checklist\""
|       ]
|     },
|     {
|       "id": 7,
|       "name": "Ivy Chen",
|       "company": null,
|       "status": "lost",
|       "touches": 2,
|       "next_touch": 3,
|       "due": "2027-02-18",
|       "days_overdue": 9,
|       "last_channel": "email",
|       "last_outcome": "no-answer",
|       "suggested_channel": "call",
|       "dream": false,
|       "abandoned": true,
|       "due_reason": "re-engage",
|       "open_objection": null,
|       "last_value": "new feature brief",
|       "advice": [
|         "closed lost on 2026-09-10: re-engage, the deal may be ready now",
|         "the last email did not reach them: try call",
|         "bring something new: last time it was \"new feature brief\""
|       ]
|     }
|   ],
|   "abandoned": [
|     {
|       "id": 1,
|       "name": "Mia Wong",
|       "company": "Wong Logistics",
|       "status": "active",
|       "touches": 3,
|       "last_touch": "2026-11-09",
|       "reason": "no touch for 110 days, 3 touches"
|     },
|     {
|       "id": 3,
|       "name": "Tom Baker",
|       "company": "Baker & Sons",
|       "status": "active",
|       "touches": 1,
|       "last_touch": "2026-11-16",
|       "reason": "no touch for 103 days, 1 touch"
|     },
|     {
|       "id": 4,
|       "name": "Gina Rossi",
|       "company": "Vandelay Industries",
|       "status": "nurture",
|       "touches": 1,
|       "last_touch": "2026-08-20",
|       "reason": "no touch for 191 days, 1 touch"
|     },
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
|       "reason": "never touched, added 115 days ago"
|     },
|     {
|       "id": 9,
|       "name": "Ann Lee",
|       "company": "Acme",
|       "status": "active",
|       "touches": 0,
|       "last_touch": null,
|       "reason": "never touched, added 96 days ago"
|     },
|     {
|       "id": 11,
|       "name": "Nora Quinn",
|       "company": "Quinn & Co",
|       "status": "active",
|       "touches": 1,
|       "last_touch": "2026-11-20",
|       "reason": "no touch for 99 days, 1 touch"
|     }
|   ],
|   "touch_points": [
|     {
|       "id": 8,
|       "name": "Dev Patel",
|       "company": null,
|       "occasion": "anniversary",
|       "date": "2027-02-28"
|     }
|   ]
| }
? 0
$ followup set dev --birthday ''
| Updated #8 Dev Patel.
? 0
$ followup show dev
| #8 Dev Patel
|   status      active
|   added       2026-11-04
|   next        touch 1 of 5, due 2026-11-04 (21 days ago), try call
|   ABANDONED   before the fifth touch: never touched, added 21 days ago
|   anniversary 02-29
|
| No touches yet.
? 0
$ followup set dev --birthday 13-01
! followup: error: --birthday: '13-01' is not a month and day; use MM-DD, such as 03-14
? 2
$ followup set dev --anniversary 2-3
! followup: error: --anniversary: '2-3' is not a month and day; use MM-DD, such as 03-14
? 2
$ followup set dev --birthday 02-30
! followup: error: --birthday: '02-30' is not a month and day; use MM-DD, such as 03-14
? 2
