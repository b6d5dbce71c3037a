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

Both read the evidence already found (codes; the hosts only for the second pair, at most a
few texts in a hundred), and a message capped by a rule that found it cannot be a scam (no
ask, a new number alone, own channels, a scam warning ...) keeps its cap: those rules look at
the same evidence.
"""

from __future__ import annotations

from tipoff.assess.redflags import Evidence, link_hosts
from tipoff.assess.signals import (
    LOGIN_LINK,
    NOTICE_LINK,
    ODD_DOMAIN,
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
