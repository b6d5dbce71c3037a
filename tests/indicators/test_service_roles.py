"""Services the victim used, and real companies the scam named, read from the victim's words
(``tipoff.indicators.service_words`` through ``tipoff.indicators.roles.text_roles``).

A seller of USDT, an exchange or a crypto ATM serves the victims of many crews: ``service``.
A real company the scam claimed as its partner, and a news site the victim read, are third
parties: ``reference``. The crew's own wallet and accounts stay the crew's.
"""

from __future__ import annotations

import pytest

from tipoff.indicators.extract import extract
from tipoff.indicators.roles import Field, text_roles
from tipoff.model import Role

# (country, text, the value's canonical form (or a part of it), expected role)
SERVICES: tuple[tuple[str, str, str, Role], ...] = (
    (
        "US",
        "They sent me to an OTC desk on Telegram @usdt_desk_77 to get the coins.",
        "telegram:usdt_desk_77",
        Role.SERVICE,
    ),
    (
        "SG",
        "I got my USDT from the merchant at t.me/coin_mama_sg before paying.",
        "telegram:coin_mama_sg",
        Role.SERVICE,
    ),
    (
        "PH",
        "I paid the seller's account BPI 3089 1234 56 for the crypto.",
        "308912345",
        Role.SERVICE,
    ),
    (
        "US",
        "I put $3,000 into a bitcoin ATM run by athena-bitcoin.com that evening.",
        "athena-bitcoin.com",
        Role.SERVICE,
    ),
    (
        "AU",
        "I bought USDT on independentreserve.com first.",
        "independentreserve.com",
        Role.SERVICE,
    ),
    (
        "JP",
        "指示されたとおり @jp_usdt_shop という業者から買いました。",
        "telegram:jp_usdt_shop",
        Role.SERVICE,
    ),
    ("CN", "他让我去找币商 @bi_shang_88 买币。", "telegram:bi_shang_88", Role.SERVICE),
    (
        "KR",
        "환전상 텔레그램 @kr_change_9 에게 돈을 보냈습니다.",
        "telegram:kr_change_9",
        Role.SERVICE,
    ),
    ("TH", "เขาให้ไปซื้อเหรียญจากพ่อค้า @th_coin_shop", "telegram:th_coin_shop", Role.SERVICE),
    ("VN", "Tôi phải mua USDT qua người bán @vn_usdt_ban.", "telegram:vn_usdt_ban", Role.SERVICE),
    (
        "ID",
        "Saya disuruh beli USDT dari penjual @id_jual_usdt.",
        "telegram:id_jual_usdt",
        Role.SERVICE,
    ),
    (
        "PH",
        "Pinabili ako ng USDT sa merchant na @ph_merchant_x.",
        "telegram:ph_merchant_x",
        Role.SERVICE,
    ),
    # companies claimed as partners and news sites are references
    ("US", "The recruiter said they were partners of amazon.com.", "amazon.com", Role.REFERENCE),
    (
        "AU",
        "Weeks later I read on news.com.au about the same scheme.",
        "news.com.au",
        Role.REFERENCE,
    ),
    ("JP", "楽天 rakuten.co.jpと提携していると説明されました。", "rakuten.co.jp", Role.REFERENCE),
    ("VN", "Họ bảo đây là đối tác của Shopee shopee.vn.", "shopee.vn", Role.REFERENCE),
    ("TH", "ต่อมาอ่านข่าวใน khaosod.co.th ว่าเป็นมิจฉาชีพ", "khaosod.co.th", Role.REFERENCE),
    ("ID", "Saya baru baca di detik.com bahwa itu penipuan.", "detik.com", Role.REFERENCE),
)


def _role_of(text: str, country: str, wanted: str) -> Role:
    found = extract(text, country_hint=country)
    roles = text_roles(text, found, Field.NARRATIVE)
    hits = [role for item, role in zip(found, roles, strict=True) if wanted in item.value]
    assert hits, f"{wanted!r} not extracted from {text!r}"
    return hits[0]


@pytest.mark.parametrize(("country", "text", "wanted", "role"), SERVICES)
def test_services_and_claimed_partners(country: str, text: str, wanted: str, role: Role) -> None:
    assert _role_of(text, country, wanted) is role


# The crew's own values beside such words stay the crew's (not service, not reference).
CREWS_OWN: tuple[tuple[str, str, str], ...] = (
    (
        "US",
        "I bought USDT and sent it to TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7 as they said.",
        "TLa2f6VPqDgRE67v1736s7bJ8Ray5wYjU7",
    ),
    (
        "US",
        "I bought USDT from a merchant, sent it to 0x52908400098527886E0F7030069857D2E4169EE7.",
        "0x52908400098527886e0f7030069857d2e4169ee7",
    ),
    (
        "PH",
        "The job was to complete merchant orders on https://orderhub-task.cc for commission.",
        "orderhub-task.cc",
    ),
    ("ID", "Saya transfer ke rekening BCA 6587794006 atas nama pelaku.", "6587794006"),
    (
        "JP",
        "USDTを購入して送金先アドレス TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t に送りました。",
        "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t",
    ),
)


@pytest.mark.parametrize(("country", "text", "wanted"), CREWS_OWN)
def test_a_crews_own_values_stay_the_crews(country: str, text: str, wanted: str) -> None:
    assert _role_of(text, country, wanted) not in (Role.SERVICE, Role.REFERENCE)


def test_a_scammers_message_naming_a_seller_leaves_the_field_role() -> None:
    text = "Buy USDT from our merchant @desk_helper_1 first."
    found = extract(text)
    assert text_roles(text, found, Field.SCAMMER_MESSAGE) == [Role.CONTACT]
