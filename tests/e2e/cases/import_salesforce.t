# A Salesforce report export: CRLF, a mailing street on two lines inside quotes (one row),
# US dates in "Created Date" (not read: created is the day the prospect is imported), and
# the confidentiality notes Salesforce puts under the table, passed over.
fixture: salesforce_contacts.csv
$ mv followup.json salesforce_contacts.csv
? 0
$ followup import salesforce_contacts.csv
| salesforce_contacts.csv: 6 rows after the header on row 1 (comma-separated)
|   columns used: First Name -> first_name, Last Name -> last_name, Account Name -> company, Phone -> phone, Mobile -> phone, Email -> email
|   columns ignored: Title, Mailing Street, Mailing City, Lead Source, Created Date, Contact Owner
|   row 7 passed over: a note under the table
|   row 8 passed over: a note under the table
| Added 4 prospects (#1 to #4), skipped 0 duplicates, rejected 0.
? 0
$ followup list --format csv
| id,name,company,email,phone,tags,status,dream,created,touches,last_touch,next_due,abandoned,abandoned_reason␍
| 1,Dana Scully,FBI,dana@fbi.gov,'+1 202 555 0143,,active,false,2026-11-25,0,,2026-11-25,false,␍
| 2,Fox Mulder,FBI,fox@fbi.gov,'+1 202 555 0188,,active,false,2026-11-25,0,,2026-11-25,false,␍
| 3,Walter Skinner,FBI,,,,active,false,2026-11-25,0,,2026-11-25,false,␍
| 4,Hal Jordan,Ferris Aircraft,hal@ferris.example,'+1 555 0142,,active,false,2026-11-25,0,,2026-11-25,false,␍
? 0
