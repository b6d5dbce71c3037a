"""Only the organisation's own channels: a notice that sends the reader nowhere a scammer is.

A real bill, card alert or government notice tells the reader to act through channels the
reader reaches without the message: the organisation's own website (a government host, the
sender's own domain, a bank's, a telco's), its app or counters, the number on the back of the
card ("Meralco: your bill is PHP 2,842, pay at Meralco Online or accredited payment centres",
"本人利用でない場合はカード裏面の番号へ", "DVLA: tax online at gov.uk"). Phishing copies the
wording but must route the reader to the scammer: a link to another host, a phone number, an
account, a chat handle, an e-mail address, a wallet; or it asks for what can be sent back by a
reply or taken without any channel: a code or password, gift cards, cash for a courier, an
install, an investment or a sign-up.

A *message* that names an organisation (its sender at the start: "Meralco:", "【JCB】",
"[삼성카드]"), an official link or an own channel, whose every link, number and address is
official (``data/own_channel.json``: the
warninglists that hold institutions' own values; a government host; a link whose registrable
name is the sender named at the message's start, "Royal Mail: … royalmail.com"), that gives
no other number, account, handle, e-mail, wallet or dodged link, whose ask words are only to
call, reply, pay, log in or visit (to pay or call only towards an own channel it names; a
bill from the sender named at the start that gives no channel at all is paid where the reader
always pays it), and whose red flags are only a notice's (urgency, a bill, a
parcel, an account alert, a refund, a request to check the account, a claim to be the bank or
an authority; a top-up when the operator is named at the start) cannot hand anything to a
scammer: ``assess`` caps its P(scam) at
``OWN_CHANNEL_CAP`` (at most suspicious on the check page) with the reason ``OWN_CHANNEL``.
"""

from __future__ import annotations

import re
from functools import cache

from tipoff.assess.asks import (
    CHANNEL_KINDS,
    NO_ASK_CAP,
    MessageLook,
    contact_numbers,
    dodged_links,
)
from tipoff.assess.lexicon import CueMatcher, read_data_json
from tipoff.assess.notices import item_number_spans
from tipoff.assess.redflags import Evidence
from tipoff.assess.signals import (
    EMAIL,
    KNOWN_DOMAIN,
    LOGIN_LINK,
    NOTICE_LINK,
    PHONE,
    SHAPE_SIGNALS,
    UNKNOWN_DOMAIN,
)
from tipoff.indicators.official import host_of, official_host
from tipoff.indicators.urls import registrable_domain, written_host
from tipoff.indicators.warninglist import bundled_warninglist
from tipoff.model import FoundIndicator, IndicatorKind

OWN_CHANNEL = "own_channel_only"
OWN_CHANNEL_EXPLANATION = (
    "It sends you only to the organisation's own channels (its official website, app or "
    "counters, or the number on your card) and gives no other link, number, account or "
    "contact: it was not judged a scam; reach the organisation only through channels you "
    "already know."
)
OWN_CHANNEL_CAP = NO_ASK_CAP  # the no-ask cap (assess.py applies it): at most suspicious
# The red flags, hidden cues and signals a real notice carries. A top-up only beside the
# sender's name at the start ("Cellcard: top up $5, get 100% more today"): the reader tops up
# through the operator's own channels; a task scam's "top up first to withdraw" names none.
# A link is allowed here and checked below (it must be official); a phone or e-mail signal
# likewise. The signals list most official hosts as unknown domains ("gov.uk" is on no list of
# widely used domains), so a notice or login beside one is allowed too: every link is checked
# below.
ALLOWED_CODES = (
    frozenset(
        {
            "urgency",
            "account_threat",
            "unpaid_bill",
            "parcel_delivery",
            "~parcel_delivery",
            "customs_fee",  # duty paid where the item is handed over (checked below)
            "~customs_fee",
            "verify_account",
            "~verify_account",
            "~otp_request",
            "refund_claim",
            "bank_staff_claim",
            "authority_claim",
            "link",
            "link_click",
            "pay_ewallet",
            "~pay_ewallet",
            "top_up",
            KNOWN_DOMAIN,
            UNKNOWN_DOMAIN,
            NOTICE_LINK,
            LOGIN_LINK,
            EMAIL,
            PHONE,
        }
    )
    | SHAPE_SIGNALS
)
# Ask words that ask nothing a scammer could take (a statement, an account word, "website"),
# and logging in (own_channel.json); a request to pay or call only where the text names an
# own channel (an official link or number, an own-channel phrase, the sender's own app).
_ALLOWED_ASKS = frozenset({"statement", "noun", "account", "channel"})
_ACTING_ASKS = frozenset({"contact", "money"})
# Claiming or registering ("claim it at the post office"): only where the message gives no link
# and no number at all, so the reader can only do it at the organisation itself.
_JOIN = "join"
_CREDENTIALS = "credentials"
_TOP_UP = "top_up"
_COURIER = "courier"
_BILL = "bill"
_COURIER_NEAR = 24  # characters from a courier word to the courier's number
_MONEY = "money"  # asks.json: the ask words of a money request
_HOST_KINDS = frozenset({IndicatorKind.URL, IndicatorKind.DOMAIN, IndicatorKind.EMAIL})
# The sender named at the start: "【JCB】", "[Web발신]", "Royal Mail:", "DVLA -", "Smart៖".
_SENDER = re.compile(
    r"\s*(?:【([^】]{2,30})】|\[([^\]]{2,30})\]|([^\s:：៖\-][^:：៖\n]{1,28}?)\s?[:：៖\-])"
)


# A Korean carrier's tag before the sender's name: "[Web발신]", "[국제발신]", "[국외발신]".
_CARRIER_TAG = re.compile(r"\s*(?:web발신|국제발신|국외발신)\s*", re.IGNORECASE)


@cache
def _table() -> dict[str, object]:
    return dict(read_data_json("own_channel.json"))


@cache
def official_lists() -> frozenset[str]:
    """The warninglists whose values are institutions' own (hotlines, bank and telco domains)."""
    return frozenset(str(name) for name in _table()["official_lists"])  # type: ignore[attr-defined]


@cache
def own_channel_matcher() -> CueMatcher:
    """Phrases that send the reader to the organisation's own channel, every language."""
    table: dict[str, list[str]] = _table()["own_channel_words"]  # type: ignore[assignment]
    return CueMatcher(
        [(word, OWN_CHANNEL, language) for language, words in table.items() for word in words]
    )


@cache
def bill_matcher() -> CueMatcher:
    """The words of a bill or invoice, every language (own_channel.json ``bill_words``)."""
    table: dict[str, list[str]] = _table()["bill_words"]  # type: ignore[assignment]
    return CueMatcher(
        [(word, _BILL, language) for language, words in table.items() for word in words]
    )


def _bill(lowered: str) -> bool:
    """Whether the text names a bill: from the sender named at its start and with no link
    (the caller's test), a request to pay it goes where the reader always pays that sender;
    a number, account or other channel it gives is still checked as official or not."""
    return bool(bill_matcher().find(lowered))


@cache
def own_app_words() -> tuple[str, ...]:
    """Words that make the sender's name an app or a site of its own ("Meralco Online")."""
    return tuple(str(word) for word in _table()["own_app_words"])  # type: ignore[attr-defined]


@cache
def login_words() -> frozenset[str]:
    """Credential ask words that only ask to log in (lower-case, every language)."""
    table: dict[str, list[str]] = _table()["login_words"]  # type: ignore[assignment]
    return frozenset(word.lower() for words in table.values() for word in words)


def own_channel_only(text: str, evidence: Evidence, look: MessageLook | None = None) -> bool:
    """Whether ``text`` sends its reader only to official channels (module docstring).
    ``look``: the same text's ``MessageLook``, when the caller has one."""
    if not evidence.codes <= ALLOWED_CODES:  # the usual answer for a message called a scam
        return False  # (then the cheaper tests first: links, ask words, numbers, identifiers)
    look = MessageLook(text) if look is None else look
    lowered = look.lowered
    if len(lowered) != len(text):
        return False
    sender = _sender_name(text)
    # An organisation named at the start in any script ("[하나은행]", "【三井住友カード】"):
    # ``sender`` is its name in Latin letters, for matching its own domain, when it has one.
    named = sender is not None or _organisation_named(text)
    if _TOP_UP in evidence.codes and not named:
        return False
    links = [flag for flag in evidence.red_flags if flag.code == "link"]
    hosts = (written_host(flag.text).removeprefix("www.") for flag in links)
    if not all(_official_host(host, sender) for host in hosts):
        return False
    own_top_up = _TOP_UP in evidence.codes  # paid through the operator named at the start
    named_own = (
        own_top_up
        or _names_own_channel(lowered, sender)
        or (named and not links and _bill(lowered))
    )
    if not named and not links and not named_own:
        return False  # no organisation named, nor a channel of one: nothing to send the reader to
    asks_to_act = False  # to pay or to call: only towards an own channel the text names
    joins = False
    for hit in look.ask_hits:
        if hit.value in _ACTING_ASKS:
            asks_to_act = True
        elif hit.value == _JOIN and named_own and not links:
            joins = True
        elif hit.value not in _ALLOWED_ASKS and (
            hit.value != _CREDENTIALS or lowered[hit.start : hit.end] not in login_words()
        ):
            return False  # a code or password, an install, a sign-up, an investment, an opener
    numbers = contact_numbers(text, look)
    couriers = _courier_numbers(lowered, numbers, look)
    if couriers:
        named_own = True  # the carrier's courier, named with the number (courier_words)
        items = item_number_spans(text)  # the parcel's tracking number is no contact
        numbers = [
            (start, end)
            for start, end in numbers
            if (start, end) not in couriers and not _inside(start, end, items)
        ]
    # A local number written without its country code ("하나은행 고객센터 1599-1111") that is an
    # institution's own line in a country of the region: the organisation's own channel.
    local = [(start, end) for start, end in numbers if _official_local_number(text, start, end)]
    if local:
        named_own = True
        numbers = [span for span in numbers if span not in local]
    if joins and numbers:
        return False
    # Cheap answers before the identifiers are extracted: an official number or address is
    # read only where the phone or e-mail signal is, so without one a number is no official
    # line, and a request to pay or call without a link or an own channel named goes nowhere
    # official.
    reads_contact = not {PHONE, EMAIL}.isdisjoint(evidence.codes)
    if not reads_contact and (numbers or (asks_to_act and not links and not named_own)):
        return False
    linked = [(flag.start, flag.end) for flag in links]
    channels = [
        found
        for found in look.identifiers
        if found.kind in CHANNEL_KINDS
        and not _inside(found.start, found.end, linked)
        and not _overlaps(found.start, found.end, couriers)
    ]
    if not all(_official(found, sender) for found in channels):
        return False
    official = linked + [(found.start, found.end) for found in channels]
    if any(not _inside(s, e, official) for s, e in dodged_links(text)):
        return False
    if not all(_inside(s, e, official) for s, e in numbers):
        return False
    return not asks_to_act or bool(links or channels) or named_own


# The region's dialling codes: a local number in a notice is read in each (Korea, Japan, China,
# Taiwan, Hong Kong, Thailand, Vietnam, Indonesia, Cambodia, the Philippines, Singapore,
# Malaysia, the UK, North America).
_DIALLING_CODES = (
    "82",
    "81",
    "86",
    "886",
    "852",
    "66",
    "84",
    "62",
    "855",
    "63",
    "65",
    "60",
    "44",
    "1",
)
_LOCAL_DIGITS = 7  # the fewest digits a local number read this way may have


def _official_local_number(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end``, read as a local number of a country of the region,
    are an institution's own line on an official warninglist (a bank's "1599-1111")."""
    digits = "".join(c for c in text[start:end] if c.isdigit())
    if len(digits) < _LOCAL_DIGITS:
        return False
    national = digits[1:] if digits.startswith("0") else digits
    lists = bundled_warninglist()
    return any(
        not official_lists().isdisjoint(lists.matches("phone", f"+{code}{national}"))
        for code in _DIALLING_CODES
    )


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(low <= start and end <= high for low, high in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < high and low < end for low, high in spans)


@cache
def courier_matcher() -> CueMatcher:
    """The words that name a carrier's courier or driver, every language."""
    table: dict[str, list[str]] = _table()["courier_words"]  # type: ignore[assignment]
    return CueMatcher(
        [(word, _COURIER, language) for language, words in table.items() for word in words]
    )


def _courier_numbers(
    lowered: str, numbers: list[tuple[int, int]], look: MessageLook
) -> list[tuple[int, int]]:
    """The numbers that follow a courier word closely ("kurir Budi (0812-3456-7890)"), in a
    message that asks for no money: the courier the carrier sent, reached as the notice says.
    A "courier" who wants a fee paid asks for money, and his number stays a scammer's."""
    if not numbers or any(hit.value == _MONEY for hit in look.ask_hits):
        return []
    words = courier_matcher().find(lowered)
    return [
        (start, end)
        for start, end in numbers
        if any(0 <= start - word.end <= _COURIER_NEAR for word in words)
    ]


def _official(found: FoundIndicator, sender: str | None) -> bool:
    """An institution's own value: on an official warninglist, or an e-mail address on an
    official host."""
    lists = dict(found.attributes).get("warninglists", "")
    if found.common and not official_lists().isdisjoint(lists.split(",")):
        return True
    if found.kind not in _HOST_KINDS:
        return False
    host = host_of(found.kind.value, found.value)
    return host is not None and _official_host(host, sender)


def official_link_host(host: str, sender: str | None) -> bool:
    """Whether a link to ``host`` is official for a message whose sender named at the start
    is ``sender`` (``sender_name``): see ``_official_host``."""
    return _official_host(host, sender)


def _official_host(host: str, sender: str | None) -> bool:
    """A government host ("gov.uk" is itself a government suffix), a host on an official
    warninglist, or one whose registrable name is the sender's ("royalmail.com" after "Royal
    Mail:")."""
    if official_host(host) or official_host("www." + host):
        return True
    if not official_lists().isdisjoint(bundled_warninglist().matches("domain", host)):
        return True
    domain = registrable_domain(host)
    # The sender's name, or its whole domain when it goes by it ("Coins.ph:" and coins.ph).
    return bool(sender and domain and sender in (domain.split(".", 1)[0], domain.replace(".", "")))


def _names_own_channel(lowered: str, sender: str | None) -> bool:
    """An own-channel phrase ("カード裏面", "loket resmi"), or the sender's name followed by an
    app word ("Meralco Online", "PLN Mobile")."""
    if own_channel_matcher().find(lowered):
        return True
    if sender is None:
        return False
    compact = lowered.replace(" ", "")
    at = compact.find(sender, len(sender))  # the name again, after the sender's tag
    while at != -1:
        if compact.startswith(own_app_words(), at + len(sender)):
            return True
        at = compact.find(sender, at + 1)
    return False


def sender_name(text: str) -> str | None:
    """The sender named at the start ("Royal Mail:", "【JCB】"), lower-cased without spaces or
    punctuation, when written in Latin letters; None otherwise."""
    return _sender_name(text)


def _sender_name(text: str) -> str | None:
    """The sender named at the start, lower-cased without spaces or punctuation ("royalmail")."""
    compact = _named_at_start(text)
    return compact if compact is not None and compact.isascii() else None


def _organisation_named(text: str) -> bool:
    """Whether the message names its sender at the start in any script ("[하나은행]",
    "【みずほ銀行】", "ABA Bank:"), after a carrier's tag ("[Web발신]")."""
    return _named_at_start(text) is not None


def _named_at_start(text: str) -> str | None:
    """The sender named at the start, after a carrier's tag ("[Web발신]", "[국제발신]"),
    lower-cased without spaces or punctuation, in any script."""
    found = _SENDER.match(text)
    while found is not None and found.group(2) and _CARRIER_TAG.fullmatch(found.group(2)):
        found = _SENDER.match(text, found.end())  # the tag is the carrier's, not a sender
    if found is None:
        return None
    name = next(group for group in found.groups() if group)
    compact = "".join(c for c in name.lower() if c.isalnum())
    return compact if len(compact) >= 3 or (not compact.isascii() and len(compact) >= 2) else None
