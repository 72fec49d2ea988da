# Files import cannot read are refused whole, with the row and what to do; nothing is
# written.
$ printf 'Name,Company\nAnn,Acme\nBj\366rn,Nordlicht\n' > latin1.csv
? 0
$ followup import latin1.csv
! followup: error: latin1.csv row 3: column 1 is not UTF-8 text (a file saved as Windows-1252 or Latin-1?); save it from the spreadsheet as "CSV UTF-8" and import that
? 1
= file absent
$ printf 'Name,Company\nAnn,Acme\n"Bob,Zeta\nCy,Yak\n' > open_quote.csv
? 0
$ followup import open_quote.csv
! followup: error: open_quote.csv row 3: a quoted field is never closed (a " is missing)
? 1
$ printf 'Name,Company\nAnn "The Boss" Lee,Acme\n' > stray_quote.csv
? 0
$ followup import stray_quote.csv
! followup: error: stray_quote.csv row 2 (line 2): a quote inside a field that does not start with one; put the whole field in quotes and double the quotes inside it ("")
? 1
$ printf 'PK\003\004\024\000\006\000' > contacts.xlsx
? 0
$ followup import contacts.xlsx
! followup: error: contacts.xlsx: this is a spreadsheet workbook (.xlsx or .xls), not CSV; save it from the spreadsheet as "CSV UTF-8" and import that
? 1
$ printf '\377\376N\000a\000m\000e\000' > unicode.txt
? 0
$ followup import unicode.txt
! followup: error: unicode.txt: the file is UTF-16 text ("Unicode Text"); save it from the spreadsheet as "CSV UTF-8" and import that
? 1
$ : > empty.csv
? 0
$ followup import empty.csv
! followup: error: empty.csv: the file is empty; it needs a header row, then one row per prospect
? 1
$ followup import missing.csv
! followup: error: cannot read missing.csv: No such file or directory
? 1
$ followup import empty.csv --delimiter ';;'
! followup: error: --delimiter: ';;' is not one character; use , or ; or tab (or another one)
? 2
= file absent
