"""Messaging handles in several languages and platform links."""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize, extract


def handles(text: str, country: str | None = None) -> set[str]:
    return {f.value for f in extract(text, country_hint=country) if f.kind.value == "handle"}


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Add me on Telegram @CryptoMentor_88", None, {"telegram:cryptomentor_88"}),
        ("join t.me/+AbCdEfGhIjKl", None, {"telegram:+AbCdEfGhIjKl"}),
        ("https://t.me/s/VipSignals", None, {"telegram:vipsignals"}),
        ("LINE ID: Shop.Helper", None, {"line:shop.helper"}),
        ("ラインID：yamada_invest まで", "JP", {"line:yamada_invest"}),
        ("ไลน์ไอดี: @richclub99", "TH", {"line:@richclub99"}),
        ("https://line.me/R/ti/p/@abc1234", None, {"line:@abc1234"}),
        ("加微信号：wxid_abc12345", "CN", {"wechat:wxid_abc12345"}),
        ("WeChat ID: kefu_8899", None, {"wechat:kefu_8899"}),
        ("카톡 아이디: money_king77", "KR", {"kakaotalk:money_king77"}),
        ("https://open.kakao.com/o/sAbCdEf1", None, {"kakaotalk:o/sAbCdEf1"}),
        ("Liên hệ Zalo: 0912 345 678", "VN", {"zalo:+84912345678"}),
        ("Hubungi WA: 0812-3456-7890", "ID", {"whatsapp:+6281234567890"}),
        ("WhatsApp: +855 12 345 678", None, {"whatsapp:+85512345678"}),
        ("Viber: +855 12 345 678", None, {"viber:+85512345678"}),
        ("Signal: +1 212 555 2368", None, {"signal:+12125552368"}),
        # An "@name" after a social platform's name is that platform's, never Telegram's.
        ("follow us on Instagram @shop_official", None, {"instagram:shop_official"}),
    ],
)
def test_handles(text: str, country: str | None, expected: set[str]) -> None:
    assert handles(text, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I was on the phone line for an hour",
        "the online form",
        "mail a@b.com",
    ],
)
def test_not_handles(text: str) -> None:
    assert handles(text) == set()


def test_canonicalize_handles() -> None:
    assert canonicalize("handle", "@SomeBody_1") == "telegram:somebody_1"
    assert canonicalize("handle", "t.me/SomeBody_1") == "telegram:somebody_1"
    assert canonicalize("handle", "telegram:somebody_1") == "telegram:somebody_1"
    assert canonicalize("handle", "whatsapp:+85512345678") == "whatsapp:+85512345678"
    assert canonicalize("handle", "line:@abc1234") == "line:@abc1234"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("My LINE is tanaka.0707", None, {"line:tanaka.0707"}),
        ("LINE ID is tanaka_77", None, {"line:tanaka_77"}),
        ("my whatsapp is +1 212 555 2368", None, {"whatsapp:+12125552368"}),
        ("Zalo của tôi là 0912 345 678", "VN", {"zalo:+84912345678"}),
        ("WA saya adalah 0812-3456-7890", "ID", {"whatsapp:+6281234567890"}),
        ("ไลน์คือ abc_123", "TH", {"line:abc_123"}),
        ("我的微信是abc12345，加我", "CN", {"wechat:abc12345"}),
        ("카톡 아이디는 money_king77", "KR", {"kakaotalk:money_king77"}),
        ("ライン＝tanaka77", "JP", {"line:tanaka77"}),
        ("LINE：tanaka77", "JP", {"line:tanaka77"}),
    ],
)
def test_handles_stated_in_a_sentence(text: str, country: str | None, expected: set[str]) -> None:
    assert handles(text, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the phone line is busy",
        "My LINE is down",
        "my WhatsApp is the same as before",
        "The line is 2 km long",
        "The signal is 5 bars",
        "라인은 10시에 닫아요",
    ],
)
def test_copula_prose_is_not_a_handle(text: str) -> None:
    assert handles(text) == set()
