# add --quiet prints only the new id, for scripts; ids continue from next_id.
fixture: pipeline.json
$ followup add "Zoe Quinn" --quiet
| 14
? 0
$ followup add "Yann Tiersen" -q --date 2026-11-20 --dream
| 15
? 0
$ followup show 15
| #15 Yann Tiersen
|   status      active, dream client
|   added       2026-11-20
|   next        touch 1 of 5, due 2026-11-20 (5 days ago), try call
|   streak      0 touches, 0 weeks in a row with a touch
|
| No touches yet.
? 0
