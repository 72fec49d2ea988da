# Logging a loss before the fifth touch: status lost, counted as abandoned before the
# fifth touch, and due again after nurture_days.
fixture: pipeline.json
$ followup log dana -o lost
| Logged touch 2 of 5 on #4 Dana Scully (FBI): call, lost.
| Next: touch 3 of 5, due in 90 days (2027-02-23), by call.
? 0
$ followup show dana
| #4 Dana Scully (FBI)
|   email       dana@fbi.gov
|   status      lost
|   tags        saas, gov
|   added       2026-11-20
|   next        touch 3 of 5, due 2027-02-23 (in 90 days, re-engage), try call
|   ABANDONED   before the fifth touch: closed lost after 2 touches
|
| #  DATE        TIME  CHANNEL  OUTCOME    NOTE              VALUE  OBJECTION
| 1  2026-11-24        call     connected  call back Friday
| 2  2026-11-25        call     lost
? 0
