"""Negated requests: "never share this code" warns the reader, "send me the code" asks.

A bank's one-time-code notice says "do not give this code to anyone"; a scammer says "send
me the code you got". Both can hold the same cue ("ប្រាប់លេខកូដ", tell the code), and only the
second is a request. A cue of a request code (``data/negation.json``: code, credential, fee,
payment and action requests) does not count when a negation word stands close before it, or,
in languages that negate after the verb (Japanese, Korean), close after it, in the same
clause. Each language has its own window (``gap``, in characters) and words; every language's
words are read in every text, as the cues are.

Two readings keep a negation from hiding a real request: a condition before it ("if you do
not send the code, your account is closed", "ถ้าไม่ส่งรหัส", "nếu không gửi mã") makes it a
threat, and a word between it and the cue that is what the negation is about ("don't forget
to send the code", "jangan lupa kirim kode OTP") leaves the request standing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from tipoff.assess.fold import with_simplified_variants
from tipoff.assess.lexicon import CueHit, CueMatcher, flag_codes, read_data_json

BEFORE, ADJACENT_BEFORE = "before", "adjacent_before"
AFTER, ADJACENT_AFTER = "after", "adjacent_after"
CONDITION, CANCEL = "conditions", "cancels"
_WORD_KINDS = (BEFORE, ADJACENT_BEFORE, AFTER, ADJACENT_AFTER, CONDITION, CANCEL)
# Characters allowed between an adjacent negation and its cue ("no fee", "수수료가 없").
_ADJACENT = 1
# Clause breaks: a negation never reaches across one.
_BREAKS = frozenset(".!?;,:\n。！？；，、：។៕")


@dataclass(frozen=True, slots=True)
class NegationRule:
    """How far one language's negation words reach, in characters."""

    gap: int
    space_breaks: bool  # a space inside the window ends the clause (Thai, Khmer)


@cache
def _table() -> Any:
    return read_data_json("negation.json")


@cache
def negatable_codes() -> frozenset[str]:
    """The red-flag codes whose cues a negation cancels."""
    codes = frozenset(str(code) for code in _table()["codes"])
    unknown = codes - set(flag_codes())
    if unknown:
        raise ValueError(f"negation.json: unknown red-flag codes {sorted(unknown)}")
    return codes


@cache
def negation_rules() -> dict[str, NegationRule]:
    """Each language's window."""
    return {
        language: NegationRule(int(spec["gap"]), bool(spec["space_breaks"]))
        for language, spec in _table()["languages"].items()
    }


@cache
def negation_words() -> dict[str, dict[str, list[str]]]:
    """language -> kind (before, adjacent_before, after, adjacent_after, conditions,
    cancels) -> words."""
    return {
        language: {kind: [str(word) for word in spec.get(kind, ())] for kind in _WORD_KINDS}
        for language, spec in _table()["languages"].items()
    }


@cache
def negation_matcher() -> CueMatcher:
    """Every language's negation, condition and cancelling words in one automaton (the hit's
    code is the kind, its value the language)."""
    return CueMatcher(
        with_simplified_variants(
            [
                (word, kind, language)
                for language, kinds in negation_words().items()
                for kind, words in kinds.items()
                for word in words
            ]
        )
    )


def drop_negated(
    lowered: str, hits: list[CueHit], codes: frozenset[str] | None = None
) -> list[CueHit]:
    """``hits`` without the cues of ``codes`` (default: ``negatable_codes``) that a negation
    cancels. ``lowered`` is the lower-cased text the hits were found in."""
    if not hits:  # most texts
        return hits
    codes = negatable_codes() if codes is None else codes
    if codes.isdisjoint([hit.code for hit in hits]):  # the usual case
        return hits
    words = negation_matcher().find(lowered)
    if not any(word.code != CONDITION and word.code != CANCEL for word in words):
        return hits
    return [hit for hit in hits if hit.code not in codes or not is_negated(lowered, hit, words)]


def is_negated(lowered: str, hit: CueHit, words: Iterable[CueHit]) -> bool:
    """Whether a negation among ``words`` (``negation_matcher`` hits) cancels ``hit``."""
    words = list(words)
    conditions = [word for word in words if word.code == CONDITION]
    cancels = [word for word in words if word.code == CANCEL]
    rules = negation_rules()
    for word in words:
        rule = rules[word.value or ""]
        if word.code in (BEFORE, ADJACENT_BEFORE) and word.end <= hit.start:
            start, end, clause_start = word.end, hit.start, word.start
            beside_negation = lowered[start:end].lstrip()
        elif word.code in (AFTER, ADJACENT_AFTER) and word.start >= hit.end:
            start, end, clause_start = hit.end, word.start, hit.start
            beside_negation = lowered[start:end].rstrip()
        else:
            continue
        limit = _ADJACENT if word.code in (ADJACENT_BEFORE, ADJACENT_AFTER) else rule.gap
        if not _same_clause(beside_negation, limit, rule):
            continue
        if any(start <= c.start and c.end <= end for c in cancels):
            continue
        if any(_leads_to(lowered, c, clause_start, rules) for c in conditions):
            continue
        return True
    return False


def _same_clause(between: str, limit: int, rule: NegationRule) -> bool:
    """Whether ``between`` (the text from a word to what it reaches; a space next to the
    negation word itself already dropped) keeps both in one clause within ``limit``."""
    if len(between.strip()) > limit or not _BREAKS.isdisjoint(between):
        return False
    return not (rule.space_breaks and " " in between)


def _leads_to(lowered: str, condition: CueHit, at: int, rules: dict[str, NegationRule]) -> bool:
    """Whether ``condition`` opens the clause that reaches ``at`` within its language's gap."""
    if condition.end > at:
        return False
    rule = rules[condition.value or ""]
    return _same_clause(lowered[condition.end : at].lstrip(), rule.gap, rule)
