# list --format tsv (a global --format before the command works too).
fixture: pipeline.json
$ followup --format tsv list --tag saas
| id	name	company	email	phone	tags	status	dream	created	touches	last_touch	next_due	abandoned	abandoned_reason
| 1	Ann Lee	Acme	ann@acme.com	'+1 555 0100	saas	active	false	2026-11-16	2	2026-11-21	2026-11-25	false␉
| 4	Dana Scully	FBI	dana@fbi.gov		saas;gov	active	false	2026-11-20	1	2026-11-24	2026-11-27	false␉
? 0
