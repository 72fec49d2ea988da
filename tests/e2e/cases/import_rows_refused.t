# Bad rows are refused one by one, each on stderr with its row number and reason; the
# good rows are still added, and the exit status is 1.
fixture: pipeline.json
$ printf 'Name,Company,Email,Status,Created\nNew One,Acme,new@acme.com,active,2026-11-20\n,Nowhere,,,\nBad Mail,X,not-an-address,,\nOdd Status,Y,,Lead,\nUS Date,Z,,,11/20/2026\nToo, Many,Fields,,,,extra\nann lee,ACME,,,\n' > rows.csv
? 0
$ followup import rows.csv
| rows.csv: 7 rows after the header on row 1 (comma-separated)
|   columns used: Name -> name, Company -> company, Email -> email, Status -> status, Created -> created
|   row 8 skipped: already in the pipeline as #1 Ann Lee (Acme) (same name and company)
| Added 1 prospect (#14), skipped 1 duplicate, rejected 5.
! followup: error: rows.csv row 3: no name
! followup: error: rows.csv row 4: email 'not-an-address' is not an email address
! followup: error: rows.csv row 5: status 'Lead' is not one of active, nurture, won, lost, dnc
! followup: error: rows.csv row 6: created '11/20/2026' is not a date; write it as YYYY-MM-DD
! followup: error: rows.csv row 7: 7 fields where the header has 5 (a separator inside a field that is not in quotes?)
? 1
$ followup show new@acme.com
| #14 New One (Acme)
|   email       new@acme.com
|   status      active
|   added       2026-11-20
|   next        touch 1 of 5, due 2026-11-20 (5 days ago), try call
|
| No touches yet.
? 0
