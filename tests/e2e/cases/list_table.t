# list: every prospect, one line each; wide characters keep the columns aligned.
fixture: pipeline.json
$ followup list
| ID  NAME            COMPANY                       STATUS   TOUCHES  LAST TOUCH                        NEXT DUE    FLAG
|  1  Ann Lee         Acme                          active         2  2026-11-21 email, no-answer       2026-11-25
|  2  Björn Ångström  Nordlicht GmbH                active         3  2026-11-17 call, connected        2026-11-24
|  3  陈伟            Shanghai Trading              active         1  2026-11-19 linkedin, no-answer    2026-11-23
|  4  Dana Scully     FBI                           active         1  2026-11-24 call, connected        2026-11-27
|  5  Eve Moneypenny  MI6                           active         2  2026-11-16 call, objection        2026-11-28
|  6  Frank Castle    Castle Security               active         2  2026-10-20 email, no-answer       2026-10-26  abandoned
|  7  Grace Hopper    Navy                          active         0  none                              2026-11-05  abandoned
|  8  Hal Jordan      Ferris Aircraft               lost           2  2026-11-10 meeting, lost          2027-02-08  abandoned
|  9  Iris West       Picture News                  won            3  2026-10-12 call, won
| 10  Jack Torrance   Overlook Hotel                dnc            1  2026-09-02 call, objection
| 11  Karen Page      Nelson, Murdock & "Page" LLP  nurture        1  2026-08-20 email, not-interested  2026-11-18
| 12  Luke Cage       Harlem's Paradise             active         6  2026-11-16 email, no-answer       2026-11-23  dream
| 13  =SUM(A1:A9)     @Risk Ltd                     active         0  none                              2026-11-25
? 0
