# list --status and --tag filter; an unknown status is a usage error.
fixture: pipeline.json
$ followup list --status active --tag saas
| ID  NAME         COMPANY  STATUS  TOUCHES  LAST TOUCH                   NEXT DUE    FLAG
|  1  Ann Lee      Acme     active        2  2026-11-21 email, no-answer  2026-11-25
|  4  Dana Scully  FBI      active        1  2026-11-24 call, connected   2026-11-27
? 0
$ followup list --status lost
| ID  NAME        COMPANY          STATUS  TOUCHES  LAST TOUCH                NEXT DUE    FLAG
|  8  Hal Jordan  Ferris Aircraft  lost          2  2026-11-10 meeting, lost  2027-02-08  abandoned
? 0
$ followup list --tag nothing-has-this
| No prospects match.
? 0
$ followup list --status maybe
! followup: error: --status: unknown status 'maybe' (valid: active, nurture, won, lost, dnc)
? 2
