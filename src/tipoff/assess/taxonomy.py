"""The scam typology the assessment scores (docs/typology.md), and how its labels nest."""

from __future__ import annotations

NOT_SCAM = "not_scam"

# Every scam type tipoff scores; a parent label is at least as likely as any of its children.
SCAM_TYPES: tuple[str, ...] = (
    "romance",
    "investment",
    "investment.pig_butchering",
    "investment.group_teacher",
    "investment.recovery",
    "gambling",
    "job.task",
    "job.mule",
    "job.trafficking_lure",
    "impersonation.authority",
    "impersonation.bank",
    "impersonation.family",
    "impersonation.service",
    "phishing",
    "tech_support",
    "advance_fee",
    "extortion.sextortion",
)

LABELS: tuple[str, ...] = (*SCAM_TYPES, NOT_SCAM)

# Children whose probability lifts the parent (pig butchering is investment too).
PARENT_OF: dict[str, str] = {
    "investment.pig_butchering": "investment",
    "investment.group_teacher": "investment",
    "investment.recovery": "investment",
}

# Pig butchering is relationship-led investment fraud: its examples also teach the romance head.
ALSO_TEACHES: dict[str, tuple[str, ...]] = {
    "investment.pig_butchering": ("investment", "romance"),
    "investment.group_teacher": ("investment",),
    "investment.recovery": ("investment",),
}


def expand_label(label: str) -> frozenset[str]:
    """The set of scam types one training label stands for (itself plus what it implies)."""
    if label not in SCAM_TYPES:
        return frozenset()
    return frozenset((label, *ALSO_TEACHES.get(label, ())))


# The three outcomes a message can have. Scam: deceives you into paying, revealing credentials
# or installing something. Spam: unwanted promotion from a real sender. Legitimate: personal
# messages, OTPs, bank, delivery and operator notices.
SCAM = "scam"
SPAM = "spam"
LEGITIMATE = "legitimate"
OUTCOMES: tuple[str, ...] = (SCAM, SPAM, LEGITIMATE)
# A training label only: spam or scam, the source does not say which (UCI "spam", SpamHunter).
UNWANTED = "unwanted"
# The verdict when a message holds nothing but an identifier or a greeting.
INSUFFICIENT = "insufficient_text"
