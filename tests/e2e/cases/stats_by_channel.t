# stats --by channel on tests/e2e/fixtures/stats.json, in every format.
fixture: stats.json
$ followup stats --by channel
| channel   touches  connected  connect_rate  replied  reply_rate  meetings  won
| call           13          6           46%        0          0%         1    2
| email           8          6           75%        2         25%         0    1
| linkedin        2          1           50%        0          0%         0    0
| video           1          1          100%        0          0%         1    0
? 0
$ followup stats --by channel --format csv
| channel,touches,connected,connect_rate,replied,reply_rate,meetings,won␍
| call,13,6,0.4615,0,0,1,2␍
| email,8,6,0.75,2,0.25,0,1␍
| linkedin,2,1,0.5,0,0,0,0␍
| video,1,1,1,0,0,1,0␍
? 0
$ followup stats --by channel --format tsv
| channel	touches	connected	connect_rate	replied	reply_rate	meetings	won
| call	13	6	0.4615	0	0	1	2
| email	8	6	0.75	2	0.25	0	1
| linkedin	2	1	0.5	0	0	0	0
| video	1	1	1	0	0	1	0
? 0
$ followup stats --by channel --format json
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
