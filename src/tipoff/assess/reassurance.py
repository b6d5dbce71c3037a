"""What a sender says it never does: "HSBC will never ask for this code", not a bank claim.

Banks, card companies and operators close a notice by saying what they will never ask
("We'll never ask you to move money to a safe account", "은행 직원은 인증번호를 묻지 않습니다",
"do not share it with anyone, including bank staff", "សូមកុំចែករំលែក… រួមទាំងបុគ្គលិកធនាគារ").
The sentence holds
the cue of a bank-staff claim or a safe account, which then supported an "OTP" cue into a shown
request: a Korean and a Khmer one-time-code notice were scams at 0.93 and 0.98, a Nationwide
fraud-hold notice at 0.94 for its safe-account line. The negation rule (negation.py) reaches a
few characters from its cue; these warnings put whole phrases between the two.

A cue of a listed code (``data/reassurance.json``) in the same sentence as a reassurance phrase
of any language does not count; nor does a listed move of a calm conversational scam (an
authority and a case against the reader), which a police warning describes in the sentence that
says officers never make it. A sentence ends at ". ! ?", their CJK and Khmer forms and a line
break; the other sentences of a scam ("this is the bank's fraud team; move your savings to a
safe account") keep their cues.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from tipoff.assess.calm_scams import CALM_PREFIX, calm_parts
from tipoff.assess.fold import with_simplified_variants
from tipoff.assess.lexicon import CueHit, CueMatcher, flag_codes, read_data_json

# Sentence ends: a reassurance never reaches across one.
_SENTENCE_ENDS = frozenset(".!?\n。！？។៕")


@cache
def _table() -> dict[str, Any]:
    table: dict[str, Any] = read_data_json("reassurance.json")
    return table


@cache
def reassured_codes() -> frozenset[str]:
    """The red-flag codes a reassurance in the same sentence cancels, and the scan codes of
    the calm-scam moves it cancels (``calm:<concept>:<part>``, calm_scams.py)."""
    codes = frozenset(str(code) for code in _table()["codes"])
    unknown = codes - set(flag_codes())
    if unknown:
        raise ValueError(f"reassurance.json: unknown red-flag codes {sorted(unknown)}")
    parts = frozenset(str(part) for part in _table().get("calm_parts", ()))
    unknown = parts - calm_parts()
    if unknown:
        raise ValueError(f"reassurance.json: unknown calm-scam moves {sorted(unknown)}")
    return codes | {CALM_PREFIX + part for part in parts}


@cache
def reassurance_matcher() -> CueMatcher:
    """Every language's reassurance phrases in one automaton."""
    phrases: dict[str, list[str]] = _table()["phrases"]
    return CueMatcher(
        with_simplified_variants(
            [
                (phrase, "reassurance", language)
                for language, words in phrases.items()
                for phrase in words
            ]
        )
    )


def drop_reassured(lowered: str, hits: list[CueHit]) -> list[CueHit]:
    """``hits`` without the cues of ``reassured_codes`` that share a sentence with a
    reassurance phrase. ``lowered`` is the lower-cased text the hits were found in."""
    codes = reassured_codes()
    if not hits or codes.isdisjoint([hit.code for hit in hits]):  # the usual case
        return hits
    phrases = reassurance_matcher().find(lowered)
    if not phrases:
        return hits
    return [
        hit
        for hit in hits
        if hit.code not in codes or not any(_same_sentence(lowered, hit, p) for p in phrases)
    ]


def _same_sentence(lowered: str, hit: CueHit, phrase: CueHit) -> bool:
    start, end = min(hit.end, phrase.end), max(hit.start, phrase.start)
    return _SENTENCE_ENDS.isdisjoint(lowered[start:end])
