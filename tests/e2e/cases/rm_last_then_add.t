# After the newest prospect is deleted, the next add still gets a new id.
$ followup add "Ann Lee" -q
| 1
? 0
$ followup add "Bob Ray" -q
| 2
? 0
$ followup rm bob --yes
| Deleted #2 Bob Ray and 0 touches.
? 0
$ followup add "Cy Twombly" -q
| 3
? 0
= file
| {
|   "version": 1,
|   "next_id": 4,
|   "prospects": [
|     {
|       "id": 1,
|       "name": "Ann Lee",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "attempts": []
|     },
|     {
|       "id": 3,
|       "name": "Cy Twombly",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "attempts": []
|     }
|   ]
| }
