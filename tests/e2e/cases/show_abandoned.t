# show flags a prospect abandoned before the fifth touch.
fixture: pipeline.json
$ followup show grace
| #7 Grace Hopper (Navy)
|   status      active
|   added       2026-11-05
|   next        touch 1 of 5, due 2026-11-05 (20 days ago), try call
|   ABANDONED   before the fifth touch: never touched, added 20 days ago
|
| No touches yet.
? 0
$ followup show hal
| #8 Hal Jordan (Ferris Aircraft)
|   status      lost
|   added       2026-11-02
|   next        touch 3 of 5, due 2027-02-08 (in 75 days, re-engage), try call
|   ABANDONED   before the fifth touch: closed lost after 2 touches
|
| #  DATE        TIME  CHANNEL  OUTCOME    NOTE                    VALUE  OBJECTION
| 1  2026-11-03        call     connected
| 2  2026-11-10        meeting  lost       went with a competitor
? 0
$ followup show iris
| #9 Iris West (Picture News)
|   status      won
|   added       2026-10-01
|
| #  DATE        TIME  CHANNEL  OUTCOME  NOTE  VALUE  OBJECTION
| 1  2026-10-02        email    replied
| 2  2026-10-06        video    meeting
| 3  2026-10-12        call     won
? 0
