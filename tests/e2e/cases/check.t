# check validates without writing; --repair fixes what needs no guessing, keeps a backup,
# and a file that does not parse is reported and left byte-identical.
fixture: pipeline.json
$ followup check
| <tmp>/followup.json: ok, 13 prospects, 24 touches
? 0
$ python3 -c "import json; d=json.load(open('followup.json')); d['next_id']=2; d['prospects'].reverse(); d['prospects'][0]['tags']=['x','x']; json.dump(d, open('followup.json','w'), indent=2)"
? 0
$ followup check
| <tmp>/followup.json: the prospects are not in id order (check --repair fixes it)
| <tmp>/followup.json: next_id is 2 but ids go up to 13: a new prospect would reuse an id (check --repair fixes it)
| <tmp>/followup.json: prospect #13: a tag is empty or appears twice (check --repair fixes it)
? 1
$ followup check --repair
| <tmp>/followup.json: the prospects are not in id order (repaired)
| <tmp>/followup.json: next_id is 2 but ids go up to 13: a new prospect would reuse an id (repaired)
| <tmp>/followup.json: prospect #13: a tag is empty or appears twice (repaired)
| <tmp>/followup.json: repaired; the previous version is in <tmp>/followup.json.bak
? 0
$ followup check
| <tmp>/followup.json: ok, 13 prospects, 24 touches
? 0
$ test -f followup.json.bak && echo backup kept
| backup kept
? 0
$ printf '{"version": 1, "prospects": [}\n' > followup.json
? 0
$ followup check --repair
! followup: error: <tmp>/followup.json:1:30: prospect number 1 in the list is not an object; correct it there by hand, or copy back <tmp>/followup.json.bak, the version before the last change
? 1
$ cat followup.json
| {"version": 1, "prospects": [}
? 0
