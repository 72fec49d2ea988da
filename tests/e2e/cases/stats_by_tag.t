# stats --by tag on tests/e2e/fixtures/stats.json, in every format.
fixture: stats.json
$ followup stats --by tag
| tag   prospects  touches  touches_per_prospect  reached_fifth_touch  won  abandoned_before_fifth
| gov           1        4                  4.00                    0    0                       0
| saas          4       14                  3.50                    2    3                       0
| smb           3        5                  1.67                    0    1                       2
? 0
$ followup stats --by tag --format csv
| tag,prospects,touches,touches_per_prospect,reached_fifth_touch,won,abandoned_before_fifth␍
| gov,1,4,4.00,0,0,0␍
| saas,4,14,3.50,2,3,0␍
| smb,3,5,1.67,0,1,2␍
? 0
$ followup stats --by tag --format tsv
| tag	prospects	touches	touches_per_prospect	reached_fifth_touch	won	abandoned_before_fifth
| gov	1	4	4.00	0	0	0
| saas	4	14	3.50	2	3	0
| smb	3	5	1.67	0	1	2
? 0
$ followup stats --by tag --format json
| [
|   {
|     "tag": "gov",
|     "prospects": 1,
|     "touches": 4,
|     "touches_per_prospect": 4.0,
|     "reached_fifth_touch": 0,
|     "won": 0,
|     "abandoned_before_fifth": 0
|   },
|   {
|     "tag": "saas",
|     "prospects": 4,
|     "touches": 14,
|     "touches_per_prospect": 3.5,
|     "reached_fifth_touch": 2,
|     "won": 3,
|     "abandoned_before_fifth": 0
|   },
|   {
|     "tag": "smb",
|     "prospects": 3,
|     "touches": 5,
|     "touches_per_prospect": 1.67,
|     "reached_fifth_touch": 0,
|     "won": 1,
|     "abandoned_before_fifth": 2
|   }
| ]
? 0
