# Global options work after the command too, and win over the environment.
fixture: quiet.json
unset: FOLLOWUP_FILE
unset: FOLLOWUP_TODAY
$ cp followup.json other.json && followup due --today 2026-11-27 --file other.json
| Due (1): 1 today, 0 overdue
| ID  NAME      COMPANY         TOUCH         DUE        LAST TOUCH                  TRY    FLAG
|  1  Mia Wong  Wong Logistics  touch 2 of 5  due today  2026-11-24 call, voicemail  email
|
| How to make them count
|   #1 Mia Wong  the last call did not reach them: try email
? 0
$ followup --today 2026-11-27 --file other.json due --format csv
| id,name,company,status,touches,next_touch,due,days_overdue,last_channel,last_outcome,suggested_channel,dream,abandoned,due_reason,open_objection,last_value,advice␍
| 1,Mia Wong,Wong Logistics,active,1,2,2026-11-27,0,call,voicemail,email,false,false,cadence,,,the last call did not reach them: try email␍
? 0
