"""Messaging and social-media handles: Telegram, WhatsApp, LINE, WeChat, Zalo, KakaoTalk,
Viber, Signal; Instagram, Facebook, TikTok, Snapchat, X (Twitter).

Canonical values are ``<platform>:<id>``: usernames lower-case ("telegram:somebody",
"line:@shopid" for LINE official accounts), phone-based accounts in E.164
("whatsapp:+8190…"), invite links by their code ("telegram:+AbCd…",
"kakaotalk:o/sAbCdEf"). Handles come from three places: platform links
(t.me/…, wa.me/…, line.me/…, instagram.com/…), a platform named before an ID ("LINE ID: …",
"ラインID：…", "微信号：…", "WhatsApp: +…", "IG: …"), and bare "@name" (Telegram unless
the text names another platform just before or after it: "Instagram @x", "@x on TikTok").
Each social platform keeps its own username rules (``SOCIAL_PLATFORMS``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from tipoff.indicators.phones import parse_phone, phone_run_at
from tipoff.indicators.urls import registrable_domain

PLATFORM_WORDS: dict[str, tuple[str, ...]] = {
    "telegram": (
        "telegram",
        "tele",
        "tg",
        "电报",
        "飞机",
        "飛機",
        "纸飞机",
        "テレグラム",
        "텔레그램",
        "텔레",
        "เทเลแกรม",
        "เทเลเกรม",
        "តេឡេក្រាម",
    ),
    "whatsapp": (
        "whatsapp",
        "whats app",
        "wa",
        "wsp",
        "ワッツアップ",
        "왓츠앱",
        "วอทส์แอป",
        "วอทส์แอพ",
        "วอทแอพ",
        "วอทแอป",
        "วอทสแอพ",
        "វ៉ាត់សាប់",
        "វ៉ាតសាប",
        "瓦次普",
    ),
    "line": ("line", "ライン", "라인", "ไลน์", "ไลน์ไอดี"),
    "wechat": (
        "wechat",
        "weixin",
        "vx",
        "wx",
        "微信",
        "威信",
        "薇信",
        "v信",
        "加v",
        "ウィーチャット",
        "위챗",
    ),
    "zalo": ("zalo",),
    "kakaotalk": ("kakaotalk", "kakao talk", "kakao", "카카오톡", "카톡", "カカオトーク"),
    "viber": ("viber", "바이버", "ヴァイバー", "ไวเบอร์"),
    "signal": ("signal", "시그널", "シグナル"),
    # Social-media accounts. "ig", "fb" and "x" are read only where a separator, an "@" or an
    # ID word follows them (as "wa" and "tg"): handles.ANCHOR_RE never anchors on a space.
    "instagram": (
        "instagram",
        "insta",
        "ig",
        "インスタグラム",
        "インスタ",
        "인스타그램",
        "인스타",
        "ไอจี",
        "อินสตาแกรม",
        "อินสตา",
    ),
    "facebook": (
        "facebook",
        "fb",
        "フェイスブック",
        "脸书",
        "臉書",
        "페이스북",
        "페북",
        "เฟซบุ๊ก",
        "เฟสบุ๊ค",
        "เฟส",
        "ហ្វេសប៊ុក",
    ),
    "tiktok": ("tiktok", "tik tok", "ティックトック", "틱톡", "ติ๊กต็อก", "ติ๊กต๊อก", "តិកតុក"),
    "snapchat": ("snapchat", "スナチャ", "スナップチャット", "스냅챗", "แสนปแชท"),
    "x": ("x", "twitter", "ツイッター", "推特", "트위터", "ทวิตเตอร์"),
}
SOCIAL_PLATFORMS = frozenset({"instagram", "facebook", "tiktok", "snapchat", "x"})
_WORD_TO_PLATFORM = {word: platform for platform, words in PLATFORM_WORDS.items() for word in words}
_ASCII_WORDS = sorted((w for w in _WORD_TO_PLATFORM if w.isascii()), key=len, reverse=True)
_SCRIPT_WORDS = sorted((w for w in _WORD_TO_PLATFORM if not w.isascii()), key=len, reverse=True)

# Handles are found from their separators, which are rare in prose, rather than
# from platform names ("line", "wa", "tele…" start thousands of English words):
# a ":" / "=" / "は" / "là", an "@" or "+", or an ID word ("ID", "号", "아이디" …);
# then the platform name is read backwards from just before it.
_IDWORDS = (
    "id",
    "i.d.",
    "アイディ",
    "号",
    "號",
    "아이디",
    "ไอดี",
    "账号",
    "帳號",
    "番号",
    "번호",
    "number",
    "no.",
    "no",
)
# Run over the folded (not lower-cased) text: "ID" in capitals, since every "i"
# of English prose would otherwise be a candidate; "line id: x" still has its ":".
# One character class (a string alternation would cost ~8x more to scan); the
# multi-character ID words are completed in Python.
# The look-behinds drop, in C, the separators that cannot follow a name: "10:30",
# "a=1", "x@mail", "+1 +1" (fixed-width, one for "name:" and one for "name :").
_BAD_BEFORE = r"[0-9+@=:;,.()/\[\]{}<>'\"_\-]"


# A single leading character class keeps the engine's fast skip-ahead (an
# alternation of two branches scans ~3x slower). Each branch then checks, in C,
# what platform_before and the ID-word test would demand anyway, so no anchor it
# drops could have produced a handle: the character before the anchor (or before
# its separator) is a space or the last letter of a platform name or ID word, and
# a multi-character ID word is spelled out in full. In Thai, Japanese and English
# prose "ไ", "は" and "I" are everywhere; this gate drops ~80% of all anchors (~93% of those three).
def _ending_class(words: Iterable[str], extra: str = "") -> str:
    chars = {c for w in words for c in (w[-1], w[-1].upper())} | set(extra) | {" ", "\t"}
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


# Social platforms' names in other scripts end with the commonest letters of their scripts
# ("ー" of ツイッター, "า" of อินสตา, "ี" of ไอจี): they open the gate of the separators only
# (rare characters), not of the word anchors ("は", "号" …, everywhere in prose), so
# "ツイッター：x" and "인스타 아이디 x" are read and "ユーザーは" costs nothing.
_GATED_WORDS = [
    word
    for word, platform in _WORD_TO_PLATFORM.items()
    if platform not in SOCIAL_PLATFORMS or word.isascii()
]
_NAME_END = _ending_class(_GATED_WORDS)
_NAME_OR_ID_END = _ending_class([*_GATED_WORDS, *_IDWORDS], ":=は")
_SEPARATED_NAME_END = _ending_class([*_WORD_TO_PLATFORM, *_IDWORDS], ":=は")
ANCHOR_RE = re.compile(
    r"[:=@+はIア号號아ไ账帳番번](?:(?<=[:=@+])"
    r"(?<!" + _BAD_BEFORE + r"[:=@+])(?<!" + _BAD_BEFORE + r"[ \t][:=@+])(?<![A-Za-z0-9._%+-]@)"
    r"(?<=" + _SEPARATED_NAME_END + r"[:=@+])"
    # one guard for the word anchors, so a separator that failed above (a wall of
    # "a@a@…") costs one test here, not one per branch
    r"|(?<=[はIア号號아ไ账帳番번])(?:(?<=" + _NAME_OR_ID_END + r"は)"
    r"|(?<![^ \tの]I)(?<=I)(?=[Dd]|\.D\.)"
    r"|(?<=" + _NAME_END + r"[号號])"
    r"|(?<=" + _NAME_END + r"ア)(?=イディ)|(?<=" + _NAME_END + r"아)(?=이디)"
    r"|(?<=" + _NAME_END + r"ไ)(?=อดี)|(?<=" + _NAME_END + r"账)(?=号)"
    r"|(?<=" + _NAME_END + r"帳)(?=號)|(?<=" + _NAME_END + r"番)(?=号)"
    r"|(?<=" + _NAME_END + r"번)(?=호)))"
)
_ID_WORD_AT = {
    "I": ("ID", "Id", "I.D."),
    "ア": ("アイディ",),
    "아": ("아이디",),
    "ไ": ("ไอดี",),
    "账": ("账号",),
    "帳": ("帳號",),
    "番": ("番号",),
    "번": ("번호",),
}


def _trie_pattern(words: list[str]) -> str:
    """An alternation factored by first characters ("t(?:elegram|g)|l(?:ine)…"), longest
    first within each branch."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(groups.items()):
        rests = sorted(set(rests), key=len, reverse=True)
        if rests == [""]:
            branches.append(re.escape(first))
        elif len(rests) == 1:
            branches.append(re.escape(first + rests[0]))
        else:
            optional = "" in rests
            inner = _trie_pattern([r for r in rests if r])
            branches.append(re.escape(first) + "(?:" + inner + ")" + ("?" if optional else ""))
    return "|".join(branches)


# Platform names reversed, matched against the reversed text before an anchor.
_REVERSED_PLATFORM_RE = re.compile(_trie_pattern([w[::-1] for w in _ASCII_WORDS + _SCRIPT_WORDS]))
_WINDOW = 24
_PLATFORM_ENDINGS = frozenset(w[-1] for w in _WORD_TO_PLATFORM)
_ID_WORD_ENDINGS: dict[str, tuple[str, ...]] = {}
for _word in sorted(_IDWORDS, key=len, reverse=True):
    _ID_WORD_ENDINGS[_word[-1]] = (*_ID_WORD_ENDINGS.get(_word[-1], ()), _word)
_ID_VALUE_RE = re.compile(r"@?[A-Za-z0-9](?:[A-Za-z0-9_.~-]*[A-Za-z0-9_])?")
# A dot inside the name ("@john.doe") is kept for LINE (whose IDs allow it) and read as
# Telegram's "_" (telegram_name); a host ("@shop.com") is a domain and claimed before this.
BARE_AT_RE = re.compile(
    r"@(?P<name>[A-Za-z][A-Za-z0-9_]{0,31}(?:\.[A-Za-z0-9_]{1,31}){0,3})"
    r"(?![A-Za-z0-9_@]|\.[A-Za-z0-9])"
)
_GLUED_BEFORE_AT = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_.@%+-")
_OTHER_SOCIAL_RE = re.compile(
    r"(?:instagram|insta|ig|twitter|tiktok|facebook|fb|snapchat|snap|x\.com|youtube)[\s:：]*$"
)

PHONE_SPELLING = re.compile(r"\+?[0-9][0-9 ()./-]*")
TELEGRAM_NAME = re.compile(r"[a-z][a-z0-9_]{4,31}")
TELEGRAM_INVITE = re.compile(r"\+[A-Za-z0-9_-]{8,64}")
_GENERIC_ID = {
    "line": re.compile(r"@?[a-z0-9._-]{3,20}"),
    # Custom IDs have 6-20 characters; internal ones ("wxid_…") are longer.
    "wechat": re.compile(r"wxid_[a-z0-9_-]{2,40}|[a-z][a-z0-9_-]{5,19}"),
    "kakaotalk": re.compile(r"[a-z0-9._-]{4,20}"),
    "zalo": re.compile(r"[a-z0-9._-]{4,30}"),
    "viber": re.compile(r"[a-z0-9._-]{4,30}"),
    "signal": re.compile(r"[a-z][a-z0-9_]{2,31}\.[0-9]{2,9}"),
}
# Social usernames by each platform's own rules, lower-cased (case never tells two apart):
# Instagram: letters, digits, "." and "_", at most 30, no "." first, last or doubled; the dot
#   is part of the name ("nina.admin" and "nina_admin" are two accounts), so it is kept.
# TikTok: letters, digits, "_" and ".", 2-24, not ending with ".".
# Snapchat: a letter first, then letters, digits, "-", "_" or ".", a letter or digit last;
#   at least 3. Snapchat's own limit is 15, but a name read after "Snapchat" may run longer
#   in reports ("Snapchat @yuki.service8993", 16): up to 30 is kept rather than dropped.
# X (Twitter): letters, digits and "_", 1-15.
# Facebook: letters, digits and ".", at least 5; periods and case do not count on Facebook
#   ("John.Smith55" and "johnsmith55" are one account), so the key drops the dots. A
#   profile's numeric id (profile.php?id=…) is keyed as its digits: facebook.com/<id> opens
#   the same profile as its username.
# A name of digits alone is read only as a Facebook id (elsewhere it is a number in prose).
_SOCIAL_ID = {
    "instagram": re.compile(r"(?!.*\.\.)[a-z0-9_](?:[a-z0-9._]{0,28}[a-z0-9_])?"),
    "tiktok": re.compile(r"[a-z0-9_][a-z0-9_.]{0,22}[a-z0-9_]"),
    "snapchat": re.compile(r"[a-z][a-z0-9._-]{1,28}[a-z0-9]"),
    "x": re.compile(r"[a-z0-9_]{1,15}"),
    "facebook": re.compile(r"(?!.*\.\.)[a-z0-9][a-z0-9.]{3,48}[a-z0-9]"),
}
_FACEBOOK_ID = re.compile(r"[1-9][0-9]{5,19}")
# Platforms whose accounts are phone numbers, so "WhatsApp 0812…" needs no colon.
_NUMBER_PLATFORMS = frozenset({"whatsapp", "zalo", "viber", "signal"})
PHONE_PLATFORMS = frozenset(
    {"whatsapp", "zalo", "viber", "signal", "telegram", "line", "wechat", "kakaotalk"}
)


@dataclass(frozen=True, slots=True)
class HandleMatch:
    """A messaging handle: canonical value, span, and the phone behind it if any."""

    value: str
    start: int
    end: int
    phone: str | None = None


def find_keyword_handles(
    text: str, lowered: str, regions: tuple[str, ...]
) -> Iterator[HandleMatch]:
    """Yield handles written after a platform name ("LINE ID: abc", "WhatsApp: +84…")."""
    for anchor in ANCHOR_RE.finditer(text):
        start = anchor.start()
        mark = anchor.group(0)
        if mark in ":=@+" and not _after_a_name(text, start, mark):
            continue
        if mark in "@+":
            value_at = start
        elif mark in _ID_WORD_AT:
            word = next((w for w in _ID_WORD_AT[mark] if text.startswith(w, start)), None)
            if word is None:
                continue
            end = start + len(word)
            if mark == "I" and (
                (start and lowered[start - 1] not in " \tの")
                or text[end : end + 1] not in (" ", "\t", ":", "=", "「", "『")
            ):
                continue  # "PAID", "IDEA" ("LINEのID「x」" is an ID)
            value_at = _skip_separator(lowered, end)
        else:
            value_at = _skip_separator(lowered, start + 1)
        word = name_before(lowered, start, allow_id_word=mark[0] in ":=@+は")
        if word is None and mark not in "@+":
            word = _name_before_id_gap(lowered, start, mark)
        if word is None:
            continue
        found = handle_at(text, value_at, _WORD_TO_PLATFORM[word], regions)
        if found is None or (word == "x" and _loose_x(text, found, mark)):
            continue
        if mark in ":=" and word.isascii() and _prose_value(text, lowered, start, word, found):
            continue
        if _CODE_AFTER_RE.match(lowered, found.end) is None:
            yield found


# After the value: it is the platform's one-time code, not an account ("Twitter: n4z9fvd4 is
# your code", "LINE: ab12cd 是您的验证码", "Kakao: 4821 은 인증번호", "Zalo: 48291 là mã OTP").
_CODE_AFTER_RE = re.compile(
    r"[ \t]*(?:is your\b[^.\n]{0,20}?\b(?:code|otp|pin)\b"
    r"|(?:是|为|為)(?:您|你)的[^。\n]{0,6}(?:码|碼)"
    r"|は[^。、\n]{0,8}(?:認証|確認|ログイン|ワンタイム)[^。、\n]{0,4}(?:コード|番号|パスワード)"
    r"|(?:은|는|이|가)[ \t]*(?:인증|확인|보안)[ \t]*(?:번호|코드)"
    r"|(?:인증|확인|보안)[ \t]*(?:번호|코드)[ \t]*(?:입니다|이에요|예요)|là mã|คือรหัส"
    r"|adalah (?:kode|otp)|ang (?:iyong )?(?:code|otp))"
)


def _loose_x(text: str, found: HandleMatch, mark: str) -> bool:
    """Whether a value after a lone "x" is too loosely stated to be an X account ("x: 5",
    "x = y", "Size X: large", "X ID untuk semua"): after "X" the name must be written with its
    "@" or hold a digit or "_" ("X: @nina", "X ID nina_88"); after "Twitter" anything goes."""
    written = text[found.start : found.end]
    return mark == "=" or not (
        written.startswith("@") or any(c.isdigit() or c == "_" for c in written)
    )


# English words that make "line" a line of text, a queue or a phone line, not LINE the app:
# "Subject line: Invoice", "Bottom line: pay", "the line: busy".
_PROSE_LINE_BEFORE_RE = re.compile(
    r"(?:subject|bottom|first|second|last|next|new|same|this|that|each|one|the|a|tag|time"
    r"|phone|land|help|hot|front|finish|dead|head|credit|party|plot|story|punch|top)"
    r"[ \t]+line[ \t]*$"
)


# Words that are never the account after "<platform>:": what the victim says about the chat
# ("WeChat: please add me", "Line: Call me later", "Telegram: blocked", "WhatsApp: none").
_PROSE_VALUES = frozenset(
    [
        "please",
        "pls",
        "call",
        "add",
        "contact",
        "message",
        "text",
        "chat",
        "reply",
        "send",
        "sent",
        "see",
        "check",
        "blocked",
        "deleted",
        "removed",
        "banned",
        "disabled",
        "closed",
        "hidden",
        "private",
        "busy",
        "unknown",
        "unreachable",
        "unavailable",
        "available",
        "offline",
        "online",
        "none",
        "same",
        "not",
        "no",
        "yes",
        "ok",
        "okay",
        "gone",
        "later",
        "now",
        "follow",
        "dm",
        "inbox",
    ]
)


def _prose_value(text: str, lowered: str, anchor: int, word: str, found: HandleMatch) -> bool:
    """Whether a value of letters only after a Latin platform name and ":" (no ID word) is
    English prose, not an account: a word of ``_PROSE_VALUES`` ("WeChat: please add me",
    "Line: Call me later"), or after "line" as a line of text, a queue or a phone line
    ("Subject line: Invoice", "the line: busy"; "LINE" in capitals stays the app). A value
    with a digit, "_", ".", "-" or "@" and one after an ID word ("WeChat ID: x") stay
    accounts; so does any other name ("WeChat: jennylee", "Line: tanaka")."""
    written = text[found.start : found.end]
    if not (written.isascii() and written.isalpha()):
        return False
    head = lowered[max(0, anchor - _WINDOW) : anchor].rstrip(" \t")
    if not head.endswith(word):
        return False  # an ID word between ("WeChat ID: x"): stated as an account
    if written.lower() in _PROSE_VALUES:
        return True
    name_end = max(0, anchor - _WINDOW) + len(head) - len(word)
    return (
        word == "line"
        and text[name_end : name_end + 4] != "LINE"
        and _PROSE_LINE_BEFORE_RE.search(lowered, max(0, name_end - 12), name_end + 4) is not None
    )


# Between a platform's name and an ID word: punctuation, an account word, Thai "มา"/"ที่"/"ไป"
# (come/at/to) or a Japanese particle: "LINE (ID: x)", "Contact on LINE, ID: x", "แอดไลน์มา ID:
# x", "LINEアカウントID：x", "LINE公式アカウントのID：x". Only before an explicit ID word, which
# names the value as an account's ID on its own.
_ID_GAP_RE = re.compile(
    r"(?:[ \t(（,，、]|มา|ที่|ไป|公式アカウント|公式|アカウント|の|で|account|official)+$"
)
_GAP_ID_WORDS = ("id", "i.d.", "ไอดี", "アイディ", "아이디")


def _name_before_id_gap(lowered: str, anchor: int, mark: str) -> str | None:
    """The platform named shortly before an ID word at or just before ``anchor``, with a gap
    of ``_ID_GAP_RE`` between them, or None."""
    if mark in ":=は":
        end = len(lowered[:anchor].rstrip(" \t"))
        word = next((w for w in _GAP_ID_WORDS if lowered.endswith(w, 0, end)), None)
        if word is None:
            return None
        id_start = end - len(word)
    elif mark in _ID_WORD_AT:
        id_start = anchor
    else:
        return None
    gap = _ID_GAP_RE.search(lowered, max(0, id_start - 16), id_start)
    if gap is None or gap.start() == gap.end():
        return None
    return name_before(lowered, gap.start(), allow_id_word=False)


def _after_a_name(text: str, start: int, mark: str) -> bool:
    """Whether a separator mark can follow a platform name: not "10:30", "a=1",
    "x@mail", "+1 +1", nor "LINE: @x" (its ":" is the anchor)."""
    previous = text[start - 1] if start else " "
    if mark == "@" and ((previous.isascii() and previous.isalnum()) or previous in "._-"):
        return False
    last = text[max(0, start - 3) : start].rstrip(" \t")[-1:]
    return bool(last) and not last.isdigit() and last not in "+@=:;,.()/[]{}<>'\"-_"


def _skip_separator(lowered: str, pos: int) -> int:
    """After an ID word: spaces, then an optional ":"/"=" or opening quote ("「"), then spaces."""
    while pos < len(lowered) and lowered[pos] in " \t":
        pos += 1
    if pos < len(lowered) and lowered[pos] in ":=「『":
        pos += 1
    while pos < len(lowered) and lowered[pos] in " \t":
        pos += 1
    return pos


def platform_before(lowered: str, end: int, *, allow_id_word: bool = True) -> str | None:
    """The platform named right before ``end`` (spaces, an ID word and a separator may
    sit between), or None."""
    word = name_before(lowered, end, allow_id_word=allow_id_word)
    return _WORD_TO_PLATFORM[word] if word is not None else None


def name_before(lowered: str, end: int, *, allow_id_word: bool = True) -> str | None:
    """The platform name (as in PLATFORM_WORDS) written right before ``end``, or None."""
    window = lowered[max(0, end - _WINDOW) : end].rstrip(" \t")
    if window[-1:] in (":", "=", "は"):
        window = window[:-1].rstrip(" \t")
    if allow_id_word and window[-1:] in _ID_WORD_ENDINGS:
        for word in _ID_WORD_ENDINGS[window[-1]]:
            if window.endswith(word):
                window = window[: -len(word)].rstrip(" \t")
                break
    if window[-1:] == "の":  # "LINEのID": the possessive between name and ID word
        window = window[:-1].rstrip(" \t")
    if window[-1:] not in _PLATFORM_ENDINGS:
        return None  # most anchors: no platform name can end here
    match = _REVERSED_PLATFORM_RE.match(window[::-1])
    if match is None:
        return None
    word = match.group(0)[::-1]
    before = len(window) - len(word) - 1
    if word.isascii() and before >= 0 and window[before].isascii() and window[before].isalnum():
        return None  # "online", "deadline"
    return word


def platform_named(word: str) -> str | None:
    """The platform a name stands for ("LINE", "tg", "vx", "微信", "카톡" …), or None."""
    return _WORD_TO_PLATFORM.get(word.strip().lower())


def number_handles(lowered: str, phones: Iterable[tuple[str, int, int]]) -> Iterator[HandleMatch]:
    """Handles of number-based platforms written before a phone ("Zalo 0912…", "WA 0812…")."""
    for value, start, end in phones:
        window = lowered[max(0, start - _WINDOW) : start].rstrip(" \t:=-(")
        platform = platform_before(window, len(window))
        if platform in _NUMBER_PLATFORMS:
            yield HandleMatch(f"{platform}:{value}", start, end, value)


def handle_at(text: str, pos: int, platform: str, regions: tuple[str, ...]) -> HandleMatch | None:
    if platform in PHONE_PLATFORMS:
        run = phone_run_at(text, pos)
        if run is not None:
            parsed = parse_phone(run, regions)
            if parsed is None and platform == "zalo":
                parsed = vietnamese_mobile(run)
            if parsed is not None:
                return HandleMatch(f"{platform}:{parsed[0]}", pos, pos + len(run), parsed[0])
    value_match = _ID_VALUE_RE.match(text, pos)
    if value_match is None:
        return None
    written = value_match.group(0)
    value = canonical_handle_id(platform, written)
    if value is None:
        return None
    return HandleMatch(f"{platform}:{value}", pos, value_match.end())


# A Zalo account is a Vietnamese mobile number: ten digits "0" + 3/5/7/8/9 + eight, or
# "84" and the nine after the "0". Named as Zalo, a number of that shape is the account
# even where phonenumbers' metadata does not list its block yet (MobiFone's 089x).
_VN_MOBILE_RE = re.compile(r"(?:\+?84|0)([35789][0-9]{8})")


def vietnamese_mobile(written: str) -> tuple[str, str] | None:
    """``written`` (a run of digits and separators) as a Vietnamese mobile in E.164, or None."""
    digits = "".join(c for c in written if c.isdigit() or c == "+")
    match = _VN_MOBILE_RE.fullmatch(digits)
    return (f"+84{match.group(1)}", "mobile") if match else None


def canonical_handle_id(platform: str, written: str) -> str | None:
    """The canonical ID part of a handle on ``platform``, or None if it cannot be one."""
    lowered = written.lower()
    if lowered.lstrip("@") in _WORD_TO_PLATFORM:
        return None  # "Telegram：Telegram: @name": the platform's own name is no ID
    if platform == "telegram":
        return telegram_name(lowered.lstrip("@"))
    if platform == "whatsapp":
        return None  # WhatsApp accounts are phone numbers, handled above
    if platform in SOCIAL_PLATFORMS:
        return social_name(platform, lowered.lstrip("@"))
    if platform == "line":
        if lowered.startswith("~"):
            lowered = lowered[1:]
        return lowered if _GENERIC_ID["line"].fullmatch(lowered) and not lowered.isdigit() else None
    pattern = _GENERIC_ID.get(platform)
    bare = lowered.lstrip("@")
    if pattern is None or not pattern.fullmatch(bare) or bare.isdigit():
        return None
    return bare


def social_name(platform: str, name: str) -> str | None:
    """The key part of a username on a social platform (``_SOCIAL_ID``), or None."""
    if platform == "facebook":
        if name.isdigit():
            return name if _FACEBOOK_ID.fullmatch(name) else None
        if not _SOCIAL_ID["facebook"].fullmatch(name):
            return None
        name = name.replace(".", "")
        return name if len(name) >= 5 else None
    pattern = _SOCIAL_ID.get(platform)
    if pattern is None or not pattern.fullmatch(name) or name.isdigit():
        return None
    return name


def telegram_name(name: str) -> str | None:
    """A lower-cased Telegram username, or None. Telegram allows no "." in a username; a
    victim who writes "john.doe" means the account whose separator is Telegram's only one,
    "john_doe" (the dot of Instagram and LINE IDs typed for the underscore), so the dotted
    and the underscored spellings give one key. Never cut at the dot: "john" is someone else."""
    if "." in name:
        name = name.replace(".", "_")
        if "__" in name:
            return None  # "john._doe": no reading
    return name if TELEGRAM_NAME.fullmatch(name) else None


# A social platform named right after an "@name": "@nina on Instagram", "@nina (IG)",
# "@nina via TikTok", "@nina（インスタ）".
_SOCIAL_AFTER_WORDS = {
    **{
        word: platform
        for word, platform in _WORD_TO_PLATFORM.items()
        if platform in SOCIAL_PLATFORMS
    },
    "snap": "snapchat",
}
_SOCIAL_AFTER_RE = re.compile(
    r"(?:[ \t]+(?:on|via)[ \t]+|[ \t]*\([ \t]*)(?P<word>"
    + _trie_pattern(sorted(_SOCIAL_AFTER_WORDS, key=len, reverse=True))
    + r")(?![a-z0-9])"
)


def _social_after(lowered: str, match: re.Match[str]) -> HandleMatch | None:
    """The "@name" of ``match`` as the account on the social platform named right after it."""
    after = _SOCIAL_AFTER_RE.match(lowered, match.end())
    if after is None:
        return None
    platform = _SOCIAL_AFTER_WORDS[after.group("word")]
    name = social_name(platform, match.group("name").lower())
    return HandleMatch(f"{platform}:{name}", match.start(), match.end()) if name else None


# LINE named just before an "@name": then the name is a LINE official account's ID. Between
# them, punctuation or a few words: "LINE @x", "LINEで @x", "LINE公式アカウント @x", "LINE
# official account @x", "แอดไลน์มาที่ @x", "ไลน์ร้าน @x", "라인으로 @x" (not "online @x").
_LINE_BEFORE_AT_RE = re.compile(
    r"(?<![a-z])(?:line|ライン|라인|ไลน์)"
    r"(?:[\W_]|で|の|は|に|から|公式|アカウント|official|account|id|is|at|มา|ที่|ไป|ร้าน|ชื่อ|ไอดี"
    r"|ของ|으로|로|아이디|계정){0,6}$"
)
# A LINE official account's ID: "@" and letters, digits, ".", "-", "_" (premium IDs such as
# "@fx-support"; basic IDs such as "@566tacfw" start with digits).
_LINE_OFFICIAL_RE = re.compile(r"@([a-z0-9][a-z0-9._-]{4,31})(?![a-z0-9_@-]|\.[a-z0-9])")
_LOWER_ASCII = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _line_official_at(text: str, at: int) -> HandleMatch | None:
    """The LINE official account written at ``at`` ("@fx-support"), or None."""
    official = _LINE_OFFICIAL_RE.match(text[at : at + 40].translate(_LOWER_ASCII))
    if official is None:
        return None
    name = official.group(1).rstrip(".")
    if len(name) < 5 or name.isdigit():
        return None
    return HandleMatch(f"line:@{name}", at, at + 1 + len(name))


def _line_at_handles(text: str, lowered: str) -> Iterator[HandleMatch]:
    """LINE official accounts whose ID starts with a digit ("ไลน์ร้าน @566tacfw"), which
    ``BARE_AT_RE`` (a letter first) does not find."""
    at = text.find("@")
    while at >= 0:
        if (
            text[at + 1 : at + 2].isdigit()
            and (not at or text[at - 1] not in _GLUED_BEFORE_AT)
            and _LINE_BEFORE_AT_RE.search(lowered, max(0, at - 32), at)
        ):
            line = _line_official_at(text, at)
            if line is not None:
                yield line
        at = text.find("@", at + 1)


def find_bare_at_handles(text: str, lowered: str) -> Iterator[HandleMatch]:
    """Yield "@name" mentions as Telegram handles (LINE when LINE is named just before; the
    social platform named just after: "@nina on Instagram")."""
    if "@" not in text:
        return
    if "line" in lowered or "ライン" in lowered or "라인" in lowered or "ไลน์" in lowered:
        yield from _line_at_handles(text, lowered)
    for match in BARE_AT_RE.finditer(text):
        if match.start() and text[match.start() - 1] in _GLUED_BEFORE_AT:
            continue
        social = _social_after(lowered, match)
        if social is not None:
            yield social
            continue
        before = lowered[max(0, match.start() - 32) : match.start()]
        if _OTHER_SOCIAL_RE.search(before):
            continue
        name = match.group("name").lower()
        if "." in name and registrable_domain(name) is not None:
            continue  # "@gmail.com", "@anna.ng": a host, not an account
        if _LINE_BEFORE_AT_RE.search(before):
            line = _line_official_at(text, match.start())
            if line is not None:
                yield line
            continue
        telegram = telegram_name(name)
        if telegram is not None:
            yield HandleMatch(f"telegram:{telegram}", match.start(), match.end())
