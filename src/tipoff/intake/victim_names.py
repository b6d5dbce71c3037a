"""Finding a victim's name in free text, however it is spaced, cased or accented.

Text and name are compared in a *matching fold*: every character is replaced by one
character (so spans of the fold are spans of the text) — its compatibility decomposition
without accents, case-folded (``Ｈａｎａｋｏ`` → ``hanako``, ``Nguyễn`` → ``nguyen``,
half-width ``ｶ`` → ``カ``), any decimal digit as its ASCII digit (``๐๘๑`` → ``081``), any
space as " " and any dash as "-". Combining marks that stand alone (decomposed text) become
U+0300, which patterns skip after every letter.

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
import unicodedata
from dataclasses import dataclass
from functools import cache

MARK = "\u0300"  # what any lone combining mark folds to
_GAP = r"[\s\-.,·・'’]{0,3}"
_CJK_GAP = r"[\s・·]{0,2}"
_WORD_CHARS = "0-9a-z\u00df-\u024f\u0370-\u03ff\u0400-\u052f"
_WORD_RE = re.compile(f"^[{_WORD_CHARS}]+$")
_CJK_RE = re.compile(
    r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0003134f]+$"
)
_HAN_OR_HANGUL_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+$")
_SPLIT_RE = re.compile(r"[\s\-.,·・'’/]+")
_NON_ALNUM_RE = re.compile(r"[\W_]+")

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


class _FoldTable(dict[int, str]):
    """``str.translate`` table of the matching fold, filled per character on first sight."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


def _fold_char(char: str) -> str:
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    category = unicodedata.category(char)
    if category in ("Mn", "Me"):
        return MARK
    if category == "Zs":
        return " "
    if category == "Pd":
        return "-"
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    if len(base) == 1:
        return base
    lowered = char.casefold()
    return lowered if len(lowered) == 1 else char


@cache
def _table() -> _FoldTable:
    return _FoldTable()


def matching_fold(text: str) -> str:
    """``text`` in the matching fold (same length; see the module docstring)."""
    if text.isascii():
        return text.lower()
    return text.translate(_table())


def squeeze(folded: str) -> str:
    """Only the letters and digits of a folded text: what cheap probes look for."""
    return _NON_ALNUM_RE.sub("", folded)


@dataclass(frozen=True, slots=True)
class _Alternative:
    pattern: str
    probe: str
    capitalised_only: bool


class NameMatcher:
    """Spans of a victim's name, and of its distinctive parts, in texts."""

    def __init__(self, names: list[str]) -> None:
        alternatives: dict[str, _Alternative] = {}
        for name in names:
            for alternative in _alternatives(name):
                alternatives.setdefault(alternative.pattern, alternative)
        ordered = sorted(alternatives.values(), key=lambda a: -len(a.probe))
        self._probes = tuple({a.probe for a in ordered})
        self._any_case = _compile([a.pattern for a in ordered if not a.capitalised_only])
        self._capitalised = _compile([a.pattern for a in ordered if a.capitalised_only])

    def __bool__(self) -> bool:
        return bool(self._probes)

    def spans(self, text: str, folded: str, squeezed: str) -> list[tuple[int, int]]:
        """Where the name occurs in ``text`` (``folded`` and ``squeezed`` are its folds)."""
        if not any(probe in squeezed for probe in self._probes):
            return []
        found = [m.span() for m in self._any_case.finditer(folded)] if self._any_case else []
        if self._capitalised:
            found += [
                m.span() for m in self._capitalised.finditer(folded) if text[m.start()].isupper()
            ]
        return found


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(patterns)) if patterns else None


def name_parts(name: str) -> list[str]:
    """The parts of ``name`` in the matching fold, without marks."""
    folded = matching_fold(name).replace(MARK, "")
    return [part for part in _SPLIT_RE.split(folded) if part]


def _alternatives(name: str) -> list[_Alternative]:
    parts = name_parts(name)
    if not parts:
        return []
    wholes = [parts] if len(parts) == 1 else [parts, parts[::-1]]
    found = [_whole(whole) for whole in wholes if sum(map(len, whole)) >= 2]
    singles = parts if len(parts) > 1 else _split_cjk(parts[0])
    found += [_single(part) for part in singles if _distinctive(part)]
    return found


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
    if _WORD_RE.match(part):
        return len(part) >= 2
    if _CJK_RE.match(part):
        return len(part) >= 2
    return len(part) >= 3


def _letters(part: str) -> str:
    mark = f"{MARK}*"
    gap = _CJK_GAP if _CJK_RE.match(part) else ""
    return gap.join(re.escape(char) + mark for char in part)


def _bounded(pattern: str, first: str, last: str) -> str:
    before = f"(?<![{_WORD_CHARS}])" if _WORD_RE.match(first) else ""
    after = f"(?![{_WORD_CHARS}])" if _WORD_RE.match(last) else ""
    return f"{before}{pattern}{after}"


def _whole(parts: list[str]) -> _Alternative:
    pattern = _GAP.join(_letters(part) for part in parts)
    common = len(parts) == 1 and parts[0] in common_words()
    return _Alternative(_bounded(pattern, parts[0], parts[-1]), squeeze("".join(parts)), common)


def _single(part: str) -> _Alternative:
    return _Alternative(_bounded(_letters(part), part, part), squeeze(part), part in common_words())
