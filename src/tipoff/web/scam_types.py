"""Scam-type labels as the dashboard writes them: a short readable name in tables and
headings (``type_name``), and the longer plain-language sentence (``plain_name``, from the
core ``tipoff.check.scam_names``, which the public check shares) where there is room.

Analysts read these; the raw codes (``investment.pig_butchering``) stay in URLs and form
values only.
"""

from __future__ import annotations

from tipoff.check.scam_names import NOT_SCAM_LABELS, PLAIN_NAMES, plain_name

SHORT_NAMES: dict[str, str] = {
    "romance": "Romance",
    "investment": "Fake investment platform",
    "investment.pig_butchering": "Pig butchering",
    "investment.group_teacher": "Investment-teacher group",
    "investment.recovery": "Recovery scam",
    "gambling": "Rigged gambling",
    "job.task": "Task job scam",
    "job.mule": "Money-mule recruitment",
    "job.trafficking_lure": "Trafficking job lure",
    "impersonation.authority": "Fake police or official",
    "impersonation.bank": "Fake bank staff",
    "impersonation.family": "Family or friend impersonation",
    "impersonation.service": "Fake customer service",
    "phishing": "Phishing",
    "tech_support": "Fake tech support",
    "advance_fee": "Advance fee",
    "extortion.sextortion": "Sextortion",
    "purchase": "Fake shop or seller",
    "other_scam": "Other scam",
    "not_scam": "Not a scam",
    "unknown": "Unknown",
}


# The assessment's three outcomes (tipoff.assess: ``Assessment.outcome``), as analysts read them.
OUTCOME_WORDS: dict[str, str] = {
    "scam": "scam",
    "spam": "spam (promotion from a real sender, not a scam)",
    "legitimate": "legitimate (an ordinary message or notice)",
    "insufficient_text": "too little text to judge",
}


def outcome_words(outcome: str | None) -> str:
    """The words for an assessment outcome ("–" for none; an unknown one as written)."""
    if not outcome:
        return "–"
    return OUTCOME_WORDS.get(outcome, outcome.replace("_", " "))


def type_name(label: str | None) -> str:
    """A short readable name for a scam-type label ("–" for none; an unknown label readably)."""
    if not label:
        return "–"
    known = SHORT_NAMES.get(label)
    if known is not None:
        return known
    words = label.replace("_", " ").replace(".", ": ")
    return words[:1].upper() + words[1:]


__all__ = [
    "NOT_SCAM_LABELS",
    "OUTCOME_WORDS",
    "PLAIN_NAMES",
    "SHORT_NAMES",
    "outcome_words",
    "plain_name",
    "type_name",
]
