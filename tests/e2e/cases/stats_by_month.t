# stats --by month on tests/e2e/fixtures/stats.json, in every format.
fixture: stats.json
$ followup stats --by month
| period   touches  new_prospects  connected  meetings  won
| 2026-09        6              2          4         1    0
| 2026-10        6              2          4         0    2
| 2026-11       12              5          6         1    1
? 0
$ followup stats --by month --format csv
| period,touches,new_prospects,connected,meetings,won␍
| 2026-09,6,2,4,1,0␍
| 2026-10,6,2,4,0,2␍
| 2026-11,12,5,6,1,1␍
? 0
$ followup stats --by month --format tsv
| period	touches	new_prospects	connected	meetings	won
| 2026-09	6	2	4	1	0
| 2026-10	6	2	4	0	2
| 2026-11	12	5	6	1	1
? 0
$ followup stats --by month --format json
| [
|   {
|     "period": "2026-09",
|     "touches": 6,
|     "new_prospects": 2,
|     "connected": 4,
|     "meetings": 1,
|     "won": 0
|   },
|   {
|     "period": "2026-10",
|     "touches": 6,
|     "new_prospects": 2,
|     "connected": 4,
|     "meetings": 0,
|     "won": 2
|   },
|   {
|     "period": "2026-11",
|     "touches": 12,
|     "new_prospects": 5,
|     "connected": 6,
|     "meetings": 1,
|     "won": 1
|   }
| ]
? 0
