# Without FOLLOWUP_FILE the data file lives under XDG_DATA_HOME, else under HOME; with
# neither, commands fail with a usage error that says what to do.
unset: FOLLOWUP_FILE
$ followup add "Ann Lee" -q && ls .local/share/followup
| 1
| followup.json
? 0
env: XDG_DATA_HOME=<tmp>/xdg
$ followup add "Bob Ray" -q && ls xdg/followup
| 1
| followup.json
? 0
unset: XDG_DATA_HOME
unset: HOME
$ followup due
! followup: error: no data file: pass --file PATH, set FOLLOWUP_FILE or "file" in the configuration (HOME is not set, so the default ~/.local/share/followup/followup.json is unknown)
? 2
