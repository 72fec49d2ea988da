# European Excel: a byte order mark, CRLF, ';' between fields (so commas and ';' inside
# quotes stay text), German headers, a note on two lines, and the empty rows Excel leaves.
fixture: excel_semicolon.csv
$ mv followup.json kontakte.csv
? 0
$ followup import kontakte.csv
| kontakte.csv: 2 rows after the header on row 1 (semicolon-separated)
|   columns used: Vorname -> first_name, Nachname -> last_name, Firma -> company, E-Mail -> email, Telefon -> phone, Notizen -> notes
| Added 2 prospects (#1 to #2), skipped 0 duplicates, rejected 0.
? 0
= file
| {
|   "version": 1,
|   "next_id": 3,
|   "prospects": [
|     {
|       "id": 1,
|       "name": "Jürgen Müller",
|       "company": "Müller & Söhne GmbH",
|       "email": "j.mueller@mueller-soehne.example",
|       "phone": "+49 89 123456",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "notes": "Messe München; sehr interessiert",
|       "attempts": []
|     },
|     {
|       "id": 2,
|       "name": "Anna Schmidt",
|       "company": "Schmidt; Partner",
|       "email": "anna@schmidt.example",
|       "tags": [],
|       "status": "active",
|       "dream": false,
|       "created": "2026-11-25",
|       "notes": "Rückruf erbeten\nnach dem 1. Dezember",
|       "attempts": []
|     }
|   ]
| }
$ followup import kontakte.csv --delimiter ,
! followup: error: kontakte.csv row 2 (line 2): a quote inside a field that does not start with one; put the whole field in quotes and double the quotes inside it ("")
? 1
