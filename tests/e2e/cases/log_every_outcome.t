# Every outcome is accepted; the ones that do not close the deal keep the status.
fixture: pipeline.json
$ followup log 1 -o no-answer
| Logged touch 3 of 5 on #1 Ann Lee (Acme): call, no-answer.
| Next: touch 4 of 5, due in 7 days (2026-12-02), by linkedin.
? 0
$ followup log 1 -o voicemail
| Logged touch 4 of 5 on #1 Ann Lee (Acme): call, voicemail.
| Next: touch 5 of 5, due in 14 days (2026-12-09), by video.
! followup: warning: this touch carries no value for Ann Lee: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
$ followup log 2 -o connected
| Logged touch 4 of 5 on #2 Björn Ångström (Nordlicht GmbH): call, connected.
| Next: touch 5 of 5, due in 14 days (2026-12-09), by video.
! followup: warning: this touch carries no value for Björn Ångström: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
$ followup log 2 -o replied
| Logged touch 5 of 5 on #2 Björn Ångström (Nordlicht GmbH): call, replied.
| Next: touch 6, due in 30 days (2026-12-25), by call.
! followup: warning: this touch carries no value for Björn Ångström: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
$ followup log 4 -o meeting -c meeting
| Logged touch 2 of 5 on #4 Dana Scully (FBI): meeting, meeting.
| Next: touch 3 of 5, due in 5 days (2026-11-30), by call.
! followup: warning: this touch carries no value for Dana Scully: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
$ followup log 4 -o objection -c email --note "too expensive"
| Logged touch 3 of 5 on #4 Dana Scully (FBI): email, objection.
| Next: touch 4 of 5, due in 7 days (2026-12-02), by linkedin.
! followup: warning: this touch carries no value for Dana Scully: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
$ followup list --status active
| ID  NAME            COMPANY            STATUS  TOUCHES  LAST TOUCH                      NEXT DUE    FLAG
|  1  Ann Lee         Acme               active        4  2026-11-25 call, voicemail      2026-12-09
|  2  Björn Ångström  Nordlicht GmbH     active        5  2026-11-25 call, replied        2026-12-25
|  3  陈伟            Shanghai Trading   active        1  2026-11-19 linkedin, no-answer  2026-11-23
|  4  Dana Scully     FBI                active        3  2026-11-25 email, objection     2026-12-02
|  5  Eve Moneypenny  MI6                active        2  2026-11-16 call, objection      2026-11-28
|  6  Frank Castle    Castle Security    active        2  2026-10-20 email, no-answer     2026-10-26  abandoned
|  7  Grace Hopper    Navy               active        0  none                            2026-11-05  abandoned
| 12  Luke Cage       Harlem's Paradise  active        6  2026-11-16 email, no-answer     2026-11-23  dream
| 13  =SUM(A1:A9)     @Risk Ltd          active        0  none                            2026-11-25
? 0
