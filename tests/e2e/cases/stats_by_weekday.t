# stats --by weekday on tests/e2e/fixtures/stats.json, in every format.
fixture: stats.json
$ followup stats --by weekday
| weekday    touches  connected  connect_rate
| Monday           8          7           88%
| Tuesday          9          4           44%
| Wednesday        0          0            0%
| Thursday         3          2           67%
| Friday           4          1           25%
| Saturday         0          0            0%
| Sunday           0          0            0%
? 0
$ followup stats --by weekday --format csv
| weekday,touches,connected,connect_rate␍
| Monday,8,7,0.875␍
| Tuesday,9,4,0.4444␍
| Wednesday,0,0,0␍
| Thursday,3,2,0.6667␍
| Friday,4,1,0.25␍
| Saturday,0,0,0␍
| Sunday,0,0,0␍
? 0
$ followup stats --by weekday --format tsv
| weekday	touches	connected	connect_rate
| Monday	8	7	0.875
| Tuesday	9	4	0.4444
| Wednesday	0	0	0
| Thursday	3	2	0.6667
| Friday	4	1	0.25
| Saturday	0	0	0
| Sunday	0	0	0
? 0
$ followup stats --by weekday --format json
| [
|   {
|     "weekday": "Monday",
|     "touches": 8,
|     "connected": 7,
|     "connect_rate": 0.875
|   },
|   {
|     "weekday": "Tuesday",
|     "touches": 9,
|     "connected": 4,
|     "connect_rate": 0.4444
|   },
|   {
|     "weekday": "Wednesday",
|     "touches": 0,
|     "connected": 0,
|     "connect_rate": 0.0
|   },
|   {
|     "weekday": "Thursday",
|     "touches": 3,
|     "connected": 2,
|     "connect_rate": 0.6667
|   },
|   {
|     "weekday": "Friday",
|     "touches": 4,
|     "connected": 1,
|     "connect_rate": 0.25
|   },
|   {
|     "weekday": "Saturday",
|     "touches": 0,
|     "connected": 0,
|     "connect_rate": 0.0
|   },
|   {
|     "weekday": "Sunday",
|     "touches": 0,
|     "connected": 0,
|     "connect_rate": 0.0
|   }
| ]
? 0
