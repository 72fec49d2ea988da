# due --reengage: lost in the last 12 months and not touched since (#5); not #6 (lost 436 days ago) nor #7 (touched after the loss). Every format; it does not combine with --within or --digest.
fixture: coach.json
$ followup due --reengage
| Lost in the last 12 months: make a new first move
| ID  NAME        COMPANY   LOST ON     TOUCHES  DAYS SINCE
|  5  Eve Martin  Umbrella  2026-08-10        2         107
? 0
$ followup due --reengage --format csv
| id,name,company,lost_on,touches,days_since␍
| 5,Eve Martin,Umbrella,2026-08-10,2,107␍
? 0
$ followup due --reengage --format tsv
| id	name	company	lost_on	touches	days_since
| 5	Eve Martin	Umbrella	2026-08-10	2	107
? 0
$ followup due --reengage --format json
| {
|   "today": "2026-11-25",
|   "reengage": [
|     {
|       "id": 5,
|       "name": "Eve Martin",
|       "company": "Umbrella",
|       "lost_on": "2026-08-10",
|       "touches": 2,
|       "days_since": 107
|     }
|   ]
| }
? 0
$ followup due --reengage --today 2027-08-10
| Lost in the last 12 months: make a new first move
| ID  NAME        COMPANY   LOST ON     TOUCHES  DAYS SINCE
|  5  Eve Martin  Umbrella  2026-08-10        2         365
? 0
$ followup due --reengage --today 2027-08-11 --format json
| {
|   "today": "2027-08-11",
|   "reengage": []
| }
? 0
$ followup due --reengage --within 3
! followup: error: --reengage lists lost deals; it does not combine with --digest or --within
? 2
$ followup due --reengage --digest
! followup: error: --reengage lists lost deals; it does not combine with --digest or --within
? 2
