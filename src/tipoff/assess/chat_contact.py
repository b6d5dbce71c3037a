"""A contact on a chat app, not a chat app named: when a messaging-app name is a red flag.

Scammers move their victims off SMS, a marketplace or a dating site onto a private app, and
to do so they give a way to find them there: a handle, an ID or a number ("WhatsApp
+62 812 …", "LINE ID: mika_88", "微信：wx2024", "Telegram @support"), or an invitation to add
them or move the talk ("add me on LINE", "加我微信", "แอดไลน์", "kết bạn Zalo", "let's continue
on Telegram"). An app named in passing is no such thing: a verification code *from* WhatsApp,
"LINE stays the same" in a new-number message, "send me a KakaoTalk if it is urgent" from a
colleague on the app both already use. In a message (not a job ad or a report, where a chat-app
contact is a lure sign of its own) a bare app name is therefore neither the
``messenger_contact`` red flag nor the model feature: only a name beside a handle, an ID or a
number; after a word for "via" ("contact the officer via WhatsApp", "link gửi qua Zalo",
"ติดต่อทางไลน์", "通过微信") or before a contact verb ("카톡으로 연락", "LINEでご連絡"); or
inside an invitation to add, move or join (``data/platforms.json``: "via_before",
"via_after", "invitations"), is. Names that carry the contact themselves ("wa.me", "line id",
"飞机号", "แอดไลน์") always count.
"""

from __future__ import annotations

import re
from functools import cache

from tipoff.assess.lexicon import CueHit, CueMatcher, read_data_json

INVITATION = "invitation"
# A handle, an ID or a number just after the app's name: "WhatsApp: +62 812 …", "LINE ID
# mika_88", "微信号：wx2024", "telegram @support", "WA 0812-…", "微信 mei_agent". The value
# must hold a digit or "_", or follow "@" or an ID word ("ID", "号"), a copula ("是", "คือ")
# or not: "WhatsApp Anda: 482-913" (a word between) is no contact.
_AFTER = re.compile(
    r"[\s(（]{0,2}(?P<id>(?:id|アカウント|아이디|ไอดี|号码|號碼|号|號|账号|帳號|번호|number|no\.?|số"
    r"|nomor|numero)\s{0,2})?(?:(?:คือ|是|は|là|ay)\s{0,2})?(?:[:：=\-]\s{0,2})?(?P<at>@\s?)?"
    r"(?P<value>\+?\d[\d\s\-]{5,}\d|[A-Za-z0-9][A-Za-z0-9_.\-/]{2,})",
    re.IGNORECASE,
)
# A number just before the app's name: "0812-3456-7890 (WhatsApp)", "+66 81 234 5678 LINE".
_NUMBER_BEFORE = re.compile(r"\+?\d[\d\s\-]{5,}\d\s{0,2}[(（/,]?\s{0,2}$")
_HANDLE = re.compile(r"@[A-Za-z0-9_]{3,}")  # "Telegram पर संपर्क करें @earn_daily"
_REACH = 24  # characters an invitation word or a handle may stand from the app's name
_BREAKS = frozenset(".!?;\n。！？；។")


@cache
def _table() -> dict[str, object]:
    return dict(read_data_json("platforms.json"))


@cache
def self_contained_names() -> frozenset[str]:
    """App names that already hold a contact or an invitation ("wa.me", "line id", "飞机号")."""
    return frozenset(str(name).lower() for name in _table()["with_contact"])  # type: ignore[attr-defined]


@cache
def via_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words for "via" just before an app's name, and "via" endings with a contact verb just
    after it, every language (lower-case)."""
    before: dict[str, list[str]] = _table()["via_before"]  # type: ignore[assignment]
    after: dict[str, list[str]] = _table()["via_after"]  # type: ignore[assignment]
    return (
        tuple(word for words in before.values() for word in words),
        tuple(word for words in after.values() for word in words),
    )


@cache
def invitation_matcher() -> CueMatcher:
    """Words that invite the reader to add the sender or move the talk, every language."""
    table: dict[str, list[str]] = _table()["invitations"]  # type: ignore[assignment]
    return CueMatcher(
        [(word, INVITATION, language) for language, words in table.items() for word in words]
    )


def is_chat_contact(text: str, lowered: str, hit: CueHit) -> bool:
    """Whether the app name at ``hit`` gives a contact on the app or sits in an invitation to
    add the sender or move there (module docstring). ``lowered``: ``text`` lower-cased with
    unchanged offsets."""
    if lowered[hit.start : hit.end] in self_contained_names():
        return True
    after = _AFTER.match(text, hit.end)
    if after is not None and (
        any(c.isdigit() or c == "_" for c in after["value"]) or after["at"] or after["id"]
    ):
        return True
    if _NUMBER_BEFORE.search(text, max(0, hit.start - _REACH), hit.start):
        return True
    if _via(lowered, hit):
        return True
    handle = _HANDLE.search(text, hit.end, hit.end + _REACH)
    if handle is not None and _BREAKS.isdisjoint(text[hit.end : handle.start()]):
        return True
    return any(_same_clause(lowered, word, hit) for word in invitation_matcher().find(lowered))


def _via(lowered: str, hit: CueHit) -> bool:
    """A word for "via" just before the name, or a "via" ending and contact verb after it."""
    before_words, after_words = via_words()
    before = lowered[max(0, hit.start - 12) : hit.start]
    trimmed = before[:-1] if before.endswith(" ") else before
    for word in before_words:
        if trimmed.endswith(word):
            start = len(trimmed) - len(word)
            if start == 0 or not (word[0].isascii() and trimmed[start - 1].isalnum()):
                return True
    after = lowered[hit.end : hit.end + 12]
    return after.lstrip(" ")[:10].startswith(after_words) if after_words else False


def _same_clause(lowered: str, word: CueHit, hit: CueHit) -> bool:
    if word.end <= hit.start:
        between = lowered[word.end : hit.start]
    elif word.start >= hit.end:
        between = lowered[hit.end : word.start]
    else:
        return True  # the invitation holds the name ("add me on line")
    return len(between) <= _REACH and _BREAKS.isdisjoint(between)
