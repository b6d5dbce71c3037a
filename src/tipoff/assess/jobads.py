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
against the reader's country as well as the currency's (``salary.Pay.is_high``). In a declared
job ad that names no licensed channel and does not hire lawfully, a *where* sign beside three
distinct bait signs, or four signs in all, weighs as a compound region (the lure pattern,
``_lure_pattern``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from tipoff.assess.clause_pairs import pair_hits
from tipoff.assess.lawful_hiring import LICENCE, SKILL, hires_lawfully, process_marks
from tipoff.assess.lexicon import (
    HOTSPOT_CODE,
    MESSENGER_CODE,
    NO_PASSPORT,
    CueHit,
    CueMatcher,
    flag_codes,
    gazetteer,
    job_ad_matcher,
    read_data_json,
    word_alternation,
)
from tipoff.assess.negation import drop_negated
from tipoff.assess.salary import find_pay, home_currency
from tipoff.assess.skilled_role import asks_for_skill

WHERE, BAIT, ALONE = "where", "bait", "alone"
HIGH_PAY = "high_pay"
OVERSEAS_JOB = "overseas_job"
AGE_LIMIT = "age_limit"
TOURIST_VISA = "tourist_visa"
PASSPORT_REQUEST, PASSPORT_RETENTION = "passport_request", "passport_retention"
WORK_FROM_HOME = "work_from_home"
NO_EXPERIENCE = "no_experience"
HOME_COMPOUND_CODE = "home_compound_town"
# An ad naming a licensed recruiter or a government programme (job_ad_cues.json
# licensed_channels): not a red flag, a hidden code that halves the decoy-destination signs.
LICENSED_CODE = "licensed_recruitment"
HIDDEN_LICENSED = "~" + LICENSED_CODE
LICENSED_FACTOR = 0.5
# The lure pattern (issue 16): a *where* sign of any strength beside at least
# ``PATTERN_BAIT`` distinct bait signs (every chat-app contact counts as one) in an ad that names
# no licensed channel weighs as a compound region: the decoy destination ("work abroad",
# "Bangkok", "a neighbouring country", the flight paid) is how a lure names the place, and the
# bait is what an ordinary employer abroad does not pile up (pay far above the role, no
# experience, a vague role, chat-app contact, urgency, an age limit, free housing). Two bait
# signs beside two *where* signs (work abroad and the flight paid) are four signs: the same.
PATTERN_BAIT = 3
PATTERN_SIGNS = 4
# An ad that hires lawfully (``lawful_hiring``: two marks of a hiring process, no chat-app
# contact or passport request) carries this hidden code: it shows no lure pattern.
LAWFUL_CODE = "lawful_hiring"
HIDDEN_LAWFUL = "~" + LAWFUL_CODE
# An ad that asks for a skill (``skilled_role``: years of experience, a degree, a licence) and
# does not also say none is needed carries this hidden code: a lure asks for none, so it shows
# no lure pattern either.
SKILLED_CODE = "skilled_role"
HIDDEN_SKILLED = "~" + SKILLED_CODE
PATTERN_WHERE = 0.85
# A destination that changes after arrival (``onward_transfer``: moved on to a partner office,
# another country or the border) is deception about where the work is, one of the ILO's
# forced-labour indicators: beside its *where* weight it also counts on its own at the weight
# of a passport request (2026-12-07, jobs16), so that a lure that names it needs less bait. No
# ordinary ad of the development sets, EMSCAD or the held-out test ads says it.
ONWARD_CODE = "onward_transfer"
ONWARD_ALONE = 0.3
SOFT_WHERE = frozenset({"overseas_job", "travel_perks"})
# A transit place abroad (gazetteer "transit": Phnom Penh, Mae Sot, Clark...) and no compound
# region: the hidden code makes ``hotspot_place`` weigh as work abroad (a bank or a call centre
# in Phnom Penh is an ordinary employer; Sihanoukville's compounds are the town's trade).
TRANSIT_CODE = "transit_place"
HIDDEN_TRANSIT = "~" + TRANSIT_CODE
TRANSIT_WEIGHT = 0.6
# Signs that a job which can be done from anywhere moves the reader all the same: the passport
# asked for or kept (no job at home needs one), or a room and meals given with it (a typing or
# chat job that houses its workers is done in the employer's dormitory: the compound's pattern).
HOUSING_PAID = "housing_paid"
MOVE_SIGNS = frozenset({PASSPORT_REQUEST, PASSPORT_RETENTION, HOUSING_PAID})
REMOTE_ABROAD_CODE = "remote_work_abroad"
# Roles that need no skill (typing, chat, online sales): pay is judged against what they earn
# at the reader's home (salary.role_high_usd)
LOW_SKILL_ROLES = frozenset({"vague_role", REMOTE_ABROAD_CODE})
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

# A contact number in a compound country (Cambodia +855, Myanmar +95, Laos +856): where the
# recruiter sits, read as a transit-weight place (``TRANSIT_WEIGHT``) in a declared job ad; at
# home for the reader (a Khmer ad with a +855 number) it is no sign.
_COMPOUND_DIALLING = re.compile(r"(?:\+|(?<!\d)00)\s?(855|95|856)(?=[\s.-]?\d)")
_DIALLING_PLACES = {"855": ("Cambodia", "KH"), "95": ("Myanmar", "MM"), "856": ("Laos", "LA")}

_YOUNGEST, _OLDEST = 15, 65  # numbers outside these are no age limit ("10-12 kg", "09-12")
_TWO_DIGITS = re.compile(r"(?<!\d)\d{2}(?!\d)")
# The longest age-limit phrase on either side of one of its words (an age word, 12 other
# characters, an upper-limit word, two numbers, units and a range word).
_AGE_REACH = 80


@cache
def age_limit_pattern() -> re.Pattern[str]:
    """Age limits in every language of ``data/age_limits.json``: "age 18-30", "18〜35歳",
    "under 35 years old", "អាយុក្រោម ៣៥", "35세 이하", "30 taong gulang pababa"."""
    languages = read_data_json("age_limits.json")["languages"].values()
    age, rng, unit, under, upto = (
        word_alternation(word for spec in languages for word in spec[kind])
        for kind in ("age", "range", "unit", "under_before", "under_after")
    )
    number = r"(?<!\d)(\d{2})(?!\d)"
    return re.compile(
        rf"{age}\D{{0,12}}?{number}\s*(?:{unit})?\s*{rng}\s*{number}"
        rf"|{number}\s*(?:{unit})?\s*{rng}\s*{number}\s*{unit}"
        rf"|{under}\s*{number}\s*{unit}"
        rf"|{age}\D{{0,6}}?{under}\s*{number}"
        rf"|{number}\s*{unit}\s*{upto}"
        rf"|{age}\D{{0,6}}?{number}\s*{upto}",
        re.IGNORECASE,
    )


@cache
def _age_words() -> CueMatcher:
    """The age, unit and upper-limit words of every language: each age limit holds one."""
    languages = read_data_json("age_limits.json")["languages"].values()
    kinds = ("age", "unit", "under_before", "under_after")
    return CueMatcher(
        [(word, kind, None) for spec in languages for kind in kinds for word in spec[kind]]
    )


def _age_limit_hits(text: str, lowered: str) -> list[CueHit]:
    """Age limits, read only near an age word that has a two-digit number close by: the
    pattern's many alternatives tried at every position of a whole ad cost tens of
    microseconds."""
    hits = []
    pattern = age_limit_pattern()
    for start, end in _windows(_age_words().find(lowered), len(text)):
        if not _TWO_DIGITS.search(text, start, end):
            continue
        for match in pattern.finditer(text, start, end):
            ages = [int(group) for group in match.groups() if group]
            if ages and all(_YOUNGEST <= age <= _OLDEST for age in ages):
                hits.append(CueHit(match.start(), match.end(), AGE_LIMIT, None))
    return hits


def _windows(words: list[CueHit], length: int) -> list[tuple[int, int]]:
    """Merged spans reaching ``_AGE_REACH`` characters either side of each word: every
    age-limit phrase around the word lies inside one."""
    windows: list[tuple[int, int]] = []
    for word in sorted(words):
        start, end = max(0, word.start - _AGE_REACH), min(length, word.end + _AGE_REACH)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


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


def job_score(codes: Iterable[str], *, job_ad: bool = False) -> JobScore:
    """Score the job-ad signs among ``codes`` (red-flag codes shown or hidden); an ad that
    names a licensed recruiter or a government programme (``LICENSED_CODE`` among the hidden
    codes) counts work abroad and a paid trip at ``LICENSED_FACTOR`` of their weight; in a
    declared job ad (``job_ad``) that names none, does not hire lawfully (``LAWFUL_CODE``
    hidden) and asks for no skill (``SKILLED_CODE`` hidden), a *where* sign beside
    ``PATTERN_BAIT`` distinct bait signs, or ``PATTERN_SIGNS`` signs in all, weighs at least
    ``PATTERN_WHERE`` (the lure pattern, ``_lure_pattern``; a message or report keeps the
    plain score)."""
    table = job_weights()
    codes = set(codes)
    parts: dict[str, list[str]] = {WHERE: [], BAIT: [], ALONE: []}
    for code in sorted(codes):
        if code in table:
            parts[table[code][0]].append(code)
    licensed = HIDDEN_LICENSED in codes
    weight = _where_weights(licensed, HIDDEN_TRANSIT in codes)
    where = _noisy_or(weight[code] for code in parts[WHERE])
    abroad = _noisy_or(weight[code] for code in parts[WHERE] if code != WORK_FROM_HOME)
    plain = licensed or HIDDEN_LAWFUL in codes or HIDDEN_SKILLED in codes
    if job_ad and not plain and _lure_pattern(parts[WHERE], parts[BAIT]):
        where = max(where, PATTERN_WHERE)
        abroad = max(abroad, PATTERN_WHERE) if abroad else abroad
    bait = _noisy_or(table[code][1] for code in parts[BAIT])
    onward = [ONWARD_ALONE] if ONWARD_CODE in parts[WHERE] else []
    alone = [table[code][1] for code in parts[ALONE]] + onward
    score = 1.0 - (1.0 - where * bait) * (1.0 - _noisy_or(alone))
    lure_alone = [table[c][1] for c in parts[ALONE] if "job.trafficking_lure" in _types(c)]
    lure_alone += onward
    lure = 1.0 - (1.0 - abroad * bait) * (1.0 - _noisy_or(lure_alone))
    return JobScore(
        round(score, 6),
        round(lure, 6),
        tuple(parts[WHERE]),
        tuple(parts[BAIT]),
        tuple(parts[ALONE]),
    )


def _lure_pattern(where: list[str], bait: list[str]) -> bool:
    """A *where* sign beside ``PATTERN_BAIT`` distinct bait signs, or ``PATTERN_SIGNS`` distinct
    signs in all, the chat-app contacts (``_CONTACT_CODES``) counted as one sign."""
    distinct = len({"contact" if code in _CONTACT_CODES else code for code in bait})
    return bool(where) and (distinct >= PATTERN_BAIT or len(where) + distinct >= PATTERN_SIGNS)


@cache
def _where_weights(licensed: bool, transit: bool) -> dict[str, float]:
    """Weights of the *where* signs: the decoy-destination signs halved in an ad naming a
    licensed channel, a transit place at ``TRANSIT_WEIGHT`` (read only: cached)."""
    weights = {
        code: weight * (LICENSED_FACTOR if licensed and code in SOFT_WHERE else 1.0)
        for code, (part, weight) in job_weights().items()
        if part == WHERE
    }
    if transit:
        weights[HOTSPOT_CODE] = TRANSIT_WEIGHT
    return weights


@cache
def _licensed_channels() -> CueMatcher:
    words = read_data_json("job_ad_cues.json")["licensed_channels"]
    return CueMatcher([(word, LICENSED_CODE, None) for word in words])


@lru_cache(maxsize=64)  # read twice per ad: for pay where the job is and for the score
def names_licensed_channel(lowered: str) -> bool:
    """Does the ad (lower-cased) name a licensed recruiter, its licence, or a government
    programme (EPS, specified skilled worker, G-to-G, the labour ministry's placement)?"""
    return bool(_licensed_channels().find(lowered))


def _types(code: str) -> tuple[str, ...]:
    return flag_codes()[code].types


def _dialling_value(code: str) -> str:
    return f"{_DIALLING_PLACES[code][0]} (+{code})"


@cache
def _place_country() -> dict[str, str]:
    countries = {place["name"]: place.get("country", "") for place in gazetteer()}
    countries.update((_dialling_value(code), c) for code, (_, c) in _DIALLING_PLACES.items())
    return countries


def _dialling_hits(text: str) -> list[CueHit]:
    """Contact numbers in a compound country ("+855 97 …"), as hotspot hits."""
    if "+" not in text and "00" not in text:
        return []
    if "855" not in text and "95" not in text and "856" not in text:
        return []
    return [
        CueHit(m.start(), m.end(), HOTSPOT_CODE, _dialling_value(m.group(1)))
        for m in _COMPOUND_DIALLING.finditer(text)
    ]


@cache
def _compound_towns() -> frozenset[str]:
    return frozenset(place["name"] for place in gazetteer() if place.get("compound_town"))


@cache
def _compound_zones() -> frozenset[str]:
    """Zones that are compound complexes and nothing else (gazetteer ``compound_zone``: KK
    Park, Shwe Kokko): a full *where* sign even in an ad written in their own country."""
    return frozenset(place["name"] for place in gazetteer() if place.get("compound_zone"))


@cache
def _transit_places() -> frozenset[str | None]:
    places = {place["name"] for place in gazetteer() if place.get("transit")}
    return frozenset(places | {_dialling_value(code) for code in _DIALLING_PLACES})


def is_domestic(place: str | None, language: str | None) -> bool:
    """Is ``place`` (a gazetteer name) in the country whose language the ad is written in?"""
    home = HOME_COUNTRY.get(language or "")
    return bool(home) and _place_country().get(place or "") == home


def structural_hits(
    text: str,
    language: str | None,
    *,
    job_ad: bool,
    lowered: str | None = None,
    low_skill: bool = False,
    places: Iterable[CueHit] = (),
) -> list[CueHit]:
    """Pay far above the role and age limits: job signs no lexicon can list. In a declared job
    ad pay is also judged against the reader's country (the ad's language); outside one an
    amount counts as pay only with its period ("20 triệu" in a message
    is as likely a fee as a salary; "20 triệu/tháng" is pay). A declared job ad is also read
    for its job-ad-only cues (``job_ad_hits``), and its pay for a low-skill role (``low_skill``,
    or a vague or remote role among those cues) against what such a role earns at the reader's
    home; ``lowered`` is ``text`` lower-cased with the same length. In a declared job ad pay
    is also judged where the job is: against the threshold of each country abroad that a place
    among ``places`` (the lexicon hits) or a decoy destination names."""
    reader = HOME_COUNTRY.get(language or "") if job_ad else None
    lowered = text.lower() if lowered is None else lowered
    ad_hits = job_ad_hits(lowered, language) if job_ad else []
    low_skill = low_skill or any(hit.code in LOW_SKILL_ROLES for hit in ad_hits)
    hits = []
    there: frozenset[str] | None = None  # countries abroad, read only when a pay needs them
    paid = find_pay(text, language, home_currency(reader), job_ad=job_ad, stated_only=not job_ad)
    for pay in paid:
        if not (job_ad or pay.stated_period):
            continue
        high = pay.is_high(reader, low_skill=low_skill)
        if not high and job_ad:
            if there is None:
                there = _destinations(places, ad_hits, reader, lowered)
            high = bool(there) and pay.is_high(reader, low_skill=low_skill, destinations=there)
        if high:
            hits.append(CueHit(pay.start, pay.end, HIGH_PAY, None))
    hits.extend(ad_hits)
    if job_ad:
        hits.extend(_dialling_hits(text))
    hits.extend(_age_limit_hits(text, lowered))
    return hits


def _destinations(
    places: Iterable[CueHit], ad_hits: list[CueHit], reader: str | None, lowered: str
) -> frozenset[str]:
    """Countries abroad for the reader that the ad names: a compound place (its gazetteer
    country) or a decoy destination (its value); none in an ad naming a licensed channel,
    because a licensed programme names the countries it recruits from ("from Myanmar and
    Vietnam"): there a country is a source, not where the job is."""
    countries = _place_country()
    named = {
        countries.get(hit.value or "", "")
        for hit in [*places, *ad_hits]
        if hit.code == HOTSPOT_CODE
    }
    named.update(hit.value or "" for hit in ad_hits if hit.code == OVERSEAS_JOB)
    named.discard("")
    named.discard(reader or "")
    if not named or names_licensed_channel(lowered):
        return frozenset()
    return frozenset(named)


def job_ad_hits(lowered: str, language: str | None) -> list[CueHit]:
    """The job-ad-only cues in ``lowered``: a decoy destination counts as work abroad only
    outside the reader's own country (Bangkok is not abroad in a Thai ad); the signs read from
    two words in one clause (``clause_pairs``: who pays the trip or the housing, a passport
    photo)."""
    home = HOME_COUNTRY.get(language or "")
    hits = drop_negated(lowered, job_ad_matcher().find(lowered) + pair_hits(lowered))
    return [hit for hit in hits if not (home and hit.value == home)]


# "LINE" inside a longer word: online (オンライン, ออนไลน์), offline, a production line
# (製造ライン, ライン作業, ไลน์ผลิต): no chat-app contact.
_LINE_INSIDE = re.compile(
    r"(?:オン|オフ|製造|生産|組立)ライン|ライン(?:作業|工程|業務|スタッフ|リーダー)"
    r"|(?:ออน|ออฟ)ไลน์|ไลน์(?:ผลิต|การผลิต|ประกอบ)"
)


def _no_line_inside_words(hits: list[CueHit], lowered: str) -> list[CueHit]:
    """Drop a LINE contact read inside "online", "offline" or "production line"."""
    if not any(hit.code == MESSENGER_CODE and hit.value == "line" for hit in hits):
        return hits
    inside = [(m.start(), m.end()) for m in _LINE_INSIDE.finditer(lowered)]
    if not inside:
        return hits
    return [
        hit
        for hit in hits
        if not (
            hit.code == MESSENGER_CODE
            and hit.value == "line"
            and any(start <= hit.start and hit.end <= end for start, end in inside)
        )
    ]


def _no_passport_only_going_somewhere(hits: list[CueHit], hidden: set[str]) -> list[CueHit]:
    """Keep "no passport needed" (an unofficial route, ``tourist_visa``) only beside another
    *where* sign: a job that takes the reader somewhere a passport would be needed."""
    if not any(hit.value == NO_PASSPORT for hit in hits):
        return hits
    table = job_weights()
    if any(table.get(hit.code, ("",))[0] == WHERE for hit in hits):
        return hits
    hidden.add(TOURIST_VISA)
    return [hit for hit in hits if hit.value != NO_PASSPORT]


def _retention_over_request(hits: list[CueHit]) -> list[CueHit]:
    """Drop a passport request inside a passport-retention phrase ("ទុកលិខិតឆ្លងដែន", keep the
    passport, in "ក្រុមហ៊ុនរក្សាទុកលិខិតឆ្លងដែន", the company keeps the passport): one sign, the
    stronger one."""
    kept = [hit for hit in hits if hit.code == PASSPORT_RETENTION]
    if not kept:
        return hits
    return [
        hit
        for hit in hits
        if hit.code != PASSPORT_REQUEST
        or not any(k.start < hit.end and hit.start < k.end for k in kept)
    ]


def _remote_work_only_abroad(hits: list[CueHit], hidden: set[str]) -> list[CueHit]:
    """Keep ``remote_work_abroad`` (work that can be done from anywhere: typing, chat, online
    sales) only beside a sign that the job takes the reader away from home; a typing job at
    home is the fake-job ``work_from_home`` pattern, not a lure abroad."""
    table = job_weights()
    not_away = (WORK_FROM_HOME, REMOTE_ABROAD_CODE)
    away = any(
        (table.get(hit.code, ("",))[0] == WHERE and hit.code not in not_away)
        or hit.code in MOVE_SIGNS
        for hit in hits
    )
    if away:
        return hits
    if any(hit.code == REMOTE_ABROAD_CODE for hit in hits):
        hidden.add(REMOTE_ABROAD_CODE)
    return [hit for hit in hits if hit.code != REMOTE_ABROAD_CODE]


# Bait that is more than the contact itself: a number on WhatsApp is a contact, not bait.
_CONTACT_CODES = frozenset({"messenger_contact", "messenger_link", "platform_switch"})


def _dialling_only_with_bait(hits: list[CueHit], hidden: set[str]) -> list[CueHit]:
    """Keep a compound-country contact number (``_dialling_hits``) only beside bait other than
    the contact: a bare "+855 ..." in a job ad, or a delivery notice checked as one, names no
    job abroad."""
    dialled = {_dialling_value(code) for code in _DIALLING_PLACES}
    if not any(hit.code == HOTSPOT_CODE and hit.value in dialled for hit in hits):
        return hits
    table = job_weights()
    if any(table.get(h.code, ("",))[0] == BAIT and h.code not in _CONTACT_CODES for h in hits):
        return hits
    hidden.add(HOTSPOT_CODE)
    return [hit for hit in hits if not (hit.code == HOTSPOT_CODE and hit.value in dialled)]


def _hires_lawfully(hits: list[CueHit], lowered: str, *, licensed: bool) -> bool:
    """Does the ad show two marks of a lawful hiring process (``lawful_hiring``) and no
    chat-app contact or passport request?"""
    marks = set(process_marks(lowered))
    if licensed:
        marks.add(LICENCE)
    if len(marks) < 2 and asks_for_skill(lowered):
        marks.add(SKILL)
    handed_over = any(
        hit.code in _CONTACT_CODES or hit.code in MOVE_SIGNS
        for hit in _no_line_inside_words(hits, lowered)
    )
    return hires_lawfully(marks, handed_over=handed_over)


def _no_pay_bait(hits: list[CueHit], hidden: set[str]) -> list[CueHit]:
    """Drop ``high_pay``: in an ad that hires lawfully the pay is what the role earns, unless
    the ad also says no experience is needed (high pay for no skill is bait whatever the
    process)."""
    if not any(hit.code == HIGH_PAY for hit in hits):
        return hits
    if any(hit.code == NO_EXPERIENCE for hit in hits):
        return hits
    hidden.add(HIGH_PAY)
    return [hit for hit in hits if hit.code != HIGH_PAY]


def _pay_fits_skill(hits: list[CueHit], lowered: str, hidden: set[str]) -> list[CueHit]:
    """Drop ``high_pay`` when the ad asks for years of experience or a qualification and does
    not also say none is needed (``skilled_role``): the pay is what the skill earns, not bait;
    such an ad carries the hidden ``SKILLED_CODE`` (no lure pattern, ``job_score``)."""
    if not lowered or any(hit.code == NO_EXPERIENCE for hit in hits):
        return hits
    if not asks_for_skill(lowered):
        return hits
    hidden.add(SKILLED_CODE)
    if not any(hit.code == HIGH_PAY for hit in hits):
        return hits
    hidden.add(HIGH_PAY)
    return [hit for hit in hits if hit.code != HIGH_PAY]


def hide_in_job_ad(
    hits: list[CueHit], language: str | None, lowered: str = ""
) -> tuple[list[CueHit], set[str]]:
    """Split job-ad hits into shown ones and hidden codes: a place in the ad's own country is
    no red flag of this ad unless it is a compound town (then it is ``home_compound_town``),
    pay is no bait in an ad that asks for a skill or hires lawfully (``lawful_hiring``:
    two marks of a hiring process, no chat-app contact or passport request; ``lowered``, the
    ad's text lower-cased; such an ad carries the hidden ``lawful_hiring``), an ad naming a
    licensed channel carries the hidden ``licensed_recruitment`` (``job_score``), and bait is
    none when no *where* sign is shown."""
    table = job_weights()
    kept: list[CueHit] = []
    hidden: set[str] = set()
    licensed = bool(lowered) and names_licensed_channel(lowered)
    if lowered and _hires_lawfully(hits, lowered, licensed=licensed):
        hidden.add(LAWFUL_CODE)
        hits = _no_pay_bait(hits, hidden)
    hits = _pay_fits_skill(hits, lowered, hidden)
    if licensed:
        hidden.add(LICENSED_CODE)
    for hit in _retention_over_request(hits):
        if not (hit.code == HOTSPOT_CODE and is_domestic(hit.value, language)):
            kept.append(hit)
        elif hit.value in _compound_zones():
            kept.append(hit)  # a compound complex, at home too (KK Park in a Burmese ad)
        elif hit.value in _compound_towns():
            kept.append(CueHit(hit.start, hit.end, HOME_COMPOUND_CODE, hit.value))
        else:
            hidden.add(hit.code)
    kept = _dialling_only_with_bait(kept, hidden)
    abroad_places = {hit.value for hit in kept if hit.code == HOTSPOT_CODE}
    if abroad_places and abroad_places <= _transit_places():
        hidden.add(TRANSIT_CODE)
    kept = _remote_work_only_abroad(kept, hidden)
    kept = _no_passport_only_going_somewhere(kept, hidden)
    if lowered:
        kept = _no_line_inside_words(kept, lowered)
    if any(table.get(hit.code, ("",))[0] == WHERE for hit in kept):
        return kept, hidden
    shown = [hit for hit in kept if table.get(hit.code, ("",))[0] != BAIT]
    hidden.update(hit.code for hit in kept if table.get(hit.code, ("",))[0] == BAIT)
    return shown, hidden
