"""URLs, registrable domains and emails, defanged or not."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tipoff.indicators import canonicalize, extract
from tipoff.model import IndicatorKind


def found(text: str) -> set[tuple[str, str]]:
    return {(f.kind.value, f.value) for f in extract(text)}


@pytest.mark.parametrize(
    ("text", "url", "domain"),
    [
        (
            "go hxxps://secure-login[.]bitget-vip[.]top/verify now",
            "https://secure-login.bitget-vip.top/verify",
            "bitget-vip.top",
        ),
        ("hXXp://okx-pro(.)vip/login", "https://okx-pro.vip/login", "okx-pro.vip"),
        ("hxxps[://]coin-mall[dot]top/a", "https://coin-mall.top/a", "coin-mall.top"),
        (
            "ｈｔｔｐｓ：／／ｃｏｉｎ－ｍａｌｌ．ｔｏｐ／ｌｏｇｉｎ",
            "https://coin-mall.top/login",
            "coin-mall.top",
        ),
        (
            "https://shop.example.co.jp/#/register?code=Ab12",
            "https://shop.example.co.jp/#/register?code=Ab12",
            "example.co.jp",
        ),
        ("(see https://apex.vip/x).", "https://apex.vip/x", "apex.vip"),
    ],
)
def test_urls_are_refanged_and_canonical(text: str, url: str, domain: str) -> None:
    result = found(text)
    assert ("url", url) in result
    assert ("domain", domain) in result


def test_bare_host_is_a_domain_not_a_url() -> None:
    assert found("visit www.kefu-usdt.com today") == {("domain", "kefu-usdt.com")}


def test_shorteners_and_app_links_stay_urls() -> None:
    result = extract("bit.ly/3xYz9Ab and https://testflight.apple.com/join/AbCd")
    urls = {f.value for f in result if f.kind is IndicatorKind.URL}
    assert urls == {"https://bit.ly/3xYz9Ab", "https://testflight.apple.com/join/AbCd"}
    domains = {f.value: f.common for f in result if f.kind is IndicatorKind.DOMAIN}
    assert domains == {"bit.ly": True, "apple.com": True}


def test_free_hosting_subdomains_are_not_collapsed() -> None:
    assert ("domain", "apex-trade.web.app") in found("https://apex-trade.web.app/download")


@pytest.mark.parametrize(
    "text",
    [
        "report.pdf and setup.exe",
        "e.g. i.e. U.S.A.",
        "version 1.2.3.4",
        "IP 10.0.0.1",
        "foo.invalidtld",
    ],
)
def test_file_names_abbreviations_versions_are_not_domains(text: str) -> None:
    assert found(text) == set()


@pytest.mark.parametrize(
    ("text", "email"),
    [
        ("mail Scam.Boss+tag@Gmail.COM", "scam.boss@gmail.com"),
        ("support[at]coin-gold[.]xyz", "support@coin-gold.xyz"),
        ("kefu(at)usdt-help.com", "kefu@usdt-help.com"),
        ("連絡先はabc@mail.co.jpです", "abc@mail.co.jp"),
    ],
)
def test_emails(text: str, email: str) -> None:
    assert found(text) == {("email", email)}


def test_canonicalize_accepts_any_spelling() -> None:
    assert canonicalize("url", "hxxps://Bitget-VIP[.]top/login") == "https://bitget-vip.top/login"
    assert canonicalize("domain", "login.paypal.com.secure-verify.xyz") == "secure-verify.xyz"
    assert canonicalize("email", "A.B+x@EXAMPLE.org") == "a.b@example.org"
    assert canonicalize("domain", "not a domain") is None


# Attack walk of 2026-12-07 (attack2): a public check of "@" + "b." * 9000 + "c" (18 kB) cost
# 1.2 s of CPU: every dot walked back through ~126 earlier labels with a regex search each.


class _CountingPattern:
    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.calls = 0

    def search(self, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.search(*args)


@pytest.mark.parametrize(
    "text", ["@" + "b." * 9000 + "c", "a" * 5000 + "@" + "b." * 3000 + "c", "x " + "ab." * 6000]
)
def test_a_long_dotted_run_searches_each_label_once(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tipoff.indicators import urls

    counting = _CountingPattern(urls._LABEL_BEFORE_RE)
    monkeypatch.setattr(urls, "_LABEL_BEFORE_RE", counting)
    extract(text)
    assert counting.calls <= 3 * text.count("."), counting.calls


@given(
    st.lists(
        st.sampled_from(["b", "ab", "a-b", "7", "x" * 63, "[.]", ".", " ", "@", "://", "http"]),
        max_size=400,
    )
)
@settings(max_examples=200, deadline=None)
def test_the_label_chain_finds_the_same_host_starts(parts: list[str]) -> None:
    from tipoff.indicators import urls

    text = ".".join(parts)
    dots = [i for i, c in enumerate(text) if c == "."]
    for every in (1, 2, 3):  # find_urls skips some dots (inside a match, an unknown TLD)
        chain = urls._LabelChain()
        for dot in dots[::every]:
            assert urls._host_start(text, dot, chain) == urls._host_start(text, dot), (text, dot)
