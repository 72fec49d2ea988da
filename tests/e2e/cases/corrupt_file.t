# A broken data file: the error names file:line:column, exit 1, and a failed log or add
# leaves the file byte-identical.
fixture: corrupt.json
$ followup due
! followup: error: <tmp>/followup.json:8:15: invalid JSON: syntax error while parsing object - unexpected string literal; expected '}'
? 1
$ followup log ann
! followup: error: <tmp>/followup.json:8:15: invalid JSON: syntax error while parsing object - unexpected string literal; expected '}'
? 1
= file unchanged
$ followup add "Bob Ray"
! followup: error: <tmp>/followup.json:8:15: invalid JSON: syntax error while parsing object - unexpected string literal; expected '}'
? 1
= file unchanged
$ ls -A
| followup.json
? 0
