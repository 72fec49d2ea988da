# - reads the file from standard input, and the report calls it stdin.
$ printf 'name\tcompany\ttags\nAnn Lee\tAcme\tsaas\n' | followup import -
| stdin: 1 row after the header on row 1 (tab-separated)
|   columns used: name -> name, company -> company, tags -> tags
| Added 1 prospect (#1), skipped 0 duplicates, rejected 0.
? 0
$ followup list
| ID  NAME     COMPANY  STATUS  TOUCHES  LAST TOUCH  NEXT DUE    FLAG
|  1  Ann Lee  Acme     active        0  none        2026-11-25
? 0
