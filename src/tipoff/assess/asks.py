"""Does a message ask its reader for anything, or give a way to reach its sender?

A scam deceives the reader into paying, revealing credentials or installing something
(docs/assess.md). That needs a channel or an ask in the text: a link, a phone number, an
e-mail address, a chat handle or app, an account or wallet to pay, a request for money, a
code, a password or personal data, a reply, an install, a move to another app, a threat or
a claim of money the reader owes that pushes them to act, or a pitch (investment, job, prize, loan,
betting) or opener (romance, wrong number, new number) that starts a conversation. A
*message* with none of these ("FedEx: out for delivery", "PayPay: you received ¥1,500")
cannot deceive anyone into acting, however much it looks like a scam template: its P(scam)
is capped at ``NO_ASK_CAP`` (below the scam outcome) and the verdict carries the reason
``NO_ASK``.

Almost every message shows a red-flag code or signal that is an ask or a channel, so the
answer is read from the evidence the pipeline already found (``ASK_CODES``); only a message
the model calls a scam without one pays for the slower look: the lexicon of general ask words
(``data/asks.json``, nine languages), digit runs long enough to be a phone or account number,
links written to dodge filters ("site. com"), and the identifiers ``tipoff.indicators``
extracts (handles, phones, hosts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from tipoff.assess.fold import fold_chinese, simplified_variants
from tipoff.assess.lexicon import CueHit, CueMatcher, read_data_json, unaccented_variants
from tipoff.assess.negation import drop_negated
from tipoff.assess.notices import one_time_code_spans
from tipoff.assess.redflags import JOB_CODES
from tipoff.assess.signals import EMAIL, KNOWN_DOMAIN, UNKNOWN_DOMAIN
from tipoff.indicators.extract import extract
from tipoff.indicators.phone_context import (
    has_negative_context,
    looks_like_other_number,
    phone_word_before,
)
from tipoff.model import FoundIndicator, IndicatorKind

NO_ASK = "no_ask"
NO_ASK_EXPLANATION = (
    "Nothing in the text asks you to pay, reply, call, log in or install anything, and it "
    "gives no link, number or account: it was not judged a scam."
)
NO_ASK_CAP = 0.45  # the most P(scam) a message without any ask or channel can show

# Red-flag codes and signals that are themselves a channel or an ask (hidden "~" cues are
# not: "OTP" or "Hi Mum" alone asks nothing). The phone signal is not among them: a tracking
# number has its shape, so numbers are judged again (_is_contact_number).
CHANNEL_CODES = frozenset(
    {
        "link",
        "short_link",
        "ip_link",
        "apk_link",
        "brand_lookalike_link",
        "messenger_link",
        "messenger_contact",
        "crypto_address",
        EMAIL,
        KNOWN_DOMAIN,
        UNKNOWN_DOMAIN,
    }
)
PAYMENT_CODES = frozenset(
    {
        "pay_gift_card",
        "pay_usdt",
        "pay_crypto_atm",
        "pay_qr",
        "pay_ewallet",
        "pay_transfer",
        "pay_cash_courier",
        "pay_gold",
        "upfront_fee",
        "customs_fee",
        "withdrawal_fee",
        "top_up",
        "safe_account",
        "bank_coaching",
        "recovery_offer",
        "mule_recruit",
    }
)
CREDENTIAL_CODES = frozenset(
    {
        "code_share_request",
        "otp_request",
        "verify_account",
        "id_request",
        "passport_request",
        "intimate_request",
    }
)
ACTION_CODES = frozenset(
    {"link_click", "tech_alert", "app_install", "remote_access", "platform_switch"}
)
PITCH_CODES = frozenset(
    {
        "investment_pitch",
        "guaranteed_returns",
        "percent_return",
        "group_teacher",
        "teach_invest",
        "prize_won",
        "loan_offer",
        "gambling",
        "high_pay",
        "age_limit",
        *JOB_CODES,
    }
)
# Threats and claims of money owed or due push the reader to act on what follows. A refund
# is money owed TO the reader: alone it asks nothing ("your refund has been processed",
# "refunds are not possible for opened items"); a refund scam asks through its link, number
# or request for card details, which are asks of their own.
PRESSURE_CODES = frozenset(
    {
        "arrest_threat",
        "crime_accusation",
        "account_threat",
        "unpaid_bill",
        "secrecy",
    }
)
OPENER_CODES = frozenset(
    {
        "romance_grooming",
        "wrong_number_opener",
        "abroad_persona",
        "new_number",
        "family_emergency",
        "sextortion_threat",
    }
)
# A coin's name ("Bitcoin", "ビットコイン", "비트코인": ``pay_crypto``) is what friends talk about
# too ("my brother keeps telling me to buy Bitcoin but I'm scared"); a crypto scam asks through
# a wallet address, a link or its ask words (send, deposit, invest), which count of their own.
ASK_CODES = CHANNEL_CODES | PAYMENT_CODES | CREDENTIAL_CODES | ACTION_CODES
ASK_CODES |= PITCH_CODES | PRESSURE_CODES | OPENER_CODES

_ASK_WORD = "ask_word"
_NEGATABLE_ASKS = frozenset({_ASK_WORD})  # "please do not reply", "never share your PIN"
ACCOUNT = "account"  # the category of account words: no ask alone
CREDENTIALS = "credentials"  # the category of code, password and login words
# The category of words that report a payment or transfer done or automatic ("자동이체"
# auto-debit, "振込入金" incoming transfer, "payment received"): no ask, and the ask words
# inside them ("이체", "振込", "payment") ask nothing either; nor does a money word in the
# same sentence: "ACLEDA: the monthly loan instalment ($210) has been deducted from your
# account" names the payment it reports ("ការបង់" instalment, "deposit", "payment").
STATEMENT = "statement"
# The category of phrases in which an ask word names a thing, not a request ("your claim has
# been approved", "insurance claim", "time deposit", "ang claim"): the ask words inside them ask
# nothing and the phrase asks nothing itself; unlike a statement it reports no payment, so the
# money words of its sentence still ask. An insurer's "Your claim … has been approved" was a
# scam at 0.75-0.90 for its "claim" (blind sets 7 and 8), a friend's "sa time deposit na lang
# ako" at 1.00 for its "deposit" (convo_dev_9).
NOUN = "noun"
MONEY = "money"  # the category of money words ("pay", "transfer", "振込")
# Where a sentence ends (not the point of "Rp 452.300" or "$45.00"): a statement's sentence
# holds the payment it reports, not the next one.
_SENTENCE_ENDS = re.compile(r"[.!?](?!\d)|[\n。！？។៕]")
# Kinds of ask word that ask for no money, code, login, install or link: a reply or call
# ("call me", "連絡"), an opener ("save this number") or a statement.
CONTACT_ASK_KINDS = frozenset({"contact", "opener", STATEMENT, NOUN})
_ACCOUNT_GAP = 12  # an account word this close before a number makes it an account
_NATIONAL_DIGITS = 11  # the most digits of a national phone number written without "+"
_NUMBER = re.compile(r"\+?\d(?:[ .\-()]{0,2}\d){6,}")
# Links written to get past filters: "site. com", "site(.)com", "site dot com", "sitedotคอม",
# a host with a path, a scheme without its host. Spaced forms only before the usual TLDs, so
# that a sentence's end ("… there. Me too") is not taken for a host.
_SPACED_TLDS = "com|net|org|top|xyz|icu|vip|cn|ph|vn|th|คอม"
_DODGED_LINK = re.compile(
    r"[0-9a-z](?:\s?(?:\.|\(\.\)|\[\.\]|\(dot\)|\[dot\])\s?| dot |dot)\(?"
    rf"(?:{_SPACED_TLDS})(?![a-z])"
    r"|[0-9a-z][0-9a-z-]{0,62}\.[a-z]{2,12}/\S|https?:?\s?//",
    re.IGNORECASE,
)
# The ask words a request for money from someone the reader knows holds (a bill split, the
# usual account): money ("transfer", "振込"), account words, a reply or call, a statement.
MONEY_REQUEST_ASKS = frozenset({"money", "account", "contact", "statement", NOUN})
CHANNEL_KINDS = frozenset(
    {
        IndicatorKind.URL,
        IndicatorKind.DOMAIN,
        IndicatorKind.EMAIL,
        IndicatorKind.PHONE,
        IndicatorKind.HANDLE,
        IndicatorKind.WALLET,
        IndicatorKind.BANK_ACCOUNT,
        IndicatorKind.IBAN,
    }
)


@cache
def ask_phrases() -> dict[str, dict[str, list[str]]]:
    """language -> category (contact, credentials, money, install) -> phrases."""
    return dict(read_data_json("asks.json")["phrases"])


@cache
def ask_matcher() -> CueMatcher:
    """The ask words of every language in one automaton, built once."""
    entries: list[tuple[str, str, str | None]] = [
        (phrase, _ASK_WORD, category)
        for categories in ask_phrases().values()
        for category, phrases in categories.items()
        for phrase in phrases
    ]
    # Vietnamese ask phrases also as they read without accents ("vui long nap them"), as the
    # red-flag cues are (lexicon.unaccented_variants: phrases of two words or more).
    entries += [
        (bare, _ASK_WORD, category)
        for category, phrases in ask_phrases()["vi"].items()
        for bare in unaccented_variants(phrases)
    ]
    # Traditional Chinese ask phrases as they read folded to simplified (fold.py).
    entries += [
        (folded, _ASK_WORD, category)
        for category, phrases in ask_phrases()["zh"].items()
        for folded in simplified_variants(phrases)
    ]
    return CueMatcher(entries)


def shows_ask(codes: Iterable[str]) -> bool:
    """Whether the evidence already found is a channel or an ask (the cheap, usual answer)."""
    return not ASK_CODES.isdisjoint(codes)


class MessageLook:
    """One message's lower-cased text, ask-word hits and extracted identifiers, each found
    once and only when first asked for: the no-ask, new-number and bill-split checks
    (``assess._personal_bound``) read the same ones in turn."""

    # Plain slots read on first use, not functools.cached_property: in Python 3.11 its first
    # read of each value takes a lock shared by every instance (three per message here).
    __slots__ = ("_ask_hits", "_identifiers", "_lowered", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | None = None
        self._ask_hits: list[CueHit] | None = None
        self._identifiers: list[FoundIndicator] | None = None

    @property
    def lowered(self) -> str:
        """Lower-cased, traditional Chinese folded to simplified (``fold.fold_chinese``)."""
        value = self._lowered
        if value is None:
            value = self._lowered = fold_chinese(self.text.lower())
        return value

    @property
    def ask_hits(self) -> list[CueHit]:
        """The ask words of every language in the lower-cased text (none are dropped)."""
        value = self._ask_hits
        if value is None:
            value = self._ask_hits = ask_matcher().find(self.lowered)
        return value

    @property
    def identifiers(self) -> list[FoundIndicator]:
        value = self._identifiers
        if value is None:
            value = self._identifiers = extract(self.text)
        return value


def asks_or_reaches(text: str, look: MessageLook | None = None) -> bool:
    """Whether ``text`` holds an ask word, a number to call or pay, a dodged link or an
    identifier ``tipoff.indicators`` extracts: the slower look, for texts ``shows_ask`` did
    not settle. ``look``: the same text's ``MessageLook``, when the caller has one."""
    look = MessageLook(text) if look is None else look
    lowered = look.lowered
    accounts: list[int] = []  # where an account word ends ("口座", "บัญชี", "rekening" …)
    codes: list[tuple[int, int]] | None = None  # a one-time-code notice's codes, when asked
    if len(lowered) == len(text):
        hits = drop_negated(lowered, look.ask_hits, _NEGATABLE_ASKS)
        statements = [(hit.start, hit.end) for hit in hits if hit.value == STATEMENT]
        inside = statements + [(hit.start, hit.end) for hit in hits if hit.value == NOUN]
        for hit in hits:
            if inside and any(s <= hit.start and hit.end <= e for s, e in inside):
                continue  # a statement or a noun phrase, or an ask word inside one
            if hit.value == MONEY and statements and _reported(lowered, hit, statements):
                continue  # the payment a statement in its sentence reports
            if hit.value == CREDENTIALS:
                # In a one-time-code notice ("your code is 482913, do not share it") the code
                # word names the code it gives; a request to hand it over is a red flag of
                # its own (code_share_request), already an ask.
                codes = one_time_code_spans(text) if codes is None else codes
                if codes:
                    continue
            if hit.value != ACCOUNT:
                return True
            accounts.append(hit.end)
    if _DODGED_LINK.search(text):
        return True
    if any(_is_contact_number(text, m, accounts) for m in _NUMBER.finditer(text)):
        return True
    channels = [f for f in look.identifiers if f.kind in CHANNEL_KINDS and not f.common]
    if channels and codes is None:
        codes = one_time_code_spans(text)
    return any(not (codes and _overlaps(f.start, f.end, codes)) for f in channels)


def _reported(lowered: str, hit: CueHit, statements: list[tuple[int, int]]) -> bool:
    """Whether a money word is in the sentence of a statement (a payment done or automatic):
    no sentence end between the two."""
    return any(
        _SENTENCE_ENDS.search(lowered, min(hit.end, start), max(hit.start, end)) is None
        for start, end in statements
    )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (a code read as an account number)."""
    return any(start < high and low < end for low, high in spans)


def dodged_links(text: str) -> list[tuple[int, int]]:
    """Where ``text`` holds what may be a link written to get past filters ("site. com", "site
    dot com"), or a host with a path (plain links match too)."""
    return [match.span() for match in _DODGED_LINK.finditer(text)]


def contact_numbers(text: str, look: MessageLook) -> list[tuple[int, int]]:
    """Where ``text`` holds a run of seven or more digits that may be a phone number or an
    account to pay (``_is_contact_number``); a run between Latin letters is an item number
    ("AB123456789GB"), not one (a run after letters alone may be: "QQ327577685")."""
    if not any(c.isdigit() for c in text):
        return []
    accounts = [hit.end for hit in look.ask_hits if hit.value == ACCOUNT]
    return [
        m.span()
        for m in _NUMBER.finditer(text)
        if not _glued_to_letters(text, *m.span()) and _is_contact_number(text, m, accounts)
    ]


def _glued_to_letters(text: str, start: int, end: int) -> bool:
    before = text[start - 1 : start]
    after = text[end : end + 1]
    return before.isascii() and before.isalpha() and after.isascii() and after.isalpha()


def _is_contact_number(text: str, match: re.Match[str], accounts: list[int]) -> bool:
    """Whether a run of seven or more digits may be a phone number or an account to pay.

    A number after a phone word ("call", "tel", "電話") or an account word is one; a date,
    an amount, a card or a number after "order", "tracking", "code" … is not. Otherwise, in
    text written without spaces between words (CJK, Thai) any such run is one; in Latin-script
    text a number written with "+" or a trunk "0", or of at most 11 digits (national numbers
    are no longer): a longer bare run is a tracking or reference number.
    """
    part = match.group()
    start, end = match.span()
    if phone_word_before(text, start) or any(0 <= start - e <= _ACCOUNT_GAP for e in accounts):
        return True
    if looks_like_other_number(part) or has_negative_context(text, start, end):
        return False
    if part.startswith(("+", "0")) or not text[max(0, start - 1) : end + 1].isascii():
        return True
    return sum(c.isdigit() for c in part) <= _NATIONAL_DIGITS


def no_ask(text: str, codes: Iterable[str], look: MessageLook | None = None) -> bool:
    """True when a message shows no ask and no channel at all (module docstring)."""
    return not shows_ask(codes) and not asks_or_reaches(text, look)
