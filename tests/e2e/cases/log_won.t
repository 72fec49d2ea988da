# Logging a win closes the prospect: never due again, never abandoned.
fixture: pipeline.json
$ followup log frank -o won -c meeting
| Logged touch 3 of 5 on #6 Frank Castle (Castle Security): meeting, won.
| Status won: no further touches are due.
? 0
$ followup show frank
| #6 Frank Castle (Castle Security)
|   status      won
|   added       2026-10-15
|
| #  DATE        TIME  CHANNEL  OUTCOME    NOTE  VALUE  OBJECTION
| 1  2026-10-16        call     no-answer
| 2  2026-10-20        email    no-answer
| 3  2026-11-25        meeting  won
? 0
$ followup list --status won
| ID  NAME          COMPANY          STATUS  TOUCHES  LAST TOUCH               NEXT DUE  FLAG
|  6  Frank Castle  Castle Security  won           3  2026-11-25 meeting, won
|  9  Iris West     Picture News     won           3  2026-10-12 call, won
? 0
