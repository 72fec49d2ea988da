# A name that matches several prospects is a usage error listing them (at most eight);
# nothing is written.
fixture: pipeline.json
$ followup log e
! followup: error: ambiguous prospect 'e': #1 Ann Lee (Acme), #5 Eve Moneypenny (MI6), #6 Frank Castle (Castle Security), #7 Grace Hopper (Navy), #8 Hal Jordan (Ferris Aircraft), #9 Iris West (Picture News), #10 Jack Torrance (Overlook Hotel), #11 Karen Page (Nelson, Murdock & "Page" LLP) and 1 more; use the id
? 2
= file unchanged
$ followup log "an"
! followup: error: ambiguous prospect 'an': #1 Ann Lee (Acme), #2 Björn Ångström (Nordlicht GmbH), #3 陈伟 (Shanghai Trading), #4 Dana Scully (FBI), #6 Frank Castle (Castle Security), #8 Hal Jordan (Ferris Aircraft), #10 Jack Torrance (Overlook Hotel); use the id
? 2
= file unchanged
