"""No offer, no spam: a message that advertises nothing is not a promotion.

Issue 16's "spam" is a promotion from a real sender: it offers something to buy, get, win,
join or try, and the law makes most senders label it or give a way out. The model's spam
head learned much of each language's ordinary text from spam-heavy data, so bills, card
alerts, appointment reminders, school and government notices, work chat and friends splitting
a bill were called spam in every language (blind sets 1-6: 235 of 1,610 legitimate rows, 37
of them English, 36 Tagalog, 52 Indonesian), which the check page shows as a wrong outcome.

A *message* the model calls spam is an ordinary message (P(spam) capped at
``NOTICE_SPAM_CAP``, reason ``NO_OFFER``) when it holds nothing a promotion is made of:

- no advertising word (``data/advertising.json``: sale, discount, free, gift, points, bonus,
  "apply now", a price "from" … in nine languages and Hindi and Malay; the word lists of the
  notice and offer rules count too), no percentage;
- no legal promotion marker (those messages never reach this rule: promotion.py);
- no red flag beyond a notice's or a personal money request's (urgency, an account alert, a
  bill, a parcel, a refund, a bank or authority claim, a link, an e-wallet or transfer, a
  wrong number, a new number) and no hidden pitch (a loan, prize, investment, bet, job or
  top-up cue);
- no link but to an official host (own_channel.py: a government host, an institution's
  warninglisted domain, the sender's own name) or a widely used or brand's own domain
  (``x:domain_known``), and no odd-shaped one.

P(scam) is never touched: phishing copies notices, and the scam head, the caps and the
floors judge that. A word in the list only keeps the model's answer, so the list is broad.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from tipoff.assess.asks import MessageLook, contact_numbers
from tipoff.assess.lexicon import CueMatcher, read_data_json
from tipoff.assess.notices import NOTICE_SPAM_CAP
from tipoff.assess.own_channel import official_link_host, own_channel_only, sender_name
from tipoff.assess.redflags import HIDDEN_PREFIX, Evidence, lowered_same_length
from tipoff.assess.shared_expense import shared_expense
from tipoff.assess.signals import KNOWN_DOMAIN, ODD_DOMAIN, UNKNOWN_DOMAIN, link_signal
from tipoff.assess.usual_account import usual_account
from tipoff.indicators.urls import registrable_domain, written_host
from tipoff.model import IndicatorKind

NO_OFFER = "no_offer"
NO_OFFER_EXPLANATION = (
    "The message offers nothing to buy, get or join (no sale, discount, gift, prize or sign-up) "
    "and links nowhere but official sites: it was not judged advertising."
)
NO_OFFER_SPAM_CAP = NOTICE_SPAM_CAP
# The red flags an ordinary notice or a personal money request shows (own_channel.py lists a
# notice's; a share of a bill, a wrong number and a new number are a person's).
_PLAIN_FLAGS = frozenset(
    {
        "urgency",
        "account_threat",
        "unpaid_bill",
        "parcel_delivery",
        "customs_fee",
        "verify_account",
        "refund_claim",
        "bank_staff_claim",
        "authority_claim",
        "link",
        "link_click",
        "pay_ewallet",
        "pay_transfer",
        "wrong_number_opener",
        "new_number",
    }
)
# What a promotion pitches, shown or hidden: a loan, a prize, an investment, a bet, a job, a
# top-up bonus. Their lawful sellers advertise them; the model's answer stands.
_PITCHES = frozenset(
    {
        "prize_won",
        "loan_offer",
        "gambling",
        "investment_pitch",
        "guaranteed_returns",
        "percent_return",
        "top_up",
        "task_job",
        "easy_money_job",
        "high_pay",
        "commission",
        "no_experience",
        "work_from_home",
        "recovery_offer",
        "travel_perks",
    }
)
_PERCENT = ("%", "％", "٪")
# How operators and shops sell without an offer word: a USSD code to buy a bundle ("dial
# *123#"), a keyword to a short code ("Text GIVE to 70200", "ketik REG ke 3636"), a price
# "only" ("P499 lang", "$5 only"), a struck-through price ("2,980円→1,980円"), and the
# price in pence of a premium-rate SMS service ("150p/msg"). Read in the lower-cased text,
# one pattern each (``_sells``): only whether one matches anywhere counts, and as one
# alternation, whose branches start with a digit, a "*" or a word, the engine tried every
# branch at every position (9 us a text; each apart, behind a substring test of what it must
# hold or starting at the character it must end with, a quarter of that).
_USSD = re.compile(r"\*\d{2,4}(?:\*\d+)*#")
_KEYWORD_TO_SHORT_CODE = re.compile(
    r"(?:text|txt|sms|send|i-text|ketik|kirim|soạn|soan|gửi|gui)\s+[a-z][a-z0-9]{1,11}\s+"
    r"(?:to|ke|sa|tới|toi|gửi|gui|den|đến)\s+\d{3,6}\b"
)
_KEYWORD_VERB = re.compile("text|txt|sms|send|ketik|kirim|soạn|soan|gửi|gui")  # one of them
_PRICE_ONLY = re.compile(r"\d\s?(?:lang|only)\b")
_STRUCK_PRICE = re.compile(r"\d\S{0,2}\s?→")
_DIGIT = re.compile(r"\d")  # what every pattern of _sells holds
# r"\b\d{2,3}p\b" found from its "p": two or three digits before it, and no word character
# before those.
_PENCE = re.compile(r"p\b(?:(?<=(?<!\w)\d\dp)|(?<=(?<!\w)\d\d\dp))")
# Ask words of a scam's way in that no notice or bill split uses: an opener ("is this Amy?",
# "new number") and a scan or install (a QR code to "receive" money).
_SCAM_WAYS_IN = frozenset({"opener", "install"})
_MONEY = "money"  # asks.json: the ask words of a money request
_PAY_KINDS = frozenset({IndicatorKind.BANK_ACCOUNT, IndicatorKind.IBAN, IndicatorKind.PHONE})
_TYPED_HOST = re.compile(r"(?<![\w@.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w-])")
# What every _TYPED_HOST match holds, found from its "." (the host pattern is tried at every
# word's start).
_HOST_DOT = re.compile(r"\.(?<=[a-z0-9-]\.)[a-z]")
_ADVERTISING = "advertising"


@cache
def advertising_matcher() -> CueMatcher:
    """The advertising words of every language (``data/advertising.json``), with the offer
    words of offers.py and the promotion words of notices.py, in one automaton."""
    words = read_data_json("advertising.json")["words"]
    entries = [(word, _ADVERTISING, lang) for lang, listed in words.items() for word in listed]
    for lang, listed in read_data_json("offers.json")["offer_words"].items():
        entries.extend((word, _ADVERTISING, lang) for word in listed)
    entries.extend(
        (word, _ADVERTISING, None) for word in read_data_json("notices.json")["promotion_words"]
    )
    return CueMatcher(entries)


def offers_nothing(text: str, evidence: Evidence, look: MessageLook | None = None) -> bool:
    """Whether ``text`` holds nothing a promotion is made of and opens no scam's way in
    (module docstring). ``look``: the same text's ``MessageLook``, when the caller has one.
    The cheap tests first: the evidence codes, one automaton pass, then the patterns."""
    codes = evidence.codes
    if ODD_DOMAIN in codes:
        return False
    for code in codes:
        if code.startswith("x:"):
            continue
        hidden = code.startswith(HIDDEN_PREFIX)
        base = code[len(HIDDEN_PREFIX) :] if hidden else code
        if base in _PITCHES or (not hidden and base not in _PLAIN_FLAGS):
            return False
    if any(sign in text for sign in _PERCENT):
        return False
    lowered = lowered_same_length(text)
    if advertising_matcher().finds_any(lowered) or _sells(lowered):
        return False
    if not _links_official(text, lowered, evidence):
        return False
    look = MessageLook(text) if look is None else look
    if any(hit.value in _SCAM_WAYS_IN for hit in look.ask_hits):
        return False
    return not _pays_a_stranger(text, evidence, look)


def _links_official(text: str, lowered: str, evidence: Evidence) -> bool:
    """Whether every link of ``text`` and every domain typed without a scheme ("gov24-support.
    click": no link to the cue scan, but the reader can type it) is official or widely known
    (``_official_or_known``). The sender's name is read only for a text with one."""
    sender: str | None = None
    named = False  # whether ``sender`` has been read
    if UNKNOWN_DOMAIN in evidence.codes:
        for flag in evidence.red_flags:
            if flag.code != "link":
                continue
            if not named:
                sender, named = sender_name(text), True
            if not _official_or_known(written_host(flag.text), sender):
                return False
    for host in _TYPED_HOST.findall(lowered) if _HOST_DOT.search(lowered) else ():
        if registrable_domain(host) is None:
            continue  # no host under a real suffix ("dr.rina", "5oo.oo" are none)
        if not named:
            sender, named = sender_name(text), True
        if not _official_or_known(host, sender):
            return False
    return True


def _sells(lowered: str) -> bool:
    """Whether ``lowered`` sells without an offer word: a USSD code, a keyword to a short
    code, a price "only", a struck-through price or a price in pence. Each pattern needs a
    digit: a text without one (one scan) sells nothing of these."""
    return bool(
        _DIGIT.search(lowered) is not None
        and (
            ("→" in lowered and _STRUCK_PRICE.search(lowered))
            or (("lang" in lowered or "only" in lowered) and _PRICE_ONLY.search(lowered))
            or ("#" in lowered and _USSD.search(lowered))
            or _PENCE.search(lowered)
            or (_KEYWORD_VERB.search(lowered) and _KEYWORD_TO_SHORT_CODE.search(lowered))
        )
    )


def _pays_a_stranger(text: str, evidence: Evidence, look: MessageLook) -> bool:
    """A request for money with a number or account to pay, that is neither a share of a
    shared expense, the usual account, nor a payment through the sender's own channels: the
    "spam" the model saw may be a scam's demand ("Transfer to DBS 012-345678-9 today")."""
    if not any(hit.value == _MONEY for hit in look.ask_hits):
        return False
    if not contact_numbers(text, look) and not any(
        found.kind in _PAY_KINDS for found in look.identifiers
    ):
        return False
    return not (
        shared_expense(text, evidence, look)
        or usual_account(text, evidence, look)
        or own_channel_only(text, evidence, look)
    )


@lru_cache(maxsize=4096)
def _official_or_known(host: str, sender: str | None) -> bool:
    """A widely used or brand's own domain, or an official host (own_channel.py)."""
    host = host.removeprefix("www.")
    return link_signal(host) == KNOWN_DOMAIN or official_link_host(host, sender)
