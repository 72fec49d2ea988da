# due --format csv.
fixture: pipeline.json
$ followup due --format csv
| id,name,company,status,touches,next_touch,due,days_overdue,last_channel,last_outcome,suggested_channel,dream,abandoned,due_reason,open_objection,last_value,advice␍
| 6,Frank Castle,Castle Security,active,2,3,2026-10-26,30,email,no-answer,call,false,true,cadence,,,the last email did not reach them: try call␍
| 7,Grace Hopper,Navy,active,0,1,2026-11-05,20,,,call,false,true,first touch,,,␍
| 11,Karen Page,"Nelson, Murdock & ""Page"" LLP",nurture,1,2,2026-11-18,7,email,not-interested,email,false,false,check back,,,"said ""not now"" on 2026-08-20: check back with something new"␍
| 3,陈伟,Shanghai Trading,active,1,2,2026-11-23,2,linkedin,no-answer,email,false,false,cadence,,,the last LinkedIn did not reach them: try email␍
| 12,Luke Cage,Harlem's Paradise,active,6,7,2026-11-23,2,email,no-answer,call,true,false,cadence,,industry report,"the last email did not reach them: try call; bring something new: last time it was ""industry report"""␍
| 2,Björn Ångström,Nordlicht GmbH,active,3,4,2026-11-24,1,call,connected,linkedin,false,false,cadence,,,␍
| 1,Ann Lee,Acme,active,2,3,2026-11-25,0,email,no-answer,call,false,false,cadence,,case study,"the last email did not reach them: try call; bring something new: last time it was ""case study"""␍
| 13,'=SUM(A1:A9),'@Risk Ltd,active,0,1,2026-11-25,0,,,call,false,false,first touch,,,␍
? 0
