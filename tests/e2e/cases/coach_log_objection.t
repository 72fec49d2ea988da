# log --objection: the outcome becomes objection unless --outcome says otherwise (log --help); the objection stays open until --answers answers the latest one.
fixture: coach.json
$ followup log ann --objection 'timing: after the merger' --value 'intro deck'
| Logged touch 1 of 5 on #9 Ann Lee (Acme): call, objection.
| Next: touch 2 of 5, due in 5 days (2026-11-30), by email.
? 0
$ followup show ann
| #9 Ann Lee (Acme)
|   status      active
|   added       2026-11-23
|   next        touch 2 of 5, due 2026-11-30 (in 5 days), try email
|   objection   timing: after the merger (open: answer it, then log --answers)
|   birthday    11-25
|
| #  DATE        TIME  CHANNEL  OUTCOME    NOTE  VALUE       OBJECTION
| 1  2026-11-25        call     objection        intro deck  timing: after the merger
? 0
$ followup log ann --channel email --outcome replied --objection budget --value 'ROI sheet'
| Logged touch 2 of 5 on #9 Ann Lee (Acme): email, replied.
| Next: touch 3 of 5, due in 5 days (2026-11-30), by call.
? 0
$ followup due --format csv
| id,name,company,status,touches,next_touch,due,days_overdue,last_channel,last_outcome,suggested_channel,dream,abandoned,due_reason,open_objection,last_value,advice␍
| 8,Dev Patel,,active,0,1,2026-11-04,21,,,call,false,true,first touch,,,␍
| 5,Eve Martin,Umbrella,lost,2,3,2026-11-09,16,email,lost,call,false,true,re-engage,,proposal,"closed lost on 2026-08-10: re-engage, the deal may be ready now; bring something new: last time it was ""proposal"""␍
| 1,Mia Wong,Wong Logistics,active,3,4,2026-11-16,9,call,no-answer,linkedin,false,false,cadence,,article: 5 ways to cut freight costs,"the last call did not reach them: try LinkedIn; 3 calls in a row: try email or LinkedIn; your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning); bring something new: last time it was ""article: 5 ways to cut freight costs"""␍
| 4,Gina Rossi,Vandelay Industries,nurture,1,2,2026-11-18,7,email,not-interested,email,false,false,check back,,,"said ""not now"" on 2026-08-20: check back with something new"␍
| 3,Tom Baker,Baker & Sons,active,1,2,2026-11-19,6,call,objection,email,false,false,cadence,price too high,case study,"answer the open objection: price too high; bring something new: last time it was ""case study"""␍
| 11,Nora Quinn,Quinn & Co,active,1,2,2026-11-23,2,call,no-answer,email,false,false,cadence,,,the last call did not reach them: try email␍
? 0
$ followup log ann --channel call --outcome connected --answers --value 'budget plan'
| Logged touch 3 of 5 on #9 Ann Lee (Acme): call, connected.
| Next: touch 4 of 5, due in 7 days (2026-12-02), by linkedin.
? 0
$ followup show ann
| #9 Ann Lee (Acme)
|   status      active
|   added       2026-11-23
|   next        touch 4 of 5, due 2026-12-02 (in 7 days), try linkedin
|   objection   timing: after the merger (open: answer it, then log --answers)
|   birthday    11-25
|
| #  DATE        TIME  CHANNEL  OUTCOME    NOTE  VALUE        OBJECTION
| 1  2026-11-25        call     objection        intro deck   timing: after the merger
| 2  2026-11-25        email    replied          ROI sheet    budget
| 3  2026-11-25        call     connected        budget plan  (answers the last)
? 0
