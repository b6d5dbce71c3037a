"""A commercial offer: goods or a service sold at a price, reached by phone or at the seller's site.

"Condos from PHP 15K/month, 5% down payment, call 0917 …", "ផ្ទះល្វែងតម្លៃចាប់ពី $85,000
បង់រំលស់ 0% ទំនាក់ទំនង 012 …", "ZOZOTOWN セール 最大80%OFF → zozo.jp": a seller names a
price and how to buy. Such messages are promotions (spam when unwanted), never scams for being
promotions (issue 16). The model, which saw few promotions with a bare local phone number in
most languages, read them as scams at 0.56–0.99.

A *message* the model calls a scam is a promotion (P(scam) capped at ``PROMOTION_CAP``, P(spam
or scam) at least ``PROMOTION_UNWANTED``, outcome ``spam``, reason ``COMMERCIAL_OFFER``) when:

- it holds an offer word (``data/offers.json``: sale, discount, a price "from", a model unit,
  "book now" … in nine languages), or instalment or down-payment terms beside goods (a condo, a
  house, a flat: a loan-repayment notice names instalments too), and a price (an amount with
  its currency, or a percentage); no wage or hiring word (a job ad's "staff discount" offers a
  job, not goods); and it is no one-time code, account movement or delivery notice
  (``notices.py``) and reports no payment done;
- it shows no scam evidence: no red flag a promotion does not carry (``promotion.py``: a loan,
  investment, prize, job or gambling pitch, a payment or credential request, a threat, a
  chat-app contact, a lookalike link …), no notice or login beside an unknown link, and no
  hidden cue a promotion has no reason to hold ("OTP", "do not tell anyone", "Hi Mum");
- its ask words only ask to call, reply, visit, book, sign up or pay (no code, password,
  install, investment or opener);
- its only channels are phone numbers and links to the site the message names (a link's
  registrable name is the sender's, "Cebu Pacific: … cebupacificair.com", or is written in the
  text before it, "ZOZOTOWN … zozo.jp"), a brand's own domain (``data/brands.json``) or a
  widely used domain: no account to pay into, chat handle, e-mail address, wallet or other
  link.

A fake shop that sells at a price and takes the money on delivery of nothing is fraud this
rule cannot see; its tells (a chat-app contact, a transfer to an account, a link elsewhere)
keep the model's answer.
"""

from __future__ import annotations

import re
from functools import cache

from tipoff.assess.asks import MessageLook
from tipoff.assess.lexicon import CueMatcher, read_data_json
from tipoff.assess.lookalike import own_brand_domain
from tipoff.assess.notices import transactional_notice
from tipoff.assess.own_channel import sender_name
from tipoff.assess.promotion import HIDDEN_SCAM_CUES, shows_scam_evidence
from tipoff.assess.redflags import SHORTENERS, Evidence
from tipoff.assess.signals import MONEY, ODD_DOMAIN
from tipoff.indicators.urls import registrable_domain, written_host
from tipoff.indicators.warninglist import is_common
from tipoff.model import IndicatorKind

COMMERCIAL_OFFER = "commercial_offer"
COMMERCIAL_OFFER_EXPLANATION = (
    "It offers goods or a service at a price and can only be answered by phone or at the "
    "seller's own site, with nothing in it that points to a scam: it is advertising (spam)."
)
_OFFER, _TERMS, _GOODS, _WAGES = "offer", "terms", "goods", "wages"
# Ask words an advertisement holds: call, reply, visit the site, book or register, pay, an
# account word ("deposit 0%"). Not a code or password, an install, an investment, a
# new-number opener, nor a statement of a payment done ("payment received": a notice).
ADVERT_ASKS = frozenset({"contact", "channel", "join", "money", "account"})
LINK_KINDS = frozenset({IndicatorKind.URL, IndicatorKind.DOMAIN})
# Where else an advertisement could send the reader: none of these is an advertiser's own.
OTHER_CHANNELS = frozenset(
    {
        IndicatorKind.EMAIL,
        IndicatorKind.HANDLE,
        IndicatorKind.WALLET,
        IndicatorKind.BANK_ACCOUNT,
        IndicatorKind.IBAN,
    }
)
SHORT_LINK = "short_link"
SHORTENER_HOSTS = frozenset(SHORTENERS.split("|"))
_PERCENT = re.compile(r"\d\s?[%％]")
_MIN_NAME = 4  # the shortest registrable name that can name a site by itself ("zozo")


@cache
def offer_matcher() -> CueMatcher:
    """The offer words, terms, goods and wage words of every language in one automaton (code:
    the part)."""
    data = read_data_json("offers.json")
    return CueMatcher(
        [
            (word, part, language)
            for part, key in (
                (_OFFER, "offer_words"),
                (_TERMS, "terms"),
                (_GOODS, "goods"),
                (_WAGES, "wages"),
            )
            for language, words in data[key].items()
            for word in words
        ]
    )


def commercial_offer(text: str, evidence: Evidence, look: MessageLook | None = None) -> bool:
    """Whether ``text`` is a commercial offer with no scam evidence (module docstring)."""
    codes = evidence.codes
    has_price = MONEY in codes or (
        ("%" in text or "％" in text) and _PERCENT.search(text) is not None
    )
    if not has_price:
        return False  # no price (the usual answer: cheap)
    if shows_scam_evidence(codes) or not codes.isdisjoint(HIDDEN_SCAM_CUES):
        return False
    if ODD_DOMAIN in codes or SHORT_LINK in codes:
        return False  # a cheap or hyphenated domain, as phishing uses; a hidden destination
    look = MessageLook(text) if look is None else look
    lowered = look.lowered
    if len(lowered) != len(text):
        return False
    parts = {hit.code for hit in offer_matcher().find(lowered)}
    if _OFFER not in parts and not (_TERMS in parts and _GOODS in parts):
        return False  # instalments alone are also a loan-repayment notice's
    if _WAGES in parts:
        return False  # a job ad ("時給1,200円、社員割引あり"): pay for work is no sale
    if any(hit.value not in ADVERT_ASKS for hit in look.ask_hits):
        return False
    if transactional_notice(text):
        return False  # a one-time code, an account movement or a delivery
    sender = sender_name(text)
    for found in look.identifiers:
        if found.kind in OTHER_CHANNELS and not found.common:
            return False
        if found.kind in LINK_KINDS and not named_site(text, found.value, found.start, sender):
            return False
    return True


def named_site(text: str, value: str, start: int, sender: str | None) -> bool:
    """Whether a link goes to the site the message names, a brand's own domain or a widely
    used one. ``sender``: the sender named at the start (``own_channel.sender_name``)."""
    host = written_host(value)
    domain = registrable_domain(host.removeprefix("www."))
    if not domain:
        return False
    if domain in SHORTENER_HOSTS:
        return False  # the destination is hidden
    if own_brand_domain(domain) or is_common("domain", domain):
        return True
    name = domain.split(".", 1)[0]
    if sender and (name == sender or domain.replace(".", "") == sender):
        return True  # the sender's own name: "sky.com" after "Sky:", "coins.ph" after "Coins.ph:"
    if "-" in name or len(name) < _MIN_NAME:
        return False
    if (
        sender
        and len(sender) >= _MIN_NAME
        and (sender.startswith(name) or (name.startswith(sender) and len(name) - len(sender) <= 3))
    ):
        return True  # "zozo.jp" after "ZOZOTOWN:", "cebupacificair.com" after "Cebu Pacific:"
    before = "".join(c for c in text[:start].lower() if c.isalnum())
    return name in before
