# due --digest: the plain-text summary cron mails.
fixture: pipeline.json
$ followup due --digest
| 2 due today, 6 overdue, 3 abandoned before the fifth touch
|
| Due:
|   #6 Frank Castle (Castle Security) - touch 3 of 5, 30 days overdue, last: 2026-10-20 email, no-answer; try call [abandoned]
|       the last email did not reach them: try call
|   #7 Grace Hopper (Navy) - touch 1 of 5, 20 days overdue, last: none; try call [abandoned]
|   #11 Karen Page (Nelson, Murdock & "Page" LLP) - touch 2 of 5, 7 days overdue, last: 2026-08-20 email, not-interested; try email
|       said "not now" on 2026-08-20: check back with something new
|   #3 陈伟 (Shanghai Trading) - touch 2 of 5, 2 days overdue, last: 2026-11-19 linkedin, no-answer; try email
|       the last LinkedIn did not reach them: try email
|   #12 Luke Cage (Harlem's Paradise) - touch 7, 2 days overdue, last: 2026-11-16 email, no-answer; try call
|       the last email did not reach them: try call
|       bring something new: last time it was "industry report"
|   #2 Björn Ångström (Nordlicht GmbH) - touch 4 of 5, 1 day overdue, last: 2026-11-17 call, connected; try linkedin
|   #1 Ann Lee (Acme) - touch 3 of 5, due today, last: 2026-11-21 email, no-answer; try call
|       the last email did not reach them: try call
|       bring something new: last time it was "case study"
|   #13 =SUM(A1:A9) (@Risk Ltd) - touch 1 of 5, due today, last: none; try call
|
| Abandoned before the fifth touch:
|   #6 Frank Castle (Castle Security) - no touch for 36 days, 2 touches
|   #7 Grace Hopper (Navy) - never touched, added 20 days ago
|   #8 Hal Jordan (Ferris Aircraft) - closed lost after 2 touches
? 0
$ followup due --digest --within 3
| 2 due today, 6 overdue, 2 coming up in the next 3 days, 3 abandoned before the fifth touch
|
| Due:
|   #6 Frank Castle (Castle Security) - touch 3 of 5, 30 days overdue, last: 2026-10-20 email, no-answer; try call [abandoned]
|       the last email did not reach them: try call
|   #7 Grace Hopper (Navy) - touch 1 of 5, 20 days overdue, last: none; try call [abandoned]
|   #11 Karen Page (Nelson, Murdock & "Page" LLP) - touch 2 of 5, 7 days overdue, last: 2026-08-20 email, not-interested; try email
|       said "not now" on 2026-08-20: check back with something new
|   #3 陈伟 (Shanghai Trading) - touch 2 of 5, 2 days overdue, last: 2026-11-19 linkedin, no-answer; try email
|       the last LinkedIn did not reach them: try email
|   #12 Luke Cage (Harlem's Paradise) - touch 7, 2 days overdue, last: 2026-11-16 email, no-answer; try call
|       the last email did not reach them: try call
|       bring something new: last time it was "industry report"
|   #2 Björn Ångström (Nordlicht GmbH) - touch 4 of 5, 1 day overdue, last: 2026-11-17 call, connected; try linkedin
|   #1 Ann Lee (Acme) - touch 3 of 5, due today, last: 2026-11-21 email, no-answer; try call
|       the last email did not reach them: try call
|       bring something new: last time it was "case study"
|   #13 =SUM(A1:A9) (@Risk Ltd) - touch 1 of 5, due today, last: none; try call
|   #4 Dana Scully (FBI) - touch 2 of 5, due in 2 days, last: 2026-11-24 call, connected; try email
|   #5 Eve Moneypenny (MI6) - touch 3 of 5, due in 3 days, last: 2026-11-16 call, objection; try call
|
| Abandoned before the fifth touch:
|   #6 Frank Castle (Castle Security) - no touch for 36 days, 2 touches
|   #7 Grace Hopper (Navy) - never touched, added 20 days ago
|   #8 Hal Jordan (Ferris Aircraft) - closed lost after 2 touches
? 0
$ followup due --digest --format csv
! followup: error: --digest is plain text; it does not combine with --format
? 2
