"""Official short-code hotlines (JP 110 and #9110, TH 1441, SG 1799 …).

Victims report these numbers because scammers spoof them, so they must be
recognised, and then never linked on: each is emitted as a phone indicator in
the form ``+<country code><digits>`` ("#" dropped: JP #9110 → +819110) and the
bundled official-hotlines warninglist marks it common. A short code is only
taken next to a calling word ("call 110", "110番", "โทร 1441", "拨打96110") or
with its "#", since "110" alone is far more often an amount.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

_CALL_WORDS = re.compile(
    r"(?:call|dial|phone|hotline|helpline|police|tel\.?|電話|警察|通報|相談|拨打|致电|报警|电话|热线|"
    r"전화|신고|โทร|สายด่วน|แจ้ง|gọi|đường dây nóng|hubungi|telepon|polisi|ring)"
    r"\W{0,3}(?:to\W{0,2}|at\W{0,2})?$"
)
_AFTER_WORDS = re.compile(r"番|へ|に電話|번|โทร")


@dataclass(frozen=True, slots=True)
class HotlineMatch:
    """A hotline short code: canonical value, span, region and what it is."""

    value: str
    start: int
    end: int
    region: str
    service: str


@cache
def hotline_table() -> dict[str, dict[str, str]]:
    """region → {code as written ("#9110"): service}."""
    raw = resources.files("tipoff.indicators").joinpath("data/hotlines.json").read_text("utf-8")
    table: dict[str, dict[str, str]] = json.loads(raw)["hotlines"]
    return table


@cache
def _pattern() -> re.Pattern[str]:
    """The codes, grouped by first digit behind one leading character class (fast
    skip-ahead), with the digit boundaries checked inside the regex: most digits
    in a report belong to longer numbers."""
    codes = {code.lstrip("#") for table in hotline_table().values() for code in table}
    by_first: dict[str, list[str]] = {}
    for code in sorted(codes, key=len, reverse=True):
        by_first.setdefault(code[0], []).append(code[1:])
    firsts = "".join(sorted(by_first))
    branches = "|".join(
        f"(?<={first})(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items())
    )
    return re.compile(f"[{firsts}](?<![0-9][{firsts}])(?:{branches})(?![0-9])")


def find_hotlines(text: str, lowered: str, regions: tuple[str, ...]) -> Iterator[HotlineMatch]:
    """Yield hotline short codes in ``text`` (folded) for the given candidate regions."""
    if "1" not in text and "9" not in text:
        return  # every code starts with 1 or 9
    table = hotline_table()
    if not any(region in table for region in regions):
        return
    for match in _pattern().finditer(text):
        start, end = match.span()
        hashed = start > 0 and text[start - 1] == "#"
        if hashed:
            start -= 1
        if start and text[start - 1] == "#":
            continue  # "##110"
        written = text[start:end]
        if not hashed and not _called(lowered, start, end):
            continue
        for region in regions:
            service = table.get(region, {}).get(written)
            if service is not None:
                yield HotlineMatch(
                    f"+{_calling_code(region)}{match.group(0)}", start, end, region, service
                )
                break


def _called(lowered: str, start: int, end: int) -> bool:
    if _CALL_WORDS.search(lowered, max(0, start - 20), start):
        return True
    return _AFTER_WORDS.match(lowered, end, end + 4) is not None


@cache
def _calling_code(region: str) -> int:
    import phonenumbers

    return phonenumbers.country_code_for_region(region)


def canonical_hotline(value: str, country_hint: str | None = None) -> str | None:
    """Canonical form of a hotline typed as "+819110", "#9110" or "110" (with a country)."""
    compact = value.strip().replace(" ", "").replace("-", "")
    table = hotline_table()
    if compact.startswith("+"):
        for region, codes in table.items():
            prefix = f"+{_calling_code(region)}"
            for code in codes:
                if compact == prefix + code.lstrip("#"):
                    return compact
        return None
    if country_hint:
        codes = table.get(country_hint.upper(), {})
        if compact in codes or "#" + compact in codes:
            return f"+{_calling_code(country_hint.upper())}{compact.lstrip('#')}"
    return None
