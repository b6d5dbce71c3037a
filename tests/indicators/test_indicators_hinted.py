"""``canonicalize_hinted``: an identifier given with the kind its sender named ("line",
"telegram", "account" …), as intake receives explicit identifiers."""

from __future__ import annotations

import pytest

from tipoff.indicators import canonicalize_hinted


@pytest.mark.parametrize(
    ("value", "hint", "country", "expected"),
    [
        ("yuki88", "line", None, ("handle", "line:yuki88")),
        ("@Yuki88", "LINE", None, ("handle", "line:@yuki88")),
        ("yuki_88", "telegram", None, ("handle", "telegram:yuki_88")),
        ("@yuki_88", "tg", None, ("handle", "telegram:yuki_88")),
        ("090-1234-5678", "whatsapp", "JP", ("handle", "whatsapp:+819012345678")),
        ("leo_1823", "wechat", None, ("handle", "wechat:leo_1823")),
        ("money77", "kakao", None, ("handle", "kakaotalk:money77")),
        ("0912 345 678", "zalo", "VN", ("handle", "zalo:+84912345678")),
        ("0912 345 678", "phone", "VN", ("phone", "+84912345678")),
        ("Foo.Bar+x@Example.com", "email", None, ("email", "foo.bar@example.com")),
        ("lin.ee/AbCd", "url", None, ("url", "https://lin.ee/AbCd")),
        # A platform's link that names no account keeps its URL key.
        ("http://lin.ee/AbCd", "line", None, ("url", "https://lin.ee/AbCd")),
        ("bitget-vip.top", "url", None, ("url", "https://bitget-vip.top/")),
        ("bitget-vip.top", "domain", None, ("domain", "bitget-vip.top")),
        (
            "TB1vSNpq198MFfevqnrPzXvJUT5Ahwk2Yt",
            "wallet",
            None,
            ("wallet", "tron:TB1vSNpq198MFfevqnrPzXvJUT5Ahwk2Yt"),
        ),
        ("de89 3704 0044 0532 0130 00", "iban", None, ("iban", "DE89370400440532013000")),
        ("三井住友銀行 751-1225813", "account", "JP", ("bank_account", "JP:0009:1225813")),
        ("JP:0009:1234567", "bank_account", None, ("bank_account", "JP:0009:1234567")),
        # Unknown hint: the value decides.
        ("+855 12 345 678", "contact", None, ("phone", "+85512345678")),
        ("t.me/yuki88", None, None, ("handle", "telegram:yuki88")),
    ],
)
def test_canonicalize_hinted(
    value: str, hint: str | None, country: str | None, expected: tuple[str, str]
) -> None:
    found = canonicalize_hinted(value, hint, country)
    assert found is not None
    assert (found[0].value, found[1]) == expected


@pytest.mark.parametrize(
    ("value", "hint"),
    [("", "line"), ("yuki 88", "line"), ("12", "telegram"), ("not a phone", "phone"), (None, "x")],
)
def test_canonicalize_hinted_rejects(value: object, hint: str) -> None:
    assert canonicalize_hinted(value, hint) is None  # type: ignore[arg-type]
