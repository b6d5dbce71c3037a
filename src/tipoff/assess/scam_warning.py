"""A warning about scams, forwarded or sent: it describes a scam's steps and asks for nothing.

"家人们注意：最近有人冒充快递客服…让加QQ、下载APP共享屏幕，千万别信！", "Beware of scams: nobody
from the bank will ask for your OTP", "ระวังมิจฉาชีพ โทรมาอ้างเป็นเจ้าหน้าที่…": a warning names
the pretext, the app, the screen sharing a scammer asks for, and those cues read like the scam
itself (the forwarded warning above was a scam at 0.996). A scam needs a channel to the
scammer; a warning gives none.

A *message* the model calls a scam is at most suspicious (P(scam) capped at the no-ask cap,
reason ``SCAM_WARNING``) when it holds a warning (``data/scam_warning.json``: "beware of
scams", "don't believe", "千万别信", "詐欺に注意", "사기 주의", "อย่าหลงเชื่อ", "cảnh giác lừa
đảo", "waspada penipuan", nine languages), asks for no code or password, and gives no link of
any kind, no phone number, account, handle, e-mail address or wallet, and no run of digits
that may be one: nothing in it reaches a scammer.
"""

from __future__ import annotations

from functools import cache

from tipoff.assess.asks import (
    CHANNEL_KINDS,
    CREDENTIALS,
    NO_ASK_CAP,
    MessageLook,
    contact_numbers,
    dodged_links,
)
from tipoff.assess.lexicon import CueMatcher, read_data_json
from tipoff.assess.redflags import BRAND_LOOKALIKE_CODE, Evidence
from tipoff.assess.signals import EMAIL, PHONE

SCAM_WARNING = "scam_warning"
SCAM_WARNING_EXPLANATION = (
    "It warns about a scam and describes how it works, with no link, number, account or "
    "contact of its own: it was not judged a scam."
)
SCAM_WARNING_CAP = NO_ASK_CAP  # the no-ask cap (assess.py applies it): at most suspicious
# Every way to reach someone: a link of any kind, a chat-app link, a wallet; the phone and
# e-mail signals. A chat app named with no ID ("让加QQ") reaches nobody; an ID is an identifier
# (checked below).
_CHANNEL_CODES = frozenset(
    {
        "link",
        "short_link",
        "ip_link",
        "apk_link",
        "messenger_link",
        "pay_crypto",
        "pay_usdt",
        BRAND_LOOKALIKE_CODE,
        PHONE,
        EMAIL,
    }
)
_WARNING = "warning"


@cache
def warning_matcher() -> CueMatcher:
    """The warning phrases of every language in one automaton."""
    table: dict[str, list[str]] = read_data_json("scam_warning.json")["warnings"]
    return CueMatcher(
        [(phrase, _WARNING, language) for language, phrases in table.items() for phrase in phrases]
    )


def scam_warning(text: str, evidence: Evidence, look: MessageLook | None = None) -> bool:
    """Whether ``text`` warns about a scam and gives no channel (module docstring)."""
    if not evidence.codes.isdisjoint(_CHANNEL_CODES):
        return False
    look = MessageLook(text) if look is None else look
    lowered = look.lowered
    if len(lowered) != len(text) or not warning_matcher().find(lowered):
        return False
    if any(hit.value == CREDENTIALS for hit in look.ask_hits):
        return False
    if contact_numbers(text, look) or dodged_links(text):
        return False
    return not any(found.kind in CHANNEL_KINDS and not found.common for found in look.identifiers)
