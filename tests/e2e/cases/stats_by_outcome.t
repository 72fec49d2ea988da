# stats --by outcome on tests/e2e/fixtures/stats.json, in every format.
fixture: stats.json
$ followup stats --by outcome
| outcome         touches  share
| no-answer             9    38%
| voicemail             1     4%
| connected             3    12%
| replied               2     8%
| meeting               2     8%
| objection             1     4%
| not-interested        2     8%
| won                   3    12%
| lost                  1     4%
? 0
$ followup stats --by outcome --format csv
| outcome,touches,share␍
| no-answer,9,0.375␍
| voicemail,1,0.0417␍
| connected,3,0.125␍
| replied,2,0.0833␍
| meeting,2,0.0833␍
| objection,1,0.0417␍
| not-interested,2,0.0833␍
| won,3,0.125␍
| lost,1,0.0417␍
? 0
$ followup stats --by outcome --format tsv
| outcome	touches	share
| no-answer	9	0.375
| voicemail	1	0.0417
| connected	3	0.125
| replied	2	0.0833
| meeting	2	0.0833
| objection	1	0.0417
| not-interested	2	0.0833
| won	3	0.125
| lost	1	0.0417
? 0
$ followup stats --by outcome --format json
| [
|   {
|     "outcome": "no-answer",
|     "touches": 9,
|     "share": 0.375
|   },
|   {
|     "outcome": "voicemail",
|     "touches": 1,
|     "share": 0.0417
|   },
|   {
|     "outcome": "connected",
|     "touches": 3,
|     "share": 0.125
|   },
|   {
|     "outcome": "replied",
|     "touches": 2,
|     "share": 0.0833
|   },
|   {
|     "outcome": "meeting",
|     "touches": 2,
|     "share": 0.0833
|   },
|   {
|     "outcome": "objection",
|     "touches": 1,
|     "share": 0.0417
|   },
|   {
|     "outcome": "not-interested",
|     "touches": 2,
|     "share": 0.0833
|   },
|   {
|     "outcome": "won",
|     "touches": 3,
|     "share": 0.125
|   },
|   {
|     "outcome": "lost",
|     "touches": 1,
|     "share": 0.0417
|   }
| ]
? 0
