"""Parsing one written number: E.164 and line type through phonenumbers, with a cache.

``phones`` finds the runs of digits worth asking about; this module answers, for one
run, whether it spells a valid number: national forms with the regions tried (the
trunk prefix required in trunk-"0" countries), international ones with "+" or "00",
and international numbers written without "+" (``plusless``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from tipoff.indicators.hotlines import hotline_table
from tipoff.indicators.normalize import fold
from tipoff.indicators.phone_context import looks_like_other_number
from tipoff.indicators.phone_fastpath import fast_verdict
from tipoff.indicators.phone_fastpath import number_type as fast_number_type
from tipoff.indicators.unlisted_mobiles import is_unlisted_mobile

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

_NON_DIGIT_RE = re.compile(r"[^0-9]+")
_TRUNK_MARK_RE = re.compile(r"^(\+\s?\d{1,3})[\s-]*\(0\)")
MIN_DIGITS = 8
MAX_DIGITS = 15
# Regions whose national numbers start with a trunk "0".
TRUNK_ZERO_REGIONS = frozenset(
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

# Mobiles that trunk-"0" countries write without their 0 as often as with it: Chinese ones
# (11 digits from 1: "13812345678") and Indian ones (10 digits from 6 to 9: "98765 43210",
# the 0 being a dialling prefix Indians drop). Other bare national numbers there are read
# as order numbers, amounts and dates are.
BARE_MOBILES = {"CN": re.compile(r"1[0-9]{10}"), "IN": re.compile(r"[6-9][0-9]{9}")}
# The digits such a mobile starts with, per region (the scan's cheap first test).
BARE_FIRST_DIGITS = {"CN": "1", "IN": "6789"}


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
            return _free_line_as_written(written, compact, region, result) or result
    return None


_FREE_LINE_TYPES = ("toll_free", "shared_cost")
_DIGIT_GROUP_RE = re.compile(r"[0-9]+")


def _free_line_as_written(
    written: str, compact: str, region: str, reading: tuple[str, str]
) -> tuple[str, str] | None:
    """Another region's toll-free or shared-cost line, where the written grouping is that
    line's and not the reading's in ``region`` ("1800-255-0000" in a Chinese report is
    Singapore's toll-free line, grouped 4-3-4 as Singapore writes it; a Chinese mobile with
    those digits is written 180-0255-0000). None where the reading stands."""
    if reading[1] in _FREE_LINE_TYPES or compact.startswith("+"):
        return None
    groups = _DIGIT_GROUP_RE.findall(written)
    regions = _free_line_regions().get(groups[0]) if len(groups) > 1 else None
    if not regions:
        return None
    return _free_line_reading(compact, tuple(len(g) for g in groups), region, regions)


@lru_cache(maxsize=16384)
def _free_line_reading(
    compact: str, groups: tuple[int, ...], region: str, candidates: tuple[str, ...]
) -> tuple[str, str] | None:
    import phonenumbers

    if _national_groups(phonenumbers.parse(compact, region)) == groups:
        return None  # written as the reporter's region writes it
    for other in candidates:
        try:
            number = phonenumbers.parse(compact, other)
        except phonenumbers.NumberParseException:
            continue
        kind = _type_names()[phonenumbers.number_type(number)]
        if kind in _FREE_LINE_TYPES and _national_groups(number) == groups:
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), kind
    return None


def _national_groups(number: PhoneNumber) -> tuple[int, ...]:
    """Digit-group lengths of the number in its region's national format."""
    import phonenumbers

    text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return tuple(len(g) for g in _DIGIT_GROUP_RE.findall(text))


@cache
def _free_line_regions() -> dict[str, tuple[str, ...]]:
    """First written group of a toll-free or shared-cost line ("1800", "0120", "0800") ->
    the regions whose example line of that type starts so (phonenumbers' metadata), tipoff's
    markets first (the regions of its hotline table, in its order), then the rest A-Z:
    "1800 255 0000" is a toll-free line in Singapore, the Philippines and India alike."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    markets = list(hotline_table())
    found: dict[str, set[str]] = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        metadata = PhoneMetadata.metadata_for_region(region)
        if metadata is None:
            continue
        for line in (metadata.toll_free, metadata.shared_cost):
            if line is None or not line.example_number:
                continue
            example = phonenumbers.parse(line.example_number, region)
            national = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.NATIONAL)
            first = _DIGIT_GROUP_RE.findall(national)
            if first:
                found.setdefault(first[0], set()).add(region)

    def order(region: str) -> tuple[int, str]:
        return (markets.index(region) if region in markets else len(markets), region)

    return {first: tuple(sorted(regions, key=order)) for first, regions in found.items()}


def _compact(written: str) -> str | None:
    """Digits with a leading "+", the "(0)" trunk marker of international forms removed."""
    text = written.strip()
    if text.startswith("(+"):
        text = text[1:]  # "(+95) 9 205 4335": the country code in brackets, not a national form
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
        if decided and not compact.startswith("+"):
            return None
        try:
            number = phonenumbers.parse(compact, region)
        except phonenumbers.NumberParseException:
            return None
    # number_type() is UNKNOWN exactly when is_valid_number() is False; calling
    # it alone halves the cost of a valid number.
    number_type = fast_number_type(number)
    if number_type == phonenumbers.PhoneNumberType.UNKNOWN:
        # Written with its country code, a mobile in a block the metadata lacks is kept.
        if not compact.startswith("+") or not is_unlisted_mobile(number):
            return None
        number_type = phonenumbers.PhoneNumberType.MOBILE
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, _type_names()[number_type]


def _trunk_prefix_ok(digits: str, region: str) -> bool:
    """National forms in trunk-"0" countries must carry the 0 (mobiles that are written
    without it excepted: BARE_MOBILES)."""
    if region not in TRUNK_ZERO_REGIONS or digits.startswith("0"):
        return True
    bare = BARE_MOBILES.get(region)
    return bare is not None and bare.fullmatch(digits) is not None


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
    regions = (country_hint.upper(),) if country_hint else ()
    result = parse_phone(fold(value), regions)
    return result[0] if result else None


@lru_cache(maxsize=16384)
def plusless(part: str, *, spaced: bool) -> tuple[int, int, str, str] | None:
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
