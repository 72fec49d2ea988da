# The configuration file ($XDG_CONFIG_HOME/followup/config.json, else
# ~/.config/followup/config.json) gives defaults for file, format and color; the
# environment beats it and a flag beats both. A relative "file" is the configuration
# folder's, so cron (which runs in /) finds the same file.
fixture: quiet.json
$ mkdir -p .config/followup && cp followup.json .config/followup/pipeline.json && printf '{"file": "pipeline.json", "format": "csv", "color": "always"}\n' > .config/followup/config.json
? 0

# The configuration names the file and the format, once FOLLOWUP_FILE is out of the way.
unset: FOLLOWUP_FILE
$ followup due --within 2
| id,name,company,status,touches,next_touch,due,days_overdue,last_channel,last_outcome,suggested_channel,dream,abandoned,due_reason,open_objection,last_value,advice␍
| 1,Mia Wong,Wong Logistics,active,1,2,2026-11-27,-2,call,voicemail,email,false,false,cadence,,,the last call did not reach them: try email␍
? 0

# The digest for cron is plain text whatever the configured format.
$ followup due --digest --within 2
| 0 due today, 0 overdue, 1 coming up in the next 2 days, 0 abandoned before the fifth touch
|
| Due:
|   #1 Mia Wong (Wong Logistics) - touch 2 of 5, due in 2 days, last: 2026-11-24 call, voicemail; try email
|       the last call did not reach them: try email
? 0

# The environment beats the configuration...
env: FOLLOWUP_FORMAT=tsv
$ followup due --within 2
| id	name	company	status	touches	next_touch	due	days_overdue	last_channel	last_outcome	suggested_channel	dream	abandoned	due_reason	open_objection	last_value	advice
| 1	Mia Wong	Wong Logistics	active	1	2	2026-11-27	-2	call	voicemail	email	false	false	cadence			the last call did not reach them: try email
? 0

# ...and the flag beats the environment.
$ followup due --within 2 --format json --color never
| {
|   "today": "2026-11-25",
|   "due": [
|     {
|       "id": 1,
|       "name": "Mia Wong",
|       "company": "Wong Logistics",
|       "status": "active",
|       "touches": 1,
|       "next_touch": 2,
|       "due": "2026-11-27",
|       "days_overdue": -2,
|       "last_channel": "call",
|       "last_outcome": "voicemail",
|       "suggested_channel": "email",
|       "dream": false,
|       "abandoned": false,
|       "due_reason": "cadence",
|       "open_objection": null,
|       "last_value": null,
|       "advice": [
|         "the last call did not reach them: try email"
|       ]
|     }
|   ],
|   "abandoned": [],
|   "touch_points": []
| }
? 0

# The configuration's "color": always paints even into a pipe; NO_COLOR beats it, and
# --color always beats NO_COLOR.
unset: FOLLOWUP_FORMAT
$ followup list --format table
| ␛[1mID␛[0m  ␛[1mNAME␛[0m          ␛[1mCOMPANY␛[0m         ␛[1mSTATUS␛[0m   ␛[1mTOUCHES␛[0m  ␛[1mLAST TOUCH␛[0m                        ␛[1mNEXT DUE␛[0m    ␛[1mFLAG␛[0m
|  1  Mia Wong      Wong Logistics  active         1  2026-11-24 call, voicemail        2026-11-27
|  2  Noah Berg     Berg Bikes      won            1  2026-10-05 meeting, won
|  3  Olga Petrova  Volga Shipping  nurture        1  2026-11-01 email, not-interested  2027-02-01
|  4  Pablo Ruiz    Ruiz Vinos      lost           5  2026-11-10 video, lost            2027-02-08
|  5  Quinn Hale                    dnc            0  none
? 0
env: NO_COLOR=1
$ followup list --format table
| ID  NAME          COMPANY         STATUS   TOUCHES  LAST TOUCH                        NEXT DUE    FLAG
|  1  Mia Wong      Wong Logistics  active         1  2026-11-24 call, voicemail        2026-11-27
|  2  Noah Berg     Berg Bikes      won            1  2026-10-05 meeting, won
|  3  Olga Petrova  Volga Shipping  nurture        1  2026-11-01 email, not-interested  2027-02-01
|  4  Pablo Ruiz    Ruiz Vinos      lost           5  2026-11-10 video, lost            2027-02-08
|  5  Quinn Hale                    dnc            0  none
? 0
$ followup list --format table --color always
| ␛[1mID␛[0m  ␛[1mNAME␛[0m          ␛[1mCOMPANY␛[0m         ␛[1mSTATUS␛[0m   ␛[1mTOUCHES␛[0m  ␛[1mLAST TOUCH␛[0m                        ␛[1mNEXT DUE␛[0m    ␛[1mFLAG␛[0m
|  1  Mia Wong      Wong Logistics  active         1  2026-11-24 call, voicemail        2026-11-27
|  2  Noah Berg     Berg Bikes      won            1  2026-10-05 meeting, won
|  3  Olga Petrova  Volga Shipping  nurture        1  2026-11-01 email, not-interested  2027-02-01
|  4  Pablo Ruiz    Ruiz Vinos      lost           5  2026-11-10 video, lost            2027-02-08
|  5  Quinn Hale                    dnc            0  none
? 0

# FOLLOWUP_FILE beats the configuration's "file".
env: FOLLOWUP_FILE=<tmp>/elsewhere.json
$ followup list --format csv
| id,name,company,email,phone,tags,status,dream,created,touches,last_touch,next_due,abandoned,abandoned_reason␍
! followup: warning: no data file at <tmp>/elsewhere.json yet; 'followup add NAME' creates it
? 0

# XDG_CONFIG_HOME moves the configuration folder; an empty one holds nothing.
env: XDG_CONFIG_HOME=<tmp>/xdg
$ mkdir -p xdg/followup && printf '{}\n' > xdg/followup/config.json && followup list
| No prospects yet; 'followup add NAME' adds the first.
! followup: warning: no data file at <tmp>/elsewhere.json yet; 'followup add NAME' creates it
? 0

# "~/" in "file" is the home folder.
unset: FOLLOWUP_FILE
unset: XDG_CONFIG_HOME
$ printf '{"file": "~/.config/followup/pipeline.json"}\n' > .config/followup/config.json && followup list --format csv
| id,name,company,email,phone,tags,status,dream,created,touches,last_touch,next_due,abandoned,abandoned_reason␍
| 1,Mia Wong,Wong Logistics,,,,active,false,2026-11-20,1,2026-11-24,2026-11-27,false,␍
| 2,Noah Berg,Berg Bikes,,,,won,false,2026-10-01,1,2026-10-05,,false,␍
| 3,Olga Petrova,Volga Shipping,,,,nurture,false,2026-10-20,1,2026-11-01,2027-02-01,false,␍
| 4,Pablo Ruiz,Ruiz Vinos,,,,lost,false,2026-09-01,5,2026-11-10,2027-02-08,false,␍
| 5,Quinn Hale,,,,,dnc,false,2026-11-01,0,,,false,␍
? 0
