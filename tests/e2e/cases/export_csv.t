# export --format csv: tidy, one row per touch (untouched prospects once, touch columns
# empty), CRLF, quoted where needed, formulas neutralised.
fixture: pipeline.json
$ followup export --format csv
| prospect_id,name,company,email,status,touch,date,time,channel,outcome,value,note␍
| 1,Ann Lee,Acme,ann@acme.com,active,1,2026-11-18,,call,voicemail,,left a message␍
| 1,Ann Lee,Acme,ann@acme.com,active,2,2026-11-21,10:15,email,no-answer,case study,␍
| 2,Björn Ångström,Nordlicht GmbH,bjorn@nordlicht.de,active,1,2026-11-10,,call,no-answer,,␍
| 2,Björn Ångström,Nordlicht GmbH,bjorn@nordlicht.de,active,2,2026-11-13,,email,replied,,asked for pricing␍
| 2,Björn Ångström,Nordlicht GmbH,bjorn@nordlicht.de,active,3,2026-11-17,14:00,call,connected,,␍
| 3,陈伟,Shanghai Trading,,active,1,2026-11-19,,linkedin,no-answer,,␍
| 4,Dana Scully,FBI,dana@fbi.gov,active,1,2026-11-24,,call,connected,,call back Friday␍
| 5,Eve Moneypenny,MI6,,active,1,2026-11-12,,email,no-answer,,␍
| 5,Eve Moneypenny,MI6,,active,2,2026-11-16,,call,objection,,busy until the weekend␍
| 6,Frank Castle,Castle Security,,active,1,2026-10-16,,call,no-answer,,␍
| 6,Frank Castle,Castle Security,,active,2,2026-10-20,,email,no-answer,,␍
| 7,Grace Hopper,Navy,,active,,,,,,,␍
| 8,Hal Jordan,Ferris Aircraft,,lost,1,2026-11-03,,call,connected,,␍
| 8,Hal Jordan,Ferris Aircraft,,lost,2,2026-11-10,,meeting,lost,,went with a competitor␍
| 9,Iris West,Picture News,,won,1,2026-10-02,,email,replied,,␍
| 9,Iris West,Picture News,,won,2,2026-10-06,,video,meeting,,␍
| 9,Iris West,Picture News,,won,3,2026-10-12,,call,won,,␍
| 10,Jack Torrance,Overlook Hotel,,dnc,1,2026-09-02,,call,objection,,asked never to be called again␍
| 11,Karen Page,"Nelson, Murdock & ""Page"" LLP",karen@nelsonmurdock.law,nurture,1,2026-08-20,,email,not-interested,,maybe next quarter␍
| 12,Luke Cage,Harlem's Paradise,,active,1,2026-09-01,,call,no-answer,,␍
| 12,Luke Cage,Harlem's Paradise,,active,2,2026-09-04,,email,no-answer,,␍
| 12,Luke Cage,Harlem's Paradise,,active,3,2026-09-08,,call,voicemail,,␍
| 12,Luke Cage,Harlem's Paradise,,active,4,2026-09-15,,linkedin,no-answer,,␍
| 12,Luke Cage,Harlem's Paradise,,active,5,2026-09-29,,video,objection,,no budget this year␍
| 12,Luke Cage,Harlem's Paradise,,active,6,2026-11-16,,email,no-answer,industry report,␍
| 13,'=SUM(A1:A9),'@Risk Ltd,,active,,,,,,,␍
? 0
