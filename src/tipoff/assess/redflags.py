"""Red flags: cue-lexicon hits plus structural patterns, each with its span and explanation.

Structural patterns (links, app files, chat handles, wallet addresses, quoted returns) are
often stronger than keywords (docs/red-flags.md, "Structural cues") and work in every language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from operator import itemgetter
from typing import Literal, NamedTuple

from tipoff.assess.calm_scams import CALM_PREFIX
from tipoff.assess.chat_contact import is_chat_contact
from tipoff.assess.fold import fold_chinese
from tipoff.assess.jobads import (
    HOME_COMPOUND_CODE,
    LOW_SKILL_ROLES,
    hide_in_job_ad,
    is_domestic,
    structural_hits,
)
from tipoff.assess.language import detect_language
from tipoff.assess.lexicon import HOTSPOT_CODE, MESSENGER_CODE, CueHit, flag_codes
from tipoff.assess.lookalike import imitated_brand
from tipoff.assess.negation import drop_negated
from tipoff.assess.reassurance import drop_reassured
from tipoff.assess.reported_payment import drop_reported_transfers
from tipoff.assess.signals import (
    SIGNAL_CODES,
    THREE_FLAGS,
    TWO_FLAGS,
    conjunction_codes,
    signal_codes,
)
from tipoff.assess.text_scan import text_matcher
from tipoff.assess.work_urgency import drop_work_urgency
from tipoff.indicators.refang import may_be_defanged, refang
from tipoff.indicators.urls import find_urls, written_host
from tipoff.model import RedFlag, new_red_flag

Kind = Literal["message", "report", "job_ad"]

SHORTENERS = (
    "bit.ly|tinyurl.com|t.co|goo.gl|is.gd|cutt.ly|rb.gy|ow.ly|s.id|shorturl.at|tiny.cc|"
    "rebrand.ly|buff.ly|lnkd.in|v.gd|t.ly|shorturl.asia|urlz.fr|bitly.com"
)
TLDS = (
    "com|net|org|top|xyz|vip|cc|me|info|ly|co|io|app|site|online|shop|club|live|link|life|"
    "asia|pro|bet|win|icu|cn|ph|vn|th|id|jp|kr|uk|us|ru|biz|store|xin|fun|buzz|work|tk|ml|ga|cf|gq|"
    # Cheap top-level domains phishing uses and the region's country codes (quality,
    # 2026-12-07: "gov24-support.click", "coupang-secure.help", "bugo-notice.kr.ma" were no link).
    "click|help|cyou|sbs|cfd|bond|monster|quest|cam|support|website|space|ma|vu|cm|tw|hk|kh|my|sg"
)

# Candidates are found with cheap patterns and classified in Python: one big alternation of
# URL, wallet and percentage patterns was ~8x slower (it is tried at every position).
# Starts only at the beginning of a token, and possessive quantifiers never backtrack into a
# word: the plain pattern retried every position inside every word (3x slower on spam).
_URLISH = re.compile(
    r"(?<![0-9A-Za-z])(?:https?://)?[0-9A-Za-z][\w-]*+(?:\.[\w-]++)+(?::\d+)?(?:/\S*)?"
)
# Cheap test: could the text hold a host name at all (a word character, ".", a word character)?
# Written to start with the literal "." so that the engine jumps from dot to dot: a pattern
# starting with \w is tried at nearly every character (0.75 against 0.14 µs a text).
_DOTTED = re.compile(r"\.(?<=\w\.)\w")
# Where _URLISH can first match: every match holds "." between two [\w-] characters, and only
# [\w-] characters (after at most "https://") between its start and that dot.
_FIRST_DOT = re.compile(r"\.(?<=[\w-]\.)[\w-]")
_SCHEME_LENGTH = len("https://")
_LONG_TOKEN = re.compile(r"[0-9A-Za-z]{26,}")  # wallet candidates
# The scan above tries every position of every word; most texts hold no run of 26 ASCII
# letters and digits at all, which one byte translation and substring search tell first.
_ALNUM_AS_A = bytes(97 if c < 128 and chr(c).isalnum() else 32 for c in range(256))
_WALLET_LENGTH_RUN = b"a" * 26
_WALLET = re.compile(
    r"(?P<tron>T[1-9A-HJ-NP-Za-km-z]{33})|(?P<eth>0x[0-9a-fA-F]{40})"
    r"|(?P<btc>bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})"
)
_PERCENT = re.compile(
    r"\d+(?:[.,]\d+)?\s?%\s?(?:daily|a day|per day|each day|every day|monthly|per month|a month|"
    r"weekly|per week|mỗi ngày|per hari|sehari|รายวัน|每天|每日|/day|/month)"
    r"|(?:日利|月利|日收益|daily return of|daily profit of|lãi)\s?\d+(?:[.,]\d+)?\s?%",
    re.IGNORECASE,
)
_IP_HOST = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
_SHORTENER_HOSTS = frozenset(SHORTENERS.split("|"))
_TLD_SET = frozenset(TLDS.split("|"))
_TRAILING = ".,;:!?)\"'"
_MESSENGER_HOSTS = {
    "t.me": "telegram",
    "telegram.me": "telegram",
    "wa.me": "whatsapp",
    "api.whatsapp.com": "whatsapp",
    "chat.whatsapp.com": "whatsapp",
    "line.me": "line",
    "u.wechat.com": "wechat",
}
_WALLET_RAIL = {"tron": "crypto_usdt_trc20", "eth": "crypto_other", "btc": "crypto_other"}

# Job-context codes: a place name only counts as a lure signal next to a job offer.
JOB_CODES = frozenset(
    {
        "easy_money_job",
        "overseas_job",
        "travel_perks",
        "vague_role",
        "task_job",
        "no_experience",
        "language_skills",
        "tourist_visa",
        "passport_request",
        "passport_retention",
        "commission",
        "work_from_home",
        "job_urgency",
        "housing_paid",
    }
)
MESSENGER_EXPLANATION = (
    "Gives a contact on a private messaging app ({value}) instead of an official channel."
)
BRAND_LOOKALIKE_CODE = "brand_lookalike_link"
BRAND_LOOKALIKE_EXPLANATION = (
    "The link's address uses the name of {value} but is not {value}'s own site."
)
HOTSPOT_EXPLANATION = (
    "Names {value}, a place where scam compounds are known to hold trafficked workers."
)


class Evidence(NamedTuple):
    """Red flags found in one text and the facets they reveal.

    ``codes`` are the model's indicator features: the codes of the red flags, plus hidden
    ones ("~" + code for a cue shown only with supporting evidence, and the cross-language
    signals of signals.py). A named tuple: seven texts in ten make one, and a frozen
    dataclass costs several times as much to build.
    """

    red_flags: tuple[RedFlag, ...]
    facets: dict[str, list[str]]
    codes: frozenset[str]
    # The promotion markers' triggers the same scan found (text_scan.py: each one's marker
    # names, in text order), or None when the scanned text was not ``text.lower()`` itself.
    triggers: tuple[tuple[str, ...], ...] | None = None
    # The moves of calm conversational scams the same scan found (calm_scams.py), in text
    # order; never red flags or model features themselves.
    moves: tuple[CueHit, ...] = ()


HIDDEN_PREFIX = "~"


def feature_codes() -> tuple[str, ...]:
    """Every indicator feature the model can see, in a fixed order."""
    meta = flag_codes()
    hidden = [
        HIDDEN_PREFIX + code for code, spec in meta.items() if spec.requires or not spec.shown
    ]
    return (*sorted(meta), *sorted(hidden), *SIGNAL_CODES)


def _classify_url(candidate: str) -> tuple[str, str | None] | None:
    """The red-flag code of a URL-like token, or None when it is not a link ("e.g.", "3.5")."""
    lowered = candidate.lower()
    has_scheme = lowered.startswith(("http://", "https://"))
    rest = lowered.split("://", 1)[1] if has_scheme else lowered
    host = rest.split("/", 1)[0].split(":", 1)[0]
    if host.startswith("www."):
        host = host[4:]
    if host in _MESSENGER_HOSTS:
        return "messenger_link", _MESSENGER_HOSTS[host]
    if lowered.endswith((".apk", ".mobileconfig")) or host == "testflight.apple.com":
        return "apk_link", None
    if host[:1].isdigit() and _IP_HOST.fullmatch(host):  # (every \d is a str.isdigit digit)
        return ("ip_link", None) if has_scheme or "/" in rest else None
    if host in _SHORTENER_HOSTS and "/" in rest:
        return "short_link", None
    if has_scheme or lowered.startswith("www.") or host.rsplit(".", 1)[-1] in _TLD_SET:
        return "link", None
    return None


_NO_EVIDENCE = Evidence((), {}, frozenset(), ())


def _defanged_links(text: str, lowered: str) -> list[tuple[int, int, str]]:
    """The defanged links of ``text`` ("hxxp://evil[.]top/x", "example(dot)com"): span and
    refanged link, found by the scanner extraction uses (indicators/urls.py) and refanged as
    it refangs them, so the red flags and link features see the link that extraction keys."""
    if not may_be_defanged(lowered):
        return []
    found: list[tuple[int, int, str]] = []
    for match in find_urls(text):
        written = text[match.start : match.end]
        link = refang(written)
        if link != written:  # a plain link is the plain scan's
            found.append((match.start, match.end, link))
    return found


def _structural_hits(text: str, hosts: list[str], lowered: str | None = None) -> list[CueHit]:
    hits: list[CueHit] = []
    defanged = _defanged_links(text, text.lower() if lowered is None else lowered)
    for start, end, link in defanged:
        found = _classify_url(link)
        if found:
            hits.append(CueHit(start, end, *found))
            host = written_host(link)
            hosts.append(host)
            brand = imitated_brand(host)
            if brand:
                hits.append(CueHit(start, end, BRAND_LOOKALIKE_CODE, brand))
    if _DOTTED.search(text):
        for match in _link_candidates(text):
            if defanged and any(start <= match.start() < end for start, end, _ in defanged):
                continue  # inside a defanged link ("evil.top/x" of "hxxp://evil.top/x")
            url = match.group().rstrip(_TRAILING)
            found = _classify_url(url)
            if found:
                end = match.start() + len(url)
                hits.append(CueHit(match.start(), end, *found))
                host = written_host(url)
                hosts.append(host)
                brand = imitated_brand(host)
                if brand:
                    hits.append(CueHit(match.start(), end, BRAND_LOOKALIKE_CODE, brand))
    if _may_hold_wallet(text):
        for candidate in _LONG_TOKEN.finditer(text):
            wallet = _WALLET.fullmatch(candidate.group())
            if wallet:
                rail = _WALLET_RAIL[wallet.lastgroup or "btc"]
                hits.append(CueHit(candidate.start(), candidate.end(), "crypto_address", rail))
    if "%" in text:
        hits.extend(
            CueHit(m.start(), m.end(), "percent_return", None) for m in _PERCENT.finditer(text)
        )
    return hits


def _link_candidates(text: str) -> Iterator[re.Match[str]]:
    r"""``_URLISH.finditer(text)``, each search started where the next match can first begin.

    Every match holds a "." with [\w-] on both sides, and between its start (less a scheme's
    length) and its first such dot only [\w-] characters: no match starts before the last
    space ahead of the next such dot. So each search starts there, and the scan ends when no
    such dot is left, instead of trying the pattern (which opens with a look-behind, so the
    engine cannot skip ahead) at every position to the end of the text."""
    position = 0
    while (dot := _FIRST_DOT.search(text, position)) is not None:
        begin = max(text.rfind(" ", position, dot.start()) - _SCHEME_LENGTH + 1, position)
        match = _URLISH.search(text, begin)
        if match is None:
            return
        yield match
        position = match.end()


def link_hosts(text: str) -> list[str]:
    """The hosts of the links in ``text``, as the red-flag scan finds them."""
    hosts: list[str] = []
    _structural_hits(text, hosts)
    return hosts


def _may_hold_wallet(text: str) -> bool:
    """Does ``text`` hold 26 ASCII letters or digits in a row (what every wallet address is)?"""
    ascii_runs = text.encode("utf-8", "surrogatepass").translate(_ALNUM_AS_A)
    return _WALLET_LENGTH_RUN in ascii_runs


_SPAN_ORDER = itemgetter(0, 1, 2)  # (start, end, code)


def _longest_per_code(hits: list[CueHit]) -> list[CueHit]:
    """Drop a hit covered by a longer hit of the same code ("frozen" inside "account frozen")."""
    kept: list[CueHit] = []
    if len({hit.code for hit in hits}) == len(hits):  # the usual case: nothing to drop
        return sorted(hits, key=_SPAN_ORDER)
    for hit in sorted(hits, key=lambda h: (h.code, h.start, -(h.end - h.start))):
        previous = kept[-1] if kept else None
        if previous and previous.code == hit.code and hit.start < previous.end:
            continue
        kept.append(hit)
    return sorted(kept, key=_SPAN_ORDER)


def lowered_same_length(text: str) -> str:
    """``text.lower()`` when it keeps every offset; otherwise lower-case character by character."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def find_evidence(
    text: str, *, kind: Kind = "message", language: str | None = None, detected: bool = False
) -> Evidence:
    """Every red flag in ``text`` with its span, plus the facets (channel, payment rail, stage).

    ``language`` (detected when None and needed) decides, in a job offer, whether a hot-spot
    place is abroad for the reader and how pay is read (jobads.py). ``detected``: ``language``
    is already ``detect_language(text)``, None included, so it is not detected again (for a
    text in no known language that is a second lingua call, about 1 ms).
    """
    hosts: list[str] = []
    lowered = text.lower()
    plain = len(lowered) == len(text)  # the scan reads text.lower() itself (text_scan.py)
    if not plain:
        lowered = lowered_same_length(text)
    if not lowered.isascii():  # traditional Chinese read as simplified (fold.py), every kind
        if language is None and not detected:
            language = detect_language(text)
        folded = fold_chinese(lowered, language)
        plain = plain and folded is lowered
        lowered = folded
    found: list[tuple[str, ...]] = []
    hits = text_matcher().find_with_side(lowered, found)
    moves: tuple[CueHit, ...] = ()
    if hits:  # most texts have none: nothing to drop or set apart
        hits = drop_work_urgency(lowered, drop_reassured(lowered, drop_negated(lowered, hits)))
        hits = drop_reported_transfers(lowered, hits)
        if any(hit.code.startswith(CALM_PREFIX) for hit in hits):
            moves = tuple(hit for hit in hits if hit.code.startswith(CALM_PREFIX))
            hits = [hit for hit in hits if not hit.code.startswith(CALM_PREFIX)]
    triggers = tuple(found) if plain else None
    hits.extend(_structural_hits(text, hosts, lowered))
    signals = signal_codes(text, hosts, lowered)
    if not hits and kind != "job_ad":
        if signals or triggers != () or moves:
            return Evidence((), {}, frozenset(signals), triggers, moves)
        return _NO_EVIDENCE
    present = {hit.code for hit in hits}
    job_context = kind in ("job_ad", "report") or not present.isdisjoint(JOB_CODES)
    if not job_context:
        if HOTSPOT_CODE in present:
            hits = [hit for hit in hits if hit.code != HOTSPOT_CODE]
        if MESSENGER_CODE in present and kind == "message":
            # A chat app named in passing is no contact on it (chat_contact.py).
            hits = [
                hit
                for hit in hits
                if hit.code != MESSENGER_CODE or is_chat_contact(text, lowered, hit)
            ]
    else:
        if not language and not detected:
            language = detect_language(text)
        hits = _job_hits(text, lowered, hits, kind, language, signals)
        present = {hit.code for hit in hits}
    hits = _supported(hits, present, signals)
    flags: list[RedFlag] = []
    facets: dict[str, list[str]] = {}
    codes_meta = flag_codes()
    for start, end, code, value in _longest_per_code(hits):
        meta = codes_meta[code]
        explanation = meta.explanation
        if code == MESSENGER_CODE or (code == "messenger_link" and value):
            _add_facet(facets, "channel_switch_to", value)
            if code == MESSENGER_CODE:
                explanation = MESSENGER_EXPLANATION.format(value=value)
        elif code == HOTSPOT_CODE:
            _add_facet(facets, "place", value)
            explanation = HOTSPOT_EXPLANATION.format(value=value)
        elif code == BRAND_LOOKALIKE_CODE:
            explanation = BRAND_LOOKALIKE_EXPLANATION.format(value=value)
        elif code == HOME_COMPOUND_CODE:
            _add_facet(facets, "place", value)
        elif code == "crypto_address":
            _add_facet(facets, "payment_rail", value)
        if meta.facet:
            _add_facet(facets, meta.facet[0], meta.facet[1])
        if meta.stage:
            _add_facet(facets, "stage", meta.stage)
        flags.append(new_red_flag(code, start, end, text[start:end], explanation, meta.weight))
    shown = {flag.code for flag in flags}
    signals.update(shown)
    shown.discard("link")
    # A lookalike link raises the answer in assess.py; the model was trained without it, so
    # it is not counted among the shown flags the model sees.
    shown.discard(BRAND_LOOKALIKE_CODE)
    if len(shown) >= 2:
        signals.add(TWO_FLAGS)
        if len(shown) >= 3:
            signals.add(THREE_FLAGS)
    signals.update(conjunction_codes(signals))
    return Evidence(tuple(flags), facets, frozenset(signals), triggers, moves)


def _job_hits(
    text: str,
    lowered: str,
    hits: list[CueHit],
    kind: Kind,
    language: str | None,
    hidden: set[str],
) -> list[CueHit]:
    """A job offer's hits plus pay and age signs; in a job ad, a place at home and bait with
    nothing saying where the job takes you are hidden (model features "~code" only)."""
    low_skill = any(hit.code in LOW_SKILL_ROLES for hit in hits)
    hits = hits + structural_hits(
        text, language, job_ad=kind == "job_ad", lowered=lowered, low_skill=low_skill, places=hits
    )
    if kind == "job_ad":
        hits, hidden_codes = hide_in_job_ad(hits, language, lowered)
    else:
        hidden_codes = {
            hit.code
            for hit in hits
            if hit.code == HOTSPOT_CODE and is_domestic(hit.value, language)
        }
        hits = [h for h in hits if not (h.code == HOTSPOT_CODE and is_domestic(h.value, language))]
    hidden.update(HIDDEN_PREFIX + code for code in hidden_codes)
    return hits


@cache
def _conditional_codes() -> frozenset[str]:
    return frozenset(code for code, spec in flag_codes().items() if spec.requires or not spec.shown)


def _supported(hits: list[CueHit], present: set[str], hidden: set[str]) -> list[CueHit]:
    """The hits that are evidence; the others go into ``hidden`` as model features only."""
    if present.isdisjoint(_conditional_codes()):  # the usual case
        return hits
    meta = flag_codes()
    kept: list[CueHit] = []
    for hit in hits:
        spec = meta[hit.code]
        if spec.shown and (not spec.requires or present.intersection(spec.requires)):
            kept.append(hit)
        else:
            hidden.add(HIDDEN_PREFIX + hit.code)
    return kept


def _add_facet(facets: dict[str, list[str]], name: str, value: str | None) -> None:
    if value is None:
        return
    values = facets.setdefault(name, [])
    if value not in values:
        values.append(value)


def rule_score(codes: frozenset[str], *, among: frozenset[str] | None = None) -> float:
    """Noisy-OR of the weights of distinct red-flag codes (optionally only those in ``among``)."""
    meta = flag_codes()
    keep = codes if among is None else codes & among
    miss = 1.0
    for code in keep:
        miss *= 1.0 - meta[code].weight
    return 1.0 - miss
