# A symlinked data file stays a symlink after a write; the file it points to is updated.
fixture: pipeline.json
$ mkdir real && mv followup.json real/pipeline.json && ln -s real/pipeline.json followup.json
? 0
$ followup log grace -c email --note "first touch"
| Logged touch 1 of 5 on #7 Grace Hopper (Navy): email, no-answer.
| Next: touch 2 of 5, due in 5 days (2026-11-30), by call.
? 0
$ test -L followup.json && readlink followup.json
| real/pipeline.json
? 0
$ grep -c '"note": "first touch"' real/pipeline.json
| 1
? 0
$ ls -A . real
| .:
| followup.json
| real
|
| real:
| pipeline.json
| pipeline.json.bak
? 0
