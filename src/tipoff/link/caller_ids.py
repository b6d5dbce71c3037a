"""Phones seen only as a caller ID: weighed against the crews formed without them (step 9c).

Caller ID can be spoofed. Authority- and bank-impersonation crews show a real police
switchboard or a bank's line on the victim's phone, so the same few official numbers reach
the store from the victims of every crew that impersonates that police force or bank: as
the caller of a voice call (a message's sender id on a voice channel, an identifier the
reporter lists as the caller) and in the victims' words ("I got a call from ...", "I called
... back to check"). Counting reports cannot tell such a number from a crew's busy callback
line. Its *role* can: a crew's own number is also where the scam asked to be reached, and
is written by the scammer in a message, sent an SMS or a messenger message, or was a
messenger account or a payee; a spoofed one never is (docs/domain: "only link when the
number is carrier-verified or used as a messenger account").

So a phone that no report gives in such a role (``caller_id_candidates``), whose number
type is an institution's (``INSTITUTIONAL_TYPES``: a switchboard, a toll-free or shared-cost
line; a mobile is how crews call) or that a victim cites as a third party, is weak evidence,
and so is an account number that spells it (``accounts_spelling``: "来电号码是 010 4853 0222，
显示中国工商银行" keys the bank's line as an account of that bank too); the store gives them as
``Links.caller_ids``. Each is weighed against the crews the other values form without them
(components without any such value): where its citations from crews of two reports or more
fall into two or more of them, none holding ``dominance`` of them, it is a *spoofed caller*
(a bridge: shown to the analyst as an official or bystander number shared by unrelated
crews, ``link_hubs.reason`` "caller_id"). A phone one crew holds, or its own reports alone
cite, keeps linking as before, however it was seen (``GroupEvidence.keep`` says which of its
citations that crew's are; the pipeline, step 9c, takes only the spoofed callers out).
"""

from __future__ import annotations

import numpy as np
import phonenumbers
from phonenumbers import PhoneNumberType

from tipoff.link.components import Links, link_components
from tipoff.link.evidence import GroupEvidence, weigh_against_groups
from tipoff.link.hubs import KIND_CODES, HubPolicy, linkable_mask, report_counts
from tipoff.model import IndicatorKind

# Roles and sources (``sightings.role``, ``sightings.source``) that show a phone was the
# scam's own channel: a sender id of an SMS or messenger message, a payee, a contact the
# reporter listed, or a number written in a message's text (the scammer's "call me back").
OWN_CHANNEL_ROLES = ("sender", "payee_account", "payee_wallet")
CALLER_ROLE = "caller"
# ``Links.caller_ids``: a candidate seen as a caller (a voice call's sender id, an identifier
# listed as the caller); 1: one only named in the victims' words.
CALLED = 2
# The fewest digits of an account number read as a phone's (a national subscriber number).
MIN_PHONE_DIGITS = 7
PHONE_CODE = KIND_CODES[IndicatorKind.PHONE.value]


def caller_id_candidates(
    indicator_idx: np.ndarray,
    kinds: np.ndarray,
    own_channel: np.ndarray,
    messenger_numbers: np.ndarray,
) -> np.ndarray:
    """Bool per indicator id: a phone no sighting gives as the scam's own channel
    (``own_channel``, bool per raw sighting of ``indicator_idx``) and whose number is no
    messenger account (``messenger_numbers``, bool per indicator id): seen only as a caller,
    in the victims' words or as a third party they cite."""
    own = np.bincount(indicator_idx[own_channel], minlength=int(kinds.size)) > 0
    out: np.ndarray = (kinds == PHONE_CODE) & ~own & ~messenger_numbers
    return out


# phonenumbers' types institutions publish their lines as: a switchboard or branch (fixed
# line), a toll-free, shared-cost or universal access number. A mobile, VoIP, pager or a
# number the plan cannot tell from a mobile is how crews call, and is not weighed here
# unless a victim cites it as a third party.
INSTITUTIONAL_TYPES = frozenset(
    {
        PhoneNumberType.FIXED_LINE,
        PhoneNumberType.TOLL_FREE,
        PhoneNumberType.SHARED_COST,
        PhoneNumberType.UAN,
    }
)


def institutional_numbers(phones: dict[int, str], n: int) -> np.ndarray:
    """Bool per indicator id: of ``phones`` (id -> stored E.164 value), those whose number
    type is an institution's (``INSTITUTIONAL_TYPES``)."""
    out = np.zeros(n, dtype=bool)
    for indicator, value in phones.items():
        try:
            number = phonenumbers.parse(value, None)
        except phonenumbers.NumberParseException:
            continue
        out[indicator] = phonenumbers.number_type(number) in INSTITUTIONAL_TYPES
    return out


def phone_digits(value: str) -> str:
    """The digits of a stored phone (``+861048530222``) or account number
    (``CN:102:01048530222``: its last field) without a leading trunk or ``00`` prefix."""
    digits = value.rsplit(":", 1)[-1]
    return digits.lstrip("+").lstrip("0")


def accounts_spelling(phones: list[str], accounts: dict[int, str], n: int) -> np.ndarray:
    """Bool per indicator id: an account number (``accounts``: id -> stored value) that is
    one of ``phones`` (stored values) written beside a bank's name ("来电号码是 010 4853 0222，
    显示中国工商银行" keys the bank's switchboard as an account): its digits, less a trunk or
    ``00`` prefix, are the phone's with or without its country code (one to three digits),
    ``MIN_PHONE_DIGITS`` at least."""
    out = np.zeros(n, dtype=bool)
    numbers: set[str] = set()
    for value in phones:
        digits = phone_digits(value)
        numbers.update(digits[cut:] for cut in range(4))
    for indicator, value in accounts.items():
        digits = phone_digits(value)
        if len(digits) >= MIN_PHONE_DIGITS and digits in numbers:
            out[indicator] = True
    return out


def crews_without(
    links: Links, policy: HubPolicy, excluded: np.ndarray, min_size: int = 2
) -> np.ndarray:
    """The crew of each report id formed without ``excluded`` (components of ``min_size``
    reports or more; -1 elsewhere: a report the other values leave alone is no crew)."""
    labels = link_components(links, policy, excluded).labels
    sizes = np.bincount(labels[labels >= 0], minlength=1)
    crewed = (labels >= 0) & (sizes[np.maximum(labels, 0)] >= min_size)
    crews: np.ndarray = np.where(crewed, labels, -1)
    return crews


def spoofed_callers(
    links: Links,
    policy: HubPolicy,
    candidates: np.ndarray,
    excluded: np.ndarray,
    dominance: float,
    min_reports: int = 1,
) -> GroupEvidence | None:
    """Which of ``candidates`` (``caller_id_candidates``) are spoofed callers
    (``GroupEvidence.bridges``) and which sightings of ``links`` keep linking (``keep``, bool
    per sighting); ``excluded``: values that do not link anyway. None: no candidate."""
    counts = report_counts(links.indicator_idx, links.n_indicators)
    linkable = linkable_mask(counts, links.kinds, links.common, policy)
    weighable = candidates & ~excluded & linkable & (counts >= min_reports)
    if not weighable.any():
        return None
    crews = crews_without(links, policy, excluded | candidates)
    weighed = weigh_against_groups(links, weighable, crews, dominance)
    # A candidate's citation from a report no crew holds stays where the value links (its
    # dominant crew, or nowhere once a bridge); every other value's sightings are untouched.
    candidate = weighable[links.indicator_idx]
    alone = crews[links.report_idx] < 0
    keep = ~candidate | weighed.keep | (alone & ~weighed.bridges[links.indicator_idx])
    return GroupEvidence(weighed.bridges, keep, weighed.groups_touched)
