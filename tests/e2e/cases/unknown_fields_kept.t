# Fields this version does not know, at every level, survive a write verbatim.
fixture: extra_fields.json
$ followup log ann -c email -o replied
| Logged touch 2 of 5 on #1 Ann Lee (Acme): email, replied.
| Next: touch 3 of 5, due in 5 days (2026-11-30), by call.
! followup: warning: this touch carries no value for Ann Lee: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
= file
| {
|   "version": 1,
|   "next_id": 2,
|   "settings": {
|     "skip_weekends": true,
|     "x_theme": {"colors": "dark"}
|   },
|   "prospects": [
|     {
|       "id": 1,
|       "name": "Ann Lee",
|       "company": "Acme",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-16",
|       "attempts": [
|         {
|           "at": "2026-11-18",
|           "channel": "call",
|           "outcome": "voicemail",
|           "x_recording": {"seconds": 42, "url": null}
|         },
|         {
|           "at": "2026-11-25",
|           "channel": "email",
|           "outcome": "replied"
|         }
|       ],
|       "x_crm_id": "0031x00000abc",
|       "x_scores": [1, 2.5, null, {"nested": "yes"}]
|     }
|   ],
|   "x_exported_by": {"tool": "crm-sync", "version": "2.1"}
| }
$ followup log ann -c call -o connected
| Logged touch 3 of 5 on #1 Ann Lee (Acme): call, connected.
| Next: touch 4 of 5, due in 7 days (2026-12-02), by linkedin.
! followup: warning: this touch carries no value for Ann Lee: a touch without one is "just checking in", which the seeds call a nuisance; next time bring a case study, an article or an idea (--value)
? 0
= file
| {
|   "version": 1,
|   "next_id": 2,
|   "settings": {
|     "skip_weekends": true,
|     "x_theme": {"colors": "dark"}
|   },
|   "prospects": [
|     {
|       "id": 1,
|       "name": "Ann Lee",
|       "company": "Acme",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-16",
|       "attempts": [
|         {
|           "at": "2026-11-18",
|           "channel": "call",
|           "outcome": "voicemail",
|           "x_recording": {"seconds": 42, "url": null}
|         },
|         {
|           "at": "2026-11-25",
|           "channel": "email",
|           "outcome": "replied"
|         },
|         {
|           "at": "2026-11-25",
|           "channel": "call",
|           "outcome": "connected"
|         }
|       ],
|       "x_crm_id": "0031x00000abc",
|       "x_scores": [1, 2.5, null, {"nested": "yes"}]
|     }
|   ],
|   "x_exported_by": {"tool": "crm-sync", "version": "2.1"}
| }
