# set changes details, status, tags, dream flag and cadence; a no-op says so.
fixture: pipeline.json
$ followup set ann --status nurture --add-tag vip --remove-tag saas --email "" --dream
| Updated #1 Ann Lee (Acme).
? 0
$ followup set ann --status nurture
| #1 Ann Lee (Acme) is unchanged.
? 0
$ followup show ann
| #1 Ann Lee (Acme)
|   phone       +1 555 0100
|   status      nurture, dream client
|   tags        vip
|   added       2026-11-16
|   next        touch 3 of 5, due 2027-02-19 (in 86 days, check back), try call
|   streak      2 touches, 1 week in a row with a touch
|
| #  DATE        TIME   CHANNEL  OUTCOME    NOTE            VALUE       OBJECTION
| 1  2026-11-18         call     voicemail  left a message
| 2  2026-11-21  10:15  email    no-answer                  case study
? 0
$ followup set 6 --cadence 2,2,5 --name "Frank Castle Jr." --notes "prefers email"
| Updated #6 Frank Castle Jr. (Castle Security).
? 0
$ followup show 6
| #6 Frank Castle Jr. (Castle Security)
|   status      active
|   added       2026-10-15
|   next        touch 3 of 5, due 2026-10-22 (34 days ago), try call
|   ABANDONED   before the fifth touch: no touch for 36 days, 2 touches
|   cadence     2,2,5 days
|   notes       prefers email
|
| #  DATE        TIME  CHANNEL  OUTCOME    NOTE  VALUE  OBJECTION
| 1  2026-10-16        call     no-answer
| 2  2026-10-20        email    no-answer
? 0
$ followup set 6 --cadence default
| Updated #6 Frank Castle Jr. (Castle Security).
? 0
$ followup set 6 --status maybe
! followup: error: --status: unknown status 'maybe' (valid: active, nurture, won, lost, dnc)
? 2
$ followup set 6 --cadence 3,x
! followup: error: --cadence: '3,x' is not a list of waits in days, such as 3,4,7,14
? 2
$ followup set 6 --dream --no-dream
! followup: error: --dream and --no-dream contradict each other
? 2
