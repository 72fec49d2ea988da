# The cadence settings in the configuration apply to every data file that does not set
# them itself; a data file's own "settings" win, key by key.
fixture: quiet.json
$ followup due --within 7
| Due by 2026-12-02 (1)
| ID  NAME      COMPANY         TOUCH         DUE            LAST TOUCH                  TRY    FLAG
|  1  Mia Wong  Wong Logistics  touch 2 of 5  due in 2 days  2026-11-24 call, voicemail  email
|
| How to make them count
|   #1 Mia Wong  the last call did not reach them: try email
? 0
$ mkdir -p .config/followup && printf '{"cadence_days": [1, 1, 1, 1], "skip_weekends": false}\n' > .config/followup/config.json
? 0
$ followup due --within 7
| Due by 2026-12-02 (1)
| ID  NAME      COMPANY         TOUCH         DUE        LAST TOUCH                  TRY    FLAG
|  1  Mia Wong  Wong Logistics  touch 2 of 5  due today  2026-11-24 call, voicemail  email
|
| How to make them count
|   #1 Mia Wong  the last call did not reach them: try email
? 0
# The data file's own setting wins over the configuration's; the rest still apply.
$ sed -i 's/"next_id": 6,/"next_id": 6,\n  "settings": {"cadence_days": [5]},/' followup.json && followup due --within 7
| Due by 2026-12-02 (1)
| ID  NAME      COMPANY         TOUCH         DUE            LAST TOUCH                  TRY    FLAG
|  1  Mia Wong  Wong Logistics  touch 2 of 5  due in 4 days  2026-11-24 call, voicemail  email
|
| How to make them count
|   #1 Mia Wong  the last call did not reach them: try email
? 0
