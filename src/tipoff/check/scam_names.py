"""Plain-language names of scam-type labels (docs/typology.md), for people, not analysts.

Core (the public check answers with them, and the dashboard shows them), so the API and the
dashboard share one copy without the API importing the dashboard.
"""

from __future__ import annotations

PLAIN_NAMES: dict[str, str] = {
    "romance": "romance scam (an online partner asking for money)",
    "investment": "fake investment or crypto platform",
    "investment.pig_butchering": 'relationship-led investment scam ("pig butchering")',
    "investment.group_teacher": '"investment teacher" chat group',
    "investment.recovery": "recovery scam (a fee to get lost money back)",
    "gambling": "rigged online gambling or betting",
    "job.task": "task or click-farm job scam (pay to unlock tasks)",
    "job.mule": "money-mule or courier recruitment",
    "job.trafficking_lure": (
        "job offer that may lure workers into scam compounds (trafficking risk)"
    ),
    "impersonation.authority": "fake police, prosecutor or government official",
    "impersonation.bank": "fake bank or card company staff",
    "impersonation.family": "someone pretending to be family or a friend in trouble",
    "impersonation.service": "fake delivery, shop or phone-company customer service",
    "phishing": "phishing (stealing passwords, card numbers or one-time codes)",
    "tech_support": "fake tech support",
    "advance_fee": "advance-fee scam (a loan, prize or parcel that needs a fee first)",
    "extortion.sextortion": "sextortion",
    "purchase": "fake shop or marketplace seller",
    "other_scam": "another kind of scam",
}

NOT_SCAM_LABELS = frozenset({"not_scam", "unknown"})


def plain_name(label: str | None) -> str:
    """A reader-friendly name for a label; unknown labels fall back to the label itself."""
    if not label:
        return "unknown"
    return PLAIN_NAMES.get(label, label.replace("_", " ").replace(".", ": "))
