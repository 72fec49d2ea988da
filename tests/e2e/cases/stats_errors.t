# stats: unknown keys, formats and dates are usage errors.
fixture: stats.json
$ followup stats --by day
! followup: error: --by: unknown key 'day' (valid: touch, channel, week, month, outcome, tag, weekday, hour)
? 2
$ followup stats --format xml
! followup: error: --format: unknown format 'xml' (valid: table, csv, tsv, json)
? 2
$ followup stats --since 2026-02-30
! followup: error: --since: '2026-02-30' is not a date; use YYYY-MM-DD, YYYY-MM-DDTHH:MM, today, yesterday, tomorrow, +3d, -2d, +2w or a weekday name
? 2
$ followup stats --by
! followup: error: --by: 1 required KEY missing; see 'followup help stats'
? 2
