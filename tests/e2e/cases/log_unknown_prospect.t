# A prospect nobody matches is a usage error; nothing is written.
fixture: pipeline.json
$ followup log nobody
! followup: error: no prospect matches 'nobody'; 'followup list' shows them all, with their ids
? 2
= file unchanged
$ followup log 99
! followup: error: no prospect matches '99'; 'followup list' shows them all, with their ids
? 2
= file unchanged
$ followup log nobody@example.com
! followup: error: no prospect matches 'nobody@example.com'; 'followup list' shows them all, with their ids
? 2
= file unchanged
