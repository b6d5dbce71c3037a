"""Skilled roles: an ad that asks for years of experience ("5+ years' experience in Java",
"実務経験3年以上", "3年以上工作经验", "경력 3년 이상", "ประสบการณ์ 3 ปีขึ้นไป", "ít nhất 2 năm kinh
nghiệm", "pengalaman minimal 3 tahun", "បទពិសោធន៍ ៥ឆ្នាំ", "2 taon na karanasan") or for a degree,
certificate or licence ("University degree required", "TEFL", "看護師免許", "本科以上",
"ใบประกอบวิชาชีพ", "PRC license").

Pay is bait when it is far above the role (docs/trafficking-lures.md); the thresholds are
what a job needing no experience pays. A senior engineer's salary in Phnom Penh is far above
that and is no lure sign: the ad asks for a skill a lure never asks for. A lure says the
opposite ("no experience needed"), so an ad that says that as well is not read as skilled.
Words per language in ``data/skilled_role.json``. A teacher-abroad ad with a university degree
and TEFL required, USD 1,500 a month, housing and airfare is an ordinary ad (EMSCAD holds
many); a lure offering the same package asks for nothing.
"""

from __future__ import annotations

import re
from functools import cache

from tipoff.assess.lexicon import CueMatcher, read_data_json, word_alternation

# Numbers of years an experience requirement names: an age ("18-35 years") is larger, and a
# range joined to another number ("20-30") is no requirement.
_MOST_YEARS = 12
# Characters allowed between the experience word and the number of years, either side.
_REACH = 14
# Khmer, Thai and Chinese digits ("经验三年以上", three years' experience or more).
_DIGITS = str.maketrans(
    "០១២៣៤៥៦៧៨៩๐๑๒๓๔๕๖๗๘๙一二两三四五六七八九", "012345678901234567891223456789"
)


@cache
def _pattern() -> re.Pattern[str]:
    languages = read_data_json("skilled_role.json")["languages"].values()
    experience = word_alternation([w for spec in languages for w in spec["experience"]])
    years = word_alternation([w for spec in languages for w in spec["years"]])
    number = r"(?<![\d\-~～〜])(\d{1,2})\s*\+?\s*"
    return re.compile(
        rf"{experience}[^\n.。!?]{{0,{_REACH}}}?{number}{years}"
        rf"|{number}{years}[^\n.。!?]{{0,{_REACH}}}?{experience}",
        re.IGNORECASE,
    )


@cache
def _qualifications() -> CueMatcher:
    languages = read_data_json("skilled_role.json")["languages"].values()
    return CueMatcher([(w, "qualification", None) for s in languages for w in s["qualification"]])


def asks_for_skill(lowered: str) -> bool:
    """Does the ad (lower-cased) ask for a degree, certificate or licence, or for a number of
    years of experience (1 to 12)?"""
    if _qualifications().find(lowered):
        return True
    text = lowered.translate(_DIGITS)
    for match in _pattern().finditer(text):
        years = int(next(group for group in match.groups() if group))
        if 1 <= years <= _MOST_YEARS:
            return True
    return False
