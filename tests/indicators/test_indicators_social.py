"""Social-media accounts (Instagram, Facebook, TikTok, Snapchat, X) as handle platforms.

Before: an "@name" after Instagram or Snapchat was Telegram's or nothing, "Instagram:
name", "Snapchat name" and "インスタ name" gave nothing, a kind hint "instagram" was
ignored, and instagram.com/<name> was a URL only, so it never met "@name on Instagram".
"""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize, canonicalize_hinted, extract
from tipoff.model import IndicatorKind


def handles(text: str, country: str | None = None) -> set[str]:
    return {f.value for f in extract(text, country_hint=country) if f.kind is IndicatorKind.HANDLE}


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # the brief's forms
        ("Snapchat @yuki.service8993", None, {"snapchat:yuki.service8993"}),
        ("Instagram: lindaadmin9252", None, {"instagram:lindaadmin9252"}),
        ("Snapchat jack.admin456", None, {"snapchat:jack.admin456"}),
        ("Snapchat: jack.admin456", None, {"snapchat:jack.admin456"}),
        ("インスタ alexmgr3186", "JP", {"instagram:alexmgr3186"}),
        ("インスタ alexmgr3186", None, {"instagram:alexmgr3186"}),
        ("@alexmgr3186 on Instagram", None, {"instagram:alexmgr3186"}),
        ("instagram.com/alexmgr3186", None, {"instagram:alexmgr3186"}),
        # Instagram keeps its dot: two accounts
        ("IG @nina.admin9261", None, {"instagram:nina.admin9261"}),
        ("IG: nina_admin9261", None, {"instagram:nina_admin9261"}),
        ("インスタグラムID：Nina.Admin", "JP", {"instagram:nina.admin"}),
        ("인스타 yuna_88 로 연락", "KR", {"instagram:yuna_88"}),
        ("ติดต่อไอจี somchai_99 ครับ", "TH", {"instagram:somchai_99"}),
        ("@yuki.trade (IG)", None, {"instagram:yuki.trade"}),
        # Facebook: periods and case do not count; numeric profile ids
        ("FB: John.Smith.55", None, {"facebook:johnsmith55"}),
        ("facebook.com/johnsmith55 and fb.com/John.Smith55", None, {"facebook:johnsmith55"}),
        ("他的脸书：wang.li88", "CN", {"facebook:wangli88"}),
        ("https://www.facebook.com/profile.php?id=100087654321", None, {"facebook:100087654321"}),
        ("facebook.com/people/Nina-Admin/100087654321/", None, {"facebook:100087654321"}),
        ("m.me/shop.xyz.official", None, {"facebook:shopxyzofficial"}),
        # TikTok, X
        ("https://www.tiktok.com/@coach.mia_88/video/7301", None, {"tiktok:coach.mia_88"}),
        ("틱톡 mia_trades", "KR", {"tiktok:mia_trades"}),
        ("Follow X: @CryptoKing_77", None, {"x:cryptoking_77"}),
        ("Twitter: CryptoKing_77", None, {"x:cryptoking_77"}),
        ("https://twitter.com/CryptoKing_77/status/1", None, {"x:cryptoking_77"}),
        ("x.com/cryptoking_77", None, {"x:cryptoking_77"}),
        ("snapchat.com/add/jack.admin456", None, {"snapchat:jack.admin456"}),
        # messengers unchanged beside them
        (
            "TikTok @mia.trades9 and Telegram @mia_support",
            None,
            {"tiktok:mia.trades9", "telegram:mia_support"},
        ),
    ],
)
def test_social_handles(text: str, country: str | None, expected: set[str]) -> None:
    assert handles(text, country) == expected


@pytest.mark.parametrize(
    "text",
    [
        "instagram.com/p/Cxyz123AbC",
        "https://www.instagram.com/reel/Cxyz123/",
        "instagram.com/explore/tags/crypto",
        "facebook.com/groups/123456789",
        "https://www.facebook.com/marketplace/item/123456",
        "facebook.com/share/abc123",
        "x.com/home",
        "https://x.com/i/status/1",
        "twitter.com/search?q=scam",
        "tiktok.com/discover/crypto",
        "Box size x: 5 kg",
        "Size X: large",
        "x = y",
        "my Instagram yesterday",
        "I saw it on Facebook page 2",
        "big: win",
        # seen in real SMS (shared/data): an "X ID" of poker ads, a version, a login short link
        "X ID untuk semua Permainan",
        "Download new Tiktok v1 from below",
        "Review the login: https://fb.me/1StLG2QFSLEzLYY",
        "experience using Facebook, Twitter APIsPassion for products’",
    ],
)
def test_not_social_handles(text: str) -> None:
    assert handles(text) == set()


def test_a_profile_link_and_the_written_account_share_one_key() -> None:
    text = "He found me at instagram.com/alexmgr3186 and wrote as @alexmgr3186 on Instagram"
    found = extract(text)
    keys = {(f.kind.value, f.value) for f in found}
    assert ("handle", "instagram:alexmgr3186") in keys
    assert ("url", "https://instagram.com/alexmgr3186") in keys  # kept beside, as for t.me
    assert {f.start for f in found if f.value == "instagram:alexmgr3186"} == {
        text.index("instagram.com"),
        text.index("@"),
    }


def test_platform_hosts_stay_common_and_profiles_do_not() -> None:
    found = {(f.kind.value, f.value): f.common for f in extract("instagram.com/alexmgr3186")}
    assert found[("domain", "instagram.com")] is True
    assert found[("handle", "instagram:alexmgr3186")] is False
    assert found[("url", "https://instagram.com/alexmgr3186")] is False
    instagr = {(f.kind.value, f.value): f.common for f in extract("instagr.am/alexmgr3186")}
    assert instagr[("domain", "instagr.am")] is True


@pytest.mark.parametrize(
    ("value", "hint", "expected"),
    [
        ("@nina.admin9261", "instagram", "instagram:nina.admin9261"),
        ("@nina.admin9261", "IG", "instagram:nina.admin9261"),
        ("nina.admin9261", "Instagram DM", "instagram:nina.admin9261"),
        ("John.Smith55", "facebook", "facebook:johnsmith55"),
        ("john.smith55", "messenger", "facebook:johnsmith55"),
        ("100087654321", "fb", "facebook:100087654321"),
        ("jack.admin456", "snap", "snapchat:jack.admin456"),
        ("@yuki.service8993", "snapchat", "snapchat:yuki.service8993"),
        ("@Coach.Mia_88", "tiktok", "tiktok:coach.mia_88"),
        ("@CryptoKing_77", "twitter", "x:cryptoking_77"),
        ("CryptoKing_77", "x", "x:cryptoking_77"),
        ("instagram.com/alexmgr3186", "instagram", "instagram:alexmgr3186"),
    ],
)
def test_kind_hints_name_social_platforms(value: str, hint: str, expected: str) -> None:
    assert canonicalize_hinted(value, hint) == (IndicatorKind.HANDLE, expected)


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("nina..admin", "instagram"),  # no doubled dot on Instagram
        ("a" * 31, "instagram"),
        ("nina.admin", "x"),  # X names hold no dot
        ("abc", "facebook"),  # at least five
        ("1jack", "snapchat"),  # a letter first
    ],
)
def test_names_a_platform_does_not_allow_are_no_key(value: str, hint: str) -> None:
    assert canonicalize_hinted(value, hint) is None


def test_canonical_social_handles_are_stable() -> None:
    for value in (
        "instagram:nina.admin9261",
        "facebook:johnsmith55",
        "facebook:100087654321",
        "tiktok:coach.mia_88",
        "snapchat:jack.admin456",
        "x:cryptoking_77",
    ):
        assert canonicalize("handle", value) == value
    assert canonicalize("handle", "Instagram:Nina.Admin9261") == "instagram:nina.admin9261"
    assert canonicalize("handle", "facebook:John.Smith.55") == "facebook:johnsmith55"


@pytest.mark.parametrize(
    "text",
    [
        "Twitter: n4z9fvd4 is your code",
        "LINE: ab12cd 是您的验证码",
        "Kakao: q7w8e9 인증번호입니다",
        "Zalo: zx81kq là mã xác thực của bạn",
    ],
)
def test_a_platform_s_one_time_code_is_not_an_account(text):
    assert [f for f in extract(text) if f.kind is IndicatorKind.HANDLE] == []


def test_an_account_before_other_words_is_kept():
    assert [f.value for f in extract("Twitter: nina_88 is your contact")] == ["x:nina_88"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("LINE ID: abc123 は私のIDです、電話番号も送ります", "line:abc123"),
        ("카톡 아이디: rglw7tjvk 인증번호 482913 을 알려줬어요.", "kakaotalk:rglw7tjvk"),
        ("Telegram: @john_k9 is your contact for the pin code", "telegram:john_k9"),
    ],
)
def test_a_code_word_later_in_the_sentence_keeps_the_account(text, value):
    assert value in [f.value for f in extract(text) if f.kind is IndicatorKind.HANDLE]
