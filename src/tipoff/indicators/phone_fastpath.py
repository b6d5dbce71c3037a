"""A shortcut past ``phonenumbers.parse`` for unambiguous spellings.

``parse`` costs ~50 µs because it handles every spelling (extensions, carrier
codes, Italian leading zeros, numbers that repeat the country code …). The
candidates tipoff hands it are already plain digits, and most are simple: a
"+", a country calling code and a national number, or a national number behind
a plain trunk prefix ("0"). For those, the PhoneNumber is built directly and
validated with ``number_type`` (the same check ``is_valid_number`` makes). It
also *rejects* where parse would provably build the same PhoneNumber (or one
that fails the region's general pattern either way); anything unusual (IDD
prefixes, carrier codes, shared country codes, leading zeros) goes to
``parse``, so its answers equal parse's (tests compare the two on random input).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # phonenumbers itself loads on first use
    from phonenumbers import PhoneNumber, PhoneNumberDesc, PhoneNumberType

# (possible lengths, national number pattern) of one number type.
Desc = tuple[frozenset[int], re.Pattern[str]]
# general, (type, desc) in test order, fixed line, mobile, same fixed/mobile?, leading digits
Compiled = tuple[
    Desc | None,
    tuple[tuple[int, Desc], ...],
    Desc | None,
    Desc | None,
    bool,
    re.Pattern[str] | None,
]
# (valid number or None, whether that answer is final)
Verdict = tuple["PhoneNumber | None", bool]
# country code, national prefix, IDD, general desc, shared country code?
RegionInfo = tuple[int, re.Pattern[str] | None, re.Pattern[str] | None, Desc | None, bool]


@cache
def _calling_codes() -> frozenset[str]:
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return frozenset(str(code) for code in COUNTRY_CODE_TO_REGION_CODE)


@cache
def _prefix_for_parsing(country_code: int) -> re.Pattern[str] | None:
    from phonenumbers import PhoneMetadata
    from phonenumbers import region_code_for_country_code as region_of

    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, region_of(country_code)
    )
    pattern = metadata.national_prefix_for_parsing if metadata else None
    return re.compile(pattern) if pattern else None


def compile_metadata(*, region: str | None = None, country_code: int | None = None) -> None:
    """Load and compile the metadata of a region or calling code now (see preload.py)."""
    _calling_codes()
    if region is not None:
        _compiled_desc(region)
        _region_info(region)
    if country_code is not None:
        _prefix_for_parsing(country_code)


def fast_number(compact: str, region: str | None) -> PhoneNumber | None:
    """A valid PhoneNumber for ``compact`` ("+85512345678" or national digits), or None
    when the shortcut does not apply or finds it invalid."""
    return fast_verdict(compact, region)[0]


def fast_verdict(compact: str, region: str | None) -> Verdict:
    """(valid number, True), (None, True) when surely invalid, (None, False) when only
    ``parse`` can tell."""
    if compact.startswith("+"):
        return _international(compact[1:])
    if region is None:
        return None, False
    return _national(compact, region)


def _international(digits: str) -> Verdict:
    codes = _calling_codes()
    for size in (1, 2, 3):
        code = digits[:size]
        if code in codes:
            national = digits[size:]
            prefix = _prefix_for_parsing(int(code))
            # "+81 090…" (trunk prefix kept) and leading zeros need parse's rules.
            if (
                not national
                or national[0] == "0"
                or (prefix is not None and prefix.match(national))
            ):
                return None, False
            return _verdict(int(code), national)
    return None, digits[:1] != "0"  # no country code: parse raises (unless it starts with 0)


def _national(digits: str, region: str) -> Verdict:
    info = _region_info(region)
    if info is None:
        return None, False
    country_code, prefix, idd, general, shared = info
    if digits.startswith(str(country_code)) or (idd is not None and idd.match(digits)):
        return None, False  # parse may read a country code out of it
    match = prefix.match(digits) if prefix is not None else None
    if match is None:
        if digits[:1] == "0":
            return None, False
        return _verdict(country_code, digits, decide=not shared)
    if any(group is not None for group in match.groups()):
        return None, False  # carrier codes and transform rules
    stripped = digits[match.end() :]
    viable_stripped = _matches(stripped, general)
    if not viable_stripped and not _matches(digits, general) and not shared:
        return None, True  # neither spelling fits the region's numbers
    if not viable_stripped or not stripped or stripped[0] == "0":
        return None, False
    return _verdict(country_code, stripped, decide=not shared)


def _verdict(country_code: int, national: str, *, decide: bool = True) -> Verdict:
    number = _valid(country_code, national)
    return number, number is not None or decide


@cache
def _region_info(region: str) -> RegionInfo | None:
    """(country code, national prefix pattern, IDD pattern, general desc, shared code?)."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata

    metadata = PhoneMetadata.metadata_for_region(region)
    compiled = _compiled_desc(region)
    if metadata is None or metadata.country_code is None or compiled is None:
        return None
    prefix = metadata.national_prefix_for_parsing
    idd = metadata.international_prefix
    shared = len(COUNTRY_CODE_TO_REGION_CODE.get(metadata.country_code, ())) != 1
    return (
        metadata.country_code,
        re.compile(prefix) if prefix else None,
        re.compile(idd) if idd else None,
        compiled[0],
        shared,
    )


def _valid(country_code: int, national: str) -> PhoneNumber | None:
    import phonenumbers

    number = phonenumbers.PhoneNumber(country_code=country_code, national_number=int(national))
    if number_type(number) == phonenumbers.PhoneNumberType.UNKNOWN:
        return None
    return number


# number_type() with the metadata patterns compiled once. phonenumbers looks each
# pattern up in its regex cache on every call, which is most of its cost; the
# logic below is phonenumbers' _number_type_helper and region lookup, unchanged.
_TYPE_ORDER = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
)


@cache
def _compiled_desc(region: str) -> Compiled | None:
    from phonenumbers import PhoneMetadata, PhoneNumberType

    metadata = PhoneMetadata.metadata_for_region(region, None)
    if metadata is None:
        return None

    def desc(number_desc: PhoneNumberDesc | None) -> Desc | None:
        if number_desc is None or not number_desc.national_number_pattern:
            return None
        return frozenset(number_desc.possible_length), re.compile(
            number_desc.national_number_pattern
        )

    # Types the region has no pattern for never match: left out, the order kept.
    ordered = tuple(
        (getattr(PhoneNumberType, name.upper()), compiled)
        for name in _TYPE_ORDER
        if (compiled := desc(getattr(metadata, name))) is not None
    )
    leading = re.compile(metadata.leading_digits) if metadata.leading_digits is not None else None
    return (
        desc(metadata.general_desc),
        ordered,
        desc(metadata.fixed_line),
        desc(metadata.mobile),
        bool(metadata.same_mobile_and_fixed_line_pattern),
        leading,
    )


def _matches(national: str, compiled: Desc | None) -> bool:
    if compiled is None:
        return False
    lengths, pattern = compiled
    if lengths and len(national) not in lengths:
        return False
    return pattern.fullmatch(national) is not None


@cache
def _phonenumbers() -> Any:  # the module, imported on first use (a per-call import costs ~1 µs)
    import phonenumbers

    return phonenumbers


def _number_types() -> type[PhoneNumberType]:
    number_types: type[PhoneNumberType] = _phonenumbers().PhoneNumberType
    return number_types


def _type_in_region(national: str, compiled: Compiled) -> int:
    PhoneNumberType = _number_types()
    general, ordered, fixed_line, mobile, same_pattern, _ = compiled
    if not _matches(national, general):
        return PhoneNumberType.UNKNOWN
    length = len(national)
    for number_type, (lengths, pattern) in ordered:  # _matches, inlined: ~10 tests a number
        if (not lengths or length in lengths) and pattern.fullmatch(national) is not None:
            return number_type
    if _matches(national, fixed_line):
        if same_pattern or _matches(national, mobile):
            return PhoneNumberType.FIXED_LINE_OR_MOBILE
        return PhoneNumberType.FIXED_LINE
    if not same_pattern and _matches(national, mobile):
        return PhoneNumberType.MOBILE
    return PhoneNumberType.UNKNOWN


def number_type(number: PhoneNumber) -> int:
    """phonenumbers.number_type(number), with compiled patterns (UNKNOWN = invalid)."""
    phonenumbers = _phonenumbers()
    unknown: int = _number_types().UNKNOWN
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(number.country_code)
    if not regions:
        return unknown
    national = phonenumbers.national_significant_number(number)
    if len(regions) == 1:
        compiled = _compiled_desc(regions[0]) if regions[0] != "001" else None
        if compiled is None:
            return phonenumbers_number_type(number)
        return _type_in_region(national, compiled)
    for region in regions:
        compiled = _compiled_desc(region.upper())
        if compiled is None:
            continue
        leading = compiled[5]
        if leading is not None:
            if leading.match(national):
                return _type_in_region(national, compiled)
        elif (found := _type_in_region(national, compiled)) != unknown:
            return found
    return phonenumbers_number_type(number)


def phonenumbers_number_type(number: PhoneNumber) -> int:
    import phonenumbers

    return phonenumbers.number_type(number)
