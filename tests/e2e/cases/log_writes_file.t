# The data file after a log: the new touch (a date alone, since today is fixed) with its
# note and value; everything else as it was, including the unknown fields.
fixture: pipeline.json
$ followup log ann@acme.com -c call -o connected --note "wants a demo" --value "pricing sheet"
| Logged touch 3 of 5 on #1 Ann Lee (Acme): call, connected.
| Next: touch 4 of 5, due in 7 days (2026-12-02), by linkedin.
? 0
= file
| {
|   "version": 1,
|   "next_id": 14,
|   "settings": {
|     "cadence_days": [3, 4, 7, 14],
|     "after_fifth_days": 30,
|     "dream_days": 7,
|     "nurture_days": 90,
|     "abandon_after_days": 14,
|     "skip_weekends": true
|   },
|   "prospects": [
|     {
|       "id": 1,
|       "name": "Ann Lee",
|       "company": "Acme",
|       "email": "ann@acme.com",
|       "phone": "+1 555 0100",
|       "tags": ["saas"],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-16",
|       "attempts": [
|         {
|           "at": "2026-11-18",
|           "channel": "call",
|           "outcome": "voicemail",
|           "note": "left a message"
|         },
|         {
|           "at": "2026-11-21T10:15:00+01:00",
|           "channel": "email",
|           "outcome": "no-answer",
|           "value": "case study"
|         },
|         {
|           "at": "2026-11-25",
|           "channel": "call",
|           "outcome": "connected",
|           "note": "wants a demo",
|           "value": "pricing sheet"
|         }
|       ]
|     },
|     {
|       "id": 2,
|       "name": "Björn Ångström",
|       "company": "Nordlicht GmbH",
|       "email": "bjorn@nordlicht.de",
|       "tags": ["manufacturing"],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-10",
|       "attempts": [
|         {
|           "at": "2026-11-10",
|           "channel": "call",
|           "outcome": "no-answer"
|         },
|         {
|           "at": "2026-11-13",
|           "channel": "email",
|           "outcome": "replied",
|           "note": "asked for pricing"
|         },
|         {
|           "at": "2026-11-17T14:00:00+01:00",
|           "channel": "call",
|           "outcome": "connected"
|         }
|       ]
|     },
|     {
|       "id": 3,
|       "name": "陈伟",
|       "company": "Shanghai Trading",
|       "tags": ["import"],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-18",
|       "attempts": [
|         {
|           "at": "2026-11-19",
|           "channel": "linkedin",
|           "outcome": "no-answer"
|         }
|       ]
|     },
|     {
|       "id": 4,
|       "name": "Dana Scully",
|       "company": "FBI",
|       "email": "dana@fbi.gov",
|       "tags": ["saas", "gov"],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-20",
|       "attempts": [
|         {
|           "at": "2026-11-24",
|           "channel": "call",
|           "outcome": "connected",
|           "note": "call back Friday",
|           "x_duration_min": 12
|         }
|       ],
|       "x_score": [1, 2.5, null, {"nested": "yes"}],
|       "x_crm_id": "0031x00000abc"
|     },
|     {
|       "id": 5,
|       "name": "Eve Moneypenny",
|       "company": "MI6",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-12",
|       "next": "2026-11-28",
|       "cadence": [2, 2, 5, 10],
|       "attempts": [
|         {
|           "at": "2026-11-12",
|           "channel": "email",
|           "outcome": "no-answer"
|         },
|         {
|           "at": "2026-11-16",
|           "channel": "call",
|           "outcome": "objection",
|           "note": "busy until the weekend"
|         }
|       ]
|     },
|     {
|       "id": 6,
|       "name": "Frank Castle",
|       "company": "Castle Security",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-10-15",
|       "attempts": [
|         {
|           "at": "2026-10-16",
|           "channel": "call",
|           "outcome": "no-answer"
|         },
|         {
|           "at": "2026-10-20",
|           "channel": "email",
|           "outcome": "no-answer"
|         }
|       ]
|     },
|     {
|       "id": 7,
|       "name": "Grace Hopper",
|       "company": "Navy",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-05",
|       "attempts": []
|     },
|     {
|       "id": 8,
|       "name": "Hal Jordan",
|       "company": "Ferris Aircraft",
|       "tags": [],
|       "status": "lost",
|       "dream": false,
|       "created": "2026-11-02",
|       "attempts": [
|         {
|           "at": "2026-11-03",
|           "channel": "call",
|           "outcome": "connected"
|         },
|         {
|           "at": "2026-11-10",
|           "channel": "meeting",
|           "outcome": "lost",
|           "note": "went with a competitor"
|         }
|       ]
|     },
|     {
|       "id": 9,
|       "name": "Iris West",
|       "company": "Picture News",
|       "tags": [],
|       "status": "won",
|       "dream": false,
|       "created": "2026-10-01",
|       "attempts": [
|         {
|           "at": "2026-10-02",
|           "channel": "email",
|           "outcome": "replied"
|         },
|         {
|           "at": "2026-10-06",
|           "channel": "video",
|           "outcome": "meeting"
|         },
|         {
|           "at": "2026-10-12",
|           "channel": "call",
|           "outcome": "won"
|         }
|       ]
|     },
|     {
|       "id": 10,
|       "name": "Jack Torrance",
|       "company": "Overlook Hotel",
|       "tags": [],
|       "status": "dnc",
|       "dream": false,
|       "created": "2026-09-01",
|       "attempts": [
|         {
|           "at": "2026-09-02",
|           "channel": "call",
|           "outcome": "objection",
|           "note": "asked never to be called again"
|         }
|       ]
|     },
|     {
|       "id": 11,
|       "name": "Karen Page",
|       "company": "Nelson, Murdock & \"Page\" LLP",
|       "email": "karen@nelsonmurdock.law",
|       "tags": ["legal"],
|       "status": "nurture",
|       "dream": false,
|       "created": "2026-08-10",
|       "attempts": [
|         {
|           "at": "2026-08-20",
|           "channel": "email",
|           "outcome": "not-interested",
|           "note": "maybe next quarter"
|         }
|       ]
|     },
|     {
|       "id": 12,
|       "name": "Luke Cage",
|       "company": "Harlem's Paradise",
|       "tags": ["hospitality"],
|       "status": "active",
|       "dream": true,
|       "created": "2026-09-01",
|       "attempts": [
|         {
|           "at": "2026-09-01",
|           "channel": "call",
|           "outcome": "no-answer"
|         },
|         {
|           "at": "2026-09-04",
|           "channel": "email",
|           "outcome": "no-answer"
|         },
|         {
|           "at": "2026-09-08",
|           "channel": "call",
|           "outcome": "voicemail"
|         },
|         {
|           "at": "2026-09-15",
|           "channel": "linkedin",
|           "outcome": "no-answer"
|         },
|         {
|           "at": "2026-09-29",
|           "channel": "video",
|           "outcome": "objection",
|           "note": "no budget this year"
|         },
|         {
|           "at": "2026-11-16",
|           "channel": "email",
|           "outcome": "no-answer",
|           "value": "industry report"
|         }
|       ]
|     },
|     {
|       "id": 13,
|       "name": "=SUM(A1:A9)",
|       "company": "@Risk Ltd",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "attempts": []
|     }
|   ],
|   "x_exported_by": "crm-sync 2.1"
| }
