"""Words that tell of a second contact: "another person also contacted me from ...".

A victim worked by two crews at once tells the second one apart from the scam they report:
someone *else*, *another* person, a *different* offer, *later*, *also* (docs/domain.md:
repeat victimisation, recovery scams aimed at past victims). ``tipoff.link.bridging_reports``
cuts a report's citation of a second crew's value only where the sentence citing it says so
(``tells_of_another``), in any of the languages reports arrive in (en, ja, zh, ko, th, vi, id,
km, tl). The words are common ones; they decide nothing alone: the value must also belong to
a crew other than the report's own.
"""

from __future__ import annotations

import re
from functools import cache

# Words with spaces around them in their script (matched as whole words, any case).
_WORDS: dict[str, tuple[str, ...]] = {
    "en": (
        "another",
        "also",
        "someone else",
        "somebody else",
        "other person",
        "other people",
        "different",
        "later",
        "second",
        "as well",
    ),
    "vi": ("khác", "cũng", "sau đó", "còn có", "thêm một"),
    "id": ("lain", "juga", "kemudian", "berbeda", "lagi"),
    "tl": ("iba", "ibang", "rin", "din", "pagkatapos", "isa pang"),
}
# Words of scripts written without spaces between words (matched anywhere).
_PARTS: dict[str, tuple[str, ...]] = {
    "ja": ("別の", "他の", "ほかの", "別人", "違う", "その後", "後日", "からも", "もう一人"),
    "zh": (
        "另外",
        "另一",
        "其他",
        "别人",
        "別人",
        "别的",
        "還有",
        "还有",
        "也有",
        "后来",
        "後來",
        "又有",
    ),
    "ko": ("다른", "또 ", "나중에", "이후", "별도"),
    "th": ("อีกคน", "คนอื่น", "อีกราย", "ต่อมา", "อีกเบอร์", "อื่น"),
    "km": ("ផ្សេង", "ម្នាក់ទៀត", "ក្រោយមក", "ក៏", "ទៀត"),
}
# Words of an earlier scam told as history ("before this I had been cheated", "last year"):
# a recovery crew's victim quoting the crew that scammed them first. That is no second crew
# working the victim at the same time; the recovery-crew rule (``tipoff.link.hub_strays``) and
# intake's roles weigh it, and a sentence with such words tells of no other contact here.
_EARLIER_WORDS = (
    "before this",
    "before that",
    "last year",
    "previously",
    "earlier scam",
    "trước đó",
    "năm ngoái",
    "sebelumnya",
    "tahun lalu",
    "dati na",
    "noong nakaraang taon",
)
_EARLIER_PARTS = (
    "以前",
    "去年",
    "之前",
    "이전에",
    "작년",
    "ก่อนหน้านี้",
    "ปีที่แล้ว",
    "មុននេះ",
    "ឆ្នាំមុន",
)
# Where a sentence ends: a full stop, "!" or "?" before a space (not the dots of a link or a
# number), CJK's, a line break, a run of spaces (Thai has no full stop), Khmer's khan.
_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]|\s{2,}|។")
# How far from the value a sentence may reach, either way.
_REACH = 240


@cache
def _cue() -> re.Pattern[str]:
    words = sorted({w for ws in _WORDS.values() for w in ws}, key=len, reverse=True)
    parts = sorted({p for ps in _PARTS.values() for p in ps}, key=len, reverse=True)
    whole = "|".join(re.escape(w) for w in words)
    anywhere = "|".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<!\w)(?:{whole})(?!\w)|{anywhere}", re.IGNORECASE)


@cache
def _earlier() -> re.Pattern[str]:
    whole = "|".join(re.escape(w) for w in _EARLIER_WORDS)
    anywhere = "|".join(re.escape(p) for p in _EARLIER_PARTS)
    return re.compile(rf"(?<!\w)(?:{whole})(?!\w)|{anywhere}", re.IGNORECASE)


def sentence_around(text: str, start: int, end: int | None = None) -> str:
    """The sentence of ``text`` holding the span ``start``..``end`` (at most ``_REACH``
    characters either way), the span itself left out."""
    end = start if end is None else end
    lo = max(0, start - _REACH)
    before = text[lo:start]
    stops = [m.end() for m in _END.finditer(before)]
    head = before[stops[-1] :] if stops else before
    after = text[end : end + _REACH]
    stop = _END.search(after)
    tail = after[: stop.start()] if stop else after
    return head + " " + tail


def tells_of_another(text: str, start: int, end: int | None = None) -> bool:
    """Whether the sentence citing the value at ``start``..``end`` of ``text`` tells of
    another contact (someone else, another person, also, later, a different one), not of an
    earlier scam (before this, last year)."""
    if not text or start < 0 or start > len(text):
        return False
    sentence = sentence_around(text, start, end)
    return _cue().search(sentence) is not None and _earlier().search(sentence) is None
