"""A money request to the account the reader already pays into: a known person, not an impostor.

Family and friends borrow, landlords ask for the rent and club treasurers for dues: "父さん、
3万だけ貸して … いつもの三菱UFJの口座で大丈夫です", "ค่าเช่าเดือนนี้ โอนเข้าบัญชีเดิมได้เลยค่ะ",
"ផ្ញើចូល ABA ខ្ញុំដដែល". An impostor (a "Hi Mum" scammer, a fake landlord, a hacked friend's
account) cannot take money through the account the reader already knows: the money has to go
to a new one, so the scam names it, gives its number, or says the old one cannot be used.

A *message* that the model calls a scam is at most suspicious (P(scam) capped at the no-ask cap,
reason ``USUAL_ACCOUNT``) when:

- it says where to pay with a "usual / same / as before" word beside an account or wallet word
  (``data/usual_account.json``, nine languages: "いつもの口座", "บัญชีเดิม", "GCash … yung dati",
  "rekening biasa", "the usual account"), and no word for a new, other or friend's account;
- it gives no account number, phone number, link, handle, e-mail address or wallet, and no
  run of digits that may be one;
- its red flags are only a money request's (a transfer, an e-wallet, urgency, a relative
  asking for money), and its ask words only ask for money, name an account, a reply or a call.

A promise to pay the money back on payday ("when I get paid", "pag sumahod ko", "បើកប្រាក់ខែ
កូនសងវិញ", "給料日に返す", "gajian nanti aku ganti") stands for the usual-account word: a
relative or friend with a salary borrows so; an impostor's story pays back "tomorrow" and gives
the new account to pay into, which the rules above then see. There a plain "lend me" may read
as a loan pitch (``loan_offer``: "pautang", the Tagalog for both), which is allowed too.
"""

from __future__ import annotations

from functools import cache

from tipoff.assess.asks import (
    CHANNEL_KINDS,
    MONEY_REQUEST_ASKS,
    NO_ASK_CAP,
    MessageLook,
    contact_numbers,
    dodged_links,
)
from tipoff.assess.lexicon import CueHit, CueMatcher, read_data_json
from tipoff.assess.redflags import Evidence
from tipoff.assess.shared_expense import PAY_CODES
from tipoff.assess.signals import SHAPE_SIGNALS

USUAL_ACCOUNT = "usual_account"
USUAL_ACCOUNT_EXPLANATION = (
    "It asks for money to the account or wallet you already pay into ('the usual account'), "
    "gives no new account, number or link, and shows nothing else of a scam: it was not judged "
    "a scam; if the account or the story is new to you, check with the person another way."
)
USUAL_ACCOUNT_CAP = NO_ASK_CAP  # the no-ask cap (assess.py applies it): at most suspicious
ALLOWED_CODES = (
    SHAPE_SIGNALS
    | PAY_CODES
    | frozenset({"urgency", "~urgency", "family_emergency", "~family_emergency"})
)
# A borrower's "lend me" that the lexicon reads as a loan pitch ("pautang"), beside a payday.
PAYDAY_CODES = ALLOWED_CODES | frozenset({"loan_offer", "~loan_offer"})
_USUAL, _PLACE, _NEW, _PAYDAY = "usual", "places", "new", "payday"
_NEAR = 12  # characters between the usual word and the account word


@cache
def usual_account_matcher() -> CueMatcher:
    """The usual, place and new-account words of every language in one automaton."""
    data = read_data_json("usual_account.json")
    return CueMatcher(
        [
            (phrase, part, language)
            for part in (_USUAL, _PLACE, _NEW, _PAYDAY)
            for language, phrases in data[part].items()
            for phrase in phrases
        ]
    )


def usual_account(text: str, evidence: Evidence, look: MessageLook | None = None) -> bool:
    """Whether ``text`` asks for money to the account the reader already uses (module
    docstring). ``look``: the same text's ``MessageLook``, when the caller has one."""
    if not evidence.codes <= PAYDAY_CODES:  # the usual answer: cheap
        return False
    look = MessageLook(text) if look is None else look
    lowered = look.lowered
    if len(lowered) != len(text):
        return False
    hits = usual_account_matcher().find(lowered)
    if not hits or any(hit.code == _NEW for hit in hits):
        return False
    payday = any(hit.code == _PAYDAY for hit in hits)
    if not payday and not (evidence.codes <= ALLOWED_CODES and _usual_place(hits)):
        return False
    if any(hit.value not in MONEY_REQUEST_ASKS for hit in look.ask_hits):
        return False
    if contact_numbers(text, look) or dodged_links(text):
        return False
    return not any(found.kind in CHANNEL_KINDS and not found.common for found in look.identifiers)


def _usual_place(hits: list[CueHit]) -> bool:
    """Whether a usual word stands within a few characters of an account or wallet word."""
    usual = [hit for hit in hits if hit.code == _USUAL]
    places = [hit for hit in hits if hit.code == _PLACE]
    return any(
        -_NEAR <= place.start - word.end <= _NEAR or -_NEAR <= word.start - place.end <= _NEAR
        for word in usual
        for place in places
        if place.end <= word.start or word.end <= place.start
    )
