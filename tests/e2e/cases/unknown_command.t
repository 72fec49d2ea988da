# An unknown command is a usage error, with a suggestion when one is close.
$ followup dew
! followup: error: unknown command 'dew' (did you mean 'due'?)
? 2
$ followup lsit
! followup: error: unknown command 'lsit' (did you mean 'list'?)
? 2
$ followup frobnicate
! followup: error: unknown command 'frobnicate'; 'followup --help' lists the commands
? 2
$ followup due --bogus
! followup: error: the following argument was not expected: --bogus; see 'followup help due'
? 2
