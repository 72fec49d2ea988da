# due --reengage with no lost deal (no data file yet): a sentence for people, empty data for machines.
$ followup due --reengage
| No deal lost in the last 12 months is waiting for a new first move.
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup due --reengage --format csv
| id,name,company,lost_on,touches,days_since␍
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup due --reengage --format tsv
| id	name	company	lost_on	touches	days_since
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup due --reengage --format json
| {
|   "today": "2026-11-25",
|   "reengage": []
| }
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
