# --attempts: touches on prospects already there, found by id, email or name; a time in
# the date column or its own; CRM words for channels and outcomes; the latest touch sets
# the status. Future touches, unknown prospects and channels are refused; importing the
# same file again adds nothing.
fixture: pipeline.json
$ printf 'Prospect ID,Email,Name,Activity date,Time,Activity type,Outcome,Notes,Value\n,ann@acme.com,,2026-11-24 16:45,,Phone Call,Left voicemail,"called twice, no luck",\n7,,,2026-11-23,09:00,Email,No answer,,intro deck\n,,Dana Scully,2026-11-25,,meeting,won,"signed, see contract",\n,,Nobody Here,2026-11-24,,call,connected,,\n,frank@castle.example,,2026-11-24,,call,connected,,\n7,,,2026-11-30,,call,connected,,\n7,,,2026-11-24,,fax,connected,,\n' > touches.csv
? 0
$ followup import --attempts touches.csv
| touches.csv: 7 rows after the header on row 1 (comma-separated)
|   columns used: Prospect ID -> prospect_id, Email -> email, Name -> name, Activity date -> date, Time -> time, Activity type -> channel, Outcome -> outcome, Notes -> note, Value -> value
| Added 3 touches on 3 prospects, skipped 0 duplicates, rejected 4.
! followup: error: touches.csv row 5: no prospect named 'Nobody Here' in the pipeline; import the prospects first ('followup import contacts.csv')
! followup: error: touches.csv row 6: no prospect with email 'frank@castle.example' in the pipeline; import the prospects first ('followup import contacts.csv')
! followup: error: touches.csv row 7: date 2026-11-30 is in the future; a touch is imported once it has happened
! followup: error: touches.csv row 8: channel 'fax' is not one of call, email, linkedin, video, sms, social, letter, meeting, other
? 1
$ followup import --attempts touches.csv
| touches.csv: 7 rows after the header on row 1 (comma-separated)
|   columns used: Prospect ID -> prospect_id, Email -> email, Name -> name, Activity date -> date, Time -> time, Activity type -> channel, Outcome -> outcome, Notes -> note, Value -> value
|   row 2 skipped: already in the pipeline: touch 3 on #1 Ann Lee (Acme)
|   row 3 skipped: already in the pipeline: touch 1 on #7 Grace Hopper (Navy)
|   row 4 skipped: already in the pipeline: touch 2 on #4 Dana Scully (FBI)
| Added 0 touches, skipped 3 duplicates, rejected 4.
! followup: error: touches.csv row 5: no prospect named 'Nobody Here' in the pipeline; import the prospects first ('followup import contacts.csv')
! followup: error: touches.csv row 6: no prospect with email 'frank@castle.example' in the pipeline; import the prospects first ('followup import contacts.csv')
! followup: error: touches.csv row 7: date 2026-11-30 is in the future; a touch is imported once it has happened
! followup: error: touches.csv row 8: channel 'fax' is not one of call, email, linkedin, video, sms, social, letter, meeting, other
? 1
$ followup show 7
| #7 Grace Hopper (Navy)
|   status      active
|   added       2026-11-05
|   next        touch 2 of 5, due 2026-11-26 (tomorrow), try call
|
| #  DATE        TIME   CHANNEL  OUTCOME    NOTE  VALUE       OBJECTION
| 1  2026-11-23  09:00  email    no-answer        intro deck
? 0
$ followup show dana
| #4 Dana Scully (FBI)
|   email       dana@fbi.gov
|   status      won
|   tags        saas, gov
|   added       2026-11-20
|
| #  DATE        TIME  CHANNEL  OUTCOME    NOTE                  VALUE  OBJECTION
| 1  2026-11-24        call     connected  call back Friday
| 2  2026-11-25        meeting  won        signed, see contract
? 0
