"""A share of a shared expense: friends splitting a bill, not a stranger asking for money.

Friends, classmates and colleagues split a meal, a gift or a trip and ask each other for
their share: an amount per person and an account or wallet to pay it into ("一人3,500円です！
PayPayか下の口座に", "1인당 28,000원 … 카카오뱅크 …로 보내주세요", "คนละ 320 นะ โอนมาที่
พร้อมเพย์"). The model has no such messages in these languages and reads the amount, the
account and the request as a transfer scam. A scam asks for money too, but not as one
person's share of what a group spent. A *message* with a per-person word beside a number
(``data/shared_expense.json``) and somewhere to pay it (a request to pay or transfer, an
account; an amount per person paid *to* the reader, such as a fake flight-delay
compensation, is no bill split), no link, no request for a code, a login, an install, an
investment or a sign-up, and no red flag or hidden cue beyond a transfer or e-wallet request,
has its P(scam) capped at ``SHARED_EXPENSE_CAP`` (at most suspicious on the check page) with
the reason ``SHARED_EXPENSE``.
"""

from __future__ import annotations

from functools import cache

from tipoff.assess.asks import MONEY_REQUEST_ASKS, NO_ASK_CAP, MessageLook
from tipoff.assess.fold import with_simplified_variants
from tipoff.assess.lexicon import CueMatcher, read_data_json
from tipoff.assess.redflags import Evidence
from tipoff.assess.signals import CODE, LONG, MONEY, PHONE, SHORT, TWO_FLAGS
from tipoff.model import IndicatorKind

SHARED_EXPENSE = "shared_expense"
SHARED_EXPENSE_EXPLANATION = (
    "It asks for a share of a shared expense (an amount per person), with no link and no "
    "request for a code or login: it was not judged a scam; pay only people you know, and "
    "check with them another way if the account is new to you."
)
SHARED_EXPENSE_CAP = NO_ASK_CAP  # the no-ask cap (assess.py applies it): at most suspicious
# A transfer or e-wallet request, shown or hidden.
PAY_CODES = frozenset({"pay_transfer", "~pay_transfer", "pay_ewallet", "~pay_ewallet"})
# What a bill split may show: an amount, the account or wallet number (read as a phone or a
# code), a transfer or e-wallet request (shown or hidden), the shape signals.
ALLOWED_CODES = (
    frozenset(
        {
            MONEY,
            CODE,
            PHONE,
            SHORT,
            LONG,
            TWO_FLAGS,
        }
    )
    | PAY_CODES
)
MONEY_ASK = "money"
_PAYING_ASKS = frozenset({MONEY_ASK, "account"})
_PAYING_KINDS = frozenset({IndicatorKind.BANK_ACCOUNT, IndicatorKind.IBAN})
_NEAR = 16  # characters between the per-person word and its number
_OTHER_CHANNELS = frozenset(
    {
        IndicatorKind.URL,
        IndicatorKind.DOMAIN,
        IndicatorKind.EMAIL,
        IndicatorKind.HANDLE,
        IndicatorKind.WALLET,
    }
)


@cache
def per_person_matcher() -> CueMatcher:
    """The per-person words of every language in one automaton."""
    table = read_data_json("shared_expense.json")["per_person"]
    return CueMatcher(
        with_simplified_variants(
            [
                (phrase, "per_person", language)
                for language, phrases in table.items()
                for phrase in phrases
            ]
        )
    )


def shared_expense(text: str, evidence: Evidence, look: MessageLook | None = None) -> bool:
    """Whether ``text`` asks for one person's share of a shared expense (module docstring).
    ``look``: the same text's ``MessageLook``, when the caller has one."""
    if not evidence.codes <= ALLOWED_CODES:  # the usual answer: cheap
        return False
    look = MessageLook(text) if look is None else look
    lowered = look.lowered
    if len(lowered) != len(text):
        return False
    if not any(
        _beside_number(text, hit.start, hit.end) for hit in per_person_matcher().find(lowered)
    ):
        return False
    asks = {hit.value for hit in look.ask_hits}
    if not asks <= MONEY_REQUEST_ASKS:
        return False  # a code, a login, an install, an investment, a link, an opener …
    found = [item.kind for item in look.identifiers if not item.common]
    if not _OTHER_CHANNELS.isdisjoint(found):
        return False
    # Somewhere to pay the share: a request to pay or transfer, an account word or number, a
    # wallet. Without one, an amount per person is paid *to* the reader (compensation, a prize).
    return (
        not asks.isdisjoint(_PAYING_ASKS)
        or not evidence.codes.isdisjoint(PAY_CODES)
        or not _PAYING_KINDS.isdisjoint(found)
    )


def _beside_number(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _NEAR) : start]
    after = text[end : end + _NEAR]
    return any(c.isdigit() for c in before) or any(c.isdigit() for c in after)
