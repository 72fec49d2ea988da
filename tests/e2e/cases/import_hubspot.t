# A HubSpot contacts export (every field quoted, LF): first and last names joined, the
# columns followup has no use for listed as ignored, a row with no name refused (exit 1),
# the same email twice added once. --dry-run writes nothing; importing again adds nothing.
fixture: hubspot_contacts.csv
$ mv followup.json hubspot_contacts.csv
? 0
$ followup import hubspot_contacts.csv --dry-run
| hubspot_contacts.csv: 7 rows after the header on row 1 (comma-separated)
|   columns used: First Name -> first_name, Last Name -> last_name, Email -> email, Phone Number -> phone, Company Name -> company
|   columns ignored: Record ID, Lifecycle Stage, Lead Status, Contact owner, Create Date, Last Activity Date
|   row 6 skipped: already in this file, row 2 (same email)
| Dry run: would add 5 prospects (#1 to #5), skip 1 duplicate, reject 1; nothing was written.
! followup: error: hubspot_contacts.csv row 5: no name
? 1
= file absent
$ followup import hubspot_contacts.csv
| hubspot_contacts.csv: 7 rows after the header on row 1 (comma-separated)
|   columns used: First Name -> first_name, Last Name -> last_name, Email -> email, Phone Number -> phone, Company Name -> company
|   columns ignored: Record ID, Lifecycle Stage, Lead Status, Contact owner, Create Date, Last Activity Date
|   row 6 skipped: already in this file, row 2 (same email)
| Added 5 prospects (#1 to #5), skipped 1 duplicate, rejected 1.
! followup: error: hubspot_contacts.csv row 5: no name
? 1
= file
| {
|   "version": 1,
|   "next_id": 6,
|   "prospects": [
|     {
|       "id": 1,
|       "name": "Ann Lee",
|       "company": "Acme",
|       "email": "ann@acme.com",
|       "phone": "+1 555 0100",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "attempts": []
|     },
|     {
|       "id": 2,
|       "name": "Björn Ångström",
|       "company": "Nordlicht GmbH",
|       "email": "bjorn@nordlicht.de",
|       "phone": "+49 30 901820",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "attempts": []
|     },
|     {
|       "id": 3,
|       "name": "Karen Page",
|       "company": "Nelson, Murdock & \"Page\" LLP",
|       "email": "karen@nelsonmurdock.law",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "attempts": []
|     },
|     {
|       "id": 4,
|       "name": "Grace Hopper",
|       "company": "Navy",
|       "email": "grace@navy.example",
|       "phone": "+1 555 0199",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "attempts": []
|     },
|     {
|       "id": 5,
|       "name": "Wei Chen",
|       "company": "Shanghai Trading",
|       "email": "chen.wei@shanghai-trading.example",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "attempts": []
|     }
|   ]
| }
$ followup import hubspot_contacts.csv
| hubspot_contacts.csv: 7 rows after the header on row 1 (comma-separated)
|   columns used: First Name -> first_name, Last Name -> last_name, Email -> email, Phone Number -> phone, Company Name -> company
|   columns ignored: Record ID, Lifecycle Stage, Lead Status, Contact owner, Create Date, Last Activity Date
|   row 2 skipped: already in the pipeline as #1 Ann Lee (Acme) (same email)
|   row 3 skipped: already in the pipeline as #2 Björn Ångström (Nordlicht GmbH) (same email)
|   row 4 skipped: already in the pipeline as #3 Karen Page (Nelson, Murdock & "Page" LLP) (same email)
|   row 6 skipped: already in the pipeline as #1 Ann Lee (Acme) (same email)
|   row 7 skipped: already in the pipeline as #4 Grace Hopper (Navy) (same email)
|   row 8 skipped: already in the pipeline as #5 Wei Chen (Shanghai Trading) (same email)
| Added 0 prospects, skipped 6 duplicates, rejected 1.
! followup: error: hubspot_contacts.csv row 5: no name
? 1
$ followup due
| Due (5): 5 today, 0 overdue
| ID  NAME            COMPANY                       TOUCH         DUE        LAST TOUCH  TRY   FLAG
|  1  Ann Lee         Acme                          touch 1 of 5  due today  none        call
|  2  Björn Ångström  Nordlicht GmbH                touch 1 of 5  due today  none        call
|  3  Karen Page      Nelson, Murdock & "Page" LLP  touch 1 of 5  due today  none        call
|  4  Grace Hopper    Navy                          touch 1 of 5  due today  none        call
|  5  Wei Chen        Shanghai Trading              touch 1 of 5  due today  none        call
? 0
