"""Mobile numbers in a block the phone metadata does not list yet.

Operators in Cambodia, Laos and Myanmar open new mobile ranges faster than libphonenumber's
metadata follows them, and a victim who writes a scammer's number with its country code
("+856 20 6616 4805", "+95 9 804 977 467") has written a phone whatever the metadata says.
Such a number is taken as a mobile when all of these hold:

- it was written in international form ("+" or "00" and a country calling code), so it is
  no amount, date or order number read with a guessed region;
- its length is a possible mobile length of that country;
- its first two national digits start some valid mobile number of that country (the
  operator's block: Laos "20", Myanmar "9x", Cambodia "88"), so a fixed line, a fictional
  "555-01xx" range or a retired prefix is not.

Pure; the per-country block tables are computed once from the metadata and cached.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

_FILL_DIGITS = "0123456789"


def is_unlisted_mobile(number: PhoneNumber) -> bool:
    """Whether ``number`` (parsed from an international form, not valid for the metadata)
    has a mobile's length and starts in one of its country's mobile blocks."""
    import phonenumbers

    reason = phonenumbers.is_possible_number_for_type_with_reason(
        number, phonenumbers.PhoneNumberType.MOBILE
    )
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        return False
    national = phonenumbers.national_significant_number(number)
    return national[:2] in _mobile_blocks(number.country_code)


@lru_cache(maxsize=256)
def _mobile_blocks(country_code: int) -> frozenset[str]:
    """The two-digit starts of the country's valid mobile numbers."""
    import phonenumbers
    from phonenumbers import PhoneMetadata

    region = phonenumbers.region_code_for_country_code(country_code)
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region)
    if metadata is None or metadata.mobile is None:
        return frozenset()
    desc = metadata.mobile
    if desc.national_number_pattern is None:
        return frozenset()
    pattern = re.compile(desc.national_number_pattern)
    general = metadata.general_desc
    lengths = desc.possible_length or (general.possible_length if general is not None else ())
    return frozenset(
        f"{first}{second}"
        for first in _FILL_DIGITS
        for second in _FILL_DIGITS
        if _starts_some_match(pattern, f"{first}{second}", lengths)
    )


def _starts_some_match(pattern: re.Pattern[str], start: str, lengths: tuple[int, ...]) -> bool:
    """Whether some number of a possible length that begins with ``start`` fits ``pattern``:
    the rest filled with one digit, or a third digit then one digit repeated."""
    for length in lengths:
        rest = length - len(start)
        if rest < 1:
            continue
        for third in _FILL_DIGITS:
            for fill in _FILL_DIGITS:
                if pattern.fullmatch(start + third + fill * (rest - 1)):
                    return True
    return False
