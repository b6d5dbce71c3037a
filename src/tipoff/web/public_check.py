"""Moved to the core package ``tipoff.check`` (``tipoff.check.verdict``).

Kept as a re-export only until the tests that import it from here switch; new code imports
``tipoff.check``.
"""

from tipoff.check.verdict import (
    LIKELY_SCAM_AT,
    SUSPICIOUS_AT,
    VERDICT_WORDS,
    Assessor,
    CheckedIdentifier,
    CheckKind,
    CheckResult,
    Extractor,
    KnownLookup,
    PlainFlag,
    Verdict,
    check_text,
    decide,
)

__all__ = [
    "LIKELY_SCAM_AT",
    "SUSPICIOUS_AT",
    "VERDICT_WORDS",
    "Assessor",
    "CheckKind",
    "CheckResult",
    "CheckedIdentifier",
    "Extractor",
    "KnownLookup",
    "PlainFlag",
    "Verdict",
    "check_text",
    "decide",
]
