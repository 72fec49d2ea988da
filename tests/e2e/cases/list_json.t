# list --format json: every field, nulls for what is absent.
fixture: pipeline.json
$ followup list --format json --status won
| [
|   {
|     "id": 9,
|     "name": "Iris West",
|     "company": "Picture News",
|     "email": null,
|     "phone": null,
|     "tags": [],
|     "status": "won",
|     "dream": false,
|     "created": "2026-10-01",
|     "touches": 3,
|     "last_touch": "2026-10-12",
|     "next_due": null,
|     "abandoned": false,
|     "abandoned_reason": null
|   }
| ]
? 0
$ followup list --format json --tag legal
| [
|   {
|     "id": 11,
|     "name": "Karen Page",
|     "company": "Nelson, Murdock & \"Page\" LLP",
|     "email": "karen@nelsonmurdock.law",
|     "phone": null,
|     "tags": [
|       "legal"
|     ],
|     "status": "nurture",
|     "dream": false,
|     "created": "2026-08-10",
|     "touches": 1,
|     "last_touch": "2026-08-20",
|     "next_due": "2026-11-18",
|     "abandoned": false,
|     "abandoned_reason": null
|   }
| ]
? 0
$ followup list --format json --tag nothing-has-this
| []
? 0
