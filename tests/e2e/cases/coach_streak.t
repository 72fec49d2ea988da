# show: the streak counts last week while this week has no touch yet, and breaks after a week without one.
fixture: coach.json
$ followup show oscar --today 2026-11-30
| #2 Oscar Diaz (Initech)
|   status      active, dream client
|   tags        saas
|   added       2026-08-31
|   next        touch 12, due 2026-12-01 (tomorrow), try call
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
$ followup show oscar --today 2026-12-07
| #2 Oscar Diaz (Initech)
|   status      active, dream client
|   tags        saas
|   added       2026-08-31
|   next        touch 12, due 2026-12-01 (6 days ago), try call
|   streak      11 touches, 0 weeks in a row with a touch
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
