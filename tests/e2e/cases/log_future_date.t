# A touch cannot be logged in the future (--next plans one); a backdated touch slots into
# its place in the timeline.
fixture: pipeline.json
$ followup log dana --date 2026-11-26
! followup: error: --date: 2026-11-26 is in the future; a touch is logged once it has happened (use --next to plan one)
? 2
= file unchanged
$ followup log dana --date 2026-11-21 -c email --note "backdated"
| Logged touch 1 of 5 on #4 Dana Scully (FBI): email, no-answer.
| Next: touch 3 of 5, due in 5 days (2026-11-30), by call.
? 0
$ followup log dana --next 2026-12-01 -c linkedin
| Logged touch 3 of 5 on #4 Dana Scully (FBI): linkedin, no-answer.
| Next: touch 4 of 5, due in 6 days (2026-12-01), by video.
? 0
$ followup show dana
| #4 Dana Scully (FBI)
|   email       dana@fbi.gov
|   status      active
|   tags        saas, gov
|   added       2026-11-20
|   next        touch 4 of 5, due 2026-12-01 (in 6 days, set by hand), try video
|
| #  DATE        TIME  CHANNEL   OUTCOME    NOTE              VALUE  OBJECTION
| 1  2026-11-21        email     no-answer  backdated
| 2  2026-11-24        call      connected  call back Friday
| 3  2026-11-25        linkedin  no-answer
? 0
