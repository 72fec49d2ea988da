# Anything wrong in the configuration is one line naming the file and the spot or key,
# exit 2; --version and help still work, so a broken configuration can be diagnosed.
fixture: quiet.json
$ mkdir -p .config/followup && printf '{\n  "format": "csv",\n  "color" "never"\n}\n' > .config/followup/config.json && followup due
! followup: error: <tmp>/.config/followup/config.json:3:11: not valid JSON: unexpected string; expected ':'
? 2
$ followup --version
| followup 0.1.0
? 0
$ printf '{"colour": "never"}\n' > .config/followup/config.json && followup due
! followup: error: <tmp>/.config/followup/config.json: "colour" is not a setting (known: file, format, color, cadence_days, after_fifth_days, dream_days, nurture_days, abandon_after_days, skip_weekends, channel_plan)
? 2
$ printf '{"format": "xml"}\n' > .config/followup/config.json && followup due
! followup: error: <tmp>/.config/followup/config.json: "format" cannot be xml (valid: table, csv, tsv, json)
? 2
$ printf '{"cadence_days": [3, 0]}\n' > .config/followup/config.json && followup due
! followup: error: <tmp>/.config/followup/config.json: "cadence_days" must be a list of waits in days from 1 to 3650, such as [3, 4, 7, 14]
? 2
$ printf '{"channel_plan": ["call", "fax"]}\n' > .config/followup/config.json && followup due
! followup: error: <tmp>/.config/followup/config.json: "channel_plan" cannot hold "fax" (valid: call, email, linkedin, video, sms, social, letter, meeting, other)
? 2
$ printf '{"format": "csv", "format": "tsv"}\n' > .config/followup/config.json && followup due
! followup: error: <tmp>/.config/followup/config.json: "format" is given twice; keep one
? 2
$ printf '["format"]\n' > .config/followup/config.json && followup due
! followup: error: <tmp>/.config/followup/config.json: the configuration must be a JSON object, such as {"format": "csv"}
? 2
$ printf '{"format": "c\351v"}\n' > .config/followup/config.json && followup due
! followup: error: <tmp>/.config/followup/config.json:1:14: not valid JSON: invalid UTF-8 byte 0xE9 in a string
? 2
$ printf '' > .config/followup/config.json && followup due
! followup: error: <tmp>/.config/followup/config.json:1:1: not valid JSON: unexpected end of input; expected a value
? 2

# A configuration named by FOLLOWUP_CONFIG or --config must exist; the default one may not.
$ rm .config/followup/config.json && followup due --within 2
| Due by 2026-11-27 (1)
| ID  NAME      COMPANY         TOUCH         DUE            LAST TOUCH                  TRY    FLAG
|  1  Mia Wong  Wong Logistics  touch 2 of 5  due in 2 days  2026-11-24 call, voicemail  email
|
| How to make them count
|   #1 Mia Wong  the last call did not reach them: try email
? 0
env: FOLLOWUP_CONFIG=<tmp>/missing.json
$ followup due
! followup: error: no configuration file at <tmp>/missing.json
? 2
unset: FOLLOWUP_CONFIG
$ followup --config "$HOME/nowhere.json" due
! followup: error: no configuration file at <tmp>/nowhere.json
? 2

# --config beats FOLLOWUP_CONFIG.
env: FOLLOWUP_CONFIG=<tmp>/missing.json
$ printf '{"format": "tsv"}\n' > named.json && followup --config named.json due --within 2
| id	name	company	status	touches	next_touch	due	days_overdue	last_channel	last_outcome	suggested_channel	dream	abandoned	due_reason	open_objection	last_value	advice
| 1	Mia Wong	Wong Logistics	active	1	2	2026-11-27	-2	call	voicemail	email	false	false	cadence			the last call did not reach them: try email
? 0
unset: FOLLOWUP_CONFIG

# A wrong FOLLOWUP_COLOR is named like a wrong --color.
env: FOLLOWUP_COLOR=sometimes
$ followup due
! followup: error: FOLLOWUP_COLOR: unknown value 'sometimes' (valid: auto, always, never)
? 2
