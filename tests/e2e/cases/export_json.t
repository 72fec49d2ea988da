# export (json by default) is the whole data file, canonical, unknown fields kept; -o
# writes it to a file, and the format follows the extension.
fixture: extra_fields.json
$ followup export
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
|         }
|       ],
|       "x_crm_id": "0031x00000abc",
|       "x_scores": [1, 2.5, null, {"nested": "yes"}]
|     }
|   ],
|   "x_exported_by": {"tool": "crm-sync", "version": "2.1"}
| }
? 0
$ followup export -o copy.json && cmp copy.json followup.json && echo same
| same
? 0
