"""Finding a victim's name in free text, however it is spaced, cased or accented.

Text and name are compared in the matching fold of ``tipoff.intake.spellings`` (width, case
and accents folded: ``ＨＡＮＡＫＯ``, ``Hanako`` and ``hanako`` are one; so are ``Nguyễn`` and
``Nguyen``).

A name matches as a whole (its parts in the given or reversed order, with or without spaces,
dots or middle dots between them; spaces are also allowed between the characters of a CJK
name) and part by part where a part is distinctive enough alone:

- CJK and Hangul parts of two or more characters (``花子``, ``민준``), matched anywhere (these
  scripts put no spaces between words);
- Thai, Lao, Khmer, Myanmar and other scripts' parts of three or more characters;
- Latin, Greek and Cyrillic parts of two or more letters, as whole words only; a part that is
  also a common English word (``May``, ``Rose``, ``Park``, ``An``) only where it is written
  with a capital letter.

A CJK name given without a space (``鈴木花子``) is also split the usual way: four characters as
two and two, three as one and two (a one-character family name and a two-character given
name, the common Chinese and Korean shape), so the given name alone is found too.
"""

from __future__ import annotations

import re
from functools import cache

from tipoff.intake.spellings import MARK, Edge, Gap, Spelling, matching_fold, squeeze

_LATIN_RE = re.compile("^[0-9a-z\u00df-\u024f\u0370-\u03ff\u0400-\u052f]+$")
_CJK_RE = re.compile(
    "^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0003134f]+$"
)
_HAN_OR_HANGUL_RE = re.compile("^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+$")
_SPLIT_RE = re.compile(r"[\s\-.,·・'’/]+")

# Common English words that are also given or family names, and the two-letter words a short
# name could collide with: such a part is redacted alone only where written with a capital.
_COMMON_WORDS = """
    am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ye
    april august autumn bill bird black bloom brook brown bush can case chase cook crane
    dawn day dean don drew early faith fern fields fisher ford frank free gay gift gold
    grace grant gray green grey guy hall happy hardy harper hill holly hope hunter iris
    ivy jack jade jay joy june king lane long love lucky mark marsh mason may miles
    moon moss nick north park pat penny pearl price pink rain ray reed rich river rock
    rose ruby rush sage sandy sky snow song spring star stone storm summer sunny
    sweet tan taylor terry tiger ward west white will win winter wolf wood young
"""


@cache
def common_words() -> frozenset[str]:
    """Latin name parts that are also common words (matched alone only when capitalised)."""
    return frozenset(_COMMON_WORDS.split())


def name_parts(name: str) -> list[str]:
    """The parts of ``name`` in the matching fold, letters and digits only."""
    folded = matching_fold(name).replace(MARK, "")
    return [part for part in (squeeze(p) for p in _SPLIT_RE.split(folded)) if part]


def name_spellings(name: str) -> list[Spelling]:
    """The spellings that identify a person called ``name``: the whole name in either order,
    and each part distinctive enough alone (see the module docstring)."""
    parts = name_parts(name)
    if not parts:
        return []
    wholes = [parts] if len(parts) == 1 else [parts, parts[::-1]]
    found = [_whole(whole) for whole in wholes if sum(map(len, whole)) >= 2]
    singles = parts if len(parts) > 1 else _split_cjk(parts[0])
    return found + [_whole([part]) for part in singles if _distinctive(part)]


def _split_cjk(part: str) -> list[str]:
    """The family and given names of an unspaced Han or Hangul name, by the common shapes."""
    if not _HAN_OR_HANGUL_RE.match(part):
        return []
    if len(part) == 4:
        return [part[:2], part[2:]]
    if len(part) == 3:
        return [part[1:]]
    return []


def _distinctive(part: str) -> bool:
    if _LATIN_RE.match(part) or _CJK_RE.match(part):
        return len(part) >= 2
    return len(part) >= 3


def _inner(part: str) -> tuple[Gap, ...]:
    gap = Gap.SPACE if _CJK_RE.match(part) else Gap.NONE
    return (gap,) * (len(part) - 1)


def _whole(parts: list[str]) -> Spelling:
    gaps: list[Gap] = []
    for index, part in enumerate(parts):
        if index:
            gaps.append(Gap.WORDS)
        gaps += _inner(part)
    latin = _LATIN_RE.match(parts[0]) or _LATIN_RE.match(parts[-1])
    common = len(parts) == 1 and parts[0] in common_words()
    edge = Edge.WORD if latin else Edge.NONE
    return Spelling("".join(parts), tuple(gaps), edge, capitalised_only=common)
