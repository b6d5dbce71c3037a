"""A regulated offer: a licensed lender's, lottery's, betting operator's or prize draw's promotion.

Loans, lotteries, betting and prize draws are what scams pitch, so their cues are scam evidence
("pre-approved", "jackpot", "贷款", "당첨"). The lawful seller of the same product is bound to
say things a scam has no reason to: an annual rate and a regulator or licence for credit
("Rates from 6.9% APR representative", "연 4.5%~15.0% … 대출 시 신용점수 하락 가능",
"ดอกเบี้ย 16-24% ต่อปี กู้เท่าที่จำเป็นและชำระคืนไหว", "Regulated by SEC & BSP"), an age limit,
playing responsibly or authorised outlets for gambling ("18+ Play responsibly", "19세 미만 구매
불가", "Tumaya sa authorized outlet"), the terms of a prize draw ("S&K di bri.co.id", "T&Cs
apply"). And it sells through its own channels: its site, its app, its outlets. A scam's pitch
goes through a chat app, a stranger's number, an account to pay into, a link elsewhere, or
asks for a fee or a code first.

A *message* the model calls a scam is a promotion (P(scam) capped at ``PROMOTION_CAP``, P(spam
or scam) at least ``PROMOTION_UNWANTED``, outcome ``spam``, reason ``REGULATED_OFFER``) when:

- it pitches a loan, gambling, a prize or an investment (the ``loan_offer``, ``gambling``,
  ``prize_won``, ``investment_pitch``, ``pay_crypto`` cues, or an investment's risk warning
  alone) and carries the disclosure each calls for (``data/regulated_offers.json``): credit an
  annual rate (a percentage beside a per-year word in nine languages) or a regulator, licence
  or required warning; gambling responsible play, authorised outlets or a licence (an age
  limit alone is no disclosure: illegal online casinos print "18+" too); a prize those, an
  age limit or the terms of the draw; an investment or crypto asset the risk warning a
  licensed broker, fund or exchange must print ("capital at risk", "投资有风险", "원금 손실",
  "สินทรัพย์ดิจิทัลมีความเสี่ยงสูง", "aset kripto berisiko tinggi");
- it shows no other scam evidence: no red flag beyond those a promotion carries (a link,
  urgency, "click", a wallet name), no hidden cue, no link to a cheap or hyphenated domain; an
  authority only as the regulator a licence statement names ("berizin dan diawasi oleh OJK");
  no prize the reader is said to have won already ("you have won", "恭喜您", "nanalo ka"); a
  gift card only as a reward ("win a £10 gift card", "상품권 증정"), never to buy, send or
  scratch;
- it names its sender (at the start: "Zopa:", "【…】", "(광고)[카카오뱅크]", "เงินติดล้อ:") or
  links to a brand's own or a widely used domain;
- it reaches nothing but the sender's own channels (``own_channels_only``): links only to
  the site it names, a brand's own domain, a widely used one or a help body's
  (BeGambleAware); no number but the opt-out's, no account, handle, e-mail address or wallet;
  its ask words outside the opt-out only call, reply, visit, register, pay or name an account,
  and a prize is not to be claimed by calling or replying.

The same channel test lets a message with a legal promotion marker be a promotion when the
model calls it a scam in a language with its own calibration (``promotion.py``; assess.py).
"""

from __future__ import annotations

import re
from functools import cache

from tipoff.assess.asks import MessageLook, contact_numbers, dodged_links
from tipoff.assess.lexicon import CueHit, CueMatcher, read_data_json
from tipoff.assess.notices import transactional_notice
from tipoff.assess.offers import ADVERT_ASKS, LINK_KINDS, OTHER_CHANNELS, named_site
from tipoff.assess.own_channel import sender_name
from tipoff.assess.promotion import PROMOTION_FLAGS, marker_spans
from tipoff.assess.redflags import Evidence
from tipoff.assess.signals import (
    CODE,
    KNOWN_DOMAIN,
    LONG,
    MONEY,
    NOTICE_LINK,
    PHONE,
    SHORT,
    THREE_FLAGS,
    TWO_FLAGS,
    UNKNOWN_DOMAIN,
)
from tipoff.indicators.urls import registrable_domain, written_host
from tipoff.model import IndicatorKind

REGULATED_OFFER = "regulated_offer"
REGULATED_OFFER_EXPLANATION = (
    "It advertises a loan, a lottery, betting, a prize draw or an investment with what the law "
    "makes a licensed seller print (the annual rate, the regulator, an age limit, the terms, "
    "the risk warning) and "
    "reaches only the sender's own site, app or outlets, with nothing in it that points to a "
    "scam: it is advertising (spam)."
)
LOAN, GAMBLING, PRIZE = "loan_offer", "gambling", "prize_won"
INVESTMENT, CRYPTO = "investment_pitch", "pay_crypto"  # a broker's or crypto exchange's pitch
GIFT_CARD = "pay_gift_card"  # a prize pitch where the gift card is the reader's reward
AUTHORITY = "authority_claim"  # "diawasi oleh OJK": the regulator a licence statement names
_REGULATOR_NEAR = 30  # characters between a licence statement and the regulator it names
PITCH_CODES = frozenset({LOAN, GAMBLING, PRIZE, INVESTMENT, CRYPTO})
_CREDIT, _GAMBLING, _AGE, _TERMS = "credit", "gambling", "age", "terms"
_INVEST = "investment"  # the risk warning a broker, fund or crypto exchange must print
_INVESTS = frozenset({INVESTMENT, CRYPTO})
_INVEST_ASK = "invest"  # the ask word of an investment pitch (asks.json): the product itself
_WON, _REWARD, _PAYMENT = "won", "reward", "payment"
_REWARD_NEAR = 30  # characters between a gift card and its reward word
# Which disclosures make each pitch lawful-looking: gambling responsible play, outlets or a
# licence (illegal online casinos print "18+" too); a prize a lottery's (those or an age
# limit) or a draw's (its terms).
# An investment or crypto pitch its risk warning ("capital at risk", "投资有风险", "원금 손실").
_NEEDS = {
    LOAN: (_CREDIT,),
    GAMBLING: (_GAMBLING,),
    PRIZE: (_GAMBLING, _AGE, _TERMS),
    INVESTMENT: (_INVEST,),
    CRYPTO: (_INVEST,),
}
ALLOWED_CODES = (
    PROMOTION_FLAGS
    | PITCH_CODES
    | {MONEY, CODE, PHONE, SHORT, LONG, TWO_FLAGS, THREE_FLAGS, KNOWN_DOMAIN, UNKNOWN_DOMAIN}
    | {NOTICE_LINK}  # a prize beside a link: the link is checked below
    | {GIFT_CARD}  # only as a reward (checked below)
    | {AUTHORITY}  # only as the regulator of a licence statement (checked below)
)
# A regulated promotion holds an advertisement's ask words (offers.ADVERT_ASKS: call, reply,
# visit the site, apply or register, pay, an account word); not a code or password, an install,
# an investment or an opener.
_CONTACT = "contact"  # a prize claimed by calling or replying is how prize scams collect
# A phone is another channel too: a regulated seller sends the reader to its site, app or outlets.
_OTHER_CHANNELS = OTHER_CHANNELS | {IndicatorKind.PHONE}
# An annual rate: a percentage and a per-year word within a few characters, either order
# ("6.9% APR", "APR 6.9%", "연 4.5%", "年利3.0%", "16-24% ต่อปี", "12%/năm", "5% per tahun").
_PER_YEAR = (
    r"apr|p\.\s?a\.|per\s+annum|per\s+year|a\s+year|annual(?:ly)?|/\s?(?:yr|year|năm|nam|tahun"
    r"|ปี|年)|年率|年利|年化|年息|연\s?\d|ต่อปี|mỗi\s+năm|một\s+năm|moi\s+nam|per\s+tahun|setahun"
    r"|kada\s+taon|bawat\s+taon|ក្នុងមួយឆ្នាំ|ប្រចាំឆ្នាំ"
)
_PER_YEAR_WORD = re.compile(_PER_YEAR)
_PERCENT_SIGN = re.compile(r"\d\s?[%％]")
# How far before a percentage's last digit, and after its sign, a per-year word may stand.
_BEFORE, _AFTER = 22, 18
# An age limit written as "18+" / "19+" / "20+" / "21+".
_AGE_PLUS = re.compile(r"(?<![\d.,])(?:18|19|20|21)\s?\+")
# A carrier's tag or an advertising label before the sender's name ("[Web발신]", "(광고)").
_LEAD_TAGS = re.compile(
    r"\s*(?:(?:\[\s*(?:web발신|국외발신|국제발신)\s*\]|[(\[（<【]\s*(?:광\s*고|広告|pr|qc|adv|ad)"
    r"\s*[)\]）>】])\s*)*",
    re.IGNORECASE,
)
# A sender named at the start: "【JCB】", "[카카오뱅크]", "Zopa:", "เงินติดล้อ:", "Smart៖".
_SENDER = re.compile(
    r"(?:【[^】\n]{2,30}】|\[[^\]\n]{2,30}\]|[^\s:：៖\-!?][^:：៖\n!?]{1,28}?\s?[:：៖])"
)


@cache
def _table() -> dict[str, object]:
    return dict(read_data_json("regulated_offers.json"))


@cache
def disclosure_matcher() -> CueMatcher:
    """The credit, gambling and terms disclosures of every language in one automaton."""
    table = _table()
    parts = {
        _CREDIT: "credit",
        _GAMBLING: "gambling",
        _AGE: "age_limits",
        _TERMS: "terms",
        _INVEST: "investment",
        _WON: "won_claims",
        _REWARD: "gift_rewards",
        _PAYMENT: "gift_payments",
    }
    return CueMatcher(
        [
            (phrase, part, language)
            for part, key in parts.items()
            for language, phrases in table[key].items()  # type: ignore[attr-defined]
            for phrase in phrases
        ]
    )


@cache
def help_domains() -> frozenset[str]:
    """Registrable domains of bodies that help with gambling or debt (BeGambleAware)."""
    return frozenset(str(domain) for domain in _table()["help_domains"])  # type: ignore[attr-defined]


def regulated_offer(text: str, evidence: Evidence, look: MessageLook | None = None) -> bool:
    """Whether ``text`` is a regulated seller's promotion with no scam evidence (module
    docstring). ``look``: the same text's ``MessageLook``, when the caller has one."""
    codes = evidence.codes
    pitches = codes & PITCH_CODES
    if not codes <= ALLOWED_CODES:  # cheap, usual
        return False
    # A risk warning names the investment a promotion pitches even where no cue does ("Đầu tư
    # tài sản số có rủi ro cao"): such a message is read below, for that warning.
    warned = not (pitches or GIFT_CARD in codes)
    sender = named_sender(text)  # cheap: a pattern at the start
    if not sender and KNOWN_DOMAIN not in codes:
        return False  # no sender named and no link to a widely used or brand's own domain
    look = MessageLook(text) if look is None else look
    lowered = look.lowered
    if len(lowered) != len(text):
        return False
    hits = found_hits(lowered)
    found = disclosures(lowered, hits)
    if warned:
        if _INVEST not in found:
            return False
        pitches = frozenset({INVESTMENT})
    if _WON in found:
        return False  # the reader "has won": how prize scams open
    if GIFT_CARD in codes:
        if _PAYMENT in found or not _gift_card_rewards(evidence, hits):
            return False  # a gift card to buy, send or scratch is a payment
        pitches |= {PRIZE}
    if not all(any(part in found for part in _NEEDS[pitch]) for pitch in pitches):
        return False
    if AUTHORITY in codes and not _regulator_named(evidence, hits):
        return False  # a claim to be the police, the tax office, the bank's security team
    if not sender and not _official_link(look):
        return False
    if transactional_notice(text):
        return False
    return own_channels_only(
        text, look, calls=PRIZE not in pitches, invests=not pitches.isdisjoint(_INVESTS)
    )


def found_hits(lowered: str) -> list[CueHit]:
    """The disclosures, won claims and gift-card words of the lower-cased text."""
    return disclosure_matcher().find(lowered)


def _gift_card_rewards(evidence: Evidence, hits: list[CueHit]) -> bool:
    """Whether every gift card the message names has a reward word beside it ("win a £10 gift
    card", "ギフトカードが当たる", "상품권 증정")."""
    rewards = [hit for hit in hits if hit.code == _REWARD]
    cards = [flag for flag in evidence.red_flags if flag.code == GIFT_CARD]
    return bool(cards) and all(
        any(
            -_REWARD_NEAR <= reward.start - card.end <= _REWARD_NEAR
            or -_REWARD_NEAR <= card.start - reward.end <= _REWARD_NEAR
            for reward in rewards
        )
        for card in cards
    )


def _regulator_named(evidence: Evidence, hits: list[CueHit]) -> bool:
    """Whether every authority the message names follows a licence statement ("berizin dan
    diawasi oleh OJK", "regulated by the Bangko Sentral"): a regulator, not a claim to be one."""
    statements = [hit for hit in hits if hit.code in (_CREDIT, _GAMBLING)]
    claims = [flag for flag in evidence.red_flags if flag.code == AUTHORITY]
    return bool(claims) and all(
        any(0 <= claim.start - hit.start <= _REGULATOR_NEAR for hit in statements)
        for claim in claims
    )


def disclosures(lowered: str, hits: list[CueHit] | None = None) -> set[str]:
    """Which disclosures (credit, gambling, terms), won claims and gift-card words (reward,
    payment) the lower-cased text carries (``hits``: its ``found_hits``, when known)."""
    found = {hit.code for hit in (found_hits(lowered) if hits is None else hits)}
    if _CREDIT not in found and _annual_rate(lowered):
        found.add(_CREDIT)
    if _AGE not in found and "+" in lowered and _AGE_PLUS.search(lowered):
        found.add(_AGE)
    return found


def _annual_rate(lowered: str) -> bool:
    """Whether a percentage stands beside a per-year word ("6.9% apr", "연 4.5%")."""
    if "%" not in lowered and "％" not in lowered:
        return False
    for percent in _PERCENT_SIGN.finditer(lowered):
        start, end = percent.span()
        if _PER_YEAR_WORD.search(lowered, max(0, start - _BEFORE), end + _AFTER):
            return True
    return False


def named_sender(text: str) -> bool:
    """Whether the message names its sender at the start, after a carrier's tag or an
    advertising label ("Zopa:", "(광고)[카카오뱅크]", "【麥當勞】", "เงินติดล้อ:")."""
    lead = _LEAD_TAGS.match(text)
    return _SENDER.match(text, lead.end() if lead else 0) is not None


def _official_link(look: MessageLook) -> bool:
    """A link to a brand's own or a widely used domain (its owner is the sender)."""
    return any(found.kind in LINK_KINDS and found.common for found in look.identifiers)


def own_channels_only(
    text: str, look: MessageLook, *, calls: bool = True, invests: bool = False
) -> bool:
    """Whether ``text`` reaches nothing but its sender's own channels: every link to the site
    it names, a brand's own domain, a widely used one or a help body's; no number but the
    opt-out's, no account, handle, e-mail address or wallet; ask words outside the opt-out
    only to call, reply, visit, register, pay or name an account (not to call or reply when
    ``calls`` is False; also to invest when ``invests``: a broker's promotion pitches that)."""
    optouts = marker_spans(text)
    sender = sender_name(text)
    for hit in look.ask_hits:
        if _inside(hit.start, hit.end, optouts):
            continue
        if invests and hit.value == _INVEST_ASK:
            continue
        if hit.value not in ADVERT_ASKS or (not calls and hit.value == _CONTACT):
            return False
    spans: list[tuple[int, int]] = []
    for found in look.identifiers:
        if found.kind in LINK_KINDS:
            if not (named_site(text, found.value, found.start, sender) or _help_site(found.value)):
                return False
            spans.append((found.start, found.end))
        elif (
            found.kind in _OTHER_CHANNELS
            and not found.common
            and not _inside(found.start, found.end, optouts)
        ):
            return False
    for start, end in contact_numbers(text, look):
        if not _inside(start, end, optouts):
            return False
    return all(_overlaps(start, end, spans) for start, end in dodged_links(text))


def _help_site(value: str) -> bool:
    domain = registrable_domain(written_host(value).removeprefix("www."))
    return domain is not None and domain in help_domains()


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(low <= start and end <= high for low, high in spans)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < high and low < end for low, high in spans)
