# Global options before the command, each with its value: the word after an option that
# takes a value is that value, even when it is a command's name, and the command is the
# next word (only that command's options are built, see src/main.cpp).
fixture: pipeline.json
$ followup --format tsv --color never list --status won
| id	name	company	email	phone	tags	status	dream	created	touches	last_touch	next_due	abandoned	abandoned_reason
| 9	Iris West	Picture News				won	false	2026-10-01	3	2026-10-12		false␉
? 0
$ followup --format=csv --today=2026-11-26 list --status won
| id,name,company,email,phone,tags,status,dream,created,touches,last_touch,next_due,abandoned,abandoned_reason␍
| 9,Iris West,Picture News,,,,won,false,2026-10-01,3,2026-10-12,,false,␍
? 0
$ followup --today list show frank
! followup: error: --today: 'list' is not a date; use YYYY-MM-DD
? 2
$ followup --format due list --status won
! followup: error: --format: unknown format 'due' (valid: table, csv, tsv, json)
? 2
