# add prints the new prospect's id and when its first touch is due; the first add
# creates the data file, in canonical form.
$ followup add "Zoe Quinn" --company "Quinn & Co" --email zoe@quinn.co --tag saas --tag saas
| Added #1 Zoe Quinn (Quinn & Co). First touch due today (2026-11-25).
? 0
= file
| {
|   "version": 1,
|   "next_id": 2,
|   "prospects": [
|     {
|       "id": 1,
|       "name": "Zoe Quinn",
|       "company": "Quinn & Co",
|       "email": "zoe@quinn.co",
|       "tags": ["saas"],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "attempts": []
|     }
|   ]
| }
