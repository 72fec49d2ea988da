# Without --yes and without a terminal, rm refuses and deletes nothing.
fixture: pipeline.json
$ followup rm 1
! followup: error: rm would delete #1 Ann Lee (Acme) and 2 touches; add --yes to confirm when not at a terminal
? 2
= file unchanged
$ followup rm nobody --yes
! followup: error: no prospect matches 'nobody'; 'followup list' shows them all, with their ids
? 2
= file unchanged
