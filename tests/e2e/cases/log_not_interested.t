# "not interested" moves a prospect to nurture (due again in 90 days) unless it is a
# dream client; a reply brings a nurtured prospect back to active.
fixture: pipeline.json
$ followup log björn -c video -o not-interested
| Logged touch 4 of 5 on #2 Björn Ångström (Nordlicht GmbH): video, not-interested.
| Next: touch 5 of 5, due in 90 days (2027-02-23), by video.
? 0
$ followup log luke -o not-interested
| Logged touch 7 on #12 Luke Cage (Harlem's Paradise): call, not-interested.
| Next: touch 8, due in 7 days (2026-12-02), by call.
? 0
$ followup log karen -c sms -o replied
| Logged touch 2 of 5 on #11 Karen Page (Nelson, Murdock & "Page" LLP): sms, replied.
| Next: touch 3 of 5, due in 5 days (2026-11-30), by call.
! followup: warning: this touch carries no value for Karen Page: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
$ followup list --status nurture
| ID  NAME            COMPANY         STATUS   TOUCHES  LAST TOUCH                        NEXT DUE    FLAG
|  2  Björn Ångström  Nordlicht GmbH  nurture        4  2026-11-25 video, not-interested  2027-02-23
? 0
