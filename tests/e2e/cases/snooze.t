# snooze sets the next touch by hand (kept even on a weekend) until the next touch.
fixture: pipeline.json
$ followup snooze grace +2w
| Next touch on #7 Grace Hopper (Navy) moved to 2026-12-09 (in 14 days).
? 0
$ followup snooze dana friday
| Next touch on #4 Dana Scully (FBI) moved to 2026-11-27 (in 2 days).
? 0
$ followup snooze ann 2026-11-28
| Next touch on #1 Ann Lee (Acme) moved to 2026-11-28 (in 3 days).
? 0
$ followup snooze ann someday
! followup: error: WHEN: 'someday' is not a date; use YYYY-MM-DD, YYYY-MM-DDTHH:MM, today, yesterday, tomorrow, +3d, -2d, +2w or a weekday name
? 2
$ followup due --within 3
| Due by 2026-11-28 (9)
| ID  NAME            COMPANY                       TOUCH         DUE              LAST TOUCH                        TRY       FLAG
|  6  Frank Castle    Castle Security               touch 3 of 5  30 days overdue  2026-10-20 email, no-answer       call      abandoned
| 11  Karen Page      Nelson, Murdock & "Page" LLP  touch 2 of 5  7 days overdue   2026-08-20 email, not-interested  email
|  3  陈伟            Shanghai Trading              touch 2 of 5  2 days overdue   2026-11-19 linkedin, no-answer    email
| 12  Luke Cage       Harlem's Paradise             touch 7       2 days overdue   2026-11-16 email, no-answer       call      dream
|  2  Björn Ångström  Nordlicht GmbH                touch 4 of 5  1 day overdue    2026-11-17 call, connected        linkedin
| 13  =SUM(A1:A9)     @Risk Ltd                     touch 1 of 5  due today        none                              call
|  4  Dana Scully     FBI                           touch 2 of 5  due in 2 days    2026-11-24 call, connected        email
|  1  Ann Lee         Acme                          touch 3 of 5  due in 3 days    2026-11-21 email, no-answer       call
|  5  Eve Moneypenny  MI6                           touch 3 of 5  due in 3 days    2026-11-16 call, objection        call
|
| How to make them count
|   #6 Frank Castle  the last email did not reach them: try call
|   #11 Karen Page   said "not now" on 2026-08-20: check back with something new
|   #3 陈伟          the last LinkedIn did not reach them: try email
|   #12 Luke Cage    the last email did not reach them: try call
|                    bring something new: last time it was "industry report"
|   #1 Ann Lee       the last email did not reach them: try call
|                    bring something new: last time it was "case study"
|
| Abandoned before the fifth touch (2)
| ID  NAME          COMPANY          STATUS  LAST TOUCH                   WHY
|  6  Frank Castle  Castle Security  active  2026-10-20 email, no-answer  no touch for 36 days, 2 touches
|  8  Hal Jordan    Ferris Aircraft  lost    2026-11-10 meeting, lost     closed lost after 2 touches
? 0
$ followup log ann
| Logged touch 3 of 5 on #1 Ann Lee (Acme): call, no-answer.
| Next: touch 4 of 5, due in 7 days (2026-12-02), by linkedin.
? 0
