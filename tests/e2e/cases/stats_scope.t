# stats --since/--until/--tag: prospect numbers by the day added, touch numbers by the day of the touch.
fixture: stats.json
$ followup stats --since 2026-11-01 --format json
| {
|   "prospects": 5,
|   "active": 3,
|   "nurture": 0,
|   "won": 1,
|   "lost": 0,
|   "dnc": 1,
|   "touches": 12,
|   "touches_per_prospect": 2.2,
|   "reached_fifth_touch": 1,
|   "reached_fifth_touch_rate": 0.2,
|   "abandoned_before_fifth": 2,
|   "abandoned_before_fifth_rate": 0.4,
|   "gave_up_after_one": 1,
|   "gave_up_after_one_rate": 0.2,
|   "connect_rate": 0.5,
|   "reply_rate": 0.0833,
|   "meeting_rate": 0.0833,
|   "value_rate": 0.1667,
|   "won_at_first_touch_rate": 1.0,
|   "won_at_fifth_or_later_rate": 0.0
| }
? 0
$ followup stats --until 2026-10-31 --format json
| {
|   "prospects": 4,
|   "active": 0,
|   "nurture": 1,
|   "won": 2,
|   "lost": 1,
|   "dnc": 0,
|   "touches": 12,
|   "touches_per_prospect": 3.25,
|   "reached_fifth_touch": 1,
|   "reached_fifth_touch_rate": 0.25,
|   "abandoned_before_fifth": 1,
|   "abandoned_before_fifth_rate": 0.25,
|   "gave_up_after_one": 1,
|   "gave_up_after_one_rate": 0.25,
|   "connect_rate": 0.6667,
|   "reply_rate": 0.0833,
|   "meeting_rate": 0.0833,
|   "value_rate": 0.1667,
|   "won_at_first_touch_rate": 0.0,
|   "won_at_fifth_or_later_rate": 0.5
| }
? 0
$ followup stats --since 2026-10-05 --until 2026-10-05 --format csv
| metric,value␍
| prospects,1␍
| active,0␍
| nurture,0␍
| won,1␍
| lost,0␍
| dnc,0␍
| touches,1␍
| touches_per_prospect,2.00␍
| reached_fifth_touch,0␍
| reached_fifth_touch_rate,0␍
| abandoned_before_fifth,0␍
| abandoned_before_fifth_rate,0␍
| gave_up_after_one,0␍
| gave_up_after_one_rate,0␍
| connect_rate,1␍
| reply_rate,0␍
| meeting_rate,0␍
| value_rate,0␍
| won_at_first_touch_rate,0␍
| won_at_fifth_or_later_rate,0␍
? 0
$ followup stats --tag saas --format json
| {
|   "prospects": 4,
|   "active": 1,
|   "nurture": 0,
|   "won": 3,
|   "lost": 0,
|   "dnc": 0,
|   "touches": 14,
|   "touches_per_prospect": 3.5,
|   "reached_fifth_touch": 2,
|   "reached_fifth_touch_rate": 0.5,
|   "abandoned_before_fifth": 0,
|   "abandoned_before_fifth_rate": 0.0,
|   "gave_up_after_one": 0,
|   "gave_up_after_one_rate": 0.0,
|   "connect_rate": 0.7143,
|   "reply_rate": 0.1429,
|   "meeting_rate": 0.1429,
|   "value_rate": 0.2857,
|   "won_at_first_touch_rate": 0.3333,
|   "won_at_fifth_or_later_rate": 0.3333
| }
? 0
$ followup stats --tag saas --since 2026-11-01 --format csv
| metric,value␍
| prospects,2␍
| active,1␍
| nurture,0␍
| won,1␍
| lost,0␍
| dnc,0␍
| touches,6␍
| touches_per_prospect,3.00␍
| reached_fifth_touch,1␍
| reached_fifth_touch_rate,0.5␍
| abandoned_before_fifth,0␍
| abandoned_before_fifth_rate,0␍
| gave_up_after_one,0␍
| gave_up_after_one_rate,0␍
| connect_rate,0.6667␍
| reply_rate,0.1667␍
| meeting_rate,0.1667␍
| value_rate,0.3333␍
| won_at_first_touch_rate,1␍
| won_at_fifth_or_later_rate,0␍
? 0
$ followup stats --by channel --since 2026-11-01
| channel   touches  connected  connect_rate  replied  reply_rate  meetings  won
| call            7          3           43%        0          0%         1    1
| email           3          2           67%        1         33%         0    0
| linkedin        2          1           50%        0          0%         0    0
? 0
$ followup stats --by touch --tag smb
| touch  reached  connected  replied  meetings  won  stopped_here
|     1        3          2        0         0    0             1
|     2        2          2        0         0    1             2
|     3        0          0        0         0    0             0
|     4        0          0        0         0    0             0
|     5        0          0        0         0    0             0
? 0
$ followup stats --by week --since 2026-11-16
| period    touches  new_prospects  connected  meetings  won
| 2026-W47        3              0          2         0    0
| 2026-W48        2              1          2         1    1
? 0
$ followup stats --by tag --tag smb
| tag   prospects  touches  touches_per_prospect  reached_fifth_touch  won  abandoned_before_fifth
| saas          1        2                  2.00                    0    1                       0
| smb           3        5                  1.67                    0    1                       2
? 0
$ followup stats --by hour --tag gov
| hour  touches  connected  connect_rate
? 0
$ followup stats --tag nobody --format csv
| metric,value␍
| prospects,0␍
| active,0␍
| nurture,0␍
| won,0␍
| lost,0␍
| dnc,0␍
| touches,0␍
| touches_per_prospect,0.00␍
| reached_fifth_touch,0␍
| reached_fifth_touch_rate,0␍
| abandoned_before_fifth,0␍
| abandoned_before_fifth_rate,0␍
| gave_up_after_one,0␍
| gave_up_after_one_rate,0␍
| connect_rate,0␍
| reply_rate,0␍
| meeting_rate,0␍
| value_rate,0␍
| won_at_first_touch_rate,0␍
| won_at_fifth_or_later_rate,0␍
? 0
$ followup stats --since -1w --by week
| period    touches  new_prospects  connected  meetings  won
| 2026-W47        1              0          1         0    0
| 2026-W48        2              1          2         1    1
? 0
