# stats --by week on tests/e2e/fixtures/stats.json, in every format.
fixture: stats.json
$ followup stats --by week
| period    touches  new_prospects  connected  meetings  won
| 2026-W36        2              1          0         0    0
| 2026-W37        1              0          1         0    0
| 2026-W38        1              0          1         1    0
| 2026-W39        0              0          0         0    0
| 2026-W40        3              1          3         0    0
| 2026-W41        1              1          1         0    0
| 2026-W42        3              1          1         0    1
| 2026-W43        0              0          0         0    0
| 2026-W44        1              0          1         0    1
| 2026-W45        4              2          1         0    0
| 2026-W46        3              2          1         0    0
| 2026-W47        3              0          2         0    0
| 2026-W48        2              1          2         1    1
? 0
$ followup stats --by week --format csv
| period,touches,new_prospects,connected,meetings,won␍
| 2026-W36,2,1,0,0,0␍
| 2026-W37,1,0,1,0,0␍
| 2026-W38,1,0,1,1,0␍
| 2026-W39,0,0,0,0,0␍
| 2026-W40,3,1,3,0,0␍
| 2026-W41,1,1,1,0,0␍
| 2026-W42,3,1,1,0,1␍
| 2026-W43,0,0,0,0,0␍
| 2026-W44,1,0,1,0,1␍
| 2026-W45,4,2,1,0,0␍
| 2026-W46,3,2,1,0,0␍
| 2026-W47,3,0,2,0,0␍
| 2026-W48,2,1,2,1,1␍
? 0
$ followup stats --by week --format tsv
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
$ followup stats --by week --format json
| [
|   {
|     "period": "2026-W36",
|     "touches": 2,
|     "new_prospects": 1,
|     "connected": 0,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "period": "2026-W37",
|     "touches": 1,
|     "new_prospects": 0,
|     "connected": 1,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "period": "2026-W38",
|     "touches": 1,
|     "new_prospects": 0,
|     "connected": 1,
|     "meetings": 1,
|     "won": 0
|   },
|   {
|     "period": "2026-W39",
|     "touches": 0,
|     "new_prospects": 0,
|     "connected": 0,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "period": "2026-W40",
|     "touches": 3,
|     "new_prospects": 1,
|     "connected": 3,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "period": "2026-W41",
|     "touches": 1,
|     "new_prospects": 1,
|     "connected": 1,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "period": "2026-W42",
|     "touches": 3,
|     "new_prospects": 1,
|     "connected": 1,
|     "meetings": 0,
|     "won": 1
|   },
|   {
|     "period": "2026-W43",
|     "touches": 0,
|     "new_prospects": 0,
|     "connected": 0,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "period": "2026-W44",
|     "touches": 1,
|     "new_prospects": 0,
|     "connected": 1,
|     "meetings": 0,
|     "won": 1
|   },
|   {
|     "period": "2026-W45",
|     "touches": 4,
|     "new_prospects": 2,
|     "connected": 1,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "period": "2026-W46",
|     "touches": 3,
|     "new_prospects": 2,
|     "connected": 1,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "period": "2026-W47",
|     "touches": 3,
|     "new_prospects": 0,
|     "connected": 2,
|     "meetings": 0,
|     "won": 0
|   },
|   {
|     "period": "2026-W48",
|     "touches": 2,
|     "new_prospects": 1,
|     "connected": 2,
|     "meetings": 1,
|     "won": 1
|   }
| ]
? 0
