# stats --by hour on tests/e2e/fixtures/stats.json, in every format.
fixture: stats.json
$ followup stats --by hour
| hour  touches  connected  connect_rate
|    9        4          0            0%
|   10        3          3          100%
|   11        2          2          100%
|   13        1          1          100%
|   14        1          1          100%
|   15        1          1          100%
|   16        1          1          100%
|   17        1          1          100%
? 0
$ followup stats --by hour --format csv
| hour,touches,connected,connect_rate␍
| 9,4,0,0␍
| 10,3,3,1␍
| 11,2,2,1␍
| 13,1,1,1␍
| 14,1,1,1␍
| 15,1,1,1␍
| 16,1,1,1␍
| 17,1,1,1␍
? 0
$ followup stats --by hour --format tsv
| hour	touches	connected	connect_rate
| 9	4	0	0
| 10	3	3	1
| 11	2	2	1
| 13	1	1	1
| 14	1	1	1
| 15	1	1	1
| 16	1	1	1
| 17	1	1	1
? 0
$ followup stats --by hour --format json
| [
|   {
|     "hour": 9,
|     "touches": 4,
|     "connected": 0,
|     "connect_rate": 0.0
|   },
|   {
|     "hour": 10,
|     "touches": 3,
|     "connected": 3,
|     "connect_rate": 1.0
|   },
|   {
|     "hour": 11,
|     "touches": 2,
|     "connected": 2,
|     "connect_rate": 1.0
|   },
|   {
|     "hour": 13,
|     "touches": 1,
|     "connected": 1,
|     "connect_rate": 1.0
|   },
|   {
|     "hour": 14,
|     "touches": 1,
|     "connected": 1,
|     "connect_rate": 1.0
|   },
|   {
|     "hour": 15,
|     "touches": 1,
|     "connected": 1,
|     "connect_rate": 1.0
|   },
|   {
|     "hour": 16,
|     "touches": 1,
|     "connected": 1,
|     "connect_rate": 1.0
|   },
|   {
|     "hour": 17,
|     "touches": 1,
|     "connected": 1,
|     "connect_rate": 1.0
|   }
| ]
? 0
