"""A reply to a misdirected message: "you've got the wrong number, I'm not Jenny".

People answer a message meant for someone else by saying so: "Sorry who's this? I think you've
got the wrong number, I'm not Jenny", "你好，你发错了吧，我不是王总", "저 김과장 아닙니다",
"Dạ chắc anh/chị nhắn nhầm số rồi, em không phải chị Hoa ạ". The words "wrong number" are the
opener of a wrong-number scam too, which the no-ask rule counts as an ask (the conversation it
starts is the channel). The scam's opener apologises for its own mistake and then makes friends
("nice to meet you", "交个朋友", "làm quen"); a reply denies being the person meant and asks
for nothing.

A *message* the model calls a scam is at most suspicious (P(scam) capped at the no-ask cap,
reason ``WRONG_NUMBER_REPLY``) when:

- it holds a word for a wrong number or person (the wrong-number opener cue, or an opener ask
  word: "打错", "ส่งผิด", "salah kirim"), and no red flag but that opener (no other cue,
  hidden cue or signal but "short");
- it holds a denial (``data/wrong_number.json``, nine languages: a first-person denial of
  identity, "I'm not", "我不是", "아닙니다", "không phải", "hindi po ako si", or the mistake put
  on the sender, "you've got the wrong", "잘못 보내신", "你发错") and no pivot to a
  conversation ("nice to meet you", "交个朋友", "kenalan", "làm quen");
- it is short (a reply: at most ``most_chars`` characters);
- its ask words are only a contact word, an opener or words inside the denial or an opener
  ("잘못 보내신", "salah kirim": "sent") or starting inside an opener (the verb it ends in:
  "送って" in "間違えて送って"), and it gives no link, number, handle, e-mail, account or
  wallet.
"""

from __future__ import annotations

from functools import cache

from tipoff.assess.asks import CHANNEL_KINDS, MessageLook, contact_numbers, dodged_links
from tipoff.assess.lexicon import CueMatcher, read_data_json
from tipoff.assess.redflags import Evidence
from tipoff.assess.signals import SHORT

WRONG_NUMBER_REPLY = "wrong_number_reply"
WRONG_NUMBER_REPLY_EXPLANATION = (
    "It answers a message sent to the wrong person: it says you are not who was meant and "
    "asks for nothing, so it was not judged a scam."
)
OPENER = "wrong_number_opener"
ALLOWED_CODES = frozenset({OPENER, SHORT})
_OPENER_ASK = "opener"  # the ask-word kind of openers: a wrong or new number ("打错", "ส่งผิด")
_ALLOWED_ASKS = frozenset({"contact", _OPENER_ASK})
_DENIAL, _PIVOT = "denial", "pivot"


@cache
def _most_chars() -> int:
    return int(read_data_json("wrong_number.json")["most_chars"])


@cache
def wrong_number_matcher() -> CueMatcher:
    """The denials and pivots of every language in one automaton."""
    data = read_data_json("wrong_number.json")
    return CueMatcher(
        [
            (phrase, part, language)
            for part, key in ((_DENIAL, "denials"), (_PIVOT, "pivots"))
            for language, phrases in data[key].items()
            for phrase in phrases
        ]
    )


def wrong_number_reply(text: str, evidence: Evidence, look: MessageLook | None = None) -> bool:
    """Whether ``text`` answers a misdirected message and asks nothing (module docstring)."""
    if not evidence.codes <= ALLOWED_CODES or len(text) > _most_chars():  # cheap and usual
        return False
    look = MessageLook(text) if look is None else look
    lowered = look.lowered
    if len(lowered) != len(text):
        return False
    openers = [(hit.start, hit.end) for hit in look.ask_hits if hit.value == _OPENER_ASK]
    if OPENER not in evidence.codes and not openers:
        return False  # no word for a wrong number or person
    hits = wrong_number_matcher().find(lowered)
    denials = [(hit.start, hit.end) for hit in hits if hit.code == _DENIAL]
    if not denials or any(hit.code == _PIVOT for hit in hits):
        return False
    inside = denials + openers  # "kirim" (send) in "salah kirim", "보내" in "잘못 보내신"
    for hit in look.ask_hits:
        if (
            hit.value not in _ALLOWED_ASKS
            and not any(start <= hit.start and hit.end <= end for start, end in inside)
            # the verb an opener ends in: "送って" in "間違えて送って" (sent by mistake)
            and not any(start < hit.start < end for start, end in openers)
        ):
            return False
    if contact_numbers(text, look) or dodged_links(text):
        return False
    return not any(found.kind in CHANNEL_KINDS and not found.common for found in look.identifiers)
