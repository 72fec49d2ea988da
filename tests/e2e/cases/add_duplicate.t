# A second prospect of the same name and company (case aside) is refused with a hint;
# --force adds it anyway.
fixture: pipeline.json
$ followup add "ann lee" --company ACME
! followup: error: #1 Ann Lee (Acme) is already in the pipeline; add --force to add another prospect of the same name and company
? 1
= file unchanged
$ followup add "Ann Lee" --company Acme --force
| Added #14 Ann Lee (Acme). First touch due today (2026-11-25).
? 0
