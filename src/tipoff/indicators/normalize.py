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
_FULLWIDTH_RUN_RE = re.compile(f"[\uff01-\uff5e\u3000\u00a0\u2009\u202f{_DASHES}]+")
_LOWER = "a-z\uff41-\uff5a"
# Only the marks that are folded: a dash between alphanumerics ("０９０ー１２３４"), a dot
# between an alphanumeric and a lower-case letter ("www。site。com"; "000。ID" in
# prose stays as it is). The look-arounds keep the choice in C.
_CJK_MARK_RE = re.compile(
    f"[{_CJK_DASHES}{_DOTS}]"  # a character class first: the engine skips ahead in C
    f"(?:(?<=[{_ALNUM}][{_CJK_DASHES}])(?=[{_ALNUM}])|(?<=[{_ALNUM}][{_DOTS}])(?=[{_LOWER}]))"
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
    return table


def fold(text: str) -> str:
    """Full-width ASCII to ASCII, CJK dashes/dots inside numbers and names to "-"/".".

    The result has exactly the length of ``text``. Only the runs that need it are
    translated (a whole-text ``str.translate`` costs ~30 ms per MB of CJK text).
    """
    if text.isascii():
        return text
    edits = [(m.start(), m.group(0)) for m in _FULLWIDTH_RUN_RE.finditer(text)]
    edits.extend((m.start(), m.group(0)) for m in _CJK_MARK_RE.finditer(text))
    if not edits:
        return text
    edits.sort()
    table = _fold_table()
    pieces: list[str] = []
    position = 0
    for start, chunk in edits:
        pieces.append(text[position:start])
        pieces.append(chunk.translate(table))
        position = start + len(chunk)
    pieces.append(text[position:])
    return "".join(pieces)
