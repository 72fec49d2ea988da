# Undo after an import says what it takes back in one line, not one line per prospect.
fixture: hubspot_contacts.csv
$ mv followup.json hubspot_contacts.csv
? 0
$ followup add "Zed Zero" --quiet
| 1
? 0
$ followup import hubspot_contacts.csv 2>/dev/null
| hubspot_contacts.csv: 7 rows after the header on row 1 (comma-separated)
|   columns used: First Name -> first_name, Last Name -> last_name, Email -> email, Phone Number -> phone, Company Name -> company
|   columns ignored: Record ID, Lifecycle Stage, Lead Status, Contact owner, Create Date, Last Activity Date
|   row 6 skipped: already in this file, row 2 (same email)
| Added 5 prospects (#2 to #6), skipped 1 duplicate, rejected 1.
? 1
$ followup undo
| Undo:
|   - removes 5 prospects: #2 Ann Lee (Acme); #3 Björn Ångström (Nordlicht GmbH); #4 Karen Page (Nelson, Murdock & "Page" LLP) and 2 more
? 0
$ followup list --format csv
| id,name,company,email,phone,tags,status,dream,created,touches,last_touch,next_due,abandoned,abandoned_reason␍
| 1,Zed Zero,,,,,active,false,2026-11-25,0,,2026-11-25,false,␍
? 0
