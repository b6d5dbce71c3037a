"""Multilingual cue lexicons, the hot-spot gazetteer and messenger names, matched in one pass.

The cue phrases are data (``data/lexicons/<lang>.json``, one file per language); this module
only loads them into a single Aho-Corasick automaton. Every language's cues are searched in
every text, because scam messages mix languages ("USDT 振込 please").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick

from tipoff.assess.fold import latin_marks_table, simplified_variants, strip_marks

DATA_PACKAGE = "tipoff.assess.data"
LEXICON_LANGUAGES: tuple[str, ...] = ("en", "ja", "zh", "ko", "th", "vi", "id", "km", "tl")
# The scam moves (data/scam_moves.json) are also written in Hindi and Malay, which have no
# lexicon file of their own.
SCAM_MOVE_LANGUAGES: tuple[str, ...] = (*LEXICON_LANGUAGES, "hi", "ms")

HOTSPOT_CODE = "hotspot_place"
MESSENGER_CODE = "messenger_contact"
OVERSEAS_CODE = "overseas_job"
TOURIST_VISA_CODE = "tourist_visa"
NO_PASSPORT = "no passport"  # the value of a job-ad "no passport needed" hit

# An automaton entry: (phrase length, needs a Latin boundary left, right, (code, value)s,
# the side word's value or None: see CueMatcher).
_Entry = tuple[int, bool, bool, tuple[tuple[str, str | None], ...], Any]


@dataclass(frozen=True, slots=True)
class FlagCode:
    """What one red-flag code means (data/flags.json)."""

    code: str
    explanation: str
    weight: float
    types: tuple[str, ...]
    stage: str | None
    facet: tuple[str, str] | None
    # Shown only when one of these codes is also present ("Hi Mum" alone is no evidence of a
    # relative in trouble); otherwise the hit is a hidden model feature, "~" + code.
    requires: tuple[str, ...] = ()
    shown: bool = True  # False: a model feature only, never a red flag
    # In a job ad: (part, weight), part "where", "bait" or "alone" (jobads.py); None: no sign.
    job: tuple[str, float] | None = None


class CueHit(NamedTuple):
    """One lexicon match: [start, end) in the text, its code and, for facets, the value it names."""

    start: int
    end: int
    code: str
    value: str | None


def read_data_json(*parts: str) -> Any:
    """A JSON file of the assessment's data package (``data/<parts>``)."""
    path = resources.files(DATA_PACKAGE).joinpath(*parts)
    return json.loads(path.read_text(encoding="utf-8"))


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first; a word that starts or ends with a
    Latin letter must not sit inside a longer word ("age" in "package")."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        escaped = re.escape(word)
        if word[0].isascii() and word[0].isalpha():
            escaped = r"(?<![a-z])" + escaped
        if word[-1].isascii() and word[-1].isalpha():
            escaped += r"(?![a-z])"
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


@cache
def flag_codes() -> dict[str, FlagCode]:
    """All red-flag codes by name."""
    raw = read_data_json("flags.json")["codes"]
    return {
        code: FlagCode(
            code=code,
            explanation=spec["explanation"],
            weight=float(spec["weight"]),
            types=tuple(spec.get("types", ())),
            stage=spec.get("stage"),
            facet=(str(spec["facet"][0]), str(spec["facet"][1])) if "facet" in spec else None,
            requires=tuple(spec.get("requires", ())),
            shown=bool(spec.get("shown", True)),
            job=(str(spec["job"]["part"]), float(spec["job"]["weight"])) if "job" in spec else None,
        )
        for code, spec in raw.items()
    }


def lexicon(language: str) -> dict[str, list[str]]:
    """The cue phrases of one language's lexicon file, by red-flag code (the seed set draws
    its extra cues from these; the scam moves are added to the matcher only)."""
    return dict(read_data_json("lexicons", f"{language}.json")["cues"])


@cache
def scam_moves() -> dict[str, dict[str, tuple[str, ...]]]:
    """The phrases of the moves that define a scam (``data/scam_moves.json``: a fee to receive
    money, paying to withdraw, a move to another app, secrecy, a crime accusation, an arrest
    threat, guaranteed returns, being taught to invest, handing over a code, sextortion, a
    stranger's opener, an unsolicited prize, a loan without checks, a safe account, remote
    access, recovery), by language, then by the red-flag code each concept feeds. Written
    once per concept for every product language, so that the model's weight for a move
    carries to languages whose data never showed it."""
    found: dict[str, dict[str, list[str]]] = {}
    known = flag_codes()
    for name, concept in read_data_json("scam_moves.json")["concepts"].items():
        code = concept["code"]
        if code not in known:
            raise ValueError(f"scam_moves.json: {name}: unknown red-flag code {code!r}")
        for language, phrases in concept["phrases"].items():
            if language not in SCAM_MOVE_LANGUAGES:
                raise ValueError(f"scam_moves.json: {name}: unknown language {language!r}")
            found.setdefault(language, {}).setdefault(code, []).extend(phrases)
    return {
        language: {code: tuple(phrases) for code, phrases in codes.items()}
        for language, codes in found.items()
    }


def gazetteer() -> list[dict[str, Any]]:
    """Hot-spot places with their spelling variants (docs/trafficking-lures.md)."""
    return list(read_data_json("gazetteer.json")["places"])


@cache
def job_ad_matcher() -> CueMatcher:
    """Cues read only in a declared job ad (``data/job_ad_cues.json``): decoy destinations
    (the hit's value is the place's country), short chat-app contacts (value: the app) and
    words for work abroad and the border."""
    data = read_data_json("job_ad_cues.json")
    entries: list[tuple[str, str, str | None]] = [
        (variant, OVERSEAS_CODE, place["country"])
        for place in data["places"]
        for variant in place["variants"]
    ]
    for platform, names in data["platforms"].items():
        entries.extend((name, MESSENGER_CODE, platform) for name in names)
    # Job-ad-only spellings of the gazetteer's places (the message matcher keeps the gazetteer).
    for place, variants in data.get("hotspot_places", {}).items():
        entries.extend((variant, HOTSPOT_CODE, place) for variant in variants)
    # Work across a border with no passport needed: an unofficial route (jobads keeps it only
    # beside another *where* sign).
    entries.extend(
        (phrase, TOURIST_VISA_CODE, NO_PASSPORT) for phrase in data.get("no_passport", ())
    )
    known = flag_codes()
    for code, phrases in data["cues"].items():
        if code not in known:
            raise ValueError(f"job_ad_cues.json: unknown red-flag code {code!r}")
        entries.extend((phrase, code, None) for phrase in phrases)
    # Korean, Burmese and Khmer ads space words loosely ("채팅 알바", "채팅알바"; "လစာ ကောင်း",
    # "လစာကောင်း"): each such phrase also unspaced.
    entries.extend(
        (phrase.replace(" ", ""), code, value)
        for phrase, code, value in list(entries)
        if " " in phrase and _LOOSE_SPACING.search(phrase) and not _LATIN_LETTER.search(phrase)
    )
    # Vietnamese ads are often written without marks, as SMS are ("cong ty lo ve may bay").
    bare = unaccented_entries(entries, data.get("marks_needed", ()))
    return CueMatcher(entries + bare, bare)


_HANGUL = re.compile("[\uac00-\ud7a3]")
# Scripts whose ads put spaces between words or not at will: Hangul, Myanmar, Khmer.
_LOOSE_SPACING = re.compile("[\uac00-\ud7a3\u1000-\u109f\u1780-\u17ff]")
_LATIN_LETTER = re.compile("[a-z]")


def unaccented_entries(
    entries: Iterable[tuple[str, str, str | None]],
    marks_needed: Iterable[str] = (),
) -> list[tuple[str, str, str | None]]:
    """Each entry whose phrase is in Latin letters with marks and has two words or more,
    spelled without its marks (``unaccented_variants``), with the same code and value; not the
    phrases of ``marks_needed``, whose bare spelling is another word ("bao vé", the ticket
    paid, reads "bao ve" as "bảo vệ", a security guard)."""
    keep = frozenset(marks_needed)
    return [
        (bare, code, value)
        for phrase, code, value in entries
        if phrase not in keep and all(_is_latin_alnum(c) for c in phrase if c.isalpha())
        for bare in unaccented_variants([phrase])
    ]


def platforms() -> dict[str, list[str]]:
    """Messaging-app names by the channel_switch_to facet value."""
    return dict(read_data_json("platforms.json")["platforms"])


def _is_latin_alnum(char: str) -> bool:
    # Latin-script phrases must match whole words ("otp" not inside "hotpot"); scripts
    # written without spaces (CJK, Thai, Khmer) cannot use word boundaries. Latin runs from
    # Basic Latin to Extended-B, plus Latin Extended Additional, where the Vietnamese letters
    # with two marks are ("ẩ", "ộ": "ph" is no word in "sản phẩm").
    return (char < "\u0250" or "\u1e00" <= char <= "\u1eff") and char.isalnum()


class CueMatcher:
    """Finds every cue phrase, place name and messenger name in lower-cased text.

    ``side``: words that another module looks for in the same lower-cased text (each with the
    value it stands for), found by the same automaton pass (``find_with_side``) instead of a
    scan of their own: as plain substrings (no word boundary), every occurrence in text
    order, and at one end position the longer word first, as an automaton of their own
    reports them."""

    def __init__(
        self,
        entries: list[tuple[str, str, str | None]],
        unaccented: Iterable[tuple[str, str, str | None]] = (),
        side: dict[str, Any] | None = None,
    ) -> None:
        by_phrase = _by_phrase(entries)
        side = side or {}
        # ASCII text (most messages) can only hold ASCII phrases, and scanning with an
        # automaton of those alone is about twice as fast.
        self._ascii_automaton = _automaton(
            {k: v for k, v in by_phrase.items() if k.isascii()},
            side={k: v for k, v in side.items() if k.isascii()},
        )
        # Other text is scanned as UTF-8 bytes (each byte one character of a Latin-1 string):
        # the automaton's nodes then have at most a few dozen children, where the one over
        # code points had about a thousand at its root, searched one by one for every
        # character of a Chinese or Thai text (2.5x slower). UTF-8 is self-synchronising,
        # so a phrase's bytes occur only where the phrase does.
        self._byte_automaton = _automaton(by_phrase, _as_bytes, side)
        # Phrases written without accents (Vietnamese), also looked for in accented text with
        # its marks taken off: SMS often carry some words with marks and some without.
        bare = _by_phrase(unaccented)
        self._bare_automaton = _automaton(bare) if bare else None
        self._markless = latin_marks_table()
        self.size = len(by_phrase)

    def find(self, lowered: str) -> list[CueHit]:
        """All hits in ``lowered`` (the text after ``str.lower`` with unchanged length)."""
        return self.find_with_side(lowered, [])

    def finds_any(self, lowered: str) -> bool:
        """``bool(find(lowered))``, without building the hits: the scan stops at the first
        phrase that stands as a word (the side words are no hits)."""
        if lowered.isascii():
            return _any_hit(lowered, self._ascii_automaton.iter(lowered))
        if _any_hit(lowered, self._char_ends(lowered)):
            return True
        if (
            self._bare_automaton is not None
            and _ACCENTED_LATIN.search(lowered)
            and _UNMARKED_VIETNAMESE.search(lowered)
        ):
            stripped = lowered.translate(self._markless)
            return _any_hit(stripped, self._bare_automaton.iter(stripped))
        return False

    def find_with_side(self, lowered: str, side: list[Any]) -> list[CueHit]:
        """``find``; the values of the side words found are appended to ``side``, in text
        order."""
        if lowered.isascii():
            return _hits(lowered, self._ascii_automaton.iter(lowered), side)
        hits = _hits(lowered, self._char_ends(lowered), side)
        if (
            self._bare_automaton is not None
            and _ACCENTED_LATIN.search(lowered)
            and _UNMARKED_VIETNAMESE.search(lowered)
        ):
            stripped = lowered.translate(self._markless)
            found = {(hit.start, hit.end, hit.code) for hit in hits}
            hits.extend(
                hit
                for hit in _hits(stripped, self._bare_automaton.iter(stripped), [])
                if (hit.start, hit.end, hit.code) not in found
            )
        return hits

    def _char_ends(self, lowered: str) -> Iterator[tuple[int, _Entry]]:
        """The byte automaton's hits in non-ASCII text, their byte offsets turned back into
        character offsets."""
        data = lowered.encode("utf-8", "surrogatepass")
        # Hits come in the order of their ends, and each ends at a character boundary (a
        # phrase's UTF-8 bytes, found in UTF-8 text): the characters up to a hit's end are
        # those up to the previous hit's end plus the bytes between, decoded. (Decoding the
        # whole prefix at every hit cost a long Chinese text with many hits its length times
        # the number of hits.)
        boundary = 0  # a byte offset at a character boundary ...
        before = 0  # ... and the number of characters before it
        for byte_end, entry in self._byte_automaton.iter(data.decode("latin-1")):
            if not entry[3]:  # a side word alone: its position is not needed
                yield byte_end, entry
                continue
            stop = byte_end + 1
            if stop != boundary:
                before += len(data[boundary:stop].decode("utf-8", "surrogatepass"))
                boundary = stop
            yield before - 1, entry


def _by_phrase(
    entries: Iterable[tuple[str, str, str | None]],
) -> dict[str, list[tuple[str, str | None]]]:
    by_phrase: dict[str, list[tuple[str, str | None]]] = {}
    for phrase, code, value in entries:
        key = phrase.lower().strip()
        if key:
            by_phrase.setdefault(key, []).append((code, value))
    return by_phrase


def _hits(lowered: str, found: Iterable[tuple[int, _Entry]], side: list[Any]) -> list[CueHit]:
    """The hits of ``found`` (end index, automaton entry) that stand as words; the side
    words' values go to ``side``."""
    hits: list[CueHit] = []
    last = len(lowered) - 1
    for end_index, (length, left, right, targets, value_of_side) in found:
        if value_of_side is not None:
            side.append(value_of_side)
            if not targets:
                continue
        start = end_index - length + 1
        # _stands_alone, inlined: this runs for every hit.
        if (
            left
            and start > 0
            and ((c := lowered[start - 1]) < "\u0250" or "\u1e00" <= c <= "\u1eff")
            and c.isalnum()
        ):
            continue
        if (
            right
            and end_index < last
            and ((c := lowered[end_index + 1]) < "\u0250" or "\u1e00" <= c <= "\u1eff")
            and c.isalnum()
        ):
            continue
        for code, value in targets:
            hits.append(CueHit(start, end_index + 1, code, value))
    return hits


def _any_hit(lowered: str, found: Iterable[tuple[int, _Entry]]) -> bool:
    """Whether ``_hits`` of ``found`` would hold a hit: the first phrase that stands as a word
    ends the scan."""
    last = len(lowered) - 1
    for end_index, (length, left, right, targets, _) in found:
        if targets and _stands_alone(lowered, end_index - length + 1, end_index, last, left, right):
            return True
    return False


def _stands_alone(
    lowered: str, start: int, end_index: int, last: int, left: bool, right: bool
) -> bool:
    """Whether the phrase at [start, end_index] stands as a word: a Latin phrase needs a word
    boundary against Latin letters and digits only ("usdt" is a word in "USDTで送金" and "Shwe
    Kokkoでの"), as ``_is_latin_alnum`` tells."""
    if (
        left
        and start > 0
        and ((c := lowered[start - 1]) < "\u0250" or "\u1e00" <= c <= "\u1eff")
        and c.isalnum()
    ):
        return False
    return not (
        right
        and end_index < last
        and ((c := lowered[end_index + 1]) < "\u0250" or "\u1e00" <= c <= "\u1eff")
        and c.isalnum()
    )


def _as_bytes(key: str) -> str:
    """``key``'s UTF-8 bytes as a Latin-1 string (one character per byte)."""
    return key.encode("utf-8").decode("latin-1")


def _automaton(
    by_phrase: dict[str, list[tuple[str, str | None]]],
    spelled: Callable[[str], str] = str,
    side: dict[str, Any] | None = None,
) -> Any:
    automaton = ahocorasick.Automaton()
    side = side or {}
    for key, targets in by_phrase.items():
        left = _is_latin_alnum(key[0])
        right = _is_latin_alnum(key[-1])
        entry = (len(key), left, right, tuple(targets), side.get(key))
        automaton.add_word(spelled(key), entry)
    for key, value in side.items():
        if key not in by_phrase:  # a side word alone: no phrase, no boundary test
            automaton.add_word(spelled(key), (len(key), False, False, (), value))
    automaton.make_automaton()
    return automaton


_ACCENTED_LATIN = re.compile("[\u00c0-\u024f\u1e00-\u1eff]")
# Common Vietnamese words as they read without their marks, none of them a word when written
# so: a text with accented letters and one of these has words with marks and words without
# (65 of the 3,820 accented texts of vi-sms-pham2017), and only such a text pays for the
# second, mark-free search (about 15 µs).
_UNMARKED_VIETNAMESE = re.compile(
    r"\b(?:khong|duoc|nguoi|chuyen|tien|thong|viec|nhat|quy khach|vui long|tai khoan|ngan hang"
    r"|giao dich|xac (?:minh|nhan|thuc)|dien|thue|hien|truy cap|lien he|so du|cua ban|cua quy"
    r"|tai nan|cong an|dang ky|bao hiem|thanh toan|mat khau|xin loi)\b"
)


def unaccented_variants(phrases: Iterable[str]) -> list[str]:
    """Vietnamese phrases as they read without accents (as many SMS gateways send them), for
    phrases of two words or more (a bare word without its marks is often a word of another
    language)."""
    variants = []
    for phrase in phrases:
        bare = strip_marks(phrase)
        if bare != phrase and len(bare.split()) >= 2:
            variants.append(bare)
    return variants


def unaccented_cue_entries() -> list[tuple[str, str, str | None]]:
    """The Vietnamese cue phrases and scam moves as they read without accents
    (``unaccented_variants``)."""
    written = [*lexicon("vi").items(), *scam_moves().get("vi", {}).items()]
    return [
        (bare, code, None) for code, phrases in written for bare in unaccented_variants(phrases)
    ]


def cue_entries() -> list[tuple[str, str, str | None]]:
    """Every cue phrase, scam move, hot-spot place and messenger name as (phrase, code,
    value), the unaccented Vietnamese spellings included (``text_scan.text_matcher`` finds
    them all)."""
    entries: list[tuple[str, str, str | None]] = []
    known = flag_codes()
    for language in LEXICON_LANGUAGES:
        for code, phrases in lexicon(language).items():
            if code not in known:
                raise ValueError(f"lexicon {language}: unknown red-flag code {code!r}")
            entries.extend((phrase, code, None) for phrase in phrases)
            if language == "zh":  # traditional phrases as they read folded (fold.py)
                entries.extend((phrase, code, None) for phrase in simplified_variants(phrases))
    for language, moves in scam_moves().items():
        for code, written in moves.items():
            entries.extend((phrase, code, None) for phrase in written)
            if language == "zh":
                entries.extend((phrase, code, None) for phrase in simplified_variants(written))
    entries.extend(unaccented_cue_entries())
    for place in gazetteer():
        entries.extend((variant, HOTSPOT_CODE, place["name"]) for variant in place["variants"])
    for platform, names in platforms().items():
        entries.extend((name, MESSENGER_CODE, platform) for name in names)
    return entries
