# With no data file yet, read commands warn on stderr and show an empty pipeline.
$ followup due
| Nothing due today.
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup due --digest
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup list
| No prospects yet; 'followup add NAME' adds the first.
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
$ followup list --format json
| []
! followup: warning: no data file at <tmp>/followup.json yet; 'followup add NAME' creates it
? 0
= file absent
