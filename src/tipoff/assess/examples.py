"""Labelled texts and the three-way split (test, calibration, training) decided by the text.

The split is a pure function of the text: a message's bucket is the SHA-1 of its normalised
form mod 100. Buckets 0-19 are held out for evaluation, 20-29 calibrate the probabilities,
the rest train. The same text falls in the same bucket in every file it appears in (UCI and
Mishra–Soni share 4,886 texts), so duplicates can never straddle train and test, and
``tipoff eval`` reproduces the split without state.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from tipoff.assess.taxonomy import LEGITIMATE, SCAM

HOLDOUT_PERCENT = 20
CALIBRATION_PERCENT = 10
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text. ``types`` is empty when only the outcome is known.

    ``outcome`` is "scam", "spam", "legitimate" or "unwanted" (spam or scam, the source does
    not say which); when empty it follows ``is_scam`` (scam or legitimate).
    """

    text: str
    is_scam: bool
    source: str
    types: frozenset[str] = field(default_factory=frozenset)
    weight: float = 1.0
    outcome: str = ""
    language: str = ""  # the source's language, when the source is monolingual

    @property
    def label(self) -> str:
        """The outcome, never empty."""
        return self.outcome or (SCAM if self.is_scam else LEGITIMATE)


def normalise_for_split(text: str) -> str:
    """NFKC, case-folded, whitespace collapsed: the form that decides the split and duplicates."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def split_bucket(text: str) -> int:
    """0..99, stable across runs and machines."""
    digest = hashlib.sha1(normalise_for_split(text).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % 100


def is_held_out(text: str) -> bool:
    """Evaluation rows: never trained or calibrated on."""
    return split_bucket(text) < HOLDOUT_PERCENT


def is_calibration(text: str) -> bool:
    """Calibration rows: never trained on; they fit the per-language probability scaling."""
    return HOLDOUT_PERCENT <= split_bucket(text) < HOLDOUT_PERCENT + CALIBRATION_PERCENT


def deduplicate(examples: Iterable[Example]) -> list[Example]:
    """First example of each normalised text wins (sources are read in a fixed order)."""
    seen: set[str] = set()
    kept: list[Example] = []
    for example in examples:
        key = normalise_for_split(example.text)
        if key and key not in seen:
            seen.add(key)
            kept.append(example)
    return kept


def held_out(examples: Iterable[Example]) -> list[Example]:
    """The de-duplicated held-out part of a set: what every figure in docs/assess.md is measured
    on."""
    return deduplicate(example for example in examples if is_held_out(example.text))


def calibration_rows(examples: Iterable[Example]) -> list[Example]:
    """The de-duplicated calibration part of a set."""
    return deduplicate(example for example in examples if is_calibration(example.text))
