# log warns on stderr (the touch is recorded all the same): no value, the same value as last time (letter case and spacing aside), --answers with no open objection; silent for an unanswered call and for an answer to an open objection.
fixture: coach.json
$ followup log tom --channel email --outcome replied
| Logged touch 2 of 5 on #3 Tom Baker (Baker & Sons): email, replied.
| Next: touch 3 of 5, due in 5 days (2026-11-30), by call.
! followup: warning: this touch carries no value for Tom Baker: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
$ followup log mia --channel email --outcome replied --value 'Article:  5 ways to cut FREIGHT costs'
| Logged touch 4 of 5 on #1 Mia Wong (Wong Logistics): email, replied.
| Next: touch 5 of 5, due in 14 days (2026-12-09), by video.
! followup: warning: the same value as the last touch ("article: 5 ways to cut freight costs"): bring something new next time
? 0
$ followup log nora --channel email --outcome replied --value 'pricing page' --answers
| Logged touch 2 of 5 on #11 Nora Quinn (Quinn & Co): email, replied.
| Next: touch 3 of 5, due in 5 days (2026-11-30), by call.
! followup: warning: Nora Quinn has no open objection for --answers to answer
? 0
$ followup log nora --channel call
| Logged touch 3 of 5 on #11 Nora Quinn (Quinn & Co): call, no-answer.
| Next: touch 4 of 5, due in 7 days (2026-12-02), by linkedin.
? 0
$ followup log tom --channel call --outcome connected --value 'price comparison' --answers
| Logged touch 3 of 5 on #3 Tom Baker (Baker & Sons): call, connected.
| Next: touch 4 of 5, due in 7 days (2026-12-02), by linkedin.
? 0
$ followup log dev --channel call --outcome voicemail
| Logged touch 1 of 5 on #8 Dev Patel: call, voicemail.
| Next: touch 2 of 5, due in 5 days (2026-11-30), by email.
! followup: warning: this touch carries no value for Dev Patel: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
$ followup show tom
| #3 Tom Baker (Baker & Sons)
|   status      active
|   tags        manufacturing
|   added       2026-11-16
|   next        touch 4 of 5, due 2026-12-02 (in 7 days), try linkedin
|
| #  DATE        TIME   CHANNEL  OUTCOME    NOTE  VALUE             OBJECTION
| 1  2026-11-16  11:00  call     objection        case study        price too high
| 2  2026-11-25         email    replied
| 3  2026-11-25         call     connected        price comparison  (answers the last)
? 0
