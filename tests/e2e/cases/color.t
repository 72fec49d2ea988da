# Colour: --color always paints even when piped (bold headings and dream clients, yellow
# overdue, red abandoned); by default a pipe gets no escape codes, and NO_COLOR is
# respected.
fixture: pipeline.json
$ followup due --color always
| ␛[1mDue (8): 2 today, 6 overdue␛[0m
| ␛[1mID␛[0m  ␛[1mNAME␛[0m            ␛[1mCOMPANY␛[0m                       ␛[1mTOUCH␛[0m         ␛[1mDUE␛[0m              ␛[1mLAST TOUCH␛[0m                        ␛[1mTRY␛[0m       ␛[1mFLAG␛[0m
|  6  Frank Castle    Castle Security               touch 3 of 5  ␛[33m30 days overdue␛[0m  2026-10-20 email, no-answer       call      ␛[31mabandoned␛[0m
|  7  Grace Hopper    Navy                          touch 1 of 5  ␛[33m20 days overdue␛[0m  none                              call      ␛[31mabandoned␛[0m
| 11  Karen Page      Nelson, Murdock & "Page" LLP  touch 2 of 5  ␛[33m7 days overdue␛[0m   2026-08-20 email, not-interested  email
|  3  陈伟            Shanghai Trading              touch 2 of 5  ␛[33m2 days overdue␛[0m   2026-11-19 linkedin, no-answer    email
| 12  ␛[1mLuke Cage␛[0m       Harlem's Paradise             touch 7       ␛[33m2 days overdue␛[0m   2026-11-16 email, no-answer       call      dream
|  2  Björn Ångström  Nordlicht GmbH                touch 4 of 5  ␛[33m1 day overdue␛[0m    2026-11-17 call, connected        linkedin
|  1  Ann Lee         Acme                          touch 3 of 5  due today        2026-11-21 email, no-answer       call
| 13  =SUM(A1:A9)     @Risk Ltd                     touch 1 of 5  due today        none                              call
|
| ␛[1mHow to make them count␛[0m
|   #6 Frank Castle  the last email did not reach them: try call
|   #11 Karen Page   said "not now" on 2026-08-20: check back with something new
|   #3 陈伟          the last LinkedIn did not reach them: try email
|   #12 Luke Cage    the last email did not reach them: try call
|                    bring something new: last time it was "industry report"
|   #1 Ann Lee       the last email did not reach them: try call
|                    bring something new: last time it was "case study"
|
| ␛[1mAbandoned before the fifth touch (3)␛[0m
| ␛[1mID␛[0m  ␛[1mNAME␛[0m          ␛[1mCOMPANY␛[0m          ␛[1mSTATUS␛[0m  ␛[1mLAST TOUCH␛[0m                   ␛[1mWHY␛[0m
|  6  Frank Castle  Castle Security  active  2026-10-20 email, no-answer  ␛[31mno touch for 36 days, 2 touches␛[0m
|  7  Grace Hopper  Navy             active  none                         ␛[31mnever touched, added 20 days ago␛[0m
|  8  Hal Jordan    Ferris Aircraft  lost    2026-11-10 meeting, lost     ␛[31mclosed lost after 2 touches␛[0m
? 0
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
$ followup due --color never
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
env: NO_COLOR=1
$ followup due --color auto
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
$ followup due --color sometimes
! followup: error: --color: sometimes not in {auto,always,never}; see 'followup help due'
? 2
