# The csv export imports back as touches adding nothing: every touch is already there,
# and the rows of untouched prospects are passed over.
fixture: pipeline.json
$ followup export --format csv -o touches.csv
? 0
$ followup import --attempts touches.csv
| touches.csv: 26 rows after the header on row 1 (comma-separated)
|   columns used: prospect_id -> prospect_id, name -> name, company -> company, email -> email, date -> date, time -> time, channel -> channel, outcome -> outcome, value -> value, note -> note
|   columns ignored: status, touch
|   row 2 skipped: already in the pipeline: touch 1 on #1 Ann Lee (Acme)
|   row 3 skipped: already in the pipeline: touch 2 on #1 Ann Lee (Acme)
|   row 4 skipped: already in the pipeline: touch 1 on #2 Björn Ångström (Nordlicht GmbH)
|   row 5 skipped: already in the pipeline: touch 2 on #2 Björn Ångström (Nordlicht GmbH)
|   row 6 skipped: already in the pipeline: touch 3 on #2 Björn Ångström (Nordlicht GmbH)
|   row 7 skipped: already in the pipeline: touch 1 on #3 陈伟 (Shanghai Trading)
|   row 8 skipped: already in the pipeline: touch 1 on #4 Dana Scully (FBI)
|   row 9 skipped: already in the pipeline: touch 1 on #5 Eve Moneypenny (MI6)
|   row 10 skipped: already in the pipeline: touch 2 on #5 Eve Moneypenny (MI6)
|   row 11 skipped: already in the pipeline: touch 1 on #6 Frank Castle (Castle Security)
|   row 12 skipped: already in the pipeline: touch 2 on #6 Frank Castle (Castle Security)
|   row 13 passed over: no touch in this row
|   row 14 skipped: already in the pipeline: touch 1 on #8 Hal Jordan (Ferris Aircraft)
|   row 15 skipped: already in the pipeline: touch 2 on #8 Hal Jordan (Ferris Aircraft)
|   row 16 skipped: already in the pipeline: touch 1 on #9 Iris West (Picture News)
|   row 17 skipped: already in the pipeline: touch 2 on #9 Iris West (Picture News)
|   row 18 skipped: already in the pipeline: touch 3 on #9 Iris West (Picture News)
|   row 19 skipped: already in the pipeline: touch 1 on #10 Jack Torrance (Overlook Hotel)
|   row 20 skipped: already in the pipeline: touch 1 on #11 Karen Page (Nelson, Murdock & "Page" LLP)
|   row 21 skipped: already in the pipeline: touch 1 on #12 Luke Cage (Harlem's Paradise)
|   row 22 skipped: already in the pipeline: touch 2 on #12 Luke Cage (Harlem's Paradise)
|   row 23 skipped: already in the pipeline: touch 3 on #12 Luke Cage (Harlem's Paradise)
|   row 24 skipped: already in the pipeline: touch 4 on #12 Luke Cage (Harlem's Paradise)
|   row 25 skipped: already in the pipeline: touch 5 on #12 Luke Cage (Harlem's Paradise)
|   row 26 skipped: already in the pipeline: touch 6 on #12 Luke Cage (Harlem's Paradise)
|   row 27 passed over: no touch in this row
| Added 0 touches, skipped 24 duplicates, rejected 0.
? 0
= file unchanged
