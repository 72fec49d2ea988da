# Every channel is accepted; each touch moves the cadence on (3, 4, 7, 14 days, then 30),
# and weekend dates move to Monday.
fixture: pipeline.json
$ followup log grace --channel call --date 2026-11-02
| Logged touch 1 of 5 on #7 Grace Hopper (Navy): call, no-answer.
| Next: touch 2 of 5, due 20 days ago (2026-11-05), by email.
? 0
$ followup log grace -c email --date 2026-11-05
| Logged touch 2 of 5 on #7 Grace Hopper (Navy): email, no-answer.
| Next: touch 3 of 5, due 16 days ago (2026-11-09), by call.
? 0
$ followup log grace -c linkedin --date 2026-11-09
| Logged touch 3 of 5 on #7 Grace Hopper (Navy): linkedin, no-answer.
| Next: touch 4 of 5, due 9 days ago (2026-11-16), by video.
? 0
$ followup log grace -c video --date 2026-11-16
| Logged touch 4 of 5 on #7 Grace Hopper (Navy): video, no-answer.
| Next: touch 5 of 5, due in 5 days (2026-11-30), by call.
? 0
$ followup log grace -c sms --date 2026-11-19
| Logged touch 5 of 5 on #7 Grace Hopper (Navy): sms, no-answer.
| Next: touch 6, due in 26 days (2026-12-21), by call.
? 0
$ followup log grace -c social --date 2026-11-20
| Logged touch 6 on #7 Grace Hopper (Navy): social, no-answer.
| Next: touch 7, due in 26 days (2026-12-21), by email.
? 0
$ followup log grace -c letter --date 2026-11-23
| Logged touch 7 on #7 Grace Hopper (Navy): letter, no-answer.
| Next: touch 8, due in 28 days (2026-12-23), by call.
? 0
$ followup log grace -c meeting --date 2026-11-24
| Logged touch 8 on #7 Grace Hopper (Navy): meeting, no-answer.
| Next: touch 9, due in 29 days (2026-12-24), by linkedin.
? 0
$ followup log grace -c other
| Logged touch 9 on #7 Grace Hopper (Navy): other, no-answer.
| Next: touch 10, due in 30 days (2026-12-25), by video.
? 0
$ followup show grace
| #7 Grace Hopper (Navy)
|   status      active
|   added       2026-11-05
|   next        touch 10, due 2026-12-25 (in 30 days), try video
|
| #  DATE        TIME  CHANNEL   OUTCOME    NOTE  VALUE  OBJECTION
| 1  2026-11-02        call      no-answer
| 2  2026-11-05        email     no-answer
| 3  2026-11-09        linkedin  no-answer
| 4  2026-11-16        video     no-answer
| 5  2026-11-19        sms       no-answer
| 6  2026-11-20        social    no-answer
| 7  2026-11-23        letter    no-answer
| 8  2026-11-24        meeting   no-answer
| 9  2026-11-25        other     no-answer
? 0
