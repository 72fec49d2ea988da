# due: most overdue first (ties by id), then who is abandoned before the fifth touch.
fixture: pipeline.json
$ followup due
| Due (8): 2 today, 6 overdue
| ID  NAME            COMPANY                       TOUCH         DUE              LAST TOUCH                        TRY       FLAG
|  6  Frank Castle    Castle Security               touch 3 of 5  30 days overdue  2026-10-20 email, no-answer       call      abandoned
|  7  Grace Hopper    Navy                          touch 1 of 5  20 days overdue  none                              call      abandoned
| 11  Karen Page      Nelson, Murdock & "Page" LLP  touch 2 of 5  7 days overdue   2026-08-20 email, not-interested  email
|  3  陈伟            Shanghai Trading              touch 2 of 5  2 days overdue   2026-11-19 linkedin, no-answer    email
| 12  Luke Cage       Harlem's Paradise             touch 7       2 days overdue   2026-11-16 email, no-answer       call      dream
|  2  Björn Ångström  Nordlicht GmbH                touch 4 of 5  1 day overdue    2026-11-17 call, connected        linkedin
|  1  Ann Lee         Acme                          touch 3 of 5  due today        2026-11-21 email, no-answer       call
| 13  =SUM(A1:A9)     @Risk Ltd                     touch 1 of 5  due today        none                              call
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
| Abandoned before the fifth touch (3)
| ID  NAME          COMPANY          STATUS  LAST TOUCH                   WHY
|  6  Frank Castle  Castle Security  active  2026-10-20 email, no-answer  no touch for 36 days, 2 touches
|  7  Grace Hopper  Navy             active  none                         never touched, added 20 days ago
|  8  Hal Jordan    Ferris Aircraft  lost    2026-11-10 meeting, lost     closed lost after 2 touches
? 0
