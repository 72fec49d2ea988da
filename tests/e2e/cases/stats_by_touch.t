# stats --by touch on tests/e2e/fixtures/stats.json, in every format.
fixture: stats.json
$ followup stats --by touch
| touch  reached  connected  replied  meetings  won  stopped_here
|     1        8          3        0         0    1             2
|     2        6          2        0         0    1             2
|     3        4          3        2         0    0             1
|     4        3          3        0         1    0             1
|     5        2          2        0         1    0             1
|     6        1          1        0         0    1             1
? 0
$ followup stats --by touch --format csv
| touch,reached,connected,replied,meetings,won,stopped_here␍
| 1,8,3,0,0,1,2␍
| 2,6,2,0,0,1,2␍
| 3,4,3,2,0,0,1␍
| 4,3,3,0,1,0,1␍
| 5,2,2,0,1,0,1␍
| 6,1,1,0,0,1,1␍
? 0
$ followup stats --by touch --format tsv
| touch	reached	connected	replied	meetings	won	stopped_here
| 1	8	3	0	0	1	2
| 2	6	2	0	0	1	2
| 3	4	3	2	0	0	1
| 4	3	3	0	1	0	1
| 5	2	2	0	1	0	1
| 6	1	1	0	0	1	1
? 0
$ followup stats --by touch --format json
| [
|   {
|     "touch": 1,
|     "reached": 8,
|     "connected": 3,
|     "replied": 0,
|     "meetings": 0,
|     "won": 1,
|     "stopped_here": 2
|   },
|   {
|     "touch": 2,
|     "reached": 6,
|     "connected": 2,
|     "replied": 0,
|     "meetings": 0,
|     "won": 1,
|     "stopped_here": 2
|   },
|   {
|     "touch": 3,
|     "reached": 4,
|     "connected": 3,
|     "replied": 2,
|     "meetings": 0,
|     "won": 0,
|     "stopped_here": 1
|   },
|   {
|     "touch": 4,
|     "reached": 3,
|     "connected": 3,
|     "replied": 0,
|     "meetings": 1,
|     "won": 0,
|     "stopped_here": 1
|   },
|   {
|     "touch": 5,
|     "reached": 2,
|     "connected": 2,
|     "replied": 0,
|     "meetings": 1,
|     "won": 0,
|     "stopped_here": 1
|   },
|   {
|     "touch": 6,
|     "reached": 1,
|     "connected": 1,
|     "replied": 0,
|     "meetings": 0,
|     "won": 1,
|     "stopped_here": 1
|   }
| ]
? 0
