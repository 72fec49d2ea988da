# stats: the summary on tests/e2e/fixtures/stats.json (every number worked out by hand in tests/unit/stats_test.cpp), in every format.
fixture: stats.json
$ followup stats
| METRIC                        YOU  SEEDS' BENCHMARK
| prospects                       9
| active                          3
| nurture                         1
| won                             3
| lost                            1
| dnc                             1
| touches                        24
| touches_per_prospect         2.67
| reached_fifth_touch             2
| reached_fifth_touch_rate      22%  only 8% of reps make a fifth attempt
| abandoned_before_fifth          3
| abandoned_before_fifth_rate   33%
| gave_up_after_one               2
| gave_up_after_one_rate        22%  44% of salespeople give up after one follow-up
| connect_rate                  58%
| reply_rate                     8%
| meeting_rate                   8%
| value_rate                    17%
| won_at_first_touch_rate       33%  2% of sales close on the first contact
| won_at_fifth_or_later_rate    33%  80% of sales need five or more touches
|
| Prospects by touches so far
|   1   ######################################## 2
|   2   ######################################## 2
|   3   #################### 1
|   4   #################### 1
|   5+  ######################################## 2
? 0
$ followup stats --format csv
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
$ followup stats --format tsv
| metric	value
| prospects	9
| active	3
| nurture	1
| won	3
| lost	1
| dnc	1
| touches	24
| touches_per_prospect	2.67
| reached_fifth_touch	2
| reached_fifth_touch_rate	0.2222
| abandoned_before_fifth	3
| abandoned_before_fifth_rate	0.3333
| gave_up_after_one	2
| gave_up_after_one_rate	0.2222
| connect_rate	0.5833
| reply_rate	0.0833
| meeting_rate	0.0833
| value_rate	0.1667
| won_at_first_touch_rate	0.3333
| won_at_fifth_or_later_rate	0.3333
? 0
$ followup stats --format json
| {
|   "prospects": 9,
|   "active": 3,
|   "nurture": 1,
|   "won": 3,
|   "lost": 1,
|   "dnc": 1,
|   "touches": 24,
|   "touches_per_prospect": 2.67,
|   "reached_fifth_touch": 2,
|   "reached_fifth_touch_rate": 0.2222,
|   "abandoned_before_fifth": 3,
|   "abandoned_before_fifth_rate": 0.3333,
|   "gave_up_after_one": 2,
|   "gave_up_after_one_rate": 0.2222,
|   "connect_rate": 0.5833,
|   "reply_rate": 0.0833,
|   "meeting_rate": 0.0833,
|   "value_rate": 0.1667,
|   "won_at_first_touch_rate": 0.3333,
|   "won_at_fifth_or_later_rate": 0.3333
| }
? 0
