"""Length-preserving folding of a text before scanning.

Every scanner runs over the folded text and reports spans into it; because each
character maps to exactly one character, those spans are also spans of the
original text, so ``raw`` is always the victim's own spelling.
"""

from __future__ import annotations

import re
from functools import cache

# Characters that are folded: full-width ASCII (U+FF01..U+FF5E), the ideographic
# space, dash-like characters people type inside phone numbers, and full stops
# that stand in for "." in defanged or CJK-typed domains.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70\u2043\ufe63"
_DOTS = "\u3002\uff61\u2024\u00b7"
_NEEDS_FOLD = re.compile(f"[\uff01-\uff5e\u3000{_DASHES}{_DOTS}\u00a0\u2009\u202f]")


@cache
def _fold_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    for space in "\u00a0\u2009\u202f":
        table[ord(space)] = " "
    for dash in _DASHES:
        table[ord(dash)] = "-"
    for dot in _DOTS:
        table[ord(dot)] = "."
    return table


def fold(text: str) -> str:
    """Full-width ASCII to ASCII, CJK dashes/dots to "-"/".", odd spaces to " ".

    The result has exactly the length of ``text``.
    """
    if text.isascii() or _NEEDS_FOLD.search(text) is None:
        return text
    return text.translate(_fold_table())
