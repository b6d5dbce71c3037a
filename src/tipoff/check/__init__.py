"""The public check: is this message, number, link, wallet or job ad a scam?

Core, shared by the check page and ``POST /api/v1/check``: ``verdict`` (pure), ``known``
(which identifiers reports the public may see cite) and ``service`` (the wiring).
"""

from tipoff.check.known import known_keys
from tipoff.check.service import (
    MAX_CHECK_CHARS,
    CheckService,
    Limiter,
    public_viewer,
    service_for,
)
from tipoff.check.verdict import (
    CheckedIdentifier,
    CheckKind,
    CheckResult,
    PlainFlag,
    Verdict,
    check_text,
    decide,
)

__all__ = [
    "MAX_CHECK_CHARS",
    "CheckKind",
    "CheckResult",
    "CheckService",
    "CheckedIdentifier",
    "Limiter",
    "PlainFlag",
    "Verdict",
    "check_text",
    "decide",
    "known_keys",
    "public_viewer",
    "service_for",
]
