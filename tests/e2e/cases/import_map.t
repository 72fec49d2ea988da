# --map reads a column the aliases do not know, or ignores one; a wrong --map is a usage
# error (exit 2) that names what is valid.
$ printf 'Lead,Org,Work Email,Email,Lead Source\nAnn Lee,Acme,ann@acme.com,ann.lee@gmail.example,Web\n' > leads.csv
? 0
$ followup import leads.csv --dry-run
! followup: error: leads.csv: no column for the name (Name, Full Name, or First Name and Last Name) among 'Lead', 'Org', 'Work Email', 'Email', 'Lead Source'; name the column with --map "COLUMN=FIELD"
? 1
$ followup import leads.csv --dry-run --map "Lead=name" --map Org=company --map "work email=email" --map "Lead Source="
| leads.csv: 1 row after the header on row 1 (comma-separated)
|   columns used: Lead -> name, Org -> company, Work Email -> email
|   columns ignored: Email, Lead Source
| Dry run: would add 1 prospect (#1), skip 0 duplicates, reject 0; nothing was written.
? 0
$ followup import leads.csv --map Org=organisation
! followup: error: --map "Org=organisation": unknown field 'organisation' (valid: name, first_name, last_name, company, email, phone, tags, status, dream, notes, created, next; nothing after '=' ignores the column)
? 2
$ followup import leads.csv --map "Organization=company"
! followup: error: --map "Organization=company": no column 'Organization' in leads.csv (columns: 'Lead', 'Org', 'Work Email', 'Email', 'Lead Source')
? 2
$ followup import leads.csv --map Org=company --map "Lead=company"
! followup: error: --map: both 'Org' and 'Lead' are mapped to company
? 2
$ followup import leads.csv --map Org
! followup: error: --map: 'Org' is not COLUMN=FIELD (such as "Work Email=email")
? 2
$ printf 'Org,Phone\nAcme,1\n' > nameless.csv
? 0
$ followup import nameless.csv
! followup: error: nameless.csv: no column for the name (Name, Full Name, or First Name and Last Name) among 'Org', 'Phone'; name the column with --map "COLUMN=FIELD"
? 1
= file absent
