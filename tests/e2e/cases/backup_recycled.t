# Every write keeps the version it replaces as <file>.bak, written over the backup before
# it (docs/file-format.md): an old backup longer than the new file is cut to size; a
# backup another program has open (a reader that opened it when it was the data file) or
# with a second name (a snapshot tool's hard link) is never written into; with no data
# file the backup is left alone.
fixture: pipeline.json
$ cp followup.json first.json && followup log frank -o replied -c email --value "pricing sheet" > /dev/null && cmp followup.json.bak first.json && echo "the .bak is the version before"
| the .bak is the version before
? 0
$ head -c 300000 /dev/zero | tr '\0' 'x' >> followup.json.bak && cp followup.json second.json && followup log frank -o replied -c call --value "case study" > /dev/null && cmp followup.json.bak second.json && followup check
| <tmp>/followup.json: ok, 13 prospects, 26 touches
? 0
$ ln followup.json.bak snapshot.json && cp snapshot.json snapshot-copy.json && cp followup.json third.json && followup log frank -o replied -c email --value "reference call" > /dev/null && cmp snapshot.json snapshot-copy.json && cmp followup.json.bak third.json && echo "the snapshot is untouched, and the .bak is the version before"
| the snapshot is untouched, and the .bak is the version before
? 0
$ cp followup.json.bak open.json && exec 3< followup.json.bak && cp followup.json fourth.json && followup log frank -o replied -c email --value "roi model" > /dev/null && cmp /dev/fd/3 open.json && cmp followup.json.bak fourth.json && echo "what the reader has open is untouched, and the .bak is the version before"
| what the reader has open is untouched, and the .bak is the version before
? 0
$ cp followup.json.bak kept.json && rm followup.json && followup add "Zoe Park" > /dev/null && cmp followup.json.bak kept.json && echo "with no data file, the .bak is left alone"
| with no data file, the .bak is left alone
? 0
