# set --channels: the prospect's own channel plan sets the suggestion and the advice (call,call,video: never the call that just failed, so video); 'default' goes back to the file's plan.
fixture: coach.json
$ followup show nora
| #11 Nora Quinn (Quinn & Co)
|   status      active
|   added       2026-11-20
|   next        touch 2 of 5, due 2026-11-23 (2 days ago), try email
|
| #  DATE        TIME   CHANNEL  OUTCOME    NOTE  VALUE  OBJECTION
| 1  2026-11-20  09:30  call     no-answer
? 0
$ followup set nora --channels linkedin,sms
| Updated #11 Nora Quinn (Quinn & Co).
? 0
$ followup show nora
| #11 Nora Quinn (Quinn & Co)
|   status      active
|   added       2026-11-20
|   next        touch 2 of 5, due 2026-11-23 (2 days ago), try sms
|   channels    linkedin, sms
|
| #  DATE        TIME   CHANNEL  OUTCOME    NOTE  VALUE  OBJECTION
| 1  2026-11-20  09:30  call     no-answer
? 0
$ followup due --format csv | grep -e ^id -e Quinn
| id,name,company,status,touches,next_touch,due,days_overdue,last_channel,last_outcome,suggested_channel,dream,abandoned,due_reason,open_objection,last_value,advice␍
| 11,Nora Quinn,Quinn & Co,active,1,2,2026-11-23,2,call,no-answer,sms,false,false,cadence,,,the last call did not reach them: try SMS␍
? 0
$ followup set nora --channels call,call,video
| Updated #11 Nora Quinn (Quinn & Co).
? 0
$ followup due --format csv | grep -e ^id -e Quinn
| id,name,company,status,touches,next_touch,due,days_overdue,last_channel,last_outcome,suggested_channel,dream,abandoned,due_reason,open_objection,last_value,advice␍
| 11,Nora Quinn,Quinn & Co,active,1,2,2026-11-23,2,call,no-answer,video,false,false,cadence,,,the last call did not reach them: try video␍
? 0
$ followup set nora --channels default
| Updated #11 Nora Quinn (Quinn & Co).
? 0
$ followup show nora
| #11 Nora Quinn (Quinn & Co)
|   status      active
|   added       2026-11-20
|   next        touch 2 of 5, due 2026-11-23 (2 days ago), try email
|
| #  DATE        TIME   CHANNEL  OUTCOME    NOTE  VALUE  OBJECTION
| 1  2026-11-20  09:30  call     no-answer
? 0
$ followup set nora --channels call,fax
! followup: error: --channels: unknown channel 'fax' (valid: call, email, linkedin, video, sms, social, letter, meeting, other)
? 2
$ followup set nora --channels ''
! followup: error: --channels: unknown channel '' (valid: call, email, linkedin, video, sms, social, letter, meeting, other)
? 2
