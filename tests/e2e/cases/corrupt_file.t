# A broken data file: the error names file:line:column, exit 1, and a failed log or add
# leaves the file byte-identical.
fixture: corrupt.json
$ followup due
! followup: error: <tmp>/followup.json:8:7: invalid JSON: unexpected string; expected ',' or '}'
? 1
$ followup log ann
! followup: error: <tmp>/followup.json:8:7: invalid JSON: unexpected string; expected ',' or '}'
? 1
= file unchanged
$ followup add "Bob Ray"
! followup: error: <tmp>/followup.json:8:7: invalid JSON: unexpected string; expected ',' or '}'
? 1
= file unchanged
$ ls -A
| followup.json
? 0

# With a backup beside it, the error says how to get the last good version back.
$ printf '{"version": 1, "prospects": []}\n' > followup.json.bak && followup due
! followup: error: <tmp>/followup.json:8:7: invalid JSON: unexpected string; expected ',' or '}'; correct it there by hand, or copy back <tmp>/followup.json.bak, the version before the last change
? 1
