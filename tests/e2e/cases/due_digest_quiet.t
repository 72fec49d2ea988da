# On a day with nothing to do, --digest prints nothing at all (so cron sends no mail),
# while the table says so; --within looks ahead.
fixture: quiet.json
$ followup due --digest
? 0
$ followup due
| Nothing due today.
? 0
$ followup due --digest --within 3
| 0 due today, 0 overdue, 1 coming up in the next 3 days, 0 abandoned before the fifth touch
|
| Due:
|   #1 Mia Wong (Wong Logistics) - touch 2 of 5, due in 2 days, last: 2026-11-24 call, voicemail; try email
|       the last call did not reach them: try email
? 0
