# stats on an empty pipeline: every rate is 0, nothing is divided by zero; the missing file is a warning.
$ followup stats
| METRIC                        YOU  SEEDS' BENCHMARK
| prospects                       0
| active                          0
| nurture                         0
| won                             0
| lost                            0
| dnc                             0
| touches                         0
| touches_per_prospect         0.00
| reached_fifth_touch             0
| reached_fifth_touch_rate       0%  only 8% of reps make a fifth attempt
| abandoned_before_fifth          0
| abandoned_before_fifth_rate    0%
| gave_up_after_one               0
| gave_up_after_one_rate         0%  44% of salespeople give up after one follow-up
| connect_rate                   0%
| reply_rate                     0%
| meeting_rate                   0%
| value_rate                     0%
| won_at_first_touch_rate        0%  2% of sales close on the first contact
| won_at_fifth_or_later_rate     0%  80% of sales need five or more touches
|
| Prospects by touches so far
|   1    0
|   2    0
|   3    0
|   4    0
|   5+   0
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup stats --format json
| {
|   "prospects": 0,
|   "active": 0,
|   "nurture": 0,
|   "won": 0,
|   "lost": 0,
|   "dnc": 0,
|   "touches": 0,
|   "touches_per_prospect": 0.0,
|   "reached_fifth_touch": 0,
|   "reached_fifth_touch_rate": 0.0,
|   "abandoned_before_fifth": 0,
|   "abandoned_before_fifth_rate": 0.0,
|   "gave_up_after_one": 0,
|   "gave_up_after_one_rate": 0.0,
|   "connect_rate": 0.0,
|   "reply_rate": 0.0,
|   "meeting_rate": 0.0,
|   "value_rate": 0.0,
|   "won_at_first_touch_rate": 0.0,
|   "won_at_fifth_or_later_rate": 0.0
| }
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup stats --by touch --format csv
| touch,reached,connected,replied,meetings,won,stopped_here␍
| 1,0,0,0,0,0,0␍
| 2,0,0,0,0,0,0␍
| 3,0,0,0,0,0,0␍
| 4,0,0,0,0,0,0␍
| 5,0,0,0,0,0,0␍
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup stats --by weekday --format tsv
| weekday	touches	connected	connect_rate
| Monday	0	0	0
| Tuesday	0	0	0
| Wednesday	0	0	0
| Thursday	0	0	0
| Friday	0	0	0
| Saturday	0	0	0
| Sunday	0	0	0
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup stats --by channel
| channel  touches  connected  connect_rate  replied  reply_rate  meetings  won
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup stats --by week --format json
| []
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
