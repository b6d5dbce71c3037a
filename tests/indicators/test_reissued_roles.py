"""Reissued numbers, read from the victim's words (``tipoff.indicators.reissued_numbers``
through ``tipoff.indicators.roles.text_roles`` and ``tipoff.intake.analyse.reissued_named``).

A number whose carrier has since given it to someone else (the new subscriber who answers a
victim calling it from an old warning post, or who complains of strangers' calls) is
``reissued``: not the crew's in that report. The phrasings below are not those of any world
we score against; the scam's own number beside them, and a scammer posing as the carrier,
are not reissued.
"""

from __future__ import annotations

import pytest

from tipoff.indicators.extract import extract
from tipoff.indicators.roles import Field, text_roles
from tipoff.intake.analyse import reissued_named
from tipoff.model import Role
from tipoff.store.records import NewSighting

# (country, text, a part of the value's canonical form), in the nine languages intake reads
REISSUED: tuple[tuple[str, str, str], ...] = (
    (
        "PH",
        "I tried calling 0917 555 1234 from the warning post, but the man who picked up said"
        " the network assigned him that number two weeks ago.",
        "+639175551234",
    ),
    (
        "US",
        "People keep texting me about a crypto scam. My phone (646) 555-0199 is a recycled"
        " number I got in June.",
        "+16465550199",
    ),
    (
        "JP",
        "被害情報に載っていた080-1234-5678にかけると、ドコモで新規契約したばかりの方が出ました。",
        "+818012345678",
    ),
    ("CN", "我拨打了138 0013 8000，接电话的人说这是二次号，刚办的。", "+8613800138000"),
    (
        "TW",
        "打去0912-345-678，接聽的先生說這個號碼是電信公司上週才發給他的。",
        "+886912345678",
    ),
    (
        "KR",
        "010-2345-6789로 전화해 보니 이동통신사에서 새로 개통한 번호라며 모르는 일이라고 했습니다.",
        "+821023456789",
    ),
    ("TH", "โทรไปเบอร์ 081-234-5678 คนรับบอกว่าเป็นเบอร์รีไซเคิล เพิ่งซื้อซิมมา", "+66812345678"),
    (
        "VN",
        "Tôi gọi lại 0912 345 678 thì người nghe nói đây là số Viettel vừa cấp lại cho anh ấy.",
        "+84912345678",
    ),
    (
        "ID",
        "Waktu saya telepon 0812-3456-7890, yang angkat bilang itu nomor baru dari Telkomsel.",
        "+6281234567890",
    ),
    (
        "PH",
        "Tinawagan ko ang 0918 123 4567 pero sabi ng sumagot, binigyan lang siya ng network ng"
        " bagong SIM noong isang linggo.",
        "+639181234567",
    ),
    (
        "KH",
        "ខ្ញុំហៅទៅលេខ 012 345 678 អ្នកទទួលនិយាយថា ប្រតិបត្តិករទើបលក់ស៊ីមថ្មីនេះឱ្យគាត់",
        "+85512345678",
    ),
)


def _role_of(text: str, country: str, wanted: str) -> Role:
    found = extract(text, country_hint=country)
    roles = text_roles(text, found, Field.NARRATIVE)
    hits = [role for item, role in zip(found, roles, strict=True) if wanted in item.value]
    assert hits, f"{wanted!r} not extracted from {text!r}: {[f.value for f in found]}"
    return hits[0]


@pytest.mark.parametrize(("country", "text", "wanted"), REISSUED)
def test_a_number_its_carrier_gave_to_someone_else(country: str, text: str, wanted: str) -> None:
    assert _role_of(text, country, wanted) is Role.REISSUED


# Not reissued: the scam's own number beside a caller's story, a scammer posing as the
# carrier, another party's number after the words, a number with no carrier words near.
NOT_REISSUED: tuple[tuple[str, str, str], ...] = (
    (
        "PH",
        "They contacted me from 0918 765 4321. I called 0917 555 1234 from an old post and the"
        " lady said the network gave her that SIM last month.",
        "+639187654321",
    ),
    (
        "PH",
        "A man claiming to be from the network said my SIM would be reissued and called me"
        " from 0917 555 1234.",
        "+639175551234",
    ),
    (
        "PH",
        "The platform operator gave me his number 0917 555 1234 to confirm the deposit.",
        "+639175551234",
    ),
    (
        "US",
        "They contacted me from +1 646 555 0142 and gave me a new account to pay into.",
        "+16465550142",
    ),
    (
        "JP",
        "携帯会社を名乗る男から080-1234-5678で電話があり、新しいSIMを発行すると言われました。",
        "+818012345678",
    ),
    (
        "CN",
        "自称运营商客服的人用138 0013 8000打来，说要重新分配我的套餐。",
        "+8613800138000",
    ),
)


@pytest.mark.parametrize(("country", "text", "wanted"), NOT_REISSUED)
def test_the_scams_own_number_is_not_reissued(country: str, text: str, wanted: str) -> None:
    assert _role_of(text, country, wanted) is not Role.REISSUED


def _sighting(role: str, source: str) -> NewSighting:
    return NewSighting("phone", "+639175551234", role, "0917 555 1234", source, None, None)


def test_a_reissued_number_is_reissued_in_the_reporters_list_too() -> None:
    """The reporter listed the number they called (as a contact, or with no role); their
    own words say whose it is now. A payee and a scammer's sender id keep theirs."""
    found = [
        _sighting("reissued", "narrative"),
        _sighting("contact", "identifiers.0"),
        _sighting("mentioned", "identifiers.1"),
        _sighting("payee_account", "payments.0"),
        _sighting("caller", "messages.0.from_id"),
    ]
    roles = [s.role for s in reissued_named(found)]
    assert roles == ["reissued", "reissued", "reissued", "payee_account", "caller"]
