"""A new number alone: a friend sharing a new number, not a family-impersonation opener.

"This is my new number, please save it" is how friends and relatives share a new number, and
also how a "Hi Mum" scam opens. The scam goes on to something a friend's message does not
hold: a story (trouble, an accident, a borrowed phone, "can you do me a favour"; or the old
phone lost, broken or in repair told to a mother, father or other relative: told to friends,
a broken phone only explains the new number, and so it does when the message says the
sender's chat account is unchanged, "LINE is the same", since the reader can then check with
the sender where they already talk), a move to another app ("message me on
WhatsApp") or a money request. A *message* that claims a new or changed number and holds none
of these, and no link, account, handle, code or credential request, no other cue and no
amount, is not a scam: ``assess`` caps its P(scam) at ``NEW_NUMBER_CAP`` (at most suspicious
on the check page, where the new-number red flag still shows) with the reason
``NEW_NUMBER_ONLY``. When a story, a move or a money request follows in a later message, that
message is judged on its own.

The words are data (``data/new_number.json``): claims, troubles, phone stories, relatives,
moves, unchanged accounts and the addresses ("Hi Mum", "엄마 나") that are family_emergency
cues without a story, in nine languages.
"""

from __future__ import annotations

from functools import cache

from tipoff.assess.asks import CONTACT_ASK_KINDS, NO_ASK_CAP, MessageLook
from tipoff.assess.fold import with_simplified_variants
from tipoff.assess.lexicon import CueMatcher, read_data_json
from tipoff.assess.redflags import Evidence
from tipoff.assess.signals import CODE, LONG, PHONE, SHORT, THREE_FLAGS, TWO_FLAGS
from tipoff.model import IndicatorKind

NEW_NUMBER_ONLY = "new_number_only"
NEW_NUMBER_EXPLANATION = (
    "It only says the sender has a new number: with no story (trouble, or a lost or broken "
    "phone told to a parent), no move to another app and no request for money it was not "
    "judged a scam; be wary if a later message asks for money or a code."
)
NEW_NUMBER_CAP = NO_ASK_CAP  # the no-ask cap (assess.py applies it): at most suspicious
FAMILY_CODE = "family_emergency"
# What a friend's new-number message may show: the claim, a chat app named ("LINE stays the
# same"), an address ("Hi Mum", only when it is one: new_number.json), the number itself,
# the shape signals and the evidence counts these make. Anything else (an amount, a link,
# another cue, a hidden cue) leaves the message to the model.
ALLOWED_CODES = frozenset(
    {
        "new_number",
        "messenger_contact",
        FAMILY_CODE,
        PHONE,
        CODE,  # the number's digit groups ("1234 5678") read as a code
        SHORT,
        LONG,
        TWO_FLAGS,
        THREE_FLAGS,
    }
)
CLAIM, TROUBLE, PHONE_STORY, RELATIVE, MOVE = "claims", "trouble", "phone", "relatives", "moves"
UNCHANGED = "unchanged"  # "LINE is the same": the sender's other account is unchanged
_PARTS = (CLAIM, TROUBLE, PHONE_STORY, RELATIVE, MOVE, UNCHANGED)
# Identifiers that are a channel other than the number itself.
_OTHER_CHANNELS = frozenset(
    {
        IndicatorKind.URL,
        IndicatorKind.DOMAIN,
        IndicatorKind.EMAIL,
        IndicatorKind.HANDLE,
        IndicatorKind.WALLET,
        IndicatorKind.BANK_ACCOUNT,
        IndicatorKind.IBAN,
    }
)


@cache
def _table() -> dict[str, dict[str, list[str]]]:
    data = read_data_json("new_number.json")
    return {part: dict(data[part]) for part in (*_PARTS, "addresses")}


@cache
def new_number_matcher() -> CueMatcher:
    """Claims, troubles, phone stories, relatives and moves of every language in one
    automaton (code: the part)."""
    table = _table()
    return CueMatcher(
        with_simplified_variants(
            [
                (phrase, part, language)
                for part in _PARTS
                for language, phrases in table[part].items()
                for phrase in phrases
            ]
        )
    )


@cache
def addresses() -> frozenset[str]:
    """The family_emergency cues that only name the reader ("hi mum"), lower-cased."""
    return frozenset(
        phrase.lower() for phrases in _table()["addresses"].values() for phrase in phrases
    )


def new_number_only(text: str, evidence: Evidence, look: MessageLook | None = None) -> bool:
    """Whether ``text`` only shares a new number (module docstring). ``look``: the same
    text's ``MessageLook``, when the caller has one."""
    codes = evidence.codes
    if not codes <= ALLOWED_CODES:  # the usual answer for a message called a scam: cheap
        return False
    look = MessageLook(text) if look is None else look
    lowered = look.lowered
    if len(lowered) != len(text):
        return False
    hits = new_number_matcher().find(lowered)
    parts = {hit.code for hit in hits}
    if CLAIM not in parts or TROUBLE in parts or MOVE in parts:
        return False
    # The sender's other account unchanged ("LINE is the same"): the reader can check with the
    # sender where they already talk, which no impersonator offers; the lost phone is then
    # only why the number changed, told to a parent or not.
    unchanged = UNCHANGED in parts
    stories = [(hit.start, hit.end) for hit in hits if hit.code == PHONE_STORY]
    if FAMILY_CODE in codes and not all(
        flag.text.lower() in addresses()
        or (unchanged and any(flag.start <= s and e <= flag.end for s, e in stories))
        for flag in evidence.red_flags
        if flag.code == FAMILY_CODE
    ):
        return False
    if PHONE_STORY in parts and RELATIVE in parts and not unchanged:
        return False  # "Mum, I dropped my phone, this is my new number": the Hi-Mum story
    asks = look.ask_hits
    # An ask word inside an opener is the opener's ("登録お願いします": save this number, not
    # a sign-up).
    openers = [(hit.start, hit.end) for hit in asks if hit.value == "opener"]
    if any(
        hit.value not in CONTACT_ASK_KINDS
        and not any(start <= hit.start and hit.end <= end for start, end in openers)
        for hit in asks
    ):
        return False  # money, a code or login, an install, a link, an account …
    return not any(found.kind in _OTHER_CHANNELS and not found.common for found in look.identifiers)
