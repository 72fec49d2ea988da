# stats -o FILE: the extension sets the format, --format wins, anything else is refused.
fixture: stats.json
$ followup stats -o out.csv
? 0
$ cat out.csv
| metric,value␍
| prospects,9␍
| active,3␍
| nurture,1␍
| won,3␍
| lost,1␍
| dnc,1␍
| touches,24␍
| touches_per_prospect,2.67␍
| reached_fifth_touch,2␍
| reached_fifth_touch_rate,0.2222␍
| abandoned_before_fifth,3␍
| abandoned_before_fifth_rate,0.3333␍
| gave_up_after_one,2␍
| gave_up_after_one_rate,0.2222␍
| connect_rate,0.5833␍
| reply_rate,0.0833␍
| meeting_rate,0.0833␍
| value_rate,0.1667␍
| won_at_first_touch_rate,0.3333␍
| won_at_fifth_or_later_rate,0.3333␍
? 0
$ stat -c %a out.csv
| 600
? 0
$ followup stats --by channel -o out.json
? 0
$ cat out.json
| [
|   {
|     "channel": "call",
|     "touches": 13,
|     "connected": 6,
|     "connect_rate": 0.4615,
|     "replied": 0,
|     "reply_rate": 0.0,
|     "meetings": 1,
|     "won": 2
|   },
|   {
|     "channel": "email",
|     "touches": 8,
|     "connected": 6,
|     "connect_rate": 0.75,
|     "replied": 2,
|     "reply_rate": 0.25,
|     "meetings": 0,
|     "won": 1
|   },
|   {
|     "channel": "linkedin",
|     "touches": 2,
|     "connected": 1,
|     "connect_rate": 0.5,
|     "replied": 0,
|     "reply_rate": 0.0,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "channel": "video",
|     "touches": 1,
|     "connected": 1,
|     "connect_rate": 1.0,
|     "replied": 0,
|     "reply_rate": 0.0,
|     "meetings": 1,
|     "won": 0
|   }
| ]
? 0
$ followup stats --by week -o out.tsv
? 0
$ cat out.tsv
| period	touches	new_prospects	connected	meetings	won
| 2026-W36	2	1	0	0	0
| 2026-W37	1	0	1	0	0
| 2026-W38	1	0	1	1	0
| 2026-W39	0	0	0	0	0
| 2026-W40	3	1	3	0	0
| 2026-W41	1	1	1	0	0
| 2026-W42	3	1	1	0	1
| 2026-W43	0	0	0	0	0
| 2026-W44	1	0	1	0	1
| 2026-W45	4	2	1	0	0
| 2026-W46	3	2	1	0	0
| 2026-W47	3	0	2	0	0
| 2026-W48	2	1	2	1	1
? 0
$ followup stats -o out.txt
! followup: error: -o out.txt: cannot tell the format from the extension; name the file .csv, .tsv or .json, or pass --format
? 2
$ ls
| followup.json
| out.csv
| out.json
| out.tsv
? 0
$ followup stats --by channel --format json -o x.csv
? 0
$ cat x.csv
| [
|   {
|     "channel": "call",
|     "touches": 13,
|     "connected": 6,
|     "connect_rate": 0.4615,
|     "replied": 0,
|     "reply_rate": 0.0,
|     "meetings": 1,
|     "won": 2
|   },
|   {
|     "channel": "email",
|     "touches": 8,
|     "connected": 6,
|     "connect_rate": 0.75,
|     "replied": 2,
|     "reply_rate": 0.25,
|     "meetings": 0,
|     "won": 1
|   },
|   {
|     "channel": "linkedin",
|     "touches": 2,
|     "connected": 1,
|     "connect_rate": 0.5,
|     "replied": 0,
|     "reply_rate": 0.0,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "channel": "video",
|     "touches": 1,
|     "connected": 1,
|     "connect_rate": 1.0,
|     "replied": 0,
|     "reply_rate": 0.0,
|     "meetings": 1,
|     "won": 0
|   }
| ]
? 0
$ followup stats --by channel --format table -o report.txt
? 0
$ cat report.txt
| channel   touches  connected  connect_rate  replied  reply_rate  meetings  won
| call           13          6           46%        0          0%         1    2
| email           8          6           75%        2         25%         0    1
| linkedin        2          1           50%        0          0%         0    0
| video           1          1          100%        0          0%         1    0
? 0
$ followup --color always stats --by channel -o colour.csv
? 0
$ cat colour.csv
| channel,touches,connected,connect_rate,replied,reply_rate,meetings,won␍
| call,13,6,0.4615,0,0,1,2␍
| email,8,6,0.75,2,0.25,0,1␍
| linkedin,2,1,0.5,0,0,0,0␍
| video,1,1,1,0,0,1,0␍
? 0
