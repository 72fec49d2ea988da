# An unknown channel or outcome is a usage error that lists the valid ones; nothing is
# written.
fixture: pipeline.json
$ followup log ann --channel fax
! followup: error: --channel: unknown channel 'fax' (valid: call, email, linkedin, video, sms, social, letter, meeting, other)
? 2
= file unchanged
$ followup log ann --outcome maybe
! followup: error: --outcome: unknown outcome 'maybe' (valid: no-answer, voicemail, connected, replied, meeting, objection, not-interested, won, lost)
? 2
= file unchanged
