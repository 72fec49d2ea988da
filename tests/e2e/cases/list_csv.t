# list --format csv: CRLF line ends, quotes around commas and quotes, formula-like text
# neutralised with a leading apostrophe.
fixture: pipeline.json
$ followup list --format csv
| id,name,company,email,phone,tags,status,dream,created,touches,last_touch,next_due,abandoned,abandoned_reason␍
| 1,Ann Lee,Acme,ann@acme.com,'+1 555 0100,saas,active,false,2026-11-16,2,2026-11-21,2026-11-25,false,␍
| 2,Björn Ångström,Nordlicht GmbH,bjorn@nordlicht.de,,manufacturing,active,false,2026-11-10,3,2026-11-17,2026-11-24,false,␍
| 3,陈伟,Shanghai Trading,,,import,active,false,2026-11-18,1,2026-11-19,2026-11-23,false,␍
| 4,Dana Scully,FBI,dana@fbi.gov,,saas;gov,active,false,2026-11-20,1,2026-11-24,2026-11-27,false,␍
| 5,Eve Moneypenny,MI6,,,,active,false,2026-11-12,2,2026-11-16,2026-11-28,false,␍
| 6,Frank Castle,Castle Security,,,,active,false,2026-10-15,2,2026-10-20,2026-10-26,true,"no touch for 36 days, 2 touches"␍
| 7,Grace Hopper,Navy,,,,active,false,2026-11-05,0,,2026-11-05,true,"never touched, added 20 days ago"␍
| 8,Hal Jordan,Ferris Aircraft,,,,lost,false,2026-11-02,2,2026-11-10,2027-02-08,true,closed lost after 2 touches␍
| 9,Iris West,Picture News,,,,won,false,2026-10-01,3,2026-10-12,,false,␍
| 10,Jack Torrance,Overlook Hotel,,,,dnc,false,2026-09-01,1,2026-09-02,,false,␍
| 11,Karen Page,"Nelson, Murdock & ""Page"" LLP",karen@nelsonmurdock.law,,legal,nurture,false,2026-08-10,1,2026-08-20,2026-11-18,false,␍
| 12,Luke Cage,Harlem's Paradise,,,hospitality,active,true,2026-09-01,6,2026-11-16,2026-11-23,false,␍
| 13,'=SUM(A1:A9),'@Risk Ltd,,,,active,false,2026-11-25,0,,2026-11-25,false,␍
? 0
