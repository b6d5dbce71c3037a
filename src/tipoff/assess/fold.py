"""Character folds: spellings of one word that a model and a cue list should read as one.

- ``han``: traditional Chinese characters (and the Hong Kong and Taiwan variant forms) to the
  simplified character, one to one (``data/han_fold.json``, from OpenCC's tables; see
  bench/make_han_fold.py). The labelled Chinese data is mainland and simplified; a third of
  the scams written in Taiwan and Hong Kong shared no n-gram or cue phrase with it.
- ``latin_marks``: a Latin letter with marks to its bare letter ("ệ" → "e", "đ" → "d").
  About half of Vietnamese SMS are sent without accents, and in the only Vietnamese set the
  promotions are, while the personal messages are not: unfolded, the accents themselves
  taught the model "promotion" and "ordinary".

Every fold maps one code point to one code point, so a folded text keeps every offset. A
model names the folds its n-grams were hashed with (metadata ``text_fold``), so a model
trained without them is scored without them.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

HAN = "han"
LATIN_MARKS = "latin_marks"
FOLDS = (HAN, LATIN_MARKS)
_UNICODE_SIZE = 0x110000
_ZERO = ord("0")


@cache
def han_table() -> dict[int, str]:
    """Traditional → simplified, for ``str.translate``."""
    path = resources.files("tipoff.assess.data").joinpath("han_fold.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {ord(t): s for t, s in zip(data["traditional"], data["simplified"], strict=True)}


@cache
def _traditional() -> frozenset[str]:
    return frozenset(chr(point) for point in han_table())


_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_BMP_END = 0xFFFF
_ASTRAL_HAN = re.compile("[\U00020000-\U0003ffff]")  # the supplementary ideographic planes


@cache
def traditional_pattern() -> re.Pattern[str]:
    """A character class of the traditional characters of the Basic Multilingual Plane
    (``han_table``): the engine reads a text against its bitmap four times as fast as a set
    test reads it character by character (a Chinese SMS: 0.5 against 2 µs)."""
    points = sorted(point for point in han_table() if point <= _BMP_END)
    runs: list[list[int]] = []
    for point in points:
        if runs and runs[-1][1] == point - 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    spelled = (
        re.escape(chr(first)) + ("" if first == last else "-" + re.escape(chr(last)))
        for first, last in runs
    )
    return re.compile(f"[{''.join(spelled)}]")


def _holds_traditional(lowered: str) -> bool:
    """Whether ``lowered`` holds a traditional character (``han_table``); the set test only
    for the rare text with a character beyond the Basic Multilingual Plane."""
    return traditional_pattern().search(lowered) is not None or (
        _ASTRAL_HAN.search(lowered) is not None and not _traditional().isdisjoint(lowered)
    )


def strip_marks(text: str) -> str:
    """``text`` without the marks on its letters (the result may be shorter: NFD)."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def latin_marks_table() -> dict[int, str]:
    """Each precomposed Latin letter with marks (Latin-1 to Latin Extended Additional) to its
    one bare ASCII letter, so that taking the marks off keeps every offset."""
    table: dict[int, str] = {}
    for point in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        bare = strip_marks(chr(point))
        if len(bare) == 1 and bare != chr(point) and bare.isascii():
            table[point] = bare
    return table


def fold_chinese(lowered: str, language: str | None = None) -> str:
    """``lowered`` with traditional characters folded to simplified, when it holds one and is
    Chinese: ``language`` "zh" or, when unknown (None), no kana (Japanese writes its own
    forms, which its cue phrases use); otherwise ``lowered`` itself. Same length, same
    offsets."""
    if language not in (None, "zh") or lowered.isascii() or not _holds_traditional(lowered):
        return lowered
    if language is None and _KANA.search(lowered):
        return lowered
    return lowered.translate(han_table())


def simplified_variants(phrases: Iterable[str]) -> list[str]:
    """The phrases (Chinese cue phrases) that folding changes, as they read folded."""
    table = han_table()
    return [folded for phrase in phrases if (folded := phrase.translate(table)) != phrase]


def with_simplified_variants(
    entries: Iterable[tuple[str, str, str | None]],
) -> list[tuple[str, str, str | None]]:
    """Matcher entries (phrase, code, language) plus each Chinese (``"zh"``) phrase as it
    reads folded, for text that ``fold_chinese`` folded."""
    listed = list(entries)
    return listed + [
        (folded, code, language)
        for phrase, code, language in listed
        if language == "zh"
        for folded in simplified_variants([phrase])
    ]


@cache
def codepoint_table(folds: tuple[str, ...]) -> npt.NDArray[np.uint32]:
    """Every code point's replacement under ``folds`` (a lookup array over all of Unicode),
    with the digits 1–9 folded to 0 as the n-gram hashing does (features.py)."""
    unknown = set(folds) - set(FOLDS)
    if unknown:
        raise ValueError(f"unknown text folds: {sorted(unknown)}")
    table = np.arange(_UNICODE_SIZE, dtype=np.uint32)
    table[_ZERO + 1 : _ZERO + 10] = _ZERO
    for name in folds:
        mapping = han_table() if name == HAN else latin_marks_table()
        table[np.fromiter(mapping, dtype=np.int64)] = [ord(target) for target in mapping.values()]
    table.setflags(write=False)
    return table
