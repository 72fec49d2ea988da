# rm --yes deletes the prospect and says what went with it; its id is never handed out
# again.
fixture: pipeline.json
$ followup rm 13 --yes
| Deleted #13 =SUM(A1:A9) (@Risk Ltd) and 0 touches.
? 0
$ followup add "Zoe Quinn" -q
| 14
? 0
$ followup show 13
! followup: error: no prospect matches '13'; 'followup list' shows them all, with their ids
? 2
