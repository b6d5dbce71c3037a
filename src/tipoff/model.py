"""Domain values shared by every part of tipoff.

These are plain, immutable values: the pure core passes them around, the edges
(storage, API, STIX) translate them. Nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any


class IndicatorKind(StrEnum):
    """Kinds of identifier that link scam operations (docs/identifiers.md)."""

    PHONE = "phone"  # E.164: +85512345678
    IBAN = "iban"  # DE89370400440532013000
    BIC = "bic"  # COBADEFFXXX (always 11 characters)
    BANK_ACCOUNT = "bank_account"  # JP:0009:123:1234567 (country:bank[:branch]:number)
    WALLET = "wallet"  # tron:T..., eth:0x..., btc:bc1...
    DOMAIN = "domain"  # registrable domain: example.top
    URL = "url"  # full canonical URL
    EMAIL = "email"  # lower-case
    HANDLE = "handle"  # telegram:somebody, line:someid, whatsapp:+8190...


class Role(StrEnum):
    """How an indicator appears in a report."""

    PAYEE_ACCOUNT = "payee_account"
    PAYEE_WALLET = "payee_wallet"
    CALLER = "caller"
    CONTACT = "contact"
    SENDER = "sender"
    LINK = "link"
    MENTIONED = "mentioned"
    # A third party the victim cites (the police line they called, their bank's hotline,
    # the site they reported to): never the scam's; tipoff.indicators.roles decides it.
    REFERENCE = "reference"
    # A service the victim bought crypto or money from on the crew's instructions (an OTC
    # seller or exchanger and their account, an exchange, a crypto ATM): it serves the
    # victims of many crews and is none of theirs; tipoff.indicators.roles decides it.
    SERVICE = "service"
    # A value of an earlier scam the victim cites (the crew that robbed them before, named in
    # a recovery scam's report): that crew's, not this report's; tipoff.indicators.roles
    # decides it, and the linker leaves such sightings out (tipoff.link.evidence).
    EARLIER = "earlier"
    # The victim's own value (the account they paid from, their own number): never the
    # scam's in this report, though a crew may later use the account (tipoff.indicators.
    # own_values decides it; the linker never links through it).
    OWN = "own"
    # A phone number its carrier has since given to someone else (the new subscriber who
    # answered a victim's call, or who complains of calls): not the crew's in this report, nor
    # in reports after it (tipoff.indicators.reissued_numbers, tipoff.link.reissued_numbers).
    REISSUED = "reissued"
    # A value of another crew that also scammed the victim, named beside the one reported
    # ("another group also got me: they used …"): that crew's, not this report's;
    # tipoff.indicators.other_crew_words decides it, and the linker leaves such sightings out.
    OTHER_CREW = "other_crew"


class TLP(StrEnum):
    """Traffic Light Protocol 2.0 markings, from most to least shareable."""

    CLEAR = "clear"
    GREEN = "green"
    AMBER = "amber"
    AMBER_STRICT = "amber+strict"
    RED = "red"

    @property
    def rank(self) -> int:
        return _TLP_ORDER.index(self)


_TLP_ORDER = [TLP.CLEAR, TLP.GREEN, TLP.AMBER, TLP.AMBER_STRICT, TLP.RED]


@dataclass(frozen=True, slots=True)
class Indicator:
    """An identifier in canonical form; ``key`` is what reports link on."""

    kind: IndicatorKind
    value: str

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.value}"


@dataclass(frozen=True, slots=True)
class FoundIndicator:
    """One indicator found in a text: where, as written, how sure, and whether too common to
    link."""

    kind: IndicatorKind
    value: str
    start: int
    end: int
    raw: str
    confidence: float = 1.0
    common: bool = False
    attributes: tuple[tuple[str, str], ...] = ()  # e.g. (("chain", "tron"), ("token", "usdt"))

    @property
    def indicator(self) -> Indicator:
        return Indicator(self.kind, self.value)

    @property
    def key(self) -> str:
        return f"{self.kind.value}:{self.value}"


@dataclass(frozen=True, slots=True)
class RedFlag:
    """One piece of evidence that a text is a scam, with the span that shows it."""

    code: str
    start: int
    end: int
    text: str
    explanation: str
    weight: float


@dataclass(frozen=True, slots=True)
class Assessment:
    """What tipoff thinks a text is: scam types, overall probability, and why."""

    scam_probability: float
    labels: dict[str, float]
    language: str | None
    red_flags: tuple[RedFlag, ...] = ()
    facets: dict[str, list[str]] = field(default_factory=dict)
    model_version: str = ""
    # "scam", "spam", "legitimate", or "insufficient_text" when there is nothing to judge.
    outcome: str = ""
    outcome_probabilities: dict[str, float] = field(default_factory=dict)
    # True when the model had little labelled data in the text's language (no calibration of
    # its own): the verdict leans on cues and signals that carry across languages.
    little_evidence: bool = False
    # Codes of rules that bounded the verdict beside the red flags: "no_ask" (nothing in the
    # message asks for anything or gives a way to reach its sender; tipoff.assess.asks),
    # "promotion_marker" (a legal advertising label or opt-out and no scam evidence: spam;
    # tipoff.assess.promotion), "transactional_notice" (a code, account or delivery notice
    # kept out of spam; tipoff.assess.notices), "new_number_only" (a new number with no
    # story, app move or money request: at most suspicious; tipoff.assess.new_number),
    # "shared_expense" (one person's share of a bill split: at most suspicious;
    # tipoff.assess.shared_expense), "own_channel_only" (it sends the reader only to the
    # organisation's own channels: at most suspicious; tipoff.assess.own_channel),
    # "usual_account" (money asked for into the account the reader already pays into: at most
    # suspicious; tipoff.assess.usual_account), "scam_warning" (a warning about a scam with no
    # channel of its own: at most suspicious; tipoff.assess.scam_warning), "commercial_offer"
    # (goods at a price reached by phone or at the seller's own site, no scam evidence: spam;
    # tipoff.assess.offers), "regulated_offer" (a loan, lottery, bet or prize draw with what the
    # law makes its seller print, reached only through the sender's own channels: spam;
    # tipoff.assess.regulated), "wrong_number_reply" (a reply to a misdirected message that
    # asks nothing: at most suspicious, no promotion; tipoff.assess.wrong_number).
    reasons: tuple[str, ...] = ()

    @property
    def top_label(self) -> str:
        return max(self.labels, key=self.labels.__getitem__) if self.labels else "unknown"

    def as_record(self) -> dict[str, Any]:
        """Plain JSON-ready form: what reports.assessment stores and the CLI prints."""
        return {
            "scam_probability": self.scam_probability,
            "labels": dict(self.labels),
            "language": self.language,
            "red_flags": [
                {
                    "code": f.code,
                    "start": f.start,
                    "end": f.end,
                    "text": f.text,
                    "explanation": f.explanation,
                    "weight": f.weight,
                }
                for f in self.red_flags
            ],
            "facets": {name: list(values) for name, values in self.facets.items()},
            "model_version": self.model_version,
            "outcome": self.outcome,
            "outcome_probabilities": dict(self.outcome_probabilities),
            "little_evidence": self.little_evidence,
            "reasons": list(self.reasons),
        }


# A frozen dataclass's __init__ sets each field through object.__setattr__, which is most of
# what a red flag or an assessment costs to make. The assessment's hot path builds them with
# the two functions below, which set the slots directly (half the cost): the values are the
# same in every way (equal, hashable, frozen).
_new = object.__new__
_RED_FLAG_SLOTS = tuple(getattr(RedFlag, item.name).__set__ for item in fields(RedFlag))
_ASSESSMENT_SLOTS = tuple(getattr(Assessment, item.name).__set__ for item in fields(Assessment))


def new_red_flag(
    code: str, start: int, end: int, text: str, explanation: str, weight: float
) -> RedFlag:
    """``RedFlag(code, start, end, text, explanation, weight)``, built faster."""
    set_code, set_start, set_end, set_text, set_explanation, set_weight = _RED_FLAG_SLOTS
    flag: RedFlag = _new(RedFlag)
    set_code(flag, code)
    set_start(flag, start)
    set_end(flag, end)
    set_text(flag, text)
    set_explanation(flag, explanation)
    set_weight(flag, weight)
    return flag


def new_assessment(
    scam_probability: float,
    labels: dict[str, float],
    language: str | None,
    red_flags: tuple[RedFlag, ...],
    facets: dict[str, list[str]],
    model_version: str,
    outcome: str,
    outcome_probabilities: dict[str, float],
    little_evidence: bool,
    reasons: tuple[str, ...],
) -> Assessment:
    """``Assessment(...)`` with every field given in order, built faster."""
    (
        set_scam_probability,
        set_labels,
        set_language,
        set_red_flags,
        set_facets,
        set_model_version,
        set_outcome,
        set_outcome_probabilities,
        set_little_evidence,
        set_reasons,
    ) = _ASSESSMENT_SLOTS
    result: Assessment = _new(Assessment)
    set_scam_probability(result, scam_probability)
    set_labels(result, labels)
    set_language(result, language)
    set_red_flags(result, red_flags)
    set_facets(result, facets)
    set_model_version(result, model_version)
    set_outcome(result, outcome)
    set_outcome_probabilities(result, outcome_probabilities)
    set_little_evidence(result, little_evidence)
    set_reasons(result, reasons)
    return result
