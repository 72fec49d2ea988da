# due --within 7: dream client #2 comes up with its open objection; birthdays and anniversaries in the window, by date; the same in CSV, TSV and the digest.
fixture: coach.json
$ followup due --within 7
| Due by 2026-12-02 (8)
| ID  NAME        COMPANY              TOUCH         DUE              LAST TOUCH                        TRY       FLAG
|  8  Dev Patel                        touch 1 of 5  21 days overdue  none                              call      abandoned
|  5  Eve Martin  Umbrella             touch 3 of 5  16 days overdue  2026-08-10 email, lost            call      abandoned
|  1  Mia Wong    Wong Logistics       touch 4 of 5  9 days overdue   2026-11-09 call, no-answer        linkedin
|  4  Gina Rossi  Vandelay Industries  touch 2 of 5  7 days overdue   2026-08-20 email, not-interested  email
|  3  Tom Baker   Baker & Sons         touch 2 of 5  6 days overdue   2026-11-16 call, objection        email
|  9  Ann Lee     Acme                 touch 1 of 5  2 days overdue   none                              call
| 11  Nora Quinn  Quinn & Co           touch 2 of 5  2 days overdue   2026-11-20 call, no-answer        email
|  2  Oscar Diaz  Initech              touch 12      due in 6 days    2026-11-24 email, no-answer       call      dream
|
| How to make them count
|   #5 Eve Martin   closed lost on 2026-08-10: re-engage, the deal may be ready now
|                   bring something new: last time it was "proposal"
|   #1 Mia Wong     the last call did not reach them: try LinkedIn
|                   3 calls in a row: try email or LinkedIn
|                   your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning)
|                   bring something new: last time it was "article: 5 ways to cut freight costs"
|   #4 Gina Rossi   said "not now" on 2026-08-20: check back with something new
|   #3 Tom Baker    answer the open objection: price too high
|                   bring something new: last time it was "case study"
|   #11 Nora Quinn  the last call did not reach them: try email
|   #2 Oscar Diaz   answer the open objection: needs legal review
|                   the last email did not reach them: try call
|                   bring something new: last time it was "legal checklist"
|
| Touch points that are not sales
|   #9 Ann Lee (Acme): birthday today (2026-11-25)
|   #1 Mia Wong (Wong Logistics): birthday in 2 days (2026-11-27)
|   #4 Gina Rossi (Vandelay Industries): anniversary in 6 days (2026-12-01)
|
| Abandoned before the fifth touch (4)
| ID  NAME        COMPANY          STATUS  LAST TOUCH                   WHY
|  5  Eve Martin  Umbrella         lost    2026-08-10 email, lost       closed lost after 2 touches
|  6  Hal Jordan  Ferris Aircraft  lost    2025-09-15 meeting, lost     closed lost after 1 touch
|  7  Ivy Chen                     lost    2026-11-20 email, no-answer  closed lost after 2 touches
|  8  Dev Patel                    active  none                         never touched, added 21 days ago
? 0
$ followup due --within 7 --format csv
| id,name,company,status,touches,next_touch,due,days_overdue,last_channel,last_outcome,suggested_channel,dream,abandoned,due_reason,open_objection,last_value,advice␍
| 8,Dev Patel,,active,0,1,2026-11-04,21,,,call,false,true,first touch,,,␍
| 5,Eve Martin,Umbrella,lost,2,3,2026-11-09,16,email,lost,call,false,true,re-engage,,proposal,"closed lost on 2026-08-10: re-engage, the deal may be ready now; bring something new: last time it was ""proposal"""␍
| 1,Mia Wong,Wong Logistics,active,3,4,2026-11-16,9,call,no-answer,linkedin,false,false,cadence,,article: 5 ways to cut freight costs,"the last call did not reach them: try LinkedIn; 3 calls in a row: try email or LinkedIn; your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning); bring something new: last time it was ""article: 5 ways to cut freight costs"""␍
| 4,Gina Rossi,Vandelay Industries,nurture,1,2,2026-11-18,7,email,not-interested,email,false,false,check back,,,"said ""not now"" on 2026-08-20: check back with something new"␍
| 3,Tom Baker,Baker & Sons,active,1,2,2026-11-19,6,call,objection,email,false,false,cadence,price too high,case study,"answer the open objection: price too high; bring something new: last time it was ""case study"""␍
| 9,Ann Lee,Acme,active,0,1,2026-11-23,2,,,call,false,false,first touch,,,␍
| 11,Nora Quinn,Quinn & Co,active,1,2,2026-11-23,2,call,no-answer,email,false,false,cadence,,,the last call did not reach them: try email␍
| 2,Oscar Diaz,Initech,active,11,12,2026-12-01,-6,email,no-answer,call,true,false,cadence,needs legal review,legal checklist,"answer the open objection: needs legal review; the last email did not reach them: try call; bring something new: last time it was ""legal checklist"""␍
? 0
$ followup due --within 7 --format tsv
| id	name	company	status	touches	next_touch	due	days_overdue	last_channel	last_outcome	suggested_channel	dream	abandoned	due_reason	open_objection	last_value	advice
| 8	Dev Patel		active	0	1	2026-11-04	21			call	false	true	first touch␉␉␉
| 5	Eve Martin	Umbrella	lost	2	3	2026-11-09	16	email	lost	call	false	true	re-engage		proposal	closed lost on 2026-08-10: re-engage, the deal may be ready now; bring something new: last time it was "proposal"
| 1	Mia Wong	Wong Logistics	active	3	4	2026-11-16	9	call	no-answer	linkedin	false	false	cadence		article: 5 ways to cut freight costs	the last call did not reach them: try LinkedIn; 3 calls in a row: try email or LinkedIn; your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning); bring something new: last time it was "article: 5 ways to cut freight costs"
| 4	Gina Rossi	Vandelay Industries	nurture	1	2	2026-11-18	7	email	not-interested	email	false	false	check back			said "not now" on 2026-08-20: check back with something new
| 3	Tom Baker	Baker & Sons	active	1	2	2026-11-19	6	call	objection	email	false	false	cadence	price too high	case study	answer the open objection: price too high; bring something new: last time it was "case study"
| 9	Ann Lee	Acme	active	0	1	2026-11-23	2			call	false	false	first touch␉␉␉
| 11	Nora Quinn	Quinn & Co	active	1	2	2026-11-23	2	call	no-answer	email	false	false	cadence			the last call did not reach them: try email
| 2	Oscar Diaz	Initech	active	11	12	2026-12-01	-6	email	no-answer	call	true	false	cadence	needs legal review	legal checklist	answer the open objection: needs legal review; the last email did not reach them: try call; bring something new: last time it was "legal checklist"
? 0
$ followup due --within 7 --digest
| 0 due today, 7 overdue, 1 coming up in the next 7 days, 4 abandoned before the fifth touch, 3 touch points
|
| Due:
|   #8 Dev Patel - touch 1 of 5, 21 days overdue, last: none; try call [abandoned]
|   #5 Eve Martin (Umbrella) - touch 3 of 5, 16 days overdue, last: 2026-08-10 email, lost; try call [abandoned]
|       closed lost on 2026-08-10: re-engage, the deal may be ready now
|       bring something new: last time it was "proposal"
|   #1 Mia Wong (Wong Logistics) - touch 4 of 5, 9 days overdue, last: 2026-11-09 call, no-answer; try linkedin
|       the last call did not reach them: try LinkedIn
|       3 calls in a row: try email or LinkedIn
|       your last 3 calls went unanswered, all in the morning: try the afternoon (you reach people 85% of the time then, 33% in the morning)
|       bring something new: last time it was "article: 5 ways to cut freight costs"
|   #4 Gina Rossi (Vandelay Industries) - touch 2 of 5, 7 days overdue, last: 2026-08-20 email, not-interested; try email
|       said "not now" on 2026-08-20: check back with something new
|   #3 Tom Baker (Baker & Sons) - touch 2 of 5, 6 days overdue, last: 2026-11-16 call, objection; try email
|       answer the open objection: price too high
|       bring something new: last time it was "case study"
|   #9 Ann Lee (Acme) - touch 1 of 5, 2 days overdue, last: none; try call
|   #11 Nora Quinn (Quinn & Co) - touch 2 of 5, 2 days overdue, last: 2026-11-20 call, no-answer; try email
|       the last call did not reach them: try email
|   #2 Oscar Diaz (Initech) - touch 12, due in 6 days, last: 2026-11-24 email, no-answer; try call
|       answer the open objection: needs legal review
|       the last email did not reach them: try call
|       bring something new: last time it was "legal checklist"
|
| Touch points that are not sales:
|   #9 Ann Lee (Acme): birthday today (2026-11-25)
|   #1 Mia Wong (Wong Logistics): birthday in 2 days (2026-11-27)
|   #4 Gina Rossi (Vandelay Industries): anniversary in 6 days (2026-12-01)
|
| Abandoned before the fifth touch:
|   #5 Eve Martin (Umbrella) - closed lost after 2 touches
|   #6 Hal Jordan (Ferris Aircraft) - closed lost after 1 touch
|   #7 Ivy Chen - closed lost after 2 touches
|   #8 Dev Patel - never touched, added 21 days ago
? 0
