"""Language detection: Unicode scripts first, stop words for Latin script, lingua as a last resort.

Most scripts name their language outright (Khmer, Thai, Hangul, kana). Latin-script text is
told apart by Vietnamese letters and by stop words, which costs a few microseconds; lingua
(restricted to the Latin-script languages tipoff meets, ~100 MB and 0.4 s to build) is loaded
only when a Latin text of some length has no stop-word evidence at all.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Set as AbstractSet
from typing import Any

# Script ranges → language; checked by counting characters of each script.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("km", "\u1780-\u17ff\u19e0-\u19ff"),
    ("th", "\u0e00-\u0e7f"),
    ("lo", "\u0e80-\u0eff"),
    ("my", "\u1000-\u109f"),
    ("ko", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),
    ("ja", "\u3040-\u30ff\u31f0-\u31ff"),
    ("zh", "\u4e00-\u9fff\u3400-\u4dbf"),
    ("ru", "\u0400-\u04ff"),
    ("ar", "\u0600-\u06ff"),
    ("hi", "\u0900-\u097f"),
)
# Runs of the scripts' characters, written "[x][x]*" rather than "[x]+": a pattern that starts
# with a character class lets the engine skip to the next such character in one tight loop;
# one that starts with a repeat is tried at every position (a Vietnamese SMS: 1.2 against
# 0.4 us). The same matches.
_NON_LATIN = "[" + "".join(ranges for _, ranges in _SCRIPTS) + "]"
_NON_LATIN_RUN = re.compile(f"{_NON_LATIN}{_NON_LATIN}*")
_SCRIPT_OF = [(lang, re.compile(f"[{ranges}]")) for lang, ranges in _SCRIPTS]
_KANA = dict(_SCRIPT_OF)["ja"]
_VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]")
_WORD = re.compile(r"[^\W\d_]+")

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "you",
            "your",
            "to",
            "and",
            "is",
            "are",
            "for",
            "of",
            "in",
            "it",
            "this",
            "that",
            "have",
            "will",
            "be",
            "with",
            "on",
            "me",
            "my",
            "we",
            "please",
            "call",
            "now",
            "free",
            "can",
            "get",
            "not",
            "just",
            "what",
            "how",
            "are",
            "u",
            "ur",
            "i",
            "im",
            "i'm",
            "was",
            "at",
            "if",
            "so",
            "do",
            "no",
            "our",
            "from",
            "txt",
            "text",
            "reply",
            "send",
        ]
    ),
    "id": frozenset(
        [
            "yang",
            "dan",
            "di",
            "ini",
            "itu",
            "anda",
            "untuk",
            "dengan",
            "tidak",
            "ada",
            "ke",
            "dari",
            "akan",
            "kami",
            "bisa",
            "saya",
            "sudah",
            "kamu",
            "aku",
            "juga",
            "atau",
            "dalam",
            "hubungi",
            "segera",
            "rekening",
            "silakan",
            "dapatkan",
            "hanya",
            "sekarang",
        ]
    ),
    "tl": frozenset(
        [
            "ang",
            "ng",
            "sa",
            "mga",
            "na",
            "ay",
            "ko",
            "mo",
            "ka",
            "po",
            "ako",
            "ikaw",
            "kayo",
            "hindi",
            "para",
            "lang",
            "naman",
            "yung",
            "nang",
            "din",
            "rin",
            "natin",
            "niyo",
            "kita",
            "dito",
            "ito",
            "iyong",
            "inyong",
            "pa",
            "ba",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "que",
            "y",
            "en",
            "por",
            "para",
            "es",
            "su",
            "usted",
            "con",
            "una",
            "un",
            "del",
            "al",
            "tu",
            "tus",
            "ha",
            "sido",
            "ahora",
            "gratis",
            "aquí",
            "cuenta",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "et",
            "est",
            "vous",
            "votre",
            "pour",
            "des",
            "une",
            "un",
            "pas",
            "du",
            "au",
            "avec",
            "sur",
            "ici",
            "gratuit",
            "maintenant",
            "compte",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "sie",
            "nicht",
            "mit",
            "ihr",
            "ihre",
            "für",
            "auf",
            "zu",
            "ein",
            "eine",
            "ihren",
            "jetzt",
            "hier",
            "kostenlos",
            "konto",
        ]
    ),
    "pt": frozenset(
        [
            "você",
            "seu",
            "sua",
            "não",
            "com",
            "uma",
            "os",
            "as",
            "do",
            "da",
            "em",
            "é",
            "aqui",
            "agora",
            "grátis",
            "conta",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "lo",
            "gli",
            "della",
            "di",
            "che",
            "è",
            "per",
            "con",
            "una",
            "un",
            "sono",
            "tuo",
            "tua",
            "qui",
            "ora",
        ]
    ),
    "nl": frozenset(
        [
            "de",
            "het",
            "een",
            "en",
            "van",
            "is",
            "je",
            "uw",
            "op",
            "voor",
            "niet",
            "met",
            "nu",
            "hier",
        ]
    ),
    # Vietnamese written without its accents (as many SMS gateways send it): the accented
    # letters decide above; these are its commonest words stripped of their marks, listed last
    # so that a tie goes to another language.
    "vi": frozenset(
        [
            "khong",
            "duoc",
            "cua",
            "nguoi",
            "nhung",
            "toi",
            "chung",
            "nay",
            "roi",
            "nhe",
            "voi",
            "khoan",
            "quy",
            "khach",
            "vui",
            "thong",
            "bao",
            "nhan",
            "ngay",
            "tien",
            "chuyen",
            "xin",
            "chao",
            "dang",
            "nha",
            "minh",
            "biet",
            "lam",
            "muon",
            "vao",
            "giao",
            "hoac",
            "trong",
            "nhieu",
            "dien",
            "thoai",
            "hien",
            "phi",
            "cho",
            "ban",
            "anh",
            "gui",
            "lien",
            "ngan",
        ]
    ),
}
_LINGUA_CODES = {
    "ENGLISH": "en",
    "INDONESIAN": "id",
    "TAGALOG": "tl",
    "VIETNAMESE": "vi",
    "MALAY": "ms",
    "SPANISH": "es",
    "FRENCH": "fr",
    "GERMAN": "de",
    "ITALIAN": "it",
    "DUTCH": "nl",
    "PORTUGUESE": "pt",
}
_LINGUA_MIN_LETTERS = 30
# lingua's time grows faster than the text (20,000 accented letters took 0.8 s, 100,000 took
# 16 s): it reads the first 2,000 characters, enough to tell a language (on the corpora its
# longest text is 370).
_LINGUA_MAX_CHARS = 2000

_lock = threading.Lock()
_lingua: Any = None


def _lingua_detector() -> Any:
    global _lingua
    if _lingua is None:
        with _lock:
            if _lingua is None:
                from lingua import Language, LanguageDetectorBuilder

                languages = [getattr(Language, name) for name in _LINGUA_CODES]
                _lingua = LanguageDetectorBuilder.from_languages(*languages).build()
    return _lingua


# word → the languages that use it as a stop word (a few, such as "para", are shared)
_STOPWORD_LANGUAGES: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _word in _words:
        _STOPWORD_LANGUAGES[_word] = (*_STOPWORD_LANGUAGES.get(_word, ()), _lang)
_LANGUAGE_ORDER = tuple(_STOPWORDS)  # ties go to the earlier language (English first)
_LANGUAGE_INDEXES = {
    word: tuple(_LANGUAGE_ORDER.index(lang) for lang in langs)
    for word, langs in _STOPWORD_LANGUAGES.items()
}
# A word is language evidence only when it stands alone: letters, digits and the characters of
# links, e-mail addresses, handles and codes ("_./@=&%#~+") are kept together in one token, so
# "docs.google.com/forms", "juan.cruz@gmail.com", "@juan_ng" or "REF8U2" match no stop word
# (before, "com" counted as Portuguese and "u" as English); the words around them still count.
# Every other character (spaces, ",", "!", "?", "-", "'", ":") and two or more dots in a row
# ("tickets..call", which no link holds) separate words as before, and a word at the end of a
# sentence ("you.") is a stop word with its dot.
_TOKEN_CHARS = "_./@=&%#~+"
_TOKEN = re.compile(r"[\w" + re.escape(_TOKEN_CHARS) + "]+")
_SENTENCE_ENDS = ("", ".")
_STOPWORD_FORMS = {word + end: word for word in _STOPWORD_LANGUAGES for end in _SENTENCE_ENDS}
_ALL_STOPWORD_FORMS = frozenset(_STOPWORD_FORMS)
_DOTTED = frozenset(form for form, word in _STOPWORD_FORMS.items() if form != word)
_FORM_INDEXES = {form: _LANGUAGE_INDEXES[word] for form, word in _STOPWORD_FORMS.items()}
# ASCII text (most messages) is split into tokens on bytes: letters are lower-cased, digits and
# _TOKEN_CHARS kept, everything else becomes a space: the same tokens as _TOKEN finds, at a
# third of the cost.
_ASCII_LETTERS = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) in _TOKEN_CHARS) else 32 for c in range(256)
).lower()
_ASCII_NON_LETTERS = bytes(c for c in range(256) if not (c < 128 and chr(c).isalpha()))
_ASCII_STOPWORDS = {
    word.encode(): _LANGUAGE_INDEXES[base]
    for word, base in _STOPWORD_FORMS.items()
    if word.isascii()
}
_ASCII_STOPWORD_SET = frozenset(_ASCII_STOPWORDS)
_ASCII_DOTTED = frozenset(form.encode() for form in _DOTTED if form.isascii())
_ASCII_BASE = {
    word.encode(): base.encode() for word, base in _STOPWORD_FORMS.items() if word.isascii()
}
# English is first in _LANGUAGE_ORDER: when every stop word found is an English one, English
# has the most (all of them) and wins any tie, with no count.
_ASCII_ENGLISH = frozenset(
    (word + end).encode() for word in _STOPWORDS["en"] for end in _SENTENCE_ENDS
)


# Each script's ranges as (first, last, index in _SCRIPTS), sorted, for a bisection on the
# code point; and each script's pattern matching runs, whose lengths add up to its count.
_SCRIPT_RANGES = sorted(
    (ord(ranges[i]), ord(ranges[i + 2]), index)
    for index, (_, ranges) in enumerate(_SCRIPTS)
    for i in range(0, len(ranges), 3)
)
_RANGE_STARTS = [first for first, _, _ in _SCRIPT_RANGES]
_SCRIPT_RUNS = [re.compile(f"[{ranges}][{ranges}]*") for _, ranges in _SCRIPTS]


def _script_of(char: str) -> int:
    """Index in _SCRIPTS of the script ``char`` (one of the _SCRIPTS ranges) belongs to."""
    point = ord(char)
    position = bisect_right(_RANGE_STARTS, point) - 1
    if position >= 0:
        first, last, index = _SCRIPT_RANGES[position]
        if first <= point <= last:
            return index
    return 0  # unreachable for characters of _NON_LATIN_RUN


def _count(script: int, sample: str) -> int:
    """How many characters of ``sample`` are in script ``script``."""
    return sum(map(len, _SCRIPT_RUNS[script].findall(sample)))


def _script_language(text: str) -> str | None:
    # Runs, not single characters: a Chinese text is a few strings, not one per character.
    sample = "".join(_NON_LATIN_RUN.findall(text))
    if len(sample) < 2:
        return None
    if _KANA.search(sample):  # kana marks Japanese even when most characters are kanji
        return "ja"
    # Nearly every text is written in one script: when the first character's script holds
    # more than half of the sample it has the most characters, and one count settles it.
    first = _script_of(sample[0])
    if 2 * _count(first, sample) > len(sample):
        return _SCRIPTS[first][0]
    counts = {lang: _count(index, sample) for index, (lang, _) in enumerate(_SCRIPTS)}
    return max(counts, key=counts.__getitem__)


def _most_used(hits: AbstractSet[Any], indexes: dict[Any, tuple[int, ...]]) -> str:
    counts = [0] * len(_LANGUAGE_ORDER)
    for word in hits:
        for position in indexes[word]:
            counts[position] += 1
    return _LANGUAGE_ORDER[counts.index(max(counts))]  # the first maximum: the earlier language


def _ascii_language(text: str) -> str | None:
    data = text.encode("ascii").replace(b"..", b"  ")
    hits: AbstractSet[bytes] = _ASCII_STOPWORD_SET.intersection(
        data.translate(_ASCII_LETTERS).split()
    )
    # Plain ASCII without stop words: abbreviations, codes, English slang (no letters: None).
    if hits <= _ASCII_ENGLISH:
        return "en" if hits or data.translate(None, _ASCII_NON_LETTERS) else None
    if not hits.isdisjoint(_ASCII_DOTTED):  # each stop word counts once, dots or not
        hits = {_ASCII_BASE[word] for word in hits}
    return _most_used(hits, _ASCII_STOPWORDS)


def _latin_language(text: str, *, use_lingua: bool) -> str | None:
    if len(_VIETNAMESE.findall(text)) >= 2:
        return "vi"
    hits: AbstractSet[str] = _ALL_STOPWORD_FORMS.intersection(
        _TOKEN.findall(text.lower().replace("..", "  "))
    )
    if hits:
        if not hits.isdisjoint(_DOTTED):  # each stop word counts once, dots or not
            hits = {_STOPWORD_FORMS[word] for word in hits}
        return _most_used(hits, _FORM_INDEXES)
    words = _WORD.findall(text.lower())
    if not words:
        return None
    # Accented Latin text with no stop word: the one case worth lingua's cost (~1 ms). Text
    # whose letters are all ASCII (a symbol such as "₱" or an emoji makes it non-ASCII) is
    # English, as plain ASCII is.
    if use_lingua and sum(map(len, set(words))) >= _LINGUA_MIN_LETTERS:
        if "".join(words).isascii():
            return "en"
        detected = _lingua_detector().detect_language_of(text[:_LINGUA_MAX_CHARS])
        return _LINGUA_CODES.get(detected.name) if detected is not None else None
    return None


def detect_language(text: str, *, use_lingua: bool = True) -> str | None:
    """ISO 639-1 code of the main language of ``text`` (None when there is nothing to go on)."""
    if text.isascii():  # most messages: no script or Vietnamese checks needed
        return _ascii_language(text)
    return _script_language(text) or _latin_language(text, use_lingua=use_lingua)
