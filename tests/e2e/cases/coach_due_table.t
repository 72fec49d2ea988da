# due with the coach (tests/e2e/fixtures/coach.json): advice for each touch, most important first; check back (nurture #4) and re-engage (lost #5); the hour advice quotes rates (21 timed touches); a birthday today; dnc #10's birthday is left out; #6, lost over a year ago, is not due.
fixture: coach.json
$ followup due
| Due (7): 0 today, 7 overdue
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
|
| Abandoned before the fifth touch (4)
| ID  NAME        COMPANY          STATUS  LAST TOUCH                   WHY
|  5  Eve Martin  Umbrella         lost    2026-08-10 email, lost       closed lost after 2 touches
|  6  Hal Jordan  Ferris Aircraft  lost    2025-09-15 meeting, lost     closed lost after 1 touch
|  7  Ivy Chen                     lost    2026-11-20 email, no-answer  closed lost after 2 touches
|  8  Dev Patel                    active  none                         never touched, added 21 days ago
? 0
