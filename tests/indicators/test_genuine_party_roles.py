"""The real party a scam borrowed (indicators/genuine_parties.py): a reference, not the crew's.

Also the two other ways a real party's value reached the linker: a rental or property portal's
host (the ``property-classifieds`` warninglist) and a US routing number read as a phone.
"""

from __future__ import annotations

import pytest

from tipoff.indicators import extract, is_common
from tipoff.indicators.genuine_parties import genuine_parties
from tipoff.indicators.roles import text_roles
from tipoff.model import Role


def _roles(text: str, country: str) -> dict[str, Role]:
    found = extract(text, country_hint=country)
    return {f.value: r for f, r in zip(found, text_roles(text, found), strict=True)}


@pytest.mark.parametrize(
    ("country", "text", "value"),
    [
        # the real party named right before its value
        ("US", "The real landlord's number is (415) 540-5459.", "+14155405459"),
        ("AU", "I found the genuine agent's mobile 0412 505 681 online.", "+61412505681"),
        ("GB", "The actual owner, reached on 07583 524119, had no idea.", "+447583524119"),
        ("US", "The supplier's real e-mail is accounts@acme-parts.com.", "accounts@acme-parts.com"),
        ("JP", "本物の管理会社の番号は03-1234-5678です。", "+81312345678"),
        ("CN", "真正的房东电话是139 1234 5678。", "+8613912345678"),
        ("KR", "실제 집주인 번호는 010-2345-6789입니다.", "+821023456789"),
        ("TH", "เจ้าของห้องตัวจริงเบอร์ 081 234 5678", "+66812345678"),
        ("VN", "Chủ nhà thật dùng số 0912 345 678.", "+84912345678"),
        ("ID", "Pemilik asli rumah itu nomornya 0812-3456-7890.", "+6281234567890"),
        ("PH", "Ang tunay na may-ari ay 0917 123 4567.", "+639171234567"),
        # a denial right after the value: the party asked knows nothing of the deal
        ("US", "I called (415) 540-5459, who had never heard of me.", "+14155405459"),
        ("GB", "I rang 07583 524119 and they never listed the flat.", "+447583524119"),
        ("JP", "03-1234-5678に電話したら、そのような物件はないとのことでした。", "+81312345678"),
        ("CN", "打了139 1234 5678，对方不知情。", "+8613912345678"),
        ("KR", "010-2345-6789에 전화했더니 그런 적 없다고 합니다.", "+821023456789"),
        ("TH", "โทรไป 081 234 5678 เขาไม่รู้เรื่องเลย", "+66812345678"),
        ("VN", "Tôi gọi 0912 345 678 thì họ không biết gì.", "+84912345678"),
        ("ID", "Saya hubungi 0812-3456-7890, dia tidak tahu soal iklan itu.", "+6281234567890"),
    ],
)
def test_real_party_values_are_references(country: str, text: str, value: str) -> None:
    assert _roles(text, country)[value] is Role.REFERENCE


@pytest.mark.parametrize(
    ("country", "text", "value"),
    [
        # a disguise: the scammer claims to be the real party
        (
            "US",
            "A man claiming to be the real landlord called from (415) 540-5459.",
            "+14155405459",
        ),
        ("US", "He said he was the real owner, his number is (415) 540-5459.", "+14155405459"),
        ("JP", "本物の大家を名乗る人から090-1234-5678で電話がありました。", "+819012345678"),
        # a negation
        ("US", "Their number was (415) 540-5459, not the real agent's number.", "+14155405459"),
        # the scammer's real number is the scammer's
        ("ID", "Nomor asli pelaku 0812-3456-7890.", "+6281234567890"),
        # no real party, no denial
        ("US", "The landlord's number was (415) 540-5459.", "+14155405459"),
    ],
)
def test_scam_values_stay_the_scams(country: str, text: str, value: str) -> None:
    assert _roles(text, country)[value] is not Role.REFERENCE


def test_accounts_are_never_a_real_party() -> None:
    text = "The real company's account is Chase routing 021000021 account 1234567890."
    found = extract(text, country_hint="US")
    assert found and not genuine_parties(text, found)


def test_the_phrase_names_the_nearest_value_only() -> None:
    text = "His number was (212) 477-6518. The real agent's contact is (415) 540-5459."
    roles = _roles(text, "US")
    assert roles["+14155405459"] is Role.REFERENCE
    assert roles["+12124776518"] is not Role.REFERENCE


@pytest.mark.parametrize(
    "host", ["suumo.jp", "www.zigbang.com", "591.com.tw", "rightmove.co.uk", "zillow.com"]
)
def test_property_portal_hosts_are_common(host: str) -> None:
    assert is_common("domain", host)


def test_a_listing_url_on_a_portal_still_links() -> None:
    assert not is_common("url", "https://suumo.jp/chintai/123456789")


@pytest.mark.parametrize("country", ["TH", "KR", "US", "JP"])
def test_a_labelled_routing_number_is_no_phone(country: str) -> None:
    text = "Paid to Bank of America routing 026009593 account 456100088343."
    kinds = {(f.kind.value, f.value) for f in extract(text, country_hint=country)}
    assert ("bank_account", "US:026009593:456100088343") in kinds
    assert not any(kind == "phone" for kind, _ in kinds)
