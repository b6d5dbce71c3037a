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
from functools import cache, lru_cache

from tipoff.indicators.phone_context import (
    has_negative_context,
    looks_like_other_number,
    phone_word_before,
)
from tipoff.indicators.phone_fastpath import fast_verdict
from tipoff.indicators.phone_fastpath import number_type as fast_number_type

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
_NON_DIGIT_RE = re.compile(r"[^0-9]+")
_TRUNK_MARK_RE = re.compile(r"^(\+\s?\d{1,3})[\s-]*\(0\)")
_GLUED_BEFORE = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_+#=@&%/.-"
)

MIN_DIGITS = 8
MAX_DIGITS = 15
_TRAILING = " ()./-"
_TRUNK_ZERO_REGIONS = frozenset(
    [
        "JP",
        "TH",
        "VN",
        "KH",
        "KR",
        "CN",
        "ID",
        "PH",
        "MY",
        "LA",
        "MM",
        "TW",
        "AU",
        "GB",
        "FR",
        "DE",
        "IN",
        "PK",
        "BD",
        "NP",
        "LK",
        "NZ",
        "ZA",
        "NG",
        "KE",
        "GH",
        "TR",
    ]
)


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
    bare_ok = not _TRUNK_ZERO_REGIONS.issuperset(region_order)
    cn_mobiles = "CN" in region_order
    for match in PHONE_RE.finditer(text):
        run = match.group(0)
        if "\n" in run or "\r" in run:
            yield from _phones_over_lines(
                text, match.start(), run, region_order, bare_ok, cn_mobiles
            )
            continue
        start = match.start()
        if (
            not bare_ok
            and run[0] != "0"
            and run.isdigit()
            and not (cn_mobiles and run[0] == "1")
            and not (start and text[start - 1] in "+(")
            and text[start - 2 : start] != "+ "
        ):
            continue  # what _locate rejects most, without the call (~0.5 ms/MB)
        located = _locate(text, start, run, bare_ok, cn_mobiles)
        if located is not None:
            yield from _phones_in_run(text, located[0], located[1], region_order)


def _locate(
    text: str, start: int, run: str, bare_ok: bool, cn_mobiles: bool
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
        and not (cn_mobiles and run[0] == "1")
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
    text: str, start: int, run: str, regions: tuple[str, ...], bare_ok: bool, cn_mobiles: bool
) -> Iterator[PhoneMatch]:
    """A run that crosses line breaks: each line on its own, except that a line whose
    number is cut short ("+855 12", "090-1234-") is first tried joined to the next one."""
    if run.count("\n") + run.count("\r") > MAX_CHUNKS:
        # A wall of numbers over many lines: no joins, each line's runs as if alone (a
        # C scan, so "12⏎12⏎…" costs what it did before runs crossed lines).
        for match in _ONE_LINE_RE.finditer(text, start, start + len(run)):
            located = _locate(text, match.start(), match.group(0), bare_ok, cn_mobiles)
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
        if (
            index + 1 < len(lines)
            and (line.endswith("-") or digits < MIN_DIGITS)
            and MIN_DIGITS <= digits + lines[index + 1][2] <= MAX_DIGITS + 3
        ):
            next_start, next_line, _ = lines[index + 1]
            # The break becomes spaces ("\r\n" a dash and a space): same length, so
            # spans stay spans of the text, and no double space splits the run.
            gap = next_start - line_start - len(line)
            joined = _locate(
                text, line_start, line + "-" * (gap - 1) + " " + next_line, bare_ok, cn_mobiles
            )
            found = list(_phones_in_run(text, *joined, regions)) if joined else []
            if found:
                yield from found
                index += 2
                continue
        # (A line of fewer than 8 digits spells no number: _best_phone would say so.)
        located = (
            _locate(text, line_start, line, bare_ok, cn_mobiles) if digits >= MIN_DIGITS else None
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
        verdict = _plusless(part, spaced=False)  # "phone: 84912345678"
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
    for offset, candidate in _trims(0, part):
        result = parse_phone(candidate, regions)
        if result is not None:
            return offset, len(candidate), result[0], result[1]
    return _plusless(part, spaced=True)


@lru_cache(maxsize=16384)
def _plusless(part: str, *, spaced: bool) -> tuple[int, int, str, str] | None:
    """An international number written without its "+" ("81 80-4693-7908"), taken only
    where country code and national number make a valid number and either the country
    code stands apart (``spaced``: "84 912 345 678") or, as the caller checks, a phone
    word comes before it ("phone: 84912345678"). An amount or an order number that
    happens to spell one is rejected by the words around it, as any number is."""
    if part[0] not in "123456789":
        return None
    if spaced:
        head, space, _ = part.partition(" ")
        # Country calling codes are prefix-free, so a head that is one is the one parsed.
        if not space or head not in _calling_codes():
            return None
    elif looks_like_other_number(part):
        return None
    digits = _NON_DIGIT_RE.sub("", part)
    if not 9 <= len(digits) <= MAX_DIGITS:
        return None
    if not spaced and len(digits) == 11 and digits[0] == "1":
        return None  # a Chinese mobile ("电话17844821825") before a NANP number (+1 784…)
    result = _parse_cached("+" + digits, None)
    return (0, len(part), result[0], result[1]) if result is not None else None


@cache
def _calling_codes() -> frozenset[str]:
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return frozenset(str(code) for code in COUNTRY_CODE_TO_REGION_CODE)


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


def parse_phone(written: str, regions: tuple[str, ...]) -> tuple[str, str] | None:
    """Parse a written number to (E.164, number type), or None if it is no valid phone."""
    compact = _compact(written)
    if compact is None:
        return None
    if compact.startswith("+"):
        return _parse_cached(compact, None)
    for region in regions:
        result = _parse_cached(compact, region)
        if result is not None:
            return result
    return None


def _compact(written: str) -> str | None:
    """Digits with a leading "+", the "(0)" trunk marker of international forms removed."""
    text = written.strip()
    if text.startswith("00") and not text.startswith("000"):
        text = "+" + text[2:]
    if text.startswith("+") and "(0)" in text:
        text = _TRUNK_MARK_RE.sub(r"\1", text)
    digits = _NON_DIGIT_RE.sub("", text)
    international = text.startswith("+")
    # A few small countries have 7-digit international numbers (+690 7290).
    if not MIN_DIGITS - international <= len(digits) <= MAX_DIGITS:
        return None
    return ("+" if international else "") + digits


@lru_cache(maxsize=65536)
def _parse_cached(compact: str, region: str | None) -> tuple[str, str] | None:
    import phonenumbers

    if region is not None and not _trunk_prefix_ok(compact, region):
        return None
    number, decided = fast_verdict(compact, region)
    if number is None:
        if decided:
            return None
        try:
            number = phonenumbers.parse(compact, region)
        except phonenumbers.NumberParseException:
            return None
    # number_type() is UNKNOWN exactly when is_valid_number() is False; calling
    # it alone halves the cost of a valid number.
    number_type = fast_number_type(number)
    if number_type == phonenumbers.PhoneNumberType.UNKNOWN:
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, _type_names()[number_type]


def _trunk_prefix_ok(digits: str, region: str) -> bool:
    """National forms in trunk-"0" countries must carry the 0 (CN mobiles excepted)."""
    if region not in _TRUNK_ZERO_REGIONS or digits.startswith("0"):
        return True
    return region == "CN" and len(digits) == 11 and digits.startswith("1")


@cache
def _type_names() -> dict[int, str]:
    from phonenumbers import PhoneNumberType

    return {
        value: name.lower()
        for name, value in vars(PhoneNumberType).items()
        if name.isupper() and isinstance(value, int)
    }


def canonical_phone(value: str, country_hint: str | None = None) -> str | None:
    """E.164 for a number typed in any spelling, or None."""
    from tipoff.indicators.normalize import fold

    regions = (country_hint.upper(),) if country_hint else ()
    result = parse_phone(fold(value), regions)
    return result[0] if result else None
