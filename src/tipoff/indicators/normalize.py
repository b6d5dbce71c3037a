"""Length-preserving folding of a text before scanning.

Every scanner runs over the folded text and reports spans into it; because each
character maps to exactly one character, those spans are also spans of the
original text, so ``raw`` is always the victim's own spelling.
"""

from __future__ import annotations

import re
from functools import cache

# Characters that are always folded: full-width ASCII (U+FF01..U+FF5E), odd spaces
# and dashes. The long-vowel mark "ー" and the full stop "。" are everywhere in
# Japanese prose, so they are folded only between ASCII or full-width
# alphanumerics ("０９０ー１２３４", "example。com"), which keeps the common case fast.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe63"
_CJK_DASHES = "\u30fc\uff70"
_DOTS = "\u3002\uff61\u2024"
_ALNUM = "0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_LOWER = "a-z\uff41-\uff5a"
# Decimal digits of other scripts (Unicode category Nd, Basic Multilingual Plane; each
# entry is the script's zero, the nine digits follow it): Arabic-Indic "٠٨١", Thai
# "๐๘๑", Devanagari, Khmer, Myanmar … Victims and scammers type them in account and
# phone numbers; every scanner reads ASCII digits only.
_DIGIT_ZEROS = (
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66,
    0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810,
    0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
    0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
)  # fmt: skip
_OTHER_DIGITS = "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _DIGIT_ZEROS)
# "_ALWAYS" characters are folded in runs; the marks only where they are folded: a dash
# between alphanumerics ("０９０ー１２３４"), a dot between an alphanumeric and a lower-case
# letter ("www。site。com"; "000。ID" in prose stays as it is). The two sets are disjoint,
# so one scan finds both kinds of edit, in order; the look-arounds keep the choice in C.
_ALWAYS = f"\uff01-\uff5e\u3000\u00a0\u2009\u202f{_DASHES}{_OTHER_DIGITS}"
_EDIT_RE = re.compile(
    f"[{_ALWAYS}{_CJK_DASHES}{_DOTS}]"  # one character class first: skip-ahead in C
    f"(?:(?<=[{_ALWAYS}])[{_ALWAYS}]*+"
    f"|(?<=[{_ALNUM}][{_CJK_DASHES}])(?=[{_ALNUM}])|(?<=[{_ALNUM}][{_DOTS}])(?=[{_LOWER}]))"
)


@cache
def _fold_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    for space in "\u3000\u00a0\u2009\u202f":
        table[ord(space)] = " "
    for dash in _DASHES + _CJK_DASHES:
        table[ord(dash)] = "-"
    for dot in _DOTS:
        table[ord(dot)] = "."
    for zero in _DIGIT_ZEROS:
        for digit in range(10):
            table[zero + digit] = str(digit)
    return table


def fold(text: str) -> str:
    """Full-width ASCII to ASCII, other scripts' digits ("๐๘๑", "٠٨١") to ASCII digits,
    CJK dashes/dots inside numbers and names to "-"/".".

    The result has exactly the length of ``text``. Only the runs that need it are
    translated (a whole-text ``str.translate`` costs ~30 ms per MB of CJK text).
    """
    if text.isascii():
        return text
    table = _fold_table()
    pieces: list[str] = []
    position = 0
    for match in _EDIT_RE.finditer(text):
        start, end = match.span()
        pieces.append(text[position:start])
        pieces.append(match.group(0).translate(table))
        position = end
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


def lower_same_length(text: str) -> str:
    """Lower-case ``text``, keeping each character whose lower case has another length
    ("İ"), so that offsets into the result are offsets into ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
