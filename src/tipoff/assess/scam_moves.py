"""Two moves that together define a scam, in any language: a floor under P(scam).

The model adds the weight of each red flag to the n-grams of the text, and in languages whose
data taught their n-grams "not a scam" (Vietnamese advertising written without marks, Chinese
operator and shop marketing) a text showing every move of a scam stays under 0.5: a loan
approved "without checks" for which a fee must be paid first was a scam at 0.03-0.43 in vi,
zh and km, a parcel notice linking to a hyphenated ``.top`` host at 0.08-0.38 in ko and th.
Two pairs say what a scam is (it deceives the reader into paying or handing over
credentials) whatever words carry them, so a message or report showing one has P(scam)
raised to ``SCAM_MOVE_FLOOR`` (never lowered; type probabilities scaled with it):

- **a fee to receive money**: a fee, deposit or tax to pay first (``upfront_fee``,
  ``withdrawal_fee``, ``customs_fee``) beside money or gain the reader is promised (a loan,
  a prize, a refund, recovered funds, task or investment earnings, a romance partner's
  parcel): nobody who owes the reader money asks them to pay to receive it. A customs duty on
  a parcel (no gain named) is not one: the courier's own notice asks for it too;
- **a phishing link**: a notice pretext or a login or code request (``x:notice_link``,
  ``x:login_link``) beside a link to an unknown domain registered as phishing domains are:
  a hyphen in the registrable name or a top-level domain sold for cents (``signals.odd_domain``,
  ASCII hosts only: a host glued to Chinese text is no evidence of its shape).

Six more pairs are a scam's pitch in the red flags alone (``scam_pitch``), each a move no
real sender makes beside the other, whatever the model makes of the language's n-grams:

- **a refund through an install**: a refund or compensation (``refund_claim``) to be received by
  installing an app, scanning a code or letting someone control the phone (``app_install``,
  ``pay_qr``, ``remote_access``): a shop refunds to the payment method ("您好，我是淘宝客服
  … 请扫码下载APP领取退款", "Amazonカスタマーサービスです … 返金のためアプリをインストール");
- **an account bought or rented for money** (``mule_recruit`` beside an amount): buying or
  renting bank cards and accounts recruits money mules, it is no advertising ("高价收购闲置
  银行卡，一张卡3000元", "Sewa rekening Rp 3 juta per bulan");
- **a device alert with a number** (``tech_alert`` beside a phone number, or a digit run that
  may be one, "고객센터 02-555-0192로"): no company tells a stranger by message that the device
  is infected and to call support;
- **an investment pitch on a chat app** (a teacher's group, stock tips, quoted or guaranteed
  returns beside a chat-app contact or a move to another app): the stock-group scam's way in;
- **a customs duty demanded by an authority** (``customs_fee`` beside ``authority_claim``)
  with no payment where the item is handed over (own_channel.json's in-person words) and no
  link to an official host: customs offices do not text individuals for duty to pay anywhere
  else; the courier that holds the item collects it;
- **a persona abroad who needs money** (``abroad_persona``, an army doctor, a soldier in Syria,
  an engineer on an oil rig, beside an amount or a payment request): the romance scam's
  request for a flight, leave papers or a parcel's fees.

A message that carries a scam warning's words describes these moves and is left to the model
(assess.py checks it only when a pair is found).

All read the evidence already found (codes; the hosts only for the second pair, at most a
few texts in a hundred), and a message capped by a rule that found it cannot be a scam (no
ask, a new number alone, own channels, a scam warning ...) keeps its cap: those rules look at
the same evidence.
"""

from __future__ import annotations

from tipoff.assess.asks import MessageLook, contact_numbers
from tipoff.assess.own_channel import official_link_host, own_channel_matcher
from tipoff.assess.redflags import Evidence, link_hosts, lowered_same_length
from tipoff.assess.signals import (
    LOGIN_LINK,
    MONEY,
    NOTICE_LINK,
    ODD_DOMAIN,
    PHONE,
    UNKNOWN_DOMAIN,
    link_signal,
    odd_domain,
)

SCAM_MOVE_FLOOR = 0.6  # the least P(scam) of a text showing a scam's two moves
FEE_CODES = frozenset({"upfront_fee", "withdrawal_fee", "customs_fee"})
GAIN_CODES = frozenset(
    {
        "loan_offer",
        "prize_won",
        "refund_claim",
        "recovery_offer",
        "task_job",
        "easy_money_job",
        "investment_pitch",
        "guaranteed_returns",
        "percent_return",
        "teach_invest",
        "commission",
        "romance_grooming",
        "abroad_persona",
    }
)
_PRETEXT_LINKS = frozenset({NOTICE_LINK, LOGIN_LINK})
# scam_pitch: the six pairs of red-flag codes (module docstring).
_REFUND = "refund_claim"
_INSTALL_CODES = frozenset({"app_install", "pay_qr", "remote_access"})
_MULE = "mule_recruit"
_TECH_ALERT = "tech_alert"
_INVEST_CODES = frozenset(
    {"group_teacher", "teach_invest", "investment_pitch", "percent_return", "guaranteed_returns"}
)
_CHAT_CODES = frozenset({"messenger_contact", "messenger_link", "platform_switch"})
_CUSTOMS = "customs_fee"
_AUTHORITY = "authority_claim"
_PERSONA = "abroad_persona"
_PAY_CODES = frozenset(
    {"pay_transfer", "pay_gift_card", "pay_ewallet", "pay_usdt", "pay_crypto", "upfront_fee"}
)
_PITCH_CODES = frozenset({_REFUND, _MULE, _TECH_ALERT, _CUSTOMS, _PERSONA}) | _INVEST_CODES


def scam_move(text: str, evidence: Evidence) -> bool:
    """Whether ``text`` shows a fee to receive money or a pretext beside a phishing-shaped
    link (module docstring)."""
    codes = evidence.codes
    if not codes.isdisjoint(FEE_CODES) and not codes.isdisjoint(GAIN_CODES):
        return True
    if ODD_DOMAIN not in codes or codes.isdisjoint(_PRETEXT_LINKS):
        return False
    return any(
        host.isascii() and link_signal(host) == UNKNOWN_DOMAIN and odd_domain(host)
        for host in link_hosts(text)
    )


def scam_pitch(text: str, evidence: Evidence) -> bool:
    """Whether ``text`` shows one of the six pitches of the module docstring: a refund
    through an install, an account bought or rented for money, a device alert with a number,
    an investment pitch on a chat app, a customs duty demanded by an authority, a persona
    abroad who needs money."""
    codes = evidence.codes
    if codes.isdisjoint(_PITCH_CODES):  # the usual case
        return False
    if _REFUND in codes and not codes.isdisjoint(_INSTALL_CODES):
        return True
    if _MULE in codes and MONEY in codes:
        return True
    if _TECH_ALERT in codes and (PHONE in codes or contact_numbers(text, MessageLook(text))):
        return True
    if not codes.isdisjoint(_INVEST_CODES) and not codes.isdisjoint(_CHAT_CODES):
        return True
    if _PERSONA in codes and (MONEY in codes or not codes.isdisjoint(_PAY_CODES)):
        return True
    if _CUSTOMS not in codes or _AUTHORITY not in codes:
        return False
    # Duty paid where the item is handed over, or at the customs office's own site, is the
    # real notice's way.
    if own_channel_matcher().find(lowered_same_length(text)):
        return False
    return not any(official_link_host(host, None) for host in link_hosts(text))
