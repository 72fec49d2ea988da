# show: the details, the next touch and the whole timeline.
fixture: pipeline.json
$ followup show ann
| #1 Ann Lee (Acme)
|   email       ann@acme.com
|   phone       +1 555 0100
|   status      active
|   tags        saas
|   added       2026-11-16
|   next        touch 3 of 5, due 2026-11-25 (today), try call
|
| #  DATE        TIME   CHANNEL  OUTCOME    NOTE            VALUE       OBJECTION
| 1  2026-11-18         call     voicemail  left a message
| 2  2026-11-21  10:15  email    no-answer                  case study
? 0
$ followup show 陈伟
| #3 陈伟 (Shanghai Trading)
|   status      active
|   tags        import
|   added       2026-11-18
|   next        touch 2 of 5, due 2026-11-23 (2 days ago), try email
|
| #  DATE        TIME  CHANNEL   OUTCOME    NOTE  VALUE  OBJECTION
| 1  2026-11-19        linkedin  no-answer
? 0
$ followup show "#12"
| #12 Luke Cage (Harlem's Paradise)
|   status      active, dream client
|   tags        hospitality
|   added       2026-09-01
|   next        touch 7, due 2026-11-23 (2 days ago), try call
|   streak      6 touches, 1 week in a row with a touch
|
| #  DATE        TIME  CHANNEL   OUTCOME    NOTE                 VALUE            OBJECTION
| 1  2026-09-01        call      no-answer
| 2  2026-09-04        email     no-answer
| 3  2026-09-08        call      voicemail
| 4  2026-09-15        linkedin  no-answer
| 5  2026-09-29        video     objection  no budget this year
| 6  2026-11-16        email     no-answer                       industry report
? 0
$ followup show 5
| #5 Eve Moneypenny (MI6)
|   status      active
|   added       2026-11-12
|   next        touch 3 of 5, due 2026-11-28 (in 3 days, set by hand), try call
|   cadence     2,2,5,10 days
|
| #  DATE        TIME  CHANNEL  OUTCOME    NOTE                    VALUE  OBJECTION
| 1  2026-11-12        email    no-answer
| 2  2026-11-16        call     objection  busy until the weekend
? 0
