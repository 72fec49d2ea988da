# export --format ics: an RFC 5545 calendar of the touches due in the next 7 days, the
# overdue ones on today, CRLF and folded at 75 octets.
fixture: pipeline.json
$ followup export --format ics --within 7
| BEGIN:VCALENDAR␍
| VERSION:2.0␍
| PRODID:-//followup//followup//EN␍
| CALSCALE:GREGORIAN␍
| METHOD:PUBLISH␍
| X-WR-CALNAME:Follow-ups␍
| BEGIN:VEVENT␍
| UID:followup-6-20261015@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261125␍
| DTEND;VALUE=DATE:20261126␍
| SUMMARY:Call: Frank Castle (Castle Security)\, touch 3 of 5␍
| DESCRIPTION:Touch 3 of 5 with #6 Frank Castle (Castle Security): 30 days ov␍
|  erdue (it was due 2026-10-26).\nSuggested channel: call.\nLast touch: 2026␍
|  -10-20 email\, no-answer.\nBeing abandoned before the fifth touch: no touc␍
|  h for 36 days\, 2 touches.\nAdvice: the last email did not reach them: try␍
|   call.\nWhen done: followup log 6 --channel call --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| BEGIN:VEVENT␍
| UID:followup-7-20261105@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261125␍
| DTEND;VALUE=DATE:20261126␍
| SUMMARY:Call: Grace Hopper (Navy)\, touch 1 of 5␍
| DESCRIPTION:Touch 1 of 5 with #7 Grace Hopper (Navy): 20 days overdue (it w␍
|  as due 2026-11-05).\nSuggested channel: call.\nNot touched yet.\nBeing aba␍
|  ndoned before the fifth touch: never touched\, added 20 days ago.\nWhen do␍
|  ne: followup log 7 --channel call --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| BEGIN:VEVENT␍
| UID:followup-11-20260810@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261125␍
| DTEND;VALUE=DATE:20261126␍
| SUMMARY:Email: Karen Page (Nelson\, Murdock & "Page" LLP)\, touch 2 of 5␍
| DESCRIPTION:Touch 2 of 5 with #11 Karen Page (Nelson\, Murdock & "Page" LLP␍
|  ): 7 days overdue (it was due 2026-11-18).\nSuggested channel: email.\nLas␍
|  t touch: 2026-08-20 email\, not-interested.\nAdvice: said "not now" on 202␍
|  6-08-20: check back with something new.\nEmail: karen@nelsonmurdock.law\nW␍
|  hen done: followup log 11 --channel email --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| BEGIN:VEVENT␍
| UID:followup-3-20261118@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261125␍
| DTEND;VALUE=DATE:20261126␍
| SUMMARY:Email: 陈伟 (Shanghai Trading)\, touch 2 of 5␍
| DESCRIPTION:Touch 2 of 5 with #3 陈伟 (Shanghai Trading): 2 days overdue ␍
|  (it was due 2026-11-23).\nSuggested channel: email.\nLast touch: 2026-11-1␍
|  9 linkedin\, no-answer.\nAdvice: the last LinkedIn did not reach them: try␍
|   email.\nWhen done: followup log 3 --channel email --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| BEGIN:VEVENT␍
| UID:followup-12-20260901@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261125␍
| DTEND;VALUE=DATE:20261126␍
| SUMMARY:Call: Luke Cage (Harlem's Paradise)\, touch 7␍
| DESCRIPTION:Touch 7 with #12 Luke Cage (Harlem's Paradise): 2 days overdue ␍
|  (it was due 2026-11-23).\nSuggested channel: call.\nLast touch: 2026-11-16␍
|   email\, no-answer.\nAdvice: the last email did not reach them: try call.\␍
|  nAdvice: bring something new: last time it was "industry report".\nWhen do␍
|  ne: followup log 12 --channel call --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| BEGIN:VEVENT␍
| UID:followup-2-20261110@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261125␍
| DTEND;VALUE=DATE:20261126␍
| SUMMARY:LinkedIn: Björn Ångström (Nordlicht GmbH)\, touch 4 of 5␍
| DESCRIPTION:Touch 4 of 5 with #2 Björn Ångström (Nordlicht GmbH): 1 day ␍
|  overdue (it was due 2026-11-24).\nSuggested channel: linkedin.\nLast touch␍
|  : 2026-11-17 call\, connected.\nEmail: bjorn@nordlicht.de\nWhen done: foll␍
|  owup log 2 --channel linkedin --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| BEGIN:VEVENT␍
| UID:followup-1-20261116@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261125␍
| DTEND;VALUE=DATE:20261126␍
| SUMMARY:Call: Ann Lee (Acme)\, touch 3 of 5␍
| DESCRIPTION:Touch 3 of 5 with #1 Ann Lee (Acme): due today.\nSuggested chan␍
|  nel: call.\nLast touch: 2026-11-21 email\, no-answer.\nAdvice: the last em␍
|  ail did not reach them: try call.\nAdvice: bring something new: last time ␍
|  it was "case study".\nEmail: ann@acme.com\nPhone: +1 555 0100\nWhen done: ␍
|  followup log 1 --channel call --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| BEGIN:VEVENT␍
| UID:followup-13-20261125@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261125␍
| DTEND;VALUE=DATE:20261126␍
| SUMMARY:Call: =SUM(A1:A9) (@Risk Ltd)\, touch 1 of 5␍
| DESCRIPTION:Touch 1 of 5 with #13 =SUM(A1:A9) (@Risk Ltd): due today.\nSugg␍
|  ested channel: call.\nNot touched yet.\nWhen done: followup log 13 --chann␍
|  el call --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| BEGIN:VEVENT␍
| UID:followup-4-20261120@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261127␍
| DTEND;VALUE=DATE:20261128␍
| SUMMARY:Email: Dana Scully (FBI)\, touch 2 of 5␍
| DESCRIPTION:Touch 2 of 5 with #4 Dana Scully (FBI): due 2026-11-27.\nSugges␍
|  ted channel: email.\nLast touch: 2026-11-24 call\, connected.\nEmail: dana␍
|  @fbi.gov\nWhen done: followup log 4 --channel email --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| BEGIN:VEVENT␍
| UID:followup-5-20261112@followup␍
| DTSTAMP:20261125T000000Z␍
| DTSTART;VALUE=DATE:20261128␍
| DTEND;VALUE=DATE:20261129␍
| SUMMARY:Call: Eve Moneypenny (MI6)\, touch 3 of 5␍
| DESCRIPTION:Touch 3 of 5 with #5 Eve Moneypenny (MI6): due 2026-11-28.\nSug␍
|  gested channel: call.\nLast touch: 2026-11-16 call\, objection.\nWhen done␍
|  : followup log 5 --channel call --outcome OUTCOME␍
| CATEGORIES:followup␍
| TRANSP:TRANSPARENT␍
| END:VEVENT␍
| END:VCALENDAR␍
? 0
