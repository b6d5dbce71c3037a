"""Which countries' national phone formats to try for a text.

The report's country (``country_hint``) decides when it is given; otherwise the
scripts in the text name the countries that write them (kana → JP, Hangul → KR, Thai → TH, Khmer →
KH, Vietnamese letters → VN, Han without kana → CN). Latin-script text with no
hint gets no national region: only international (+…) numbers are read.
"""

from __future__ import annotations

import re

_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("JP", re.compile(r"[\u3041-\u30ff]")),
    ("KR", re.compile(r"[\uac00-\ud7af]")),
    ("TH", re.compile(r"[\u0e01-\u0e5b]")),
    ("KH", re.compile(r"[\u1780-\u17ff]")),
    ("MM", re.compile(r"[\u1000-\u109f]")),
    # Letters only Vietnamese writes (with "ố", "ấ", "ế" …: "số", "ví", "tiền" alone were
    # missed before).
    (
        "VN",
        re.compile(r"[ăắằẳẵặđơớờởỡợưứừửữựảẩẫậẻẽẹềểễệỉịỏổỗộủụỷỹỵấầốồếạọĩũ]", re.IGNORECASE),
    ),
    ("CN", re.compile(r"[\u4e00-\u9fff]")),
)


def phone_regions(text: str, country_hint: str | None) -> tuple[str, ...]:
    """Regions to parse national-format numbers with, most likely first."""
    if country_hint and len(country_hint) == 2 and country_hint.isalpha():
        # The report's country decides; the script of the text is only a fallback.
        return (country_hint.upper(),)
    regions: list[str] = []
    if text.isascii():
        return ()
    for region, pattern in _SCRIPTS:
        if region == "CN" and "JP" in regions:
            continue  # kanji in Japanese text
        if region not in regions and pattern.search(text):
            regions.append(region)
    return tuple(regions)
