"""Property tests: no input crashes the extractor; canonical values are fixed points."""

from __future__ import annotations

import phonenumbers
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tipoff.indicators import canonicalize, extract
from tipoff.model import IndicatorKind

PIECES = [
    "+855 (0)12 345 678",
    "090-1234-5678",
    "０９０－１２３４",
    "hxxps://a[.]top/x",
    "t.me/+AbCdEfGhIj",
    "a@b.co",
    "[at]",
    "(dot)",
    "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
    "bc1q",
    "0x",
    "IBAN DE89 3704",
    "三井住友銀行 ",
    "Vietcombank STK ",
    "LINE ID: ",
    "微信号：",
    "@name_1",
    "wa.me/855",
    "。",
    "ー",
    " ",
    "ธนาคารกสิกรไทย ",
    "SWIFT: ",
    "\n",
    "\u0000",
    "\ud7ff",
    "İ",
    "ß",
    "\u200b",
    "://",
    "..",
    "@@",
]
texty = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=20).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), st.sampled_from([None, "JP", "TH", "VN", "US", "xx", "", "ZZZ"]))
def test_any_unicode_string_is_safe(text: str, hint: str | None) -> None:
    for found in extract(text, country_hint=hint):
        assert 0 <= found.start < found.end <= len(text)
        assert found.raw == text[found.start : found.end]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texty, st.sampled_from([None, "JP", "TH", "VN", "KR", "CN", "ID"]))
@example("hxxps://a[.]top/x://", None)  # "/x:/" lost its slash, then a second reading its ":"
def test_found_values_are_canonical_fixed_points(text: str, hint: str | None) -> None:
    for found in extract(text, country_hint=hint):
        assert canonicalize(found.kind, found.value, country_hint=hint) == found.value, found


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)))
def test_example_phone_numbers_are_fixed_points(region: str) -> None:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:
        return
    e164 = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    assert canonicalize(IndicatorKind.PHONE, e164) == e164


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(list(IndicatorKind)), st.text(max_size=80))
def test_canonicalize_never_raises(kind: IndicatorKind, value: str) -> None:
    result = canonicalize(kind, value)
    if result is not None:
        assert canonicalize(kind, result) == result


def test_fixed_point_regressions_found_by_fuzzing() -> None:
    for text, hint in [
        ("微信号：Wz090-1234-5678", "JP"),  # a WeChat ID that contains a phone spelling
        ("w.+H@a7qwa.me", None),  # "+tag" removal leaves a trailing dot
        ("LINE ID: ０９０－１２３４bc1q０8", "TH"),
    ]:
        for found in extract(text, country_hint=hint):
            assert canonicalize(found.kind, found.value, country_hint=hint) == found.value, found
