"""Job-ad signs read from two words in one clause: a thing and what is said of it.

A lure says who pays the trip in many word orders and with lists between: "flight, visa and
housing provided", "渡航・ビザ・住居は会社手配", "항공·호텔 제공", "บริษัทดูแลตั๋วเครื่องบิน
วีซ่า และที่พัก", "ក្រុមហ៊ុនចេញថ្លៃសំបុត្រយន្តហោះ". No phrase list covers them all; a travel
word (flight, air ticket, visa) and a payer word (free, provided, paid by the company)
close together in one clause do. ``data/job_ad_pairs.json`` lists, per language, the words
of each kind and, per sign, which two kinds make it:

- ``travel_perks``: a travel word and a payer word, unless the clause says the worker pays
  ("airfare at the applicant's expense", "항공료 본인 부담", "机票自理");
- ``housing_paid``: a housing word (accommodation, dormitory, hotel) and a payer word, with
  the same exception;
- ``passport_request``: the passport and a photo, scan or copy of it ("send a passport photo").

Every language's words are read in every ad, as the cue lexicons are. Read only in a declared
job ad (``jobads.job_ad_hits``), never in a message.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tipoff.assess.lexicon import (
    CueHit,
    CueMatcher,
    flag_codes,
    read_data_json,
    unaccented_entries,
)

# A full stop ends a clause only before a space or the end ("1.500" and "U.S." do not).
_BREAKS = frozenset("!?;\n。！？；។៕")


@cache
def _pairs() -> Any:
    data = read_data_json("job_ad_pairs.json")
    unknown = set(data["signs"]) - set(flag_codes())
    if unknown:
        raise ValueError(f"job_ad_pairs.json: unknown red-flag codes {sorted(unknown)}")
    return data


@cache
def _matcher() -> CueMatcher:
    """Every language's words, each hit's code being its kind (travel, payer, ...)."""
    languages = _pairs()["languages"].values()
    entries: list[tuple[str, str, str | None]] = [
        (word, kind, None) for spec in languages for kind, words in spec.items() for word in words
    ]
    bare = unaccented_entries(entries)  # Vietnamese written without marks
    return CueMatcher(entries + bare, bare)


def _breaks_between(lowered: str, start: int, end: int) -> bool:
    for index in range(start, end):
        char = lowered[index]
        if char in _BREAKS:
            return True
        if char == "." and (index + 1 >= len(lowered) or lowered[index + 1].isspace()):
            return True
    return False


def _gap(a: CueHit, b: CueHit) -> int:
    """Characters between two hits; -1 when they overlap."""
    if b.start >= a.end:
        return b.start - a.end
    if a.start >= b.end:
        return a.start - b.end
    return -1


def pair_hits(lowered: str) -> list[CueHit]:
    """The signs of ``data/job_ad_pairs.json`` in ``lowered`` (lower-cased ad text), one hit
    per pair, spanning both words."""
    by_kind: dict[str, list[CueHit]] = {}
    for hit in _matcher().find(lowered):
        by_kind.setdefault(hit.code, []).append(hit)
    if not by_kind:
        return []
    reach = int(_pairs()["reach"])
    hits: list[CueHit] = []
    for code, spec in _pairs()["signs"].items():
        firsts, seconds = by_kind.get(spec["first"], []), by_kind.get(spec["second"], [])
        unless = by_kind.get(spec.get("unless", ""), [])
        for first in firsts:
            for second in seconds:
                gap = _gap(first, second)
                start, end = min(first.start, second.start), max(first.end, second.end)
                if not 0 <= gap <= reach:
                    continue
                # Only the gap between the words can end the clause ("ตม." is a word).
                low, high = min(first.end, second.end), max(first.start, second.start)
                if _breaks_between(lowered, low, high):
                    continue
                if any(_near(lowered, start, end, other, reach) for other in unless):
                    continue
                hits.append(CueHit(start, end, code, None))
                break
    return hits


def _near(lowered: str, start: int, end: int, other: CueHit, reach: int) -> bool:
    """Is ``other`` within ``reach`` of the span [start, end) in the same clause?"""
    if other.start < end and start < other.end:
        return True
    low, high = (end, other.start) if other.start >= end else (other.end, start)
    return high - low <= reach and not _breaks_between(lowered, low, high)
