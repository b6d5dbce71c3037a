"""Lawful hiring: the marks of an employer's own hiring process in a job ad.

An ordinary employer says how it hires: an interview or a test, a written contract and its
term, an application by CV or through its own site or in person, the work visa or permit it
arranges (a lure sends the worker on a tourist visa), the skill it needs
(``skilled_role``), the licence of its recruiter (``jobads.names_licensed_channel``). A lure
skips the process: the ticket is bought, the pay is high for no skill, and everything goes
through a chat app ("send your passport photo on Telegram"). Words per language in
``data/lawful_hiring.json``.

An ad showing at least ``MARKS_NEEDED`` different marks, and neither a chat-app contact nor a
passport request (a recruiter who moves the "interview" onto Telegram and asks for the passport
is doing what lures do), hires lawfully (``jobads.hide_in_job_ad``): its pay is what the role
earns, not bait, unless it also says no experience is needed. Every *where* sign and every
sign that stands alone keeps its weight: an NGO post in Phnom Penh paying USD 1,500 is no lure
for its pay, and chat support in Shwe Kokko with free housing still is.
"""

from __future__ import annotations

from functools import cache

from tipoff.assess.lexicon import CueMatcher, read_data_json
from tipoff.assess.negation import drop_negated

MARKS_NEEDED = 2
SELECTION, CONTRACT, APPLICATION = "selection", "contract", "application"
PERMIT = "permit"  # the work visa or permit the employer arranges
SKILL, LICENCE = "skill", "licence"
WAIVED = "waived"  # "不用面试": the selection is skipped
_PROCESS = frozenset({SELECTION, CONTRACT, APPLICATION, PERMIT})


@cache
def _matcher() -> CueMatcher:
    languages = read_data_json("lawful_hiring.json")["languages"].values()
    return CueMatcher(
        [(word, kind, None) for spec in languages for kind, words in spec.items() for word in words]
    )


def process_marks(lowered: str) -> frozenset[str]:
    """The kinds of hiring-process word in ``lowered`` (the ad lower-cased): selection,
    contract, application, work permit; a negated or waived one ("no interview", "面接なし",
    "不用面试") does not count."""
    hits = drop_negated(lowered, _matcher().find(lowered), _PROCESS)
    kinds = {hit.code for hit in hits}
    if WAIVED in kinds:
        kinds.discard(SELECTION)
    return frozenset(kinds & _PROCESS)


def hires_lawfully(marks: frozenset[str] | set[str], *, handed_over: bool) -> bool:
    """Two different marks or more (process words, a skill asked, a licence named) and no
    chat-app contact or passport request (``handed_over``)."""
    return not handed_over and len(marks) >= MARKS_NEEDED
