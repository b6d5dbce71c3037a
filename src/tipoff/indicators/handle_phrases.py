"""Handles stated in a sentence rather than after a separator.

"My LINE is tanaka.0707", "LINE ID is abc_12", "Zalo của tôi là 0912 345 678",
"WhatsApp saya adalah 0812…", "ไลน์คือ abc_123", "微信是abc12345",
"카톡 아이디는 money_king77". The copula ("is", "là", "adalah", "คือ", "是", "은/는")
takes the place of the ":" that ``handles.find_keyword_handles`` anchors on; a
possessive may sit between the platform and the copula ("của tôi", "saya").

Prose says "the line is busy" and "my WhatsApp is the same", so a value is only
taken when it is a phone number or looks like an ID: it starts with "@" or "+" or
holds a digit or "_".

In Chinese, Thai and Japanese the ID often follows the platform's name directly,
with no separator or just a space ("加我微信leo_jobs1823", "微信 mei_agent",
"แอดไลน์ sophia.6703", "ラインID david.coach"): a Latin-script ID right after a
name in another script cannot be a word of the sentence, so it is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tipoff.indicators.handles import SOCIAL_PLATFORMS, HandleMatch, handle_at, platform_before
from tipoff.indicators.urls import registrable_domain

# One literal-prefixed pattern per copula: the engine finds a literal with its
# fast substring search, where an alternation would stop at every space.
# Each comes with its literal, tested with ``in`` first (a short report names
# none of them, and ``in`` costs a tenth of starting a scan).
_COPULAS = tuple(
    (literal, re.compile(re.escape(literal) + spaces))
    for literal, spaces in (
        (" is", "[ \t]+"),
        (" was", "[ \t]+"),  # "the scammer's WhatsApp was +44 …"
        (" là", "[ \t]+"),
        (" adalah", "[ \t]+"),
        (" ialah", "[ \t]+"),  # Malay: "WhatsApp dia ialah 012-…"
        ("คือ", "[ \t]*"),
        ("是", "[ \t]*"),
        ("는", "[ \t]+"),
        ("은", "[ \t]+"),
    )
)
# Possessives written after the platform name ("Zalo của tôi là …", "WA saya adalah …").
_POSSESSIVE_RE = re.compile(
    r"[ \t]+(?:của[ \t]+(?:tôi|mình|em|anh|chị|hắn|nó|họ)|saya|aku|kami|dia|mereka|nya"
    r"|ของ(?:ฉัน|ผม|เรา)|我的?)$"
)
# A name word between the platform and the copula ("Telegram name is …", "my Telegram
# username is …", "his WhatsApp handle is …"), as the ID words ("LINE ID is …") already are.
_NAME_WORD_RE = re.compile(r"[ \t]+(?:user[ \t]?name|name|handle)$")
_ID_LIKE_RE = re.compile(r"[@+]|[A-Za-z0-9._-]{0,40}[0-9_]")
# Platform names an ID may be glued to: (name's last characters, the characters one of
# which must precede them, platform). Found with str.find, which beats any regex scan of
# CJK or Thai text (~0.1 against ~2 ms/MB); what follows the name is checked by _GLUED_TAIL.
_GLUED_NAMES = (("信", "微薇威v", "wechat"), ("ライン", "", "line"), ("ไลน์", "", "line"))
_GLUED_TAIL = re.compile(r"(?:id|アイディ)?[ \t]?(?=[a-z0-9@])")
_ADD_WORDS = ("แอด", "เพิ่ม", "加", "追加")
_WINDOW = 40
# Platform names an ID may follow after a space or an ID word alone, with no ":"
# ("Telegram name yuki88", "line id yuki88", "카톡 money77", "카톡ID money77",
# "KakaoTalk money77", "텔레그램 yuki88", "vx leo_1823", "zalo nam_vip88"): (name,
# platform, whether the name ends with the ID word, the regions whose reports write
# it). "line" is an English word ("line 12") and a LINE account has an ID but no user
# name, so only "line id" is looked for; after the others an ID-like value is taken, or
# any value after an ID word ("name", "id" …).
# Each name costs a str.find pass over the text, so in a non-ASCII text a name of one
# market is looked for only where that market's region is read (the report's country, or
# the scripts of the text: Hangul → KR), and a name holding a rare character is found by
# that character alone (the probe): a one-character find runs at memchr speed, a
# multi-character one over CJK text does not ("카톡" 0.76 ms/MB, "톡" 0.05; "zalo" 0.49,
# "z" and a check of each hit 0.13; "telegram" and "line id" have no rare character).
_SPACED_NAMES: tuple[tuple[str, str, bool, frozenset[str] | None], ...] = (
    ("telegram", "telegram", False, None),
    ("line id", "line", True, None),
    ("id line", "line", True, None),  # "ID LINE yuki.88" (Thai, Indonesian)
    ("vx", "wechat", False, frozenset({"CN", "HK", "TW", "MO", "SG", "MY"})),
    ("zalo", "zalo", False, frozenset({"VN"})),
    ("카톡", "kakaotalk", False, frozenset({"KR"})),
    ("kakaotalk", "kakaotalk", False, None),
    ("카카오톡", "kakaotalk", False, frozenset({"KR"})),
    ("텔레그램", "telegram", False, frozenset({"KR"})),
    # "纸飞机 x" / "飞机 x" (Telegram's nickname in Chinese: a paper plane); the ID must look
    # like one (a digit or "_"), so "坐飞机 去" is none.
    ("纸飞机", "telegram", False, frozenset({"CN", "HK", "TW", "MO", "SG", "MY"})),
    ("飞机", "telegram", False, frozenset({"CN", "HK", "TW", "MO", "SG", "MY"})),
    # Social platforms ("Snapchat jack.admin456", "インスタ alexmgr3186", "틱톡 yuna_88"); "ig",
    # "fb", "x" and "snap" are English words or letters, read only before a separator. Of the
    # names in other scripts, those rarely written without a separator (Japanese ones but
    # インスタ, 트위터, Thai TikTok, Snapchat and Twitter) are left to the separator anchors:
    # each name is one more str.find a text of its market (~0.15 µs, ~0.8 ms/MB over CJK).
    ("instagram", "instagram", False, None),
    ("insta", "instagram", False, None),
    ("facebook", "facebook", False, None),
    ("tiktok", "tiktok", False, None),
    ("snapchat", "snapchat", False, None),
    ("twitter", "x", False, None),
    ("インスタグラム", "instagram", False, frozenset({"JP"})),
    ("インスタ", "instagram", False, frozenset({"JP"})),
    ("인스타그램", "instagram", False, frozenset({"KR"})),
    ("인스타", "instagram", False, frozenset({"KR"})),
    ("페이스북", "facebook", False, frozenset({"KR"})),
    ("페북", "facebook", False, frozenset({"KR"})),
    ("틱톡", "tiktok", False, frozenset({"KR"})),
    ("스냅챗", "snapchat", False, frozenset({"KR"})),
    ("脸书", "facebook", False, frozenset({"CN", "HK", "TW", "MO", "SG", "MY"})),
    ("臉書", "facebook", False, frozenset({"CN", "HK", "TW", "MO", "SG", "MY"})),
    ("推特", "x", False, frozenset({"CN", "HK", "TW", "MO", "SG", "MY"})),
    ("ไอจี", "instagram", False, frozenset({"TH"})),
    ("อินสตาแกรม", "instagram", False, frozenset({"TH"})),
    ("อินสตา", "instagram", False, frozenset({"TH"})),
    ("เฟซบุ๊ก", "facebook", False, frozenset({"TH"})),
    ("เฟสบุ๊ค", "facebook", False, frozenset({"TH"})),
    ("เฟส", "facebook", False, frozenset({"TH"})),
)
# Names that share a probe are looked for in one pass ("insta" finds "instagram" too).
_PROBES = {
    "vx": "x",
    "zalo": "z",
    "카톡": "톡",
    "카카오톡": "톡",
    "텔레그램": "램",
    "纸飞机": "飞",
    "飞机": "飞",
    "instagram": "insta",
    "インスタグラム": "インスタ",
    "인스타그램": "인스타",
    "페이스북": "페",
    "페북": "페",
    "틱톡": "틱",
    "스냅챗": "챗",
    "脸书": "脸",
    "臉書": "臉",
    "อินสตาแกรม": "อินสตา",
    "เฟซบุ๊ก": "เฟ",
    "เฟสบุ๊ค": "เฟ",
    "เฟส": "เฟ",
}
_SPACED_TAIL = re.compile(
    r"(?:[ \t]*(?P<word>user[ \t]?name|name|id|아이디|号|號)(?![a-z]))?"
    r"[ \t]*[:=]?[ \t]*(?=[@+a-z0-9])"
)
# ID words that handles.ANCHOR_RE anchors on wherever they follow a platform name.
_ANCHORED_WORDS = frozenset({"아이디", "号", "號"})
# Words that follow "Telegram name" or "LINE ID" in a sentence without being the ID.
_NOT_IDS = frozenset(
    {"please", "number", "and", "the", "was", "is", "are", "there", "here"}
    | {"app", "apps", "group", "groups", "channel", "chat", "account", "call", "calls", "bot"}
    | {"message", "messages", "video", "voice", "only", "again", "first", "then", "also"}
    | {"messenger", "premium", "desktop", "web", "official"}
    | {"page", "pages", "profile", "post", "posts", "live", "story", "stories", "reel", "reels"}
    | {"ads", "marketplace", "shop", "user", "login", "link", "dm", "dms", "inbox", "feed"}
    | {"platform", "api", "apis", "lite", "update"}
)


def find_phrase_handles(text: str, lowered: str, regions: tuple[str, ...]) -> Iterator[HandleMatch]:
    """Yield handles written as "<platform> [ID] <copula> <value>" in ``text`` (folded)."""
    for literal, copula in _COPULAS:
        if literal not in lowered:
            continue
        for match in copula.finditer(lowered):
            found = _handle_after(text, lowered, match.start(), match.end(), regions)
            if found is not None:
                yield found


def find_spaced_handles(
    text: str, lowered: str, regions: tuple[str, ...]
) -> list[HandleMatch] | tuple[()]:
    """Handles written after a platform name and a space or an ID word, with no separator
    ("Telegram name yuki88", "line id yuki88", "카톡 money77", "vx leo_1823")."""
    # Called on every text, most of them short and naming no platform: the per-call work
    # is kept to a few operations (it was ~1.5 µs a call, 2.5 ms/MB of short narratives).
    names = _ASCII_SPACED if text.isascii() else _NAMES_BY_REGIONS.get(regions)
    if names is None:
        names = _spaced_names(regions)
    found_handles: list[HandleMatch] | None = None
    for probe, entries in names:
        hit = lowered.find(probe)
        while hit >= 0:
            for name, offset, platform, stated in entries:
                at = hit - offset
                if at >= 0 and lowered.startswith(name, at):
                    found = _spaced_at(text, lowered, at, name, platform, stated, regions)
                    if found is not None:
                        found_handles = found_handles or []
                        found_handles.append(found)
            hit = lowered.find(probe, hit + len(probe))
    return found_handles or ()


_Spaced = tuple[str, int, str, bool]  # name, offset of its probe, platform, stated
_Probe = tuple[str, tuple[_Spaced, ...]]  # a probe and the names it finds
_ALL_SPACED: tuple[tuple[str, _Spaced, frozenset[str] | None], ...] = tuple(
    (
        _PROBES.get(name, name),
        (name, name.index(_PROBES.get(name, name)), platform, stated),
        markets,
    )
    for name, platform, stated, markets in _SPACED_NAMES
)


def _probes(entries: list[tuple[str, _Spaced]]) -> tuple[_Probe, ...]:
    """The names grouped by probe, in the order of their first name."""
    grouped: dict[str, list[_Spaced]] = {}
    for probe, entry in entries:
        grouped.setdefault(probe, []).append(entry)
    return tuple((probe, tuple(group)) for probe, group in grouped.items())


_ASCII_SPACED = _probes([(probe, entry) for probe, entry, _ in _ALL_SPACED if entry[0].isascii()])
_NAMES_BY_REGIONS: dict[tuple[str, ...], tuple[_Probe, ...]] = {}


def _spaced_names(regions: tuple[str, ...]) -> tuple[_Probe, ...]:
    """The names to look for in a non-ASCII text read with ``regions`` (memoised: the
    region tuples come from a hint or from six scripts, so there are few)."""
    names = _probes(
        [
            (probe, entry)
            for probe, entry, markets in _ALL_SPACED
            if markets is None or not markets.isdisjoint(regions)
        ]
    )
    if len(_NAMES_BY_REGIONS) < 4096:
        _NAMES_BY_REGIONS[regions] = names
    return names


def _spaced_at(
    text: str,
    lowered: str,
    at: int,
    name: str,
    platform: str,
    stated: bool,
    regions: tuple[str, ...],
) -> HandleMatch | None:
    if name.isascii() and at and lowered[at - 1].isascii() and lowered[at - 1].isalnum():
        return None  # "online", "deadline"
    tail = _SPACED_TAIL.match(lowered, at + len(name))
    if tail is None or not tail.group(0):
        return None  # "lines", "zalopay": the name runs on into a word
    word = tail.group("word")
    word_at = at + len(name) - 2 if stated else tail.start("word")
    separator = "=" in tail.group(0) or ":" in tail.group(0)
    if separator and (stated or word is None or word == "id"):
        return None  # "LINE: x", "line id: x": the separator anchors' (find_keyword_handles)
    if word in _ANCHORED_WORDS or (
        (stated or word == "id") and text[word_at] == "I" and text[word_at - 1] in " \t"
    ):
        return None  # "카톡 아이디 x", "微信号 x", "LINE ID x": the anchors find these too
    if (
        not stated
        and word is None
        and not _ID_LIKE_RE.match(text, tail.end())
        and not _latin_id_in_other_script(text, tail.end())
        and not (platform in _DOTTED_ID_PLATFORMS and _dotted_id(text, tail.end()))
    ):
        return None
    if platform in SOCIAL_PLATFORMS and not _social_spaced(text, lowered, at, name, tail.end()):
        return None
    found = handle_at(text, tail.end(), platform, regions)
    if found is None or found.value.partition(":")[2].lstrip("@") in _NOT_IDS:
        return None
    return found


def _social_spaced(text: str, lowered: str, at: int, name: str, value_at: int) -> bool:
    """Whether a value after a social platform's name and a space can be its account: at
    least 4 characters ("Tiktok v1" is a version), and a Latin name of letters alone only
    where the platform's Latin name follows the text's own script ("連絡はInstagram nina",
    not "Facebook, Twitter APIs" in an English text holding one accented letter)."""
    value = _LATIN_WORD_RE.match(text, value_at) or _ID_VALUE_AT.match(text, value_at)
    if value is None or len(value.group(0).lstrip("@")) < 4:
        return False
    if not name.isascii() or _ID_LIKE_RE.match(text, value_at) or _dotted_id(text, value_at):
        return True
    before = lowered[:at].rstrip(" \t")
    return not before or not before[-1].isascii()


# Platforms whose IDs may hold a "." (KakaoTalk and LINE IDs: letters, digits, ".", "_",
# "-"; Instagram, Facebook, TikTok and Snapchat usernames; Telegram, WeChat and X names
# have no "."): there two letter runs joined by a dot
# ("wang.lucky") are an ID, as no word of prose is written so ("e.g." has one-letter runs).
_DOTTED_ID_PLATFORMS = frozenset(
    {"kakaotalk", "line", "instagram", "facebook", "tiktok", "snapchat"}
)
_DOTTED_ID_RE = re.compile(r"[A-Za-z0-9]{2,}(?:\.[A-Za-z0-9]{2,})+(?![A-Za-z0-9_-]|\.[A-Za-z0-9])")


def _dotted_id(text: str, at: int) -> bool:
    """Whether a dotted ID that is not a host ("wang.lucky", not "kakao.com") starts at ``at``."""
    match = _DOTTED_ID_RE.match(text, at)
    return match is not None and registrable_domain(match.group(0).lower()) is None


_LATIN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.]{4,31}")
_ID_VALUE_AT = re.compile(r"@?[A-Za-z0-9._-]+")


def _latin_id_in_other_script(text: str, at: int) -> bool:
    """A Latin-letter name after a platform name in a text of another script ("vx naminvest"
    in Chinese, "Telegram wangjobs" in Japanese, "카톡 moneyking" in Korean): no word of
    the text's own language, so an ID even without a digit or "_". English prose
    ("Telegram yesterday") stays unread: there the value must look like an ID."""
    match = _LATIN_WORD_RE.match(text, at)
    if match is None or text.isascii():
        return False
    end = match.end()
    return end == len(text) or not (text[end].isascii() and text[end].isalnum())


def find_glued_handles(text: str, lowered: str, regions: tuple[str, ...]) -> list[HandleMatch]:
    """Handles glued to a platform name in another script ("加我微信abc_123").

    (``extract`` calls this only for texts holding one of the names' endings.)"""
    found_handles: list[HandleMatch] = []
    for name, before, platform in _GLUED_NAMES:
        at = lowered.find(name)
        while at >= 0:
            found = _glued_at(text, lowered, at, name, before, platform, regions)
            if found is not None:
                found_handles.append(found)
            at = lowered.find(name, at + len(name))
    return found_handles


def _glued_at(
    text: str,
    lowered: str,
    at: int,
    name: str,
    before: str,
    platform: str,
    regions: tuple[str, ...],
) -> HandleMatch | None:
    name_start = at - 1 if before else at
    if before and (at == 0 or lowered[at - 1] not in before):
        return None  # 信 of 短信 or 相信, not of 微信
    if (
        lowered[at - 1] == "v"
        and at > 1
        and lowered[at - 2].isascii()
        and lowered[at - 2].isalnum()
    ):
        return None  # "V信" (WeChat) but not the "v" ending a Latin word ("TV信号")
    tail = _GLUED_TAIL.match(lowered, at + len(name))
    if tail is None:
        return None
    found = handle_at(text, tail.end(), platform, regions)
    if found is None or platform != "line":
        return found
    # LINE IDs are free-form, so a LINE value must follow "ID" or "add" ("แอดไลน์ x",
    # "加ライン") or look like one ("." "_" or a digit).
    stated = tail.group(0).strip() or lowered.endswith(_ADD_WORDS, 0, name_start)
    return found if stated or any(c in found.value for c in "._0123456789@") else None


def _handle_after(
    text: str, lowered: str, copula_at: int, value_at: int, regions: tuple[str, ...]
) -> HandleMatch | None:
    if not _ID_LIKE_RE.match(text, value_at):
        return None
    end = copula_at
    possessive = _POSSESSIVE_RE.search(lowered, max(0, end - _WINDOW), end)
    if possessive is not None:
        end = possessive.start()
    named = _NAME_WORD_RE.search(lowered, max(0, end - _WINDOW), end)
    if named is not None:
        end = named.start()
    platform = platform_before(lowered, end)
    if platform is None:
        return None
    return handle_at(text, value_at, platform, regions)
