"""Demo projects across every status, with surveys, inspections and acceptances as drafts and finalized.

Each project is one consistent story an officer could have lived: an application, a survey that finds the
establishment eligible (or not), an approval decision and a contract, inspections whose conclusions follow
their findings, invoices before the acceptance. Dates run in that order and never pass today; answers fit
their questions (numbers in number questions, dates in date questions, a plan number where a plan is asked).

The work is split by what it knows: `stories` the timeline of each project and which records it gets,
`answers` the answers to a template's questions and the wording of findings and conclusions, `acceptance`
the acceptance minutes (items, council, invoices), over the facts (`facts`) and vocabulary (`catalogue`)
they share. Callers use the names below, as they did when this was one module.
"""

from kc_desktop.services.demo_work.acceptance import signature_image
from kc_desktop.services.demo_work.answers import sample_answers
from kc_desktop.services.demo_work.catalogue import Equipment
from kc_desktop.services.demo_work.facts import Facts, Line
from kc_desktop.services.demo_work.stories import WorkSummary, generate

__all__ = ["Equipment", "Facts", "Line", "WorkSummary", "generate", "sample_answers", "signature_image"]
