"""Urgent work: "urgent" on the sender's own task is no pressure on the reader.

The urgency red flag says the message pushes its reader to act at once (pay, hand over a code,
click). A colleague's sick-day message says the urgent work is handed over ("งานด่วนฝากคุณนิด
ไว้แล้ว", "Naiwan ko na kay Joy yung urgent na trabaho", "I've passed my urgent tasks to Sam"):
the word qualifies a task, and the flag it raised was a claim the text does not support. An
urgency cue inside one of the phrases of ``data/work_urgency.json`` (an urgency word on a work
noun, nine languages) does not count. An urgent "matter" or "business" is not listed: it opens
a relative's or a boss's money request ("有急事", "có việc gấp").
"""

from __future__ import annotations

from functools import cache

from tipoff.assess.fold import with_simplified_variants
from tipoff.assess.lexicon import CueHit, CueMatcher, read_data_json

URGENCY = "urgency"
_WORK = "work_urgency"


@cache
def work_urgency_matcher() -> CueMatcher:
    """Every language's urgent-work phrases in one automaton."""
    phrases: dict[str, list[str]] = read_data_json("work_urgency.json")["phrases"]
    return CueMatcher(
        with_simplified_variants(
            [(phrase, _WORK, language) for language, words in phrases.items() for phrase in words]
        )
    )


def drop_work_urgency(lowered: str, hits: list[CueHit]) -> list[CueHit]:
    """``hits`` without the urgency cues that lie inside an urgent-work phrase. ``lowered`` is
    the lower-cased text the hits were found in; it is searched only when an urgency cue is
    among the hits."""
    if not any(hit.code == URGENCY for hit in hits):  # the usual case
        return hits
    work = work_urgency_matcher().find(lowered)
    if not work:
        return hits
    return [
        hit
        for hit in hits
        if hit.code != URGENCY
        or not any(span.start <= hit.start and hit.end <= span.end for span in work)
    ]
