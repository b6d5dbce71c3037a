"""Lookalike domains: a link host using a brand's name that is not the brand's own site."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.assess import BRAND_LOOKALIKE_FLOOR
from tipoff.assess.lookalike import brand_index, imitated_brand, lookalike_swaps


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        ("sf-express.cn-kd.top", "SF Express"),
        ("vnpost-vn.top", "Vietnam Post"),
        ("thaipost-th.cc", "Thailand Post"),
        ("jppost-redelivery.top", "Japan Post"),
        ("paypal-secure-login.com", "PayPal"),
        ("amazon-jp.top", "Amazon"),
        ("secure.paypalaccount-verify.xyz", "PayPal"),
        ("ghn-vn.top", "Giao Hang Nhanh"),
        ("paypa1-secure-login.com", "PayPal"),
        ("rnercari-login.top", "Mercari"),
        ("arnazon-jp.top", "Amazon"),
        ("kasik0rnbank-th.top", "Kasikornbank"),
        ("vvellsfargo-verify.top", "Wells Fargo"),
        ("micr05oft-support.top", "Microsoft"),
        ("vietc0mbank-xacthuc.com", "Vietcombank"),
    ],
)
def test_lookalike_hosts_name_the_brand(host: str, brand: str) -> None:
    assert imitated_brand(host) == brand


@pytest.mark.parametrize(
    "host",
    [
        "sf-express.com",
        "www.sf-express.com",
        "track.sf-express.com",
        "www.vnpost.vn",
        "thailandpost.co.th",
        "track.thailandpost.co.th",
        "paypal.com",
        "www.paypal.com",
        "amazon.co.jp",
        "ghn.vn",
        "post.japanpost.jp",
        "link.scb",
        "www.amazon.cn",
    ],
)
def test_brands_own_domains_are_not_lookalikes(host: str) -> None:
    assert imitated_brand(host) is None


@pytest.mark.parametrize(
    "host",
    [
        "myshop-sale.top",
        "example.com",
        "kedai-ayu.my",
        "meta.stackexchange.com",
        "shop.dhlx.top",
        "modern-learn.com",
        "corner-shop01.net",
        "server3.example.org",
        "burn5.top",
    ],
)
def test_ordinary_unknown_domains_are_not_lookalikes(host: str) -> None:
    assert imitated_brand(host) is None


def test_no_brands_own_domain_reads_as_another_brand_through_the_swaps() -> None:
    for domains in brand_index().official.values():
        for domain in domains:
            assert imitated_brand(domain) is None, domain


def test_brand_data_is_well_formed() -> None:
    index = brand_index()
    assert 80 <= len(index.official) <= 200
    for label in index.by_label:
        assert label == label.lower() and label.isascii()
        assert len(label.replace("-", "")) >= 3


def test_a_lookalike_link_is_a_shown_flag_and_raises_the_answer() -> None:
    result = assess("Bưu kiện của bạn bị giữ lại, cập nhật địa chỉ tại https://vnpost-vn.top/a")
    flags = [flag for flag in result.red_flags if flag.code == "brand_lookalike_link"]
    assert flags and "Vietnam Post" in flags[0].explanation
    assert flags[0].text == "https://vnpost-vn.top/a"
    assert result.scam_probability >= BRAND_LOOKALIKE_FLOOR


def test_the_brands_own_link_raises_nothing() -> None:
    result = assess("Đơn hàng của bạn đang được giao, tra cứu tại https://www.vnpost.vn")
    assert all(flag.code != "brand_lookalike_link" for flag in result.red_flags)


@pytest.mark.parametrize("swapped", [False, True])
def test_prefix_tokens_grouped_by_head_find_what_the_full_list_finds(swapped: bool) -> None:
    # _named_brand compares a label with the tokens of its head only; every token of the full
    # list that a label starts with is in that group, in the same (longest first) order.
    index = lookalike_swaps().swapped_index if swapped else brand_index()
    grouped = [pair for group in index.by_head.values() for pair in group]
    assert sorted(grouped) == sorted(index.prefixes)
    for token, _ in index.prefixes:
        for label in (token, token + "secure", token[:-1], "x" + token):
            by_list = [pair for pair in index.prefixes if label.startswith(pair[0])]
            group = index.by_head.get(label[: index.head], ())
            by_head = [pair for pair in group if label.startswith(pair[0])]
            assert by_head == by_list


@pytest.mark.parametrize(
    ("host", "brand"),
    [("v1etcombank-vn.com", "Vietcombank"), ("paypa1-secure.com", "PayPal")],
)
def test_a_digit_one_is_read_as_l_and_then_as_i(host: str, brand: str) -> None:
    assert imitated_brand(host) == brand
