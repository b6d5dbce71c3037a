"""Job ads: the trafficking-lure and fake-job score, a combination of named signs.

A lure is a pattern, not a job (docs/trafficking-lures.md): *where* the job takes you
(a scam-compound region abroad, "work abroad" with the flight and visa paid, or a home job
that pays for nothing) together with *bait* (pay far above the role, no experience needed, a vague
"customer service / typing / chat operator" role, wanted languages, contact only through a
chat app, an age limit, urgency, free housing). Some signs need no company: "travel on a
tourist visa", task-job "like and earn" offers, renting out your bank account.

Every sign is a red-flag code whose explanation is in ``data/flags.json``; its ``job`` entry
names its part (``where``, ``bait`` or ``alone``) and its weight. The score is

    score = 1 - (1 - W * B) * prod(1 - a)

where W and B are the noisy-OR of the weights of the *where* and *bait* signs present and the
product runs over the *alone* signs. Bait without a *where* sign scores nothing: a barista ad
that says "no experience needed" and "apply on LINE" is an ordinary ad, and in a job ad such
bait is not shown as a red flag. A place is a full *where* sign only outside the ad's own
country (a Khmer ad for a bank job in Phnom Penh names no foreign compound region); a compound
town at home (Sihanoukville or Poipet in a Khmer ad, Myawaddy in a Burmese one) is the weaker
*where* sign ``home_compound_town``, because compounds recruit at home too. Pay is judged
against the reader's country as well as the currency's (``salary.Pay.is_high``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from tipoff.assess.lexicon import HOTSPOT_CODE, CueHit, flag_codes, gazetteer, job_ad_matcher
from tipoff.assess.salary import find_pay

WHERE, BAIT, ALONE = "where", "bait", "alone"
HIGH_PAY = "high_pay"
AGE_LIMIT = "age_limit"
WORK_FROM_HOME = "work_from_home"
HOME_COMPOUND_CODE = "home_compound_town"
# Where each language is spoken, for "is this place abroad for the reader?" and "what does the
# reader earn at home?"
HOME_COUNTRY = {
    "km": "KH",
    "th": "TH",
    "tl": "PH",
    "vi": "VN",
    "id": "ID",
    "zh": "CN",
    "ja": "JP",
    "ko": "KR",
    "my": "MM",
}

_AGE_WORD = r"(?:age[sd]?|edad|usia|umur|độ tuổi|tuổi|อายุ|年龄|年齢|年令|나이|연령|អាយុ|အသက်)"
_RANGE_WORD = r"(?:-|–|~|〜|～|to|đến|sampai|hingga|s/d|ถึง|至|到|까지|から|ដល់|hanggang)"
_AGE_UNIT = r"(?:歳|岁|周岁|세|ปี|tuổi|tahun|years? old|yrs? old|y/o|yo|ឆ្នាំ|taong gulang)"
_AGE = re.compile(
    rf"{_AGE_WORD}\D{{0,8}}?(\d{{2}})\s*{_RANGE_WORD}\s*(\d{{2}})"
    rf"|(?<!\d)(\d{{2}})\s*{_RANGE_WORD}\s*(\d{{2}})\s*{_AGE_UNIT}"
    rf"|(?:under|below|not over|max(?:imum)?\.?|maksimal|maks\.?|dưới|không quá|ไม่เกิน)"
    rf"\s*(\d{{2}})\s*{_AGE_UNIT}"
    rf"|(?<!\d)(\d{{2}})\s*{_AGE_UNIT}\s*(?:以下|まで|以内|이하|까지)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class JobScore:
    """The job-ad score and the signs behind it, by part."""

    score: float
    lure: float  # the trafficking-lure part: a *where* sign abroad, not a home job
    where: tuple[str, ...]
    bait: tuple[str, ...]
    alone: tuple[str, ...]

    @property
    def signs(self) -> tuple[str, ...]:
        """The codes that count, where first (empty bait when nothing says where)."""
        return (*self.where, *(self.bait if self.where else ()), *self.alone)


@cache
def job_weights() -> dict[str, tuple[str, float]]:
    """code -> (part, weight) for every red-flag code that is a job-ad sign."""
    return {code: spec.job for code, spec in flag_codes().items() if spec.job is not None}


def _noisy_or(weights: Iterable[float]) -> float:
    miss = 1.0
    for weight in weights:
        miss *= 1.0 - weight
    return 1.0 - miss


def job_score(codes: Iterable[str]) -> JobScore:
    """Score the job-ad signs among ``codes`` (red-flag codes shown or hidden)."""
    table = job_weights()
    parts: dict[str, list[str]] = {WHERE: [], BAIT: [], ALONE: []}
    for code in sorted(set(codes)):
        if code in table:
            parts[table[code][0]].append(code)
    where = _noisy_or(table[code][1] for code in parts[WHERE])
    abroad = _noisy_or(table[code][1] for code in parts[WHERE] if code != WORK_FROM_HOME)
    bait = _noisy_or(table[code][1] for code in parts[BAIT])
    alone = [table[code][1] for code in parts[ALONE]]
    score = 1.0 - (1.0 - where * bait) * (1.0 - _noisy_or(alone))
    lure_alone = [table[c][1] for c in parts[ALONE] if "job.trafficking_lure" in _types(c)]
    lure = 1.0 - (1.0 - abroad * bait) * (1.0 - _noisy_or(lure_alone))
    return JobScore(
        round(score, 6),
        round(lure, 6),
        tuple(parts[WHERE]),
        tuple(parts[BAIT]),
        tuple(parts[ALONE]),
    )


def _types(code: str) -> tuple[str, ...]:
    return flag_codes()[code].types


@cache
def _place_country() -> dict[str, str]:
    return {place["name"]: place.get("country", "") for place in gazetteer()}


@cache
def _compound_towns() -> frozenset[str]:
    return frozenset(place["name"] for place in gazetteer() if place.get("compound_town"))


def is_domestic(place: str | None, language: str | None) -> bool:
    """Is ``place`` (a gazetteer name) in the country whose language the ad is written in?"""
    home = HOME_COUNTRY.get(language or "")
    return bool(home) and _place_country().get(place or "") == home


def structural_hits(
    text: str, language: str | None, *, job_ad: bool, lowered: str | None = None
) -> list[CueHit]:
    """Pay far above the role and age limits: job signs no lexicon can list. In a declared job
    ad pay is also judged against the reader's country (the ad's language); outside one an
    amount counts as pay only with its period ("20 triệu" in a message
    is as likely a fee as a salary; "20 triệu/tháng" is pay). A declared job ad is also read
    for its job-ad-only cues (``job_ad_hits``); ``lowered`` is ``text`` lower-cased with the
    same length."""
    reader = HOME_COUNTRY.get(language or "") if job_ad else None
    hits = [
        CueHit(p.start, p.end, HIGH_PAY, None)
        for p in find_pay(text, language)
        if p.is_high(reader) and (job_ad or p.stated_period)
    ]
    if job_ad:
        hits.extend(job_ad_hits(text.lower() if lowered is None else lowered, language))
    for match in _AGE.finditer(text):
        ages = [int(group) for group in match.groups() if group]
        if ages and all(15 <= age <= 65 for age in ages):
            hits.append(CueHit(match.start(), match.end(), AGE_LIMIT, None))
    return hits


def job_ad_hits(lowered: str, language: str | None) -> list[CueHit]:
    """The job-ad-only cues in ``lowered``: a decoy destination counts as work abroad only
    outside the reader's own country (Bangkok is not abroad in a Thai ad)."""
    home = HOME_COUNTRY.get(language or "")
    return [hit for hit in job_ad_matcher().find(lowered) if not (home and hit.value == home)]


def hide_in_job_ad(hits: list[CueHit], language: str | None) -> tuple[list[CueHit], set[str]]:
    """Split job-ad hits into shown ones and hidden codes: a place in the ad's own country is
    no red flag of this ad unless it is a compound town (then it is ``home_compound_town``),
    and bait is none when no *where* sign is shown."""
    table = job_weights()
    kept: list[CueHit] = []
    hidden: set[str] = set()
    for hit in hits:
        if not (hit.code == HOTSPOT_CODE and is_domestic(hit.value, language)):
            kept.append(hit)
        elif hit.value in _compound_towns():
            kept.append(CueHit(hit.start, hit.end, HOME_COMPOUND_CODE, hit.value))
        else:
            hidden.add(hit.code)
    if any(table.get(hit.code, ("",))[0] == WHERE for hit in kept):
        return kept, hidden
    shown = [hit for hit in kept if table.get(hit.code, ("",))[0] != BAIT]
    hidden.update(hit.code for hit in kept if table.get(hit.code, ("",))[0] == BAIT)
    return shown, hidden
