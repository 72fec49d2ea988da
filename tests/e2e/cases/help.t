# --help, --version and help COMMAND print to stdout and exit 0.
$ followup --help
| followup: who to follow up with today, and who is being abandoned before the fifth touch.
| Usage: followup [OPTIONS] [SUBCOMMAND]
|
| Options:
|   -h,--help                   Print this help message and exit
|   --version                   Display program version information and exit
|   --file PATH                 The data file (default: $FOLLOWUP_FILE, else the configuration's "file", else $XDG_DATA_HOME/followup/followup.json, else ~/.local/share/followup/followup.json)
|   --config PATH               The configuration file (default: $FOLLOWUP_CONFIG, else $XDG_CONFIG_HOME/followup/config.json, else ~/.config/followup/config.json)
|   --today DATE                Take this date as today (default: $FOLLOWUP_TODAY, else the local date)
|   --color WHEN:{auto,always,never}
|                               Colour: auto (on a terminal), always or never (default: $FOLLOWUP_COLOR, else never when $NO_COLOR is set, else the configuration's "color", else auto)
|   --format FORMAT             Output format for due, list and stats: table, csv, tsv or json (default: $FOLLOWUP_FORMAT, else the configuration's "format", else table)
|
| Subcommands:
|   due                         Who to touch today, on which channel, and who is being abandoned
|   add                         Add a prospect
|   log                         Record a touch (a call, an email, a meeting...) on a prospect
|   show                        One prospect and the whole timeline of touches
|   list                        All prospects, with their touches and next due date
|   stats                       How persistent you are, against the numbers that close deals
|   set                         Change a prospect's details, status or cadence
|   snooze                      Move a prospect's next touch to another day
|   away                        Plan time away: nothing falls due, and it does not count as abandoning
|   rm                          Delete a prospect and its touches
|   undo                        Take back the last change, after saying what it was
|   check                       Validate the data file; --repair fixes what is safe to fix
|   import                      Add prospects (or, with --attempts, touches) from a CSV or CRM export
|   export                      The pipeline as json, one row per touch as csv, or due touches as ics
|   completion                  Print the shell completion script for bash, zsh or fish
|   help                        Show the help of a command
|
| Run 'followup help COMMAND' for a command's options.
| Exit status: 0 success, 1 data or system error, 2 usage error.
? 0
$ followup --version
| followup 0.1.0
? 0
$ followup help log
| Record a touch (a call, an email, a meeting...) on a prospect
| Usage: followup log [OPTIONS] PROSPECT
|
| Positionals:
|   PROSPECT TEXT REQUIRED      Id (12 or #12), email, or part of the name or company
|
| Options:
|   -h,--help                   Print this help message and exit
|   -c,--channel CH=call        How: call, email, linkedin, video, sms, social, letter, meeting, other
|   -o,--outcome OUT=no-answer  What happened: no-answer, voicemail, connected, replied, meeting, objection, not-interested, won, lost
|   --date WHEN                 When it happened (default: now)
|   --note TEXT                 What was said or done
|   --value TEXT                What the touch brought them: a case study, an article, an idea
|   --objection TEXT            An objection they raised (budget, timeline, busy...); the outcome becomes 'objection' unless --outcome says otherwise
|   --answers                   This touch answers their latest open objection
|   --next WHEN                 Set the next touch by hand instead of by the cadence
|
| Example:
|   followup log ann --channel call --outcome voicemail --note "left a message"
|
| Global options (before or after the command): --file PATH, --config PATH, --today DATE, --color WHEN
? 0
$ followup log --help
| Record a touch (a call, an email, a meeting...) on a prospect
| Usage: followup log [OPTIONS] PROSPECT
|
| Positionals:
|   PROSPECT TEXT REQUIRED      Id (12 or #12), email, or part of the name or company
|
| Options:
|   -h,--help                   Print this help message and exit
|   -c,--channel CH=call        How: call, email, linkedin, video, sms, social, letter, meeting, other
|   -o,--outcome OUT=no-answer  What happened: no-answer, voicemail, connected, replied, meeting, objection, not-interested, won, lost
|   --date WHEN                 When it happened (default: now)
|   --note TEXT                 What was said or done
|   --value TEXT                What the touch brought them: a case study, an article, an idea
|   --objection TEXT            An objection they raised (budget, timeline, busy...); the outcome becomes 'objection' unless --outcome says otherwise
|   --answers                   This touch answers their latest open objection
|   --next WHEN                 Set the next touch by hand instead of by the cadence
|
| Example:
|   followup log ann --channel call --outcome voicemail --note "left a message"
|
| Global options (before or after the command): --file PATH, --config PATH, --today DATE, --color WHEN
? 0
$ followup help nope
! followup: error: no command 'nope'; 'followup --help' lists them
? 2
$ followup
| followup: who to follow up with today, and who is being abandoned before the fifth touch.
| Usage: followup [OPTIONS] [SUBCOMMAND]
|
| Options:
|   -h,--help                   Print this help message and exit
|   --version                   Display program version information and exit
|   --file PATH                 The data file (default: $FOLLOWUP_FILE, else the configuration's "file", else $XDG_DATA_HOME/followup/followup.json, else ~/.local/share/followup/followup.json)
|   --config PATH               The configuration file (default: $FOLLOWUP_CONFIG, else $XDG_CONFIG_HOME/followup/config.json, else ~/.config/followup/config.json)
|   --today DATE                Take this date as today (default: $FOLLOWUP_TODAY, else the local date)
|   --color WHEN:{auto,always,never}
|                               Colour: auto (on a terminal), always or never (default: $FOLLOWUP_COLOR, else never when $NO_COLOR is set, else the configuration's "color", else auto)
|   --format FORMAT             Output format for due, list and stats: table, csv, tsv or json (default: $FOLLOWUP_FORMAT, else the configuration's "format", else table)
|
| Subcommands:
|   due                         Who to touch today, on which channel, and who is being abandoned
|   add                         Add a prospect
|   log                         Record a touch (a call, an email, a meeting...) on a prospect
|   show                        One prospect and the whole timeline of touches
|   list                        All prospects, with their touches and next due date
|   stats                       How persistent you are, against the numbers that close deals
|   set                         Change a prospect's details, status or cadence
|   snooze                      Move a prospect's next touch to another day
|   away                        Plan time away: nothing falls due, and it does not count as abandoning
|   rm                          Delete a prospect and its touches
|   undo                        Take back the last change, after saying what it was
|   check                       Validate the data file; --repair fixes what is safe to fix
|   import                      Add prospects (or, with --attempts, touches) from a CSV or CRM export
|   export                      The pipeline as json, one row per touch as csv, or due touches as ics
|   completion                  Print the shell completion script for bash, zsh or fish
|   help                        Show the help of a command
|
| Run 'followup help COMMAND' for a command's options.
| Exit status: 0 success, 1 data or system error, 2 usage error.
? 0
