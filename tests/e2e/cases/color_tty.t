# On a terminal (script(1) gives one), auto colours unless NO_COLOR or TERM=dumb.
fixture: quiet.json
env: FOLLOWUP_TODAY=2026-11-27
$ script -qec 'followup due' /dev/null
| ␛[1mDue (1): 1 today, 0 overdue␛[0m␍
| ␛[1mID␛[0m  ␛[1mNAME␛[0m      ␛[1mCOMPANY␛[0m         ␛[1mTOUCH␛[0m         ␛[1mDUE␛[0m        ␛[1mLAST TOUCH␛[0m                  ␛[1mTRY␛[0m    ␛[1mFLAG␛[0m␍
|  1  Mia Wong  Wong Logistics  touch 2 of 5  due today  2026-11-24 call, voicemail  email␍
| ␍
| ␛[1mHow to make them count␛[0m␍
|   #1 Mia Wong  the last call did not reach them: try email␍
? 0
$ NO_COLOR=1 script -qec 'followup due' /dev/null
| Due (1): 1 today, 0 overdue␍
| ID  NAME      COMPANY         TOUCH         DUE        LAST TOUCH                  TRY    FLAG␍
|  1  Mia Wong  Wong Logistics  touch 2 of 5  due today  2026-11-24 call, voicemail  email␍
| ␍
| How to make them count␍
|   #1 Mia Wong  the last call did not reach them: try email␍
? 0
$ TERM=dumb script -qec 'followup due' /dev/null
| Due (1): 1 today, 0 overdue␍
| ID  NAME      COMPANY         TOUCH         DUE        LAST TOUCH                  TRY    FLAG␍
|  1  Mia Wong  Wong Logistics  touch 2 of 5  due today  2026-11-24 call, voicemail  email␍
| ␍
| How to make them count␍
|   #1 Mia Wong  the last call did not reach them: try email␍
? 0
