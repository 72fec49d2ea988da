# An invalid --today or FOLLOWUP_TODAY is a usage error naming where it came from.
fixture: pipeline.json
$ followup due --today 2026-13-01
! followup: error: --today: '2026-13-01' is not a date; use YYYY-MM-DD
? 2
$ followup --today tomorrow log ann
! followup: error: --today: 'tomorrow' is not a date; use YYYY-MM-DD
? 2
= file unchanged
env: FOLLOWUP_TODAY=25.11.2026
$ followup due
! followup: error: FOLLOWUP_TODAY: '25.11.2026' is not a date; use YYYY-MM-DD
? 2
