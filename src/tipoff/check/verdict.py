"""The public verdict: is this message, number, link, wallet or job ad a scam?

Pure: it combines the assessment of the text with one fact per identifier — whether tipoff
knows it from reports the public may see — and nothing more: no report counts, agencies,
dates or networks, so the public cannot use it to learn what police hold. Public feeds that
list an identifier are named with their date ("listed by …, since …"): that is public data.
The assessor, the extractor and the store lookup are passed in (``tipoff.check.service``
wires them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from tipoff.assess.asks import NO_ASK
from tipoff.assess.jobads import job_weights
from tipoff.assess.new_number import NEW_NUMBER_ONLY
from tipoff.assess.own_channel import OWN_CHANNEL
from tipoff.assess.promotion import PROMOTION_MARKER
from tipoff.assess.shared_expense import SHARED_EXPENSE
from tipoff.check.scam_names import NOT_SCAM_LABELS, plain_name
from tipoff.check.wording import DEFAULT, wording
from tipoff.model import Assessment, FoundIndicator

Verdict = Literal["likely_scam", "suspicious", "no_known_signs"]
Band = Literal["strong", "some", "few"]
CheckKind = Literal["message", "job_ad"]

LIKELY_SCAM_AT = 0.7
SUSPICIOUS_AT = 0.35
KnownLookup = Callable[[Iterable[tuple[str, str]]], set[tuple[str, str]]]
# A listing on a public feed at this effective confidence or more counts like a public report.
LISTED_COUNTS_AT = 50
Assessor = Callable[[str, CheckKind], Assessment]
Extractor = Callable[[str], list[FoundIndicator]]


@dataclass(frozen=True, slots=True)
class PlainFlag:
    """One red flag in words a member of the public understands, with the words that raised it."""

    quote: str
    explanation: str  # English, from the assessment (wording.flag translates it by code)
    code: str = ""


@dataclass(frozen=True, slots=True)
class LureSign:
    """One sign of a trafficking lure or fake job that the job-ad check counted."""

    sign: str  # the red-flag code, e.g. "travel_perks"
    part: str  # "where", "bait" or "alone"
    quote: str
    explanation: str

    @property
    def part_words(self) -> str:
        """How the sign counts (tipoff.assess.jobads), in English (wording.text for others)."""
        return wording(DEFAULT).text(f"part_{self.part}")


@dataclass(frozen=True, slots=True)
class FeedMention:
    """A public feed that lists the identifier (public data: its name and date are shown)."""

    title: str
    since: date
    confidence: int  # effective (decayed) now, 0-100


ListedLookup = Callable[[Iterable[tuple[str, str]]], dict[tuple[str, str], tuple[FeedMention, ...]]]


def nothing_listed(
    keys: Iterable[tuple[str, str]],
) -> dict[tuple[str, str], tuple[FeedMention, ...]]:
    """The lookup of an instance without feeds."""
    return {}


@dataclass(frozen=True, slots=True)
class CheckedIdentifier:
    """An identifier found in the text and whether tipoff knows it (nothing else is said)."""

    kind: str
    value: str
    known: bool  # cited by a report the public may see (Viewer.public)
    common: bool  # on a warninglist (t.me, a hotline, 0000000000): never evidence by itself
    lists: tuple[str, ...] = ()  # the warninglists it is on, by name
    listed_by: tuple[FeedMention, ...] = ()  # public feeds listing it (docs/feeds.md)

    @property
    def listed(self) -> bool:
        """Listed on a public feed with enough confidence to count like a public report."""
        return any(m.confidence >= LISTED_COUNTS_AT for m in self.listed_by)

    @property
    def common_words(self) -> str:
        """What the warninglists it is on say it is, in plain words (empty if on none)."""
        return common_words(self.lists) if self.common else ""


def common_words(lists: Iterable[str]) -> str:
    """Plain English words for values on these warninglists ("a placeholder account number");
    a user's own list is named as it is (``tipoff.check.wording`` for other languages)."""
    return wording(DEFAULT).common_words(lists)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The answer the check page shows and the API returns."""

    verdict: Verdict
    scam_probability: float
    scam_type: str | None
    scam_type_plain: str | None
    red_flags: tuple[PlainFlag, ...]
    identifiers: tuple[CheckedIdentifier, ...]
    # Job ads only: the lure signs behind the verdict, where first (empty for messages).
    lure_signs: tuple[LureSign, ...] = ()
    language: str | None = None  # the pasted text's language, as the assessment detected it
    # The assessment's outcome: scam, spam, legitimate or insufficient_text (too little to judge).
    outcome: str = ""
    # The wording was judged in a language the model has no calibration of its own for (few
    # labelled examples): the page says the judgement of the words is less certain.
    little_evidence: bool = False
    # Nothing in the message asks for anything or gives a way to reach its sender, so the
    # wording could not make it a scam (tipoff.assess.asks): the page says so.
    no_ask: bool = False
    # The message carries the advertising label or opt-out the law requires of commercial
    # senders ("(광고)", "回T退订", "Reply STOP") and no scam evidence (tipoff.assess.promotion):
    # the page says it is advertising and why.
    promotion_marker: bool = False
    # A new-number message with no story, app move or ask (tipoff.assess.new_number), or a
    # share of a shared expense and nothing else (tipoff.assess.shared_expense): capped below
    # scam, and the page says why and what to check.
    new_number_only: bool = False
    shared_expense: bool = False
    # A notice that sends the reader only to the organisation's own channels (its official
    # site, app, counters, the number on the card; tipoff.assess.own_channel): capped below
    # scam, and the page says why and how to reach the organisation.
    own_channel_only: bool = False

    @property
    def other_flags(self) -> tuple[PlainFlag, ...]:
        """The red flags that are not among the lure signs (the page lists those apart)."""
        quoted = {(sign.quote, sign.explanation) for sign in self.lure_signs}
        return tuple(f for f in self.red_flags if (f.quote, f.explanation) not in quoted)

    @property
    def verdict_words(self) -> str:
        return wording(DEFAULT).verdict(self.verdict)

    @property
    def band(self) -> Band:
        """How strongly the wording alone points to a scam: strong, some or few (the page
        shows a band, never the raw score: a calibrated 0.83 reads as more certain than it is)."""
        if self.scam_probability >= LIKELY_SCAM_AT:
            return "strong"
        if self.scam_probability >= SUSPICIOUS_AT:
            return "some"
        return "few"

    @property
    def wording_band(self) -> str:
        """The band in English words."""
        return wording(DEFAULT).band(self.band)


def decide(probability: float, any_known: bool) -> Verdict:
    """Verdict from the model's scam probability and whether a reported identifier is present."""
    if probability >= LIKELY_SCAM_AT or (any_known and probability >= SUSPICIOUS_AT):
        return "likely_scam"
    if probability >= SUSPICIOUS_AT or any_known:
        return "suspicious"
    return "no_known_signs"


def _lists(found: FoundIndicator) -> tuple[str, ...]:
    named = dict(found.attributes).get("warninglists", "")
    return tuple(name for name in named.split(",") if name)


def _identifiers(
    found: list[FoundIndicator], lookup: KnownLookup, listed: ListedLookup
) -> tuple[CheckedIdentifier, ...]:
    unique = list(dict.fromkeys((f.kind.value, f.value, f.common, _lists(f)) for f in found))
    keys = [(kind, value) for kind, value, common, _ in unique if not common]
    known = lookup(keys)
    listings = listed(keys) if keys else {}
    return tuple(
        CheckedIdentifier(
            kind, value, (kind, value) in known, common, lists, listings.get((kind, value), ())
        )
        for kind, value, common, lists in unique
    )


def _flags(assessment: Assessment) -> tuple[PlainFlag, ...]:
    seen: dict[str, PlainFlag] = {}
    for flag in sorted(assessment.red_flags, key=lambda f: -f.weight):
        seen.setdefault(flag.code, PlainFlag(flag.text, flag.explanation, flag.code))
    return tuple(seen.values())


def _lure_signs(assessment: Assessment) -> tuple[LureSign, ...]:
    parts = job_weights()
    order = {"where": 0, "bait": 1, "alone": 2}
    seen: dict[str, LureSign] = {}
    for flag in assessment.red_flags:
        if flag.code in parts:
            part = parts[flag.code][0]
            seen.setdefault(flag.code, LureSign(flag.code, part, flag.text, flag.explanation))
    return tuple(sorted(seen.values(), key=lambda sign: order[sign.part]))


def check_text(
    text: str,
    kind: CheckKind,
    assess: Assessor,
    extract: Extractor,
    lookup: KnownLookup,
    listed: ListedLookup = nothing_listed,
) -> CheckResult:
    """Assess ``text``, look up its identifiers (reports, public feeds), give the public verdict."""
    assessment = assess(text, kind)
    identifiers = _identifiers(extract(text), lookup, listed)
    any_known = any(i.known or i.listed for i in identifiers)
    verdict = decide(assessment.scam_probability, any_known)
    label = assessment.top_label if assessment.labels else None
    if label in NOT_SCAM_LABELS or verdict == "no_known_signs":
        label = None
    return CheckResult(
        verdict=verdict,
        scam_probability=round(float(assessment.scam_probability), 3),
        scam_type=label,
        scam_type_plain=plain_name(label) if label else None,
        red_flags=_flags(assessment),
        identifiers=identifiers,
        lure_signs=_lure_signs(assessment) if kind == "job_ad" else (),
        language=assessment.language,
        outcome=assessment.outcome,
        # Job ads are judged on named signs, not the model; too little text is said apart.
        little_evidence=assessment.little_evidence
        and kind != "job_ad"
        and assessment.outcome != "insufficient_text",
        no_ask=NO_ASK in assessment.reasons,
        promotion_marker=PROMOTION_MARKER in assessment.reasons,
        new_number_only=NEW_NUMBER_ONLY in assessment.reasons,
        shared_expense=SHARED_EXPENSE in assessment.reasons,
        own_channel_only=OWN_CHANNEL in assessment.reasons,
    )
