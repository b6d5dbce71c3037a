"""Finding a known value in free text whatever its width, case, accents and separators.

Texts are compared in a *matching fold*: every character is replaced by exactly one
character, so spans of the fold are spans of the text. A character becomes its
compatibility decomposition without accents, case-folded (``Ｈａｎａｋｏ`` → ``hanako``,
``Nguyễn`` → ``nguyen``, half-width ``ｶ`` → ``カ``); any decimal digit its ASCII digit
(``๐๘๑`` → ``081``); any space " ", any dash "-", and a combining mark left on its own
(decomposed text) U+0300.

A ``Spelling`` is the letters and digits of a value plus, for each pair of neighbours, what
may stand between them (nothing, spaces, separators). It is found by a plain substring
search in the text's letters and digits (``Folded.squeezed``), then checked against the
characters in between and on either side. No regular expression is compiled per value:
compiling one costs milliseconds, and every report has a different victim.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import cache, cached_property

MARK = "\u0300"  # what a lone combining mark folds to
_ALNUM_RUN_RE = re.compile(r"[^\W_]+")
_NON_ALNUM_RE = re.compile(r"[\W_]+")
_WORD_RE = re.compile("[0-9a-z\u00df-\u024f\u0370-\u03ff\u0400-\u052f]")
_DIGITS = frozenset("0123456789")
_ASCII_ALNUM = frozenset("0123456789abcdefghijklmnopqrstuvwxyz")


class Gap(Enum):
    """What may stand between two neighbouring letters or digits of a value."""

    NONE = (MARK, 3)  # inside a word: accents only
    SPACE = (f" \t\n\r・·{MARK}", 2)  # inside a CJK name: 鈴木 花子, 鈴木・花子
    WORDS = (f" \t\n\r-.,·・'’{MARK}", 3)  # between the parts of a name
    DIGITS = (" \t\n\r-./()\u30fc", 3)  # inside a number or id: 090-1234-5678, (0)12

    def allows(self, between: str) -> bool:
        allowed, most = self.value
        return len(between) <= most and all(c in allowed for c in between)


class Edge(Enum):
    """What must not touch a match on either side (it would be part of a longer token)."""

    NONE = "none"
    DIGIT = "digit"  # a phone number: no digit glued on
    ALNUM = "alnum"  # an id: no ASCII letter or digit glued on
    WORD = "word"  # a Latin-script name: whole words, not inside an address or handle


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
    """Only the letters and digits of a folded text."""
    return _NON_ALNUM_RE.sub("", folded)


class Folded:
    """A text with its matching fold and that fold's letters and digits (computed once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = matching_fold(text)
        self.squeezed = squeeze(self.folded)

    @cached_property
    def positions(self) -> list[int]:
        """Where each character of ``squeezed`` stands in the text (built on first use)."""
        positions: list[int] = []
        for run in _ALNUM_RUN_RE.finditer(self.folded):
            positions.extend(range(run.start(), run.end()))
        return positions


@dataclass(frozen=True, slots=True)
class Spelling:
    """A value as letters and digits, with what may stand between them and around them.

    ``prefixes`` are chains of optional letters-and-digits runs that belong to the match when
    they stand just before it, each run before the last: for a phone, trunk prefix then
    country code then "00" ("+855 (0)12…"), or country code then "00" ("0081 90…").
    """

    chars: str
    gaps: tuple[Gap, ...]
    edge: Edge = Edge.NONE
    prefixes: tuple[tuple[str, ...], ...] = ()
    capitalised_only: bool = False

    @classmethod
    def uniform(
        cls, chars: str, gap: Gap, edge: Edge, prefixes: tuple[tuple[str, ...], ...] = ()
    ) -> Spelling:
        """A spelling with the same gap between every two characters."""
        return cls(chars, (gap,) * max(len(chars) - 1, 0), edge, prefixes)

    def spans(self, text: Folded) -> Iterator[tuple[int, int]]:
        """Where this spelling occurs in ``text``."""
        squeezed, size = text.squeezed, len(self.chars)
        if not size:
            return
        index = squeezed.find(self.chars)
        while index >= 0:
            span = self._checked(text, index, index + size - 1)
            if span is not None:
                yield span
            index = squeezed.find(self.chars, index + 1)

    def _checked(self, text: Folded, first: int, last: int) -> tuple[int, int] | None:
        folded, positions = text.folded, text.positions
        for offset, gap in enumerate(self.gaps):
            left, right = positions[first + offset], positions[first + offset + 1]
            if not gap.allows(folded[left + 1 : right]):
                return None
        end = positions[last] + 1
        for begin in dict.fromkeys((self._extended(text, first), first)):
            start = positions[begin]
            if begin != first and start > 0 and folded[start - 1] == "+":
                start -= 1
            if _free(self.edge, folded, start, end):
                break
        else:
            return None
        if self.capitalised_only and not text.text[start].isupper():
            return None
        return start, end

    def _extended(self, text: Folded, first: int) -> int:
        """``first`` moved back over the first chain of ``prefixes`` that stands before it,
        as far as its runs follow one another."""
        for chain in self.prefixes:
            begin = first
            for prefix in chain:
                if not self._before(text, begin, prefix):
                    break
                begin -= len(prefix)
            if begin != first:
                return begin
        return first

    @staticmethod
    def _before(text: Folded, first: int, prefix: str) -> bool:
        begin = first - len(prefix)
        return (
            begin >= 0
            and text.squeezed.startswith(prefix, begin)
            and Gap.DIGITS.allows(
                text.folded[text.positions[first - 1] + 1 : text.positions[first]]
            )
        )


def _free(edge: Edge, folded: str, start: int, end: int) -> bool:
    if edge is Edge.NONE:
        return True
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    if edge is Edge.DIGIT:
        return before not in _DIGITS and after not in _DIGITS
    if edge is Edge.ALNUM:
        return before not in _ASCII_ALNUM and after not in _ASCII_ALNUM
    # A whole word, and not a piece of an address, handle or link ("suzuki.support@…",
    # "@suzuki_help", "/hanako"): those are indicators, found or redacted as a whole.
    if _WORD_RE.match(before) or before in "_@./:":
        return False
    following = folded[end + 1 : end + 2] or " "
    return not (
        _WORD_RE.match(after) or after in "_@" or (after == "." and _WORD_RE.match(following))
    )
