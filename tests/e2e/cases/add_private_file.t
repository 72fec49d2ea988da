# The data file is created with mode 0600, in folders created with mode 0700, whatever
# the umask: it holds personal data.
$ umask 000 && followup --file private/data/followup.json add "Zoe Quinn" -q
| 1
? 0
$ stat -c '%a %n' private private/data private/data/followup.json
| 700 private
| 700 private/data
| 600 private/data/followup.json
? 0
