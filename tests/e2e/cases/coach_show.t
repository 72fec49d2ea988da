# show: a dream client's streak (7 weeks in a row up to this week; the week of 10-05 had no touch) and open objection; birthday and anniversary; re-engage and check back as the reason for the next touch.
fixture: coach.json
$ followup show oscar
| #2 Oscar Diaz (Initech)
|   status      active, dream client
|   tags        saas
|   added       2026-08-31
|   next        touch 12, due 2026-12-01 (in 6 days), try call
|   streak      11 touches, 7 weeks in a row with a touch
|   objection   needs legal review (open: answer it, then log --answers)
|
|  #  DATE        TIME   CHANNEL   OUTCOME    NOTE  VALUE                     OBJECTION
|  1  2026-09-08  15:00  call      connected
|  2  2026-09-15  15:00  email     replied          ROI sheet
|  3  2026-09-22  15:00  video     meeting          demo
|  4  2026-09-29  15:00  call      no-answer
|  5  2026-10-13  15:00  email     replied          case study: Globex
|  6  2026-10-20  15:00  call      objection                                  budget frozen until Q1
|  7  2026-10-27  15:00  linkedin  connected        Q1 budget planning guide  (answers the last)
|  8  2026-11-03  15:00  email     replied          industry report
|  9  2026-11-10  15:00  video     meeting          roadmap preview
| 10  2026-11-17  15:00  call      objection        contract FAQ              needs legal review
| 11  2026-11-24  15:00  email     no-answer        legal checklist
? 0
$ followup show mia
| #1 Mia Wong (Wong Logistics)
|   email       mia@wong.example
|   status      active
|   tags        logistics
|   added       2026-11-02
|   next        touch 4 of 5, due 2026-11-16 (9 days ago), try linkedin
|   birthday    11-27
|
| #  DATE        TIME   CHANNEL  OUTCOME    NOTE            VALUE                                 OBJECTION
| 1  2026-11-02  09:05  call     no-answer
| 2  2026-11-05  09:40  call     voicemail  left a message  article: 5 ways to cut freight costs
| 3  2026-11-09  10:15  call     no-answer
? 0
$ followup show gina
| #4 Gina Rossi (Vandelay Industries)
|   status      nurture
|   added       2026-07-01
|   next        touch 2 of 5, due 2026-11-18 (7 days ago, check back), try email
|   anniversary 12-01
|
| #  DATE        TIME   CHANNEL  OUTCOME         NOTE                  VALUE  OBJECTION
| 1  2026-08-20  16:00  email    not-interested  not before next year
? 0
$ followup show eve
| #5 Eve Martin (Umbrella)
|   status      lost
|   added       2026-08-01
|   next        touch 3 of 5, due 2026-11-09 (16 days ago, re-engage), try call
|   ABANDONED   before the fifth touch: closed lost after 2 touches
|
| #  DATE        TIME   CHANNEL  OUTCOME    NOTE                    VALUE     OBJECTION
| 1  2026-08-03  10:00  call     connected
| 2  2026-08-10  14:00  email    lost       went with a competitor  proposal
? 0
$ followup show hal
| #6 Hal Jordan (Ferris Aircraft)
|   status      lost
|   added       2025-09-01
|   next        touch 2 of 5, due 2025-12-15 (345 days ago, re-engage), try email
|   ABANDONED   before the fifth touch: closed lost after 1 touch
|
| #  DATE        TIME  CHANNEL  OUTCOME  NOTE  VALUE  OBJECTION
| 1  2025-09-15        meeting  lost
? 0
