# Wrong combinations are usage errors; a missing data file exports an empty pipeline.
fixture: pipeline.json
$ followup export --format tsv
! followup: error: --format: export writes json, csv or ics, not 'tsv'
? 2
$ followup export -o pipeline.txt
! followup: error: -o pipeline.txt: cannot tell the format from the extension; name the file .json, .csv or .ics, or pass --format
? 2
$ followup export --format csv --within 3
! followup: error: --within says how far ahead the calendar goes; it is for --format ics
? 2
$ followup export -o calendar.ics --within 0 && grep -c BEGIN:VEVENT calendar.ics
| 8
? 0
$ followup --format csv export | head -1
| prospect_id,name,company,email,status,touch,date,time,channel,outcome,value,note␍
? 0
$ followup --file none.json export --format ics
| BEGIN:VCALENDAR␍
| VERSION:2.0␍
| PRODID:-//followup//followup//EN␍
| CALSCALE:GREGORIAN␍
| METHOD:PUBLISH␍
| X-WR-CALNAME:Follow-ups␍
| END:VCALENDAR␍
! followup: warning: no data file at none.json yet; 'followup add NAME' creates it
? 0
