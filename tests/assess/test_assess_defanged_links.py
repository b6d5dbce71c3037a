"""Defanged links ("hxxp://evil[.]top/x", "example[.]com", "h**p://") are links to the red-flag
scan and the model's link features, as they are to extraction (indicators/refang.py): the
same scanner finds them, the same refang reads them (audit of 2026-12-07: the README's own
example got no link flag and no parcel flag)."""

from __future__ import annotations

import pytest

from tipoff.assess import assess
from tipoff.assess.redflags import find_evidence, link_hosts
from tipoff.check import check_text
from tipoff.check.service import extractor
from tipoff.indicators import extract

README_EXAMPLE = "Congratulations! Your parcel is held, pay the fee at hxxp://post-jp[.]top"
HELD = "Your parcel is held. Pay the fee at {link}"


@pytest.mark.parametrize(
    ("written", "host"),
    [
        ("hxxp://evil[.]top/x", "evil.top"),
        ("hxxps://evil[.]top/x", "evil.top"),
        ("hXXps://evil.top/x", "evil.top"),
        ("h**p://evil.top/x", "evil.top"),
        ("evil-pay[.]com", "evil-pay.com"),
        ("evil-pay(.)com", "evil-pay.com"),
        ("evil-pay[dot]com", "evil-pay.com"),
        ("evil-pay(dot)com/pay", "evil-pay.com"),
        ("hxxp[://]evil[.]top", "evil.top"),
    ],
)
def test_a_defanged_link_is_a_link_with_its_refanged_host(written: str, host: str) -> None:
    text = f"Pay the fee now at {written} today"
    evidence = find_evidence(text)
    links = [flag for flag in evidence.red_flags if flag.code == "link"]
    assert [flag.text for flag in links] == [written]  # the span is the text as written
    assert link_hosts(text) == [host]
    assert any(host in found.value for found in extract(text))  # extraction reads it so too


def test_a_defanged_short_link_and_lookalike_read_as_the_plain_ones() -> None:
    short = find_evidence("Verify at hxxps://bit[.]ly/3xQp9Zk")
    assert "short_link" in {flag.code for flag in short.red_flags}
    plain = find_evidence("Login at https://paypa1-secure.com/login")
    fanged = find_evidence("Login at hxxps://paypa1-secure[.]com/login")
    assert {f.code for f in fanged.red_flags} == {f.code for f in plain.red_flags}
    assert fanged.codes == plain.codes


def test_the_defanged_and_plain_parcel_scam_have_the_same_flags_and_features() -> None:
    plain = assess(HELD.format(link="http://post-jp.top"))
    fanged = assess(HELD.format(link="hxxp://post-jp[.]top"))
    assert {f.code for f in fanged.red_flags} == {f.code for f in plain.red_flags}
    assert {"link", "parcel_delivery"} <= {f.code for f in fanged.red_flags}
    assert find_evidence(HELD.format(link="hxxp://post-jp[.]top")).codes == (
        find_evidence(HELD.format(link="http://post-jp.top")).codes
    )
    assert fanged.outcome == "scam"


def test_brackets_and_parentheses_in_prose_are_no_link() -> None:
    for text in ("(see the photo) and call me [at 5]", "Meet at the café (dot) com later?"):
        assert not [f for f in find_evidence(text).red_flags if f.code.endswith("link")]


def test_the_readme_example_on_the_public_check() -> None:
    """The README's tour: `tipoff assess "Congratulations! Your parcel is held, pay the fee at
    hxxp://post-jp[.]top"`, and the same text on the public check."""
    assessment = assess(README_EXAMPLE)
    codes = {flag.code for flag in assessment.red_flags}
    assert {"prize_won", "parcel_delivery", "link"} <= codes
    result = check_text(
        README_EXAMPLE,
        "message",
        lambda text, kind: assess(text, kind=kind),
        extractor(None),
        lambda keys: set(),
    )
    assert result.verdict == "likely_scam"
    assert {"prize_won", "parcel_delivery", "link"} <= {flag.code for flag in result.red_flags}
    assert "https://post-jp.top/" in {i.value for i in result.identifiers}
