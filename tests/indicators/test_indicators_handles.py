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
    ],
)
def test_handles(text: str, country: str | None, expected: set[str]) -> None:
    assert handles(text, country) == expected


@pytest.mark.parametrize(
    "text",
    ["I was on the phone line for an hour", "the online form", "follow us on Instagram @shop_official", "mail a@b.com"],
)
def test_not_handles(text: str) -> None:
    assert handles(text) == set()


def test_canonicalize_handles() -> None:
    assert canonicalize("handle", "@SomeBody_1") == "telegram:somebody_1"
    assert canonicalize("handle", "t.me/SomeBody_1") == "telegram:somebody_1"
    assert canonicalize("handle", "telegram:somebody_1") == "telegram:somebody_1"
    assert canonicalize("handle", "whatsapp:+85512345678") == "whatsapp:+85512345678"
    assert canonicalize("handle", "line:@abc1234") == "line:@abc1234"
