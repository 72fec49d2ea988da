# away: nothing falls due while away (due dates move to the first working day after), and days away do not count toward abandonment (#8 Dev is no longer abandoned); --clear takes it back.
fixture: coach.json
$ followup away
| No time away planned. Add some with 'followup away FROM TO'.
? 0
$ followup away 2026-11-09 2026-11-20
| Away 2026-11-09 to 2026-11-20 (12 days): nothing falls due then.
? 0
$ followup away
| 2026-11-09 to 2026-11-20 (12 days)
? 0
$ followup due
| Due (7): 0 today, 7 overdue
| ID  NAME        COMPANY              TOUCH         DUE              LAST TOUCH                        TRY       FLAG
|  8  Dev Patel                        touch 1 of 5  21 days overdue  none                              call
|  1  Mia Wong    Wong Logistics       touch 4 of 5  2 days overdue   2026-11-09 call, no-answer        linkedin
|  3  Tom Baker   Baker & Sons         touch 2 of 5  2 days overdue   2026-11-16 call, objection        email
|  4  Gina Rossi  Vandelay Industries  touch 2 of 5  2 days overdue   2026-08-20 email, not-interested  email
|  5  Eve Martin  Umbrella             touch 3 of 5  2 days overdue   2026-08-10 email, lost            call      abandoned
|  9  Ann Lee     Acme                 touch 1 of 5  2 days overdue   none                              call
| 11  Nora Quinn  Quinn & Co           touch 2 of 5  2 days overdue   2026-11-20 call, no-answer        email
|
| How to make them count
|   #1 Mia Wong     the last call did not reach them: try LinkedIn
|                   3 calls in a row: try email or LinkedIn
|                   your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning)
|                   bring something new: last time it was "article: 5 ways to cut freight costs"
|   #3 Tom Baker    answer the open objection: price too high
|                   bring something new: last time it was "case study"
|   #4 Gina Rossi   said "not now" on 2026-08-20: check back with something new
|   #5 Eve Martin   closed lost on 2026-08-10: re-engage, the deal may be ready now
|                   bring something new: last time it was "proposal"
|   #11 Nora Quinn  the last call did not reach them: try email
|
| Touch points that are not sales
|   #9 Ann Lee (Acme): birthday today (2026-11-25)
|
| Abandoned before the fifth touch (3)
| ID  NAME        COMPANY          STATUS  LAST TOUCH                   WHY
|  5  Eve Martin  Umbrella         lost    2026-08-10 email, lost       closed lost after 2 touches
|  6  Hal Jordan  Ferris Aircraft  lost    2025-09-15 meeting, lost     closed lost after 1 touch
|  7  Ivy Chen                     lost    2026-11-20 email, no-answer  closed lost after 2 touches
? 0
$ followup show dev
| #8 Dev Patel
|   status      active
|   added       2026-11-04
|   next        touch 1 of 5, due 2026-11-04 (21 days ago), try call
|
| No touches yet.
? 0
$ followup due --digest
| 0 due today, 7 overdue, 3 abandoned before the fifth touch, 1 touch point
|
| Due:
|   #8 Dev Patel - touch 1 of 5, 21 days overdue, last: none; try call
|   #1 Mia Wong (Wong Logistics) - touch 4 of 5, 2 days overdue, last: 2026-11-09 call, no-answer; try linkedin
|       the last call did not reach them: try LinkedIn
|       3 calls in a row: try email or LinkedIn
|       your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning)
|       bring something new: last time it was "article: 5 ways to cut freight costs"
|   #3 Tom Baker (Baker & Sons) - touch 2 of 5, 2 days overdue, last: 2026-11-16 call, objection; try email
|       answer the open objection: price too high
|       bring something new: last time it was "case study"
|   #4 Gina Rossi (Vandelay Industries) - touch 2 of 5, 2 days overdue, last: 2026-08-20 email, not-interested; try email
|       said "not now" on 2026-08-20: check back with something new
|   #5 Eve Martin (Umbrella) - touch 3 of 5, 2 days overdue, last: 2026-08-10 email, lost; try call [abandoned]
|       closed lost on 2026-08-10: re-engage, the deal may be ready now
|       bring something new: last time it was "proposal"
|   #9 Ann Lee (Acme) - touch 1 of 5, 2 days overdue, last: none; try call
|   #11 Nora Quinn (Quinn & Co) - touch 2 of 5, 2 days overdue, last: 2026-11-20 call, no-answer; try email
|       the last call did not reach them: try email
|
| Touch points that are not sales:
|   #9 Ann Lee (Acme): birthday today (2026-11-25)
|
| Abandoned before the fifth touch:
|   #5 Eve Martin (Umbrella) - closed lost after 2 touches
|   #6 Hal Jordan (Ferris Aircraft) - closed lost after 1 touch
|   #7 Ivy Chen - closed lost after 2 touches
? 0
$ followup stats --format csv
| metric,value␍
| prospects,11␍
| active,6␍
| nurture,1␍
| won,0␍
| lost,3␍
| dnc,1␍
| touches,22␍
| touches_per_prospect,2.00␍
| reached_fifth_touch,1␍
| reached_fifth_touch_rate,0.0909␍
| abandoned_before_fifth,3␍
| abandoned_before_fifth_rate,0.2727␍
| gave_up_after_one,3␍
| gave_up_after_one_rate,0.2727␍
| connect_rate,0.6818␍
| reply_rate,0.1364␍
| meeting_rate,0.0909␍
| value_rate,0.5455␍
| won_at_first_touch_rate,0␍
| won_at_fifth_or_later_rate,0␍
? 0
$ followup away 2026-12-21 2027-01-01
| Away 2026-12-21 to 2027-01-01 (12 days): nothing falls due then.
? 0
$ sed -n '/"settings"/,/^  }/p' followup.json
|   "settings": {
|     "away": [
|       {"from": "2026-11-09", "to": "2026-11-20"},
|       {"from": "2026-12-21", "to": "2027-01-01"}
|     ]
|   },
? 0
$ followup away
| 2026-11-09 to 2026-11-20 (12 days)
| 2026-12-21 to 2027-01-01 (12 days)
? 0
$ followup away --clear 2026-11-10
| Removed time away 2026-11-09 to 2026-11-20 (12 days).
? 0
$ followup away
| 2026-12-21 to 2027-01-01 (12 days)
? 0
$ followup due --digest
| 0 due today, 7 overdue, 4 abandoned before the fifth touch, 1 touch point
|
| Due:
|   #8 Dev Patel - touch 1 of 5, 21 days overdue, last: none; try call [abandoned]
|   #5 Eve Martin (Umbrella) - touch 3 of 5, 16 days overdue, last: 2026-08-10 email, lost; try call [abandoned]
|       closed lost on 2026-08-10: re-engage, the deal may be ready now
|       bring something new: last time it was "proposal"
|   #1 Mia Wong (Wong Logistics) - touch 4 of 5, 9 days overdue, last: 2026-11-09 call, no-answer; try linkedin
|       the last call did not reach them: try LinkedIn
|       3 calls in a row: try email or LinkedIn
|       your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning)
|       bring something new: last time it was "article: 5 ways to cut freight costs"
|   #4 Gina Rossi (Vandelay Industries) - touch 2 of 5, 7 days overdue, last: 2026-08-20 email, not-interested; try email
|       said "not now" on 2026-08-20: check back with something new
|   #3 Tom Baker (Baker & Sons) - touch 2 of 5, 6 days overdue, last: 2026-11-16 call, objection; try email
|       answer the open objection: price too high
|       bring something new: last time it was "case study"
|   #9 Ann Lee (Acme) - touch 1 of 5, 2 days overdue, last: none; try call
|   #11 Nora Quinn (Quinn & Co) - touch 2 of 5, 2 days overdue, last: 2026-11-20 call, no-answer; try email
|       the last call did not reach them: try email
|
| Touch points that are not sales:
|   #9 Ann Lee (Acme): birthday today (2026-11-25)
|
| Abandoned before the fifth touch:
|   #5 Eve Martin (Umbrella) - closed lost after 2 touches
|   #6 Hal Jordan (Ferris Aircraft) - closed lost after 1 touch
|   #7 Ivy Chen - closed lost after 2 touches
|   #8 Dev Patel - never touched, added 21 days ago
? 0
$ followup away 2026-11-20 2026-11-09
! followup: error: TO (2026-11-09) is before FROM (2026-11-20)
? 2
$ followup away 2026-11-09
! followup: error: away needs FROM and TO (the last day away), such as 'followup away 2026-12-21 2027-01-01'
? 2
$ followup away --clear 2027-03-01
! followup: error: --clear: no time away includes 2027-03-01; 'followup away' lists the periods
? 2
$ followup away 2026-11-09 2026-11-20 --clear 2026-11-10
! followup: error: give either FROM TO or --clear DATE, not both
? 2
