"""Free hosts and site builders the Public Suffix List lacks: a tenant's site is its own key."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from tipoff.indicators import canonicalize, extract, is_common
from tipoff.indicators.urls import registrable_domain, tenant_platform, tenant_suffixes
from tipoff.indicators.warninglist import bundled_warninglist
from tipoff.model import IndicatorKind


@pytest.mark.parametrize(
    ("host", "domain"),
    [
        ("tron-foundation-redeem.netlify.com", "tron-foundation-redeem.netlify.com"),
        ("tesla-promo.netlify.com", "tesla-promo.netlify.com"),
        ("wallet-sync.webcindario.com", "wallet-sync.webcindario.com"),
        ("secure-login.000webhostapp.com", "secure-login.000webhostapp.com"),
        ("x.weebly.com", "x.weebly.com"),
        ("x.wordpress.com", "x.wordpress.com"),
        ("x.tumblr.com", "x.tumblr.com"),
        ("x.godaddysites.com", "x.godaddysites.com"),
        ("x.mystrikingly.com", "x.mystrikingly.com"),
        ("x.jimdosite.com", "x.jimdosite.com"),
        ("x.webnode.page", "x.webnode.page"),
        ("x.site123.me", "x.site123.me"),
        ("x.ucoz.net", "x.ucoz.net"),
        ("x.hostingersite.com", "x.hostingersite.com"),
        ("x.mybluehost.me", "x.mybluehost.me"),
        ("x.surge.sh", "x.surge.sh"),
        ("x.gitbook.io", "x.gitbook.io"),
        ("x.tilda.ws", "x.tilda.ws"),
        # one label under the suffix, as the PSL keys "a.b.web.app" -> "b.web.app"
        ("a.b.weebly.com", "b.weebly.com"),
        ("www.shop.weebly.com", "shop.weebly.com"),
        # the platform itself
        ("www.netlify.com", "netlify.com"),
        ("netlify.com", "netlify.com"),
        ("weebly.com", "weebly.com"),
        # case, trailing dot, IDN
        ("Evil.NETLIFY.com", "evil.netlify.com"),
        ("evil.netlify.com.", "evil.netlify.com"),
        ("münchen.weebly.com", "xn--mnchen-3ya.weebly.com"),
        # unchanged: PSL suffixes, ordinary domains, a platform's name inside another host
        ("evil.web.app", "evil.web.app"),
        ("a.b.example.co.jp", "example.co.jp"),
        ("x.sites.google.com", "google.com"),
        ("weebly.com.evil.top", "evil.top"),
        ("x.netlify.com.evil.top", "evil.top"),
        ("notweebly.com", "notweebly.com"),
    ],
)
def test_tenant_keys(host: str, domain: str) -> None:
    assert registrable_domain(host) == domain


def test_defanged_and_extracted() -> None:
    assert canonicalize(IndicatorKind.DOMAIN, "hxxps://Evil[.]netlify[.]com/x") == (
        "evil.netlify.com"
    )
    found = {
        (f.kind.value, f.value) for f in extract("go to hxxps://tesla-promo[.]netlify[.]com/claim")
    }
    assert ("url", "https://tesla-promo.netlify.com/claim") in found
    assert ("domain", "tesla-promo.netlify.com") in found
    assert ("domain", "netlify.com") not in found
    emails = {f.value for f in extract("write to help@shop.weebly.com") if f.kind.value == "email"}
    assert emails == {"help@shop.weebly.com"}


def test_two_tenants_are_two_keys() -> None:
    first = canonicalize(IndicatorKind.DOMAIN, "https://a.webcindario.com/login")
    second = canonicalize(IndicatorKind.DOMAIN, "https://b.webcindario.com/login")
    assert first and second and first != second


def test_platform_may_be_common_its_tenants_not() -> None:
    # tumblr.com is on consumer-platforms (a hostname list matching subdomains)
    assert is_common("domain", "tumblr.com")
    assert is_common("domain", "www.tumblr.com")
    assert is_common("url", "https://www.tumblr.com/")
    assert not is_common("domain", "scam-shop.tumblr.com")
    assert not is_common("url", "https://scam-shop.tumblr.com/")
    assert not is_common("url", "https://scam-shop.tumblr.com/post/1")
    # other hostname entries still match their subdomains
    assert is_common("domain", "mail.google.com")


def test_tenant_platform() -> None:
    assert tenant_platform("a.netlify.com") == "netlify.com"
    assert tenant_platform("netlify.com") is None
    assert tenant_platform("evil.top") is None


def test_bundled_list_is_clean() -> None:
    data = json.loads(
        resources.files("tipoff.indicators")
        .joinpath("data/tenant_suffixes.json")
        .read_text("utf-8")
    )
    entries = data["list"]
    assert data["source"] and data["description"]
    assert 30 <= len(entries) <= 60
    assert entries == sorted(set(entries))
    assert frozenset(entries) == tenant_suffixes()
    for suffix in entries:
        # not already a PSL suffix (the PSL would key its tenants itself), and its own
        # registrable domain: the bare platform stays the platform
        assert registrable_domain(suffix) == suffix
        # never a whole platform that a warninglist marks as link-on-the-path
        assert "messaging-platforms" not in bundled_warninglist().matches("domain", suffix)
        assert "url-shorteners" not in bundled_warninglist().matches("domain", suffix)
