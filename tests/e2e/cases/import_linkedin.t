# LinkedIn's Connections.csv puts notes above its header; the header is found under them,
# and the row numbers are the spreadsheet's.
fixture: linkedin_connections.csv
$ mv followup.json linkedin_connections.csv
? 0
$ followup import linkedin_connections.csv
| linkedin_connections.csv: 3 rows after the header on row 4 (comma-separated)
|   columns used: First Name -> first_name, Last Name -> last_name, Email Address -> email, Company -> company
|   columns ignored: URL, Position, Connected On
| Added 3 prospects (#1 to #3), skipped 0 duplicates, rejected 0.
? 0
$ followup list
| ID  NAME           COMPANY               STATUS  TOUCHES  LAST TOUCH  NEXT DUE    FLAG
|  1  Luke Cage      Harlem's Paradise     active        0  none        2026-11-25
|  2  Iris West      Picture News          active        0  none        2026-11-25
|  3  Jessica Jones  Alias Investigations  active        0  none        2026-11-25
? 0
