# add needs a name, and an empty one is refused.
fixture: pipeline.json
$ followup add
! followup: error: NAME is required; see 'followup help add'
? 2
$ followup add ""
! followup: error: NAME: a prospect needs a name
? 2
= file unchanged
