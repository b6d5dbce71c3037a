"""Undo defanging ("hxxp", "[.]", "(dot)", "[at]" ...) in URLs, domains and emails.

Scanners accept the defanged separators directly (the ``DOT`` and ``AT`` regex
fragments), so spans stay true to the text; the matched value is then refanged.
"""

from __future__ import annotations

import re

# Regex fragments for a dot and an at-sign, plain or defanged.
DOT = r"(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}| \[dot\] | \(dot\) |\[DOT\]|\(DOT\))"
AT = r"(?:@|\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\}| \[at\] | \(at\) |\[AT\]|\(AT\))"
SCHEME_SEP = r"(?:://|\[://\]|\[:\]//|:\[//\]|\(:\)//)"

_DOT_RE = re.compile(r" ?[\[({](?:\.|dot|DOT)[\])}] ?")
_AT_RE = re.compile(r" ?[\[({](?:@|at|AT)[\])}] ?")
_SCHEME_SEP_RE = re.compile(r"\[://\]|\[:\]//|:\[//\]|\(:\)//")
_SCHEME_RE = re.compile(r"^(?:h[xX*t]{2}p(s?)|f[xX]p)(?=:)", re.IGNORECASE)
# The marks above, lower-cased, as a prefilter: a bracketed dot or scheme separator
# ("evil[.]top", "evil(dot)top", "hxxp[://]"), sought only in a text with a bracket.
_DEFANGED_MARK = re.compile(r"\[(?:\.|dot|:)|\((?:\.|dot|:\))|\{(?:\.|dot)|:\[//")


def may_be_defanged(lowered: str) -> bool:
    """Could ``lowered`` (a text lower-cased) hold a defanged link: a defanged scheme ("hxxp",
    "h**p", "fxp") or a bracketed mark? Most texts hold no bracket and cost a few ``in``s."""
    if "xxp" in lowered or "**p" in lowered or "fxp" in lowered:
        return True
    if "[" in lowered or "(" in lowered or "{" in lowered:
        return _DEFANGED_MARK.search(lowered) is not None
    return False


def refang(value: str) -> str:
    """Return ``value`` with defanged dots, at-signs and schemes restored."""
    if "[" in value or "(" in value or "{" in value:
        value = _DOT_RE.sub(".", value)
        value = _AT_RE.sub("@", value)
        value = _SCHEME_SEP_RE.sub("://", value)
    if value[:1] in "hHfF":
        value = _SCHEME_RE.sub(_scheme, value, count=1)
    return value


def _scheme(match: re.Match[str]) -> str:
    text = match.group(0).lower()
    if text.startswith("f"):
        return "ftp"
    return "https" if match.group(1) else "http"
