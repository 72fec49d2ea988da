# A file written by a newer followup (format version 2) is refused, for reading and
# writing, and left alone.
fixture: version2.json
$ followup list
! followup: error: <tmp>/followup.json:2:3: file format version 2 is newer than this followup understands (1); upgrade followup to use this file
? 1
$ followup add "Bob Ray"
! followup: error: <tmp>/followup.json:2:3: file format version 2 is newer than this followup understands (1); upgrade followup to use this file
? 1
= file unchanged

# Even with a backup beside it, the advice is to upgrade, not to copy the backup back.
$ cp followup.json followup.json.bak && followup list
! followup: error: <tmp>/followup.json:2:3: file format version 2 is newer than this followup understands (1); upgrade followup to use this file
? 1
