# undo says in words what it takes back, restores the previous version, and a second
# undo redoes it; with no backup it refuses and changes nothing.
fixture: pipeline.json
$ followup undo
! followup: error: nothing to undo: there is no backup at <tmp>/followup.json.bak (one is kept from the first change on)
? 1
$ followup log frank -o won -c meeting --value "signed order form"
| Logged touch 3 of 5 on #6 Frank Castle (Castle Security): meeting, won.
| Status won: no further touches are due.
? 0
$ followup undo --dry-run
| Undo would:
|   - removes touch 3 on Frank Castle, 2026-11-25 meeting (won)
|   - sets the status of #6 Frank Castle (Castle Security) from won to active
? 0
$ followup undo
| Undo:
|   - removes touch 3 on Frank Castle, 2026-11-25 meeting (won)
|   - sets the status of #6 Frank Castle (Castle Security) from won to active
? 0
$ followup show frank
| #6 Frank Castle (Castle Security)
|   status      active
|   added       2026-10-15
|   next        touch 3 of 5, due 2026-10-26 (30 days ago), try call
|   ABANDONED   before the fifth touch: no touch for 36 days, 2 touches
|
| #  DATE        TIME  CHANNEL  OUTCOME    NOTE  VALUE  OBJECTION
| 1  2026-10-16        call     no-answer
| 2  2026-10-20        email    no-answer
? 0
$ followup undo
| Undo:
|   - brings back touch 3 on Frank Castle, 2026-11-25 meeting (won)
|   - sets the status of #6 Frank Castle (Castle Security) from active to won
? 0
$ followup list --status won
| ID  NAME          COMPANY          STATUS  TOUCHES  LAST TOUCH               NEXT DUE  FLAG
|  6  Frank Castle  Castle Security  won           3  2026-11-25 meeting, won
|  9  Iris West     Picture News     won           3  2026-10-12 call, won
? 0
