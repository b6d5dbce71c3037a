"""Phone numbers in E.164, found by a fast digit-run pre-scan and parsed by phonenumbers.

phonenumbers' own matcher runs at about 0.8 MB/s, so we never hand it whole texts:
one linear regex finds runs of digits and separators, cheap checks throw away
dates, amounts, postcodes, card numbers and order numbers, and only the survivors
are parsed (with a cache, since reports repeat the same numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from tipoff.indicators.phone_context import (
    has_negative_context,
    looks_like_other_number,
    phone_word_before,
)
from tipoff.indicators.phone_parse import (
    BARE_FIRST_DIGITS,
    MAX_DIGITS,
    MIN_DIGITS,
    TRUNK_ZERO_REGIONS,
    canonical_phone,
    parse_phone,
    plusless,
)

__all__ = [
    "PHONE_RE",
    "PhoneMatch",
    "canonical_phone",
    "find_phones",
    "parse_phone",
    "phone_run_at",
]

# A digit run that may hold a phone number: optional "+" or "(", then digits with
# spaces, dots, dashes, slashes and brackets. It starts with a character class
# (so the engine skips ahead in C) and is possessive: linear time. Whether the run
# starts a token is checked on the character before it.
# A line break may sit between two groups ("090-1234-\n5678"): such runs are read line
# by line, a line cut short joined to the next (``_phones_over_lines``).
PHONE_RE = re.compile(r"[0-9](?:[ ()./\r\n-]{0,3}+[0-9]){7,}+")
_LINE_BREAK_RE = re.compile(r"(\r\n|\r|\n)")
_ONE_LINE_RE = re.compile(r"[0-9](?:[ ()./-]{0,3}+[0-9]){7,}+")  # PHONE_RE within a line
_SPLIT_RE = re.compile(r"(\s{2,}|\s?/\s?|(?<=\d)\.\s)")
MAX_CHUNKS = 24
_GLUED_BEFORE = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_+#=@&%/.-"
)

_TRAILING = " ()./-"


@dataclass(frozen=True, slots=True)
class PhoneMatch:
    """A parsed number: E.164 value, span in the text and the line type."""

    value: str
    start: int
    end: int
    number_type: str


def find_phones(text: str, regions: Iterable[str]) -> Iterator[PhoneMatch]:
    """Yield phone numbers in ``text`` (already folded), trying ``regions`` for national forms."""
    region_order = tuple(regions)
    # In trunk-"0" countries a national number starts with 0, so a lone run that
    # starts with another digit (an order number, a date, an amount) is skipped
    # before any parsing; CN mobiles (1…) and countries without a trunk prefix
    # (US, SG, HK …) keep the slow path.
    bare_ok = not TRUNK_ZERO_REGIONS.issuperset(region_order)
    # First digits of the mobiles these regions write without the trunk 0 (CN "1", IN "6"-"9").
    bare_first = "".join(BARE_FIRST_DIGITS.get(region, "") for region in region_order)
    for match in PHONE_RE.finditer(text):
        run = match.group(0)
        if "\n" in run or "\r" in run:
            yield from _phones_over_lines(
                text, match.start(), run, region_order, bare_ok, bare_first
            )
            continue
        start = match.start()
        if (
            not bare_ok
            and run[0] != "0"
            and run.isdigit()
            and run[0] not in bare_first
            and not (start and text[start - 1] in "+(")
            and text[start - 2 : start] != "+ "
        ):
            continue  # what _locate rejects most, without the call (~0.5 ms/MB)
        located = _locate(text, start, run, bare_ok, bare_first)
        if located is not None:
            yield from _phones_in_run(text, located[0], located[1], region_order)


def _locate(
    text: str, start: int, run: str, bare_ok: bool, bare_first: str
) -> tuple[int, str] | None:
    """(start, run) of the number a digit run at ``start`` may spell, with its leading "+",
    "+ " or "(", or None where it cannot start a phone number."""
    digits_at = start
    if start and text[start - 1] in "+(":
        start -= 1
    elif start > 1 and text[start - 1] == " " and text[start - 2] == "+":
        start -= 2
    if start != digits_at:
        run = text[start:digits_at] + run
    elif (
        not bare_ok
        and run[0] != "0"
        and " " not in run
        and "/" not in run
        and run[0] not in bare_first
        # "tel 84-912-345-678": a grouped number after a phone word may be international
        # without "+"; a plain digit string (most are order numbers) or one too short for
        # nine digits and two separators (dates: "2024-05-12") is not asked.
        and (run.isdigit() or len(run) < 11 or not phone_word_before(text, start))
    ):
        return None
    # Glued to a token: not a number of its own ("Tel.+81…" is fine).
    glued = start and text[start - 1] in _GLUED_BEFORE
    if glued and not (text[start] == "+" and text[start - 1] == "."):
        return None
    return start, run


def _phones_over_lines(
    text: str, start: int, run: str, regions: tuple[str, ...], bare_ok: bool, bare_first: str
) -> Iterator[PhoneMatch]:
    """A run that crosses line breaks: each line on its own, except that a line whose
    number is cut short ("+855 12", "090-1234-"), or followed by a line too short to be a
    number ("+95 9-644-542⏎423"), is first tried joined to the next one."""
    if run.count("\n") + run.count("\r") > MAX_CHUNKS:
        # A wall of numbers over many lines: no joins, each line's runs as if alone (a
        # C scan, so "12⏎12⏎…" costs what it did before runs crossed lines).
        for match in _ONE_LINE_RE.finditer(text, start, start + len(run)):
            located = _locate(text, match.start(), match.group(0), bare_ok, bare_first)
            if located is not None:
                yield from _phones_in_run(text, located[0], located[1], regions)
        return
    lines = []
    position = start
    for piece in _LINE_BREAK_RE.split(run):
        if piece in ("\r\n", "\r", "\n"):
            position += len(piece)
            continue
        body = piece.lstrip(" ./-(")
        lead = len(piece) - len(body)
        body = body.rstrip(" ")
        if body:
            lines.append((position + lead, body, _digit_count(body)))
        position += len(piece)
    index = 0
    while index < len(lines):
        line_start, line, digits = lines[index]
        # Cut short: the line ends in "-", holds too few digits for a number, or the next
        # line does ("+95 9-644-542⏎423": a tail of three digits is no number of its own).
        cut = line.endswith("-") or digits < MIN_DIGITS
        if (
            index + 1 < len(lines)
            and (
                cut or (lines[index + 1][2] < MIN_DIGITS and not lines[index + 1][1].endswith("-"))
            )
            and MIN_DIGITS <= digits + lines[index + 1][2] <= MAX_DIGITS + 3
        ):
            next_start, next_line, _ = lines[index + 1]
            # The break becomes spaces ("\r\n" a dash and a space): same length, so
            # spans stay spans of the text, and no double space splits the run.
            gap = next_start - line_start - len(line)
            joined = _locate(
                text, line_start, line + "-" * (gap - 1) + " " + next_line, bare_ok, bare_first
            )
            found = list(_phones_in_run(text, *joined, regions)) if joined else []
            if not cut:  # a whole line joined to a short tail: one number across the break
                found = [f for f in found if f.start < next_start and f.end > next_start]
            if found:
                yield from found
                index += 2
                continue
        # (A line of fewer than 8 digits spells no number: _best_phone would say so.)
        located = (
            _locate(text, line_start, line, bare_ok, bare_first) if digits >= MIN_DIGITS else None
        )
        if located is not None:
            yield from _phones_in_run(text, located[0], located[1], regions)
        index += 1


def phone_run_at(text: str, pos: int) -> str | None:
    """The digit run (with its "+" or "(") starting at ``pos``, trailing separators dropped."""
    digits_at = pos
    while digits_at < len(text) and digits_at - pos < 2 and text[digits_at] in "+( ":
        digits_at += 1
    match = PHONE_RE.match(text, digits_at)
    if match is None:
        return None
    return text[pos : match.end()].rstrip(_TRAILING)


def _phones_in_run(
    text: str, start: int, run: str, regions: tuple[str, ...]
) -> Iterator[PhoneMatch]:
    if "/" not in run and "  " not in run and ". " not in run:
        parts: Iterable[tuple[int, str]] = ((start, run.rstrip(_TRAILING)),)
    else:
        parts = _parts(start, run)
    for part_start, part in parts:
        digits = _digit_count(part)
        if digits > MAX_DIGITS + 3 and " " in part:
            yield from _phones_in_chunks(text, part_start, part, regions)
            continue
        found = _best_phone(text, part_start, part, regions, digits)
        if found is not None:
            yield found


def _parts(start: int, run: str) -> Iterator[tuple[int, str]]:
    """Split a run at slashes, double spaces and dates (two numbers side by side)."""
    position = 0
    for piece in _SPLIT_RE.split(run):
        if piece and not piece.isspace() and piece.strip(_TRAILING):
            stripped = piece.rstrip(_TRAILING)
            lead = len(stripped) - len(stripped.lstrip(" ./-"))
            yield start + position + lead, stripped[lead:]
        position += len(piece)


def _best_phone(
    text: str, start: int, part: str, regions: tuple[str, ...], digits: int
) -> PhoneMatch | None:
    """The phone in ``part`` (``digits`` digits: trimming a bracket below keeps them)."""
    if part.count("(") != part.count(")") and part.startswith("("):
        part = part[1:]
        start += 1
    elif part.endswith(")") and part.count("(") < part.count(")"):
        part = part[:-1]
    if digits < MIN_DIGITS:
        return None
    if digits <= MAX_DIGITS + 3:
        found = _phone_candidate(text, start, part, regions)
        if found is not None or " " not in part:
            return found
    return next(_phones_in_chunks(text, start, part, regions), None)


def _phone_candidate(
    text: str, start: int, part: str, regions: tuple[str, ...]
) -> PhoneMatch | None:
    verdict = _part_verdict(part, regions)
    if verdict is None and part[0] in "123456789" and phone_word_before(text, start):
        verdict = plusless(part, spaced=False)  # "phone: 84912345678"
    # Context is checked last: it is the dearest test and most runs fail parsing.
    if verdict is None or has_negative_context(text, start, start + len(part)):
        return None
    offset, length, value, number_type = verdict
    return PhoneMatch(value, start + offset, start + offset + length, number_type)


# Everything about a run that does not depend on the words around it, once per
# distinct spelling: reports repeat the same numbers (and the same dates and
# amounts), and a hit skips the date/amount/card checks, the trims and the parse.
@lru_cache(maxsize=65536)
def _part_verdict(part: str, regions: tuple[str, ...]) -> tuple[int, int, str, str] | None:
    """(offset, length, E.164, number type) of the phone a run spells, or None."""
    if looks_like_other_number(part):
        return None
    head = part.find(" ")
    if 0 < head <= 2 and part[0] in "123456789":
        # "95 9 234 5796": a one- or two-digit head standing apart is a country code, not
        # the start of a national number (no national form groups its first digits so),
        # even where the digits also spell a national number (a US one here).
        found = plusless(part, spaced=True)
        if found is not None:
            return found
    trims = _trims(0, part)
    for offset, candidate in trims:
        result = parse_phone(candidate, regions)
        if result is not None:
            return offset, len(candidate), result[0], result[1]
        # The whole run spells no national number: an international one without "+"
        # ("855 91 133 104") before a national one inside it ("91 133 104", in SG).
        found = plusless(part, spaced=True)
        if found is not None:
            return found
        break
    for offset, candidate in trims:
        result = parse_phone(candidate, regions)
        if result is not None:
            return offset, len(candidate), result[0], result[1]
    return None


def _phones_in_chunks(
    text: str, start: int, part: str, regions: tuple[str, ...]
) -> Iterator[PhoneMatch]:
    """Numbers written side by side ("運送番号 763-3627050 010.7830.9231"): try up to
    six space-separated chunks at a time, longest first; linear in the run."""
    chunks = part.split(" ")
    if len(chunks) > MAX_CHUNKS:
        return  # a wall of numbers, not a few phones side by side
    offsets = []
    position = start
    for chunk in chunks:
        offsets.append(position)
        position += len(chunk) + 1
    index = 0
    while index < len(chunks):
        for stop in range(min(len(chunks), index + 6), index, -1):
            candidate = " ".join(chunks[index:stop])
            digits = _digit_count(candidate)
            if not MIN_DIGITS <= digits <= MAX_DIGITS or (
                not candidate[:1].isdigit() and candidate[:1] not in "+("
            ):
                continue
            found = _phone_candidate(text, offsets[index], candidate, regions)
            if found is not None:
                yield found
                index = stop
                break
        else:
            index += 1


def _digit_count(run: str) -> int:
    """Digits in a run of digits and separators."""
    return sum(map(str.isdigit, run))


def _trims(start: int, part: str) -> Iterator[tuple[int, str]]:
    """The run, then the run without a leading or trailing space-separated chunk."""
    yield start, part
    chunks = part.split(" ")
    if len(chunks) < 3:
        return
    head_len = len(chunks[0]) + 1
    yield start + head_len, part[head_len:]
    yield start, part[: len(part) - len(chunks[-1]) - 1]
