"""Handles a victim states without a ":" — glued to words of another script, after a copula,
a possessive, an official-account word or a copied "ID" label — and the ordinary text that
must give no handle."""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize_hinted, extract


def handles(text: str, country: str | None = None) -> set[str]:
    return {f.value for f in extract(text, country_hint=country) if f.kind.value == "handle"}


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a Latin platform name glued to the word before it, the ID after a space
        ("让我加WeChat wxid_abc", "CN", {"wechat:wxid_abc"}),
        ("他让我加WeChat kefu2024。电话", "CN", {"wechat:kefu2024"}),
        ("แอดLINE somchai99 แล้วโอน", "TH", {"line:somchai99"}),
        ("ไอดีLINE nong_fah ค่ะ", "TH", {"line:nong_fah"}),
        ("ให้แอดTG boss_888 ด่วน", "TH", {"telegram:boss_888"}),
        ("liên hệ qua TG hoang.tran88 nhé", "VN", {"telegram:hoang_tran88"}),
        # a name in the text's own script glued to the ID, or one space between
        ("加微信abc123", "CN", {"wechat:abc123"}),
        ("ไลน์ไอดีabc", "TH", {"line:abc"}),
        ("ให้แอดไอดีไลน์ somsak คุยต่อ", "TH", {"line:somsak"}),
        ("카톡아이디abc123", "KR", {"kakaotalk:abc123"}),
        ("让我加电报 kentrader。平台", "CN", {"telegram:kentrader"}),
        # a copula after the name: a Latin word in another script is the ID, digits or not
        ("王老师的vx是jenny.asset。平台", "CN", {"wechat:jenny.asset"}),
        ("李老师的V信是miavip。我打了", "CN", {"wechat:miavip"}),
        ("their telegram was wang.wealth57. Phone", None, {"telegram:wang_wealth57"}),
        ("ให้แอดTG was_here88 ด่วน", "TH", {"telegram:was_here88"}),
        # a possessive after the name (Tagalog, Indonesian)
        ("Telegram niya kevincs5700. ang website", "PH", {"telegram:kevincs5700"}),
        # an official account's "@" ID after "OA" / "公式" / a particle
        ("คนร้ายใช้ LINE OA @493svxeg คุย", "TH", {"line:@493svxeg"}),
        ("LINE公式 @296vaphbとやり取り", "JP", {"line:@296vaphb"}),
        ("LINEで@abc追加してください", "JP", {"line:@abc"}),
        # an "ID" label copied after the ID word
        ("LINEのIDはID: alex.trader16。その後", "JP", {"line:alex.trader16"}),
        # a name that is also a host, after a Telegram word, and a dotted t.me link
        ("their telegram was @david.vip", None, {"telegram:david_vip"}),
        ("telegram niya t.me/ken.mentor", "PH", {"telegram:ken_mentor"}),
        # WeChat IDs written with a dot and longer IDs than the platforms allow are kept
        ("微信号：coco.official1280。网站", "CN", {"wechat:coco.official1280"}),
        ("카톡 아이디 ericofficialtrade6200입니다", "KR", {"kakaotalk:ericofficialtrade6200"}),
    ],
)
def test_stated_handles(text: str, country: str | None, expected: set[str]) -> None:
    assert handles(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # LINE's and WeChat's own services and ordinary words after the names
        ("LINE Payで支払いました。LINE WORKSで連絡", "JP"),
        ("LINE 2通のメッセージが来た", "JP"),
        ("我用微信支付了500元，微信 pay", "CN"),
        ("WeChat Pay 300 yuan for dinner", None),
        # English "line" and "tg" are words, not platforms
        ("I was on the line for 20 minutes, my line was busy", None),
        ("the tg 12345 order arrived", None),
        ("Telegram yesterday said the order 20240105 shipped", None),
        # a flight, a date, an amount, an order number, an OTP, a phone after the names
        ("坐飞机 CA1234 去北京", "CN"),
        ("ไลน์ 12/05/2024 โอน 5,000 บาท", "TH"),
        ("微信 订单号 20240512 金额 300", "CN"),
        ("LINE 認証コード 482913 を入力", "JP"),
        # a host after an "@" with no Telegram word, and an e-mail
        ("write to support@david.vip now", None),
        ("my shop @ 12 Main St", None),
    ],
)
def test_no_handle_in_ordinary_text(text: str, country: str | None) -> None:
    assert handles(text, country) == set()


def test_the_id_glued_to_the_next_word_stops_at_the_script_change() -> None:
    assert handles("加微信abc123然后转账", "CN") == {"wechat:abc123"}
    assert handles("แอดLINE somchai99โอนเงิน", "TH") == {"line:somchai99"}


@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [
        ("ID: mikecs200", "line", "line:mikecs200"),
        ("LINE ID: yuki88", "line", "line:yuki88"),
        ("카톡 아이디 jason_fx8548", "kakaotalk", "kakaotalk:jason_fx8548"),
        ("id: abc_12", "telegram", "telegram:abc_12"),
        ("idiot123", "telegram", "telegram:idiot123"),
    ],
)
def test_a_copied_label_is_read_off_a_hinted_handle(value: str, kind: str, expected: str) -> None:
    found = canonicalize_hinted(value, kind, "TH")
    assert found is not None and found[1] == expected


def test_another_platforms_label_is_no_label() -> None:
    assert canonicalize_hinted("Facebook ID abcdef1", "line", "TH") is None
