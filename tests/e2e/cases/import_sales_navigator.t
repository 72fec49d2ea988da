# A Sales Navigator lead list: "Full Name" wins over first and last name, tags split on
# commas and semicolons, and someone already in the pipeline (same email, in other case)
# is skipped.
fixture: sales_navigator_leads.csv
$ mv followup.json sales_navigator_leads.csv
? 0
$ followup add "Karen Page" --company "Nelson, Murdock & Page" --email karen@nelsonmurdock.law --quiet
| 1
? 0
$ followup import sales_navigator_leads.csv
| sales_navigator_leads.csv: 4 rows after the header on row 1 (comma-separated)
|   columns used: Full Name -> name, First Name -> first_name, Last Name -> last_name, Company -> company, Email -> email, Phone -> phone, Tags -> tags
|   columns ignored: Title, Company LinkedIn URL, LinkedIn Profile URL, Location
|   row 3 skipped: already in the pipeline as #1 Karen Page (Nelson, Murdock & Page) (same email)
| Added 3 prospects (#2 to #4), skipped 1 duplicate, rejected 0.
? 0
$ followup list --format csv
| id,name,company,email,phone,tags,status,dream,created,touches,last_touch,next_due,abandoned,abandoned_reason␍
| 1,Karen Page,"Nelson, Murdock & Page",karen@nelsonmurdock.law,,,active,false,2026-11-25,0,,2026-11-25,false,␍
| 2,Matt Murdock,"Nelson, Murdock & Page",matt@nelsonmurdock.law,,legal;dream-list,active,false,2026-11-25,0,,2026-11-25,false,␍
| 3,Foggy Nelson,"Nelson, Murdock & Page",,'+1 212 555 0175,legal,active,false,2026-11-25,0,,2026-11-25,false,␍
| 4,Trish Walker,Trish Talk,trish@trishtalk.example,,media;radio,active,false,2026-11-25,0,,2026-11-25,false,␍
? 0
