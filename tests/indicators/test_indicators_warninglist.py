"""Warninglists: common values are kept and marked, and users can add lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tipoff.errors import ConfigError
from tipoff.indicators import extract, is_common, load_warninglist


def test_common_values_are_kept_and_marked() -> None:
    found = extract("USDT TRC20 TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t via t.me/somebody_1")
    by_value = {f.value: f for f in found}
    contract = by_value["tron:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"]
    assert contract.common
    assert ("warninglists", "crypto-infrastructure") in contract.attributes
    assert by_value["t.me"].common  # the platform host
    assert not by_value["telegram:somebody_1"].common  # the account on it


@pytest.mark.parametrize(
    ("kind", "value"),
    [
        ("domain", "t.me"),
        ("domain", "wa.me"),
        ("domain", "line.me"),
        ("domain", "facebook.com"),
        ("domain", "bit.ly"),
        ("phone", "+81110"),
        ("phone", "+819110"),
        ("wallet", "eth:0xdac17f958d2ee523a2206206994597c13d831ec7"),
        ("iban", "GB33BUKB20201555555555"),
        ("bank_account", "VN:970436:0000000000"),
    ],
)
def test_bundled_lists(kind: str, value: str) -> None:
    assert is_common(kind, value)


def test_uncommon_values() -> None:
    assert not is_common("domain", "bitget-vip.top")
    assert not is_common("phone", "+85512345678")
    assert not is_common("url", "https://t.me/somebody_1")


def test_user_lists_extend_the_bundled_ones(tmp_path: Path) -> None:
    (tmp_path / "local.json").write_text(
        json.dumps(
            {
                "name": "local-bank-hotlines",
                "matching_attributes": ["phone"],
                "type": "string",
                "list": ["+66 2 123 4567"],
            }
        ),
        encoding="utf-8",
    )
    warninglist = load_warninglist(tmp_path)
    assert warninglist.matches("phone", "+6621234567") == ["local-bank-hotlines"]
    assert warninglist.is_common("domain", "t.me")  # bundled lists still apply
    [found] = extract("+66 2 123 4567", warninglist=warninglist)
    assert found.common


def test_hostname_lists_cover_subdomains(tmp_path: Path) -> None:
    (tmp_path / "hosts.json").write_text(
        json.dumps(
            {
                "name": "gov",
                "matching_attributes": ["domain", "url"],
                "type": "hostname",
                "list": ["go.th"],
            }
        ),
        encoding="utf-8",
    )
    warninglist = load_warninglist(tmp_path)
    assert warninglist.is_common("url", "https://www.police.go.th/x")
    assert not warninglist.is_common("url", "https://go.th.evil.top/x")


@pytest.mark.parametrize(
    "content",
    [
        "not json",
        json.dumps([1, 2]),
        json.dumps({"matching_attributes": ["colour"], "list": []}),
        json.dumps({"matching_attributes": ["domain"], "type": "cidr", "list": []}),
        json.dumps({"matching_attributes": ["domain"], "type": "regex", "list": ["("]}),
    ],
)
def test_malformed_user_lists_fail_clearly(tmp_path: Path, content: str) -> None:
    (tmp_path / "bad.json").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.json"):
        load_warninglist(tmp_path)


@pytest.mark.parametrize(
    ("text", "country", "value"),
    [
        ("警察を名乗り、#9110に相談と言われた", "JP", "+819110"),
        ("110番に通報しました", "JP", "+81110"),
        ("โทร 1441 แจ้งความ", "TH", "+661441"),
        ("call 1799 ScamShield", "SG", "+651799"),
        ("拨打96110反诈专线", "CN", "+8696110"),
    ],
)
def test_official_hotlines_are_found_and_common(text: str, country: str, value: str) -> None:
    [found] = extract(text, country_hint=country)
    assert (found.kind.value, found.value, found.common) == ("phone", value, True)


@pytest.mark.parametrize("text", ["I paid 110 USD", "room 1441", "Please call 110"])
def test_short_numbers_without_call_context_or_country_are_ignored(text: str) -> None:
    assert extract(text, country_hint=None if "Please" in text else "TH") == []


def test_a_platform_homepage_url_is_as_common_as_its_domain() -> None:
    found = {
        f.key: f.common
        for f in extract("Register at https://okx.com/ or okx.com/join/AB12CD first")
    }
    assert found["url:https://okx.com/"] is True
    assert found["url:https://okx.com/join/AB12CD"] is False  # a specific invite path still links
    assert is_common("url", "https://fortuneflux.top/") is False
