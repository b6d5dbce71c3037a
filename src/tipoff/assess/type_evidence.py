"""Evidence-based typing of delivery-fee scams: a parcel pretext is not a romance.

The scam type is the model's head with the highest P(type) (``assess._label_rows``); the
heads learn from n-grams and red-flag codes. ``customs_fee`` is one of romance scams' commonest
moves ("my love, customs is holding the gift I sent you, pay the clearance fee"), so a plain
delivery-fee scam ("your parcel is held at customs, pay the clearance fee at <link>") was typed
romance (audit of 2026-12-07), and in languages whose type heads saw few examples any weak head
(gambling at 0.08) could top it.

Here a text that shows a delivery pretext (``parcel_delivery`` or ``customs_fee``, shown or
hidden) is typed a delivery scam (phishing with a link, else the likeliest of phishing, a
courier's impersonation and an advance fee) unless the type the model ranks first has evidence
of its own in the text: a relationship for romance (words of love, a dating-app move, an
abroad persona), a platform or returns for investment, an authority's or a bank's claim, a
relative in trouble, a job, a tech alert, a sextortion threat. The probabilities are kept;
each type without evidence that ranked above the delivery type trades places with it.
"""

from __future__ import annotations

import re

from tipoff.assess.redflags import HIDDEN_PREFIX
from tipoff.assess.taxonomy import SCAM_TYPES

DELIVERY_PRETEXT = frozenset({"parcel_delivery", "customs_fee"})
DELIVERY_TYPES = ("phishing", "impersonation.service", "advance_fee")
LINK_CODES = frozenset(
    {"link", "short_link", "ip_link", "apk_link", "link_click", "brand_lookalike_link"}
)

_INVESTMENT = (
    "investment_pitch",
    "invest_invitation",
    "guaranteed_returns",
    "percent_return",
    "group_teacher",
    "teach_invest",
    "guided_investing",
    "recovery_offer",
    "recovery_pitch",
    "withdrawal_fee",
    "credit_score_deposit",
)
_JOB = (
    "task_job",
    "paid_simple_task",
    "task_topup",
    "easy_money_job",
    "mule_recruit",
    "onward_transfer",
    "overseas_job",
    "vague_role",
    "travel_perks",
    "hotspot_place",
    "high_pay",
    "commission",
    "work_from_home",
)
# The codes that show a type's own story. A type missing here is never demoted.
TYPE_EVIDENCE: dict[str, frozenset[str]] = {
    "romance": frozenset(
        {
            "online_romance",
            "romance_grooming",
            "romance_money",
            "romance_persona",
            "dating_app_move",
            "abroad_persona",
            "intimate_request",
        }
    ),
    "investment": frozenset(_INVESTMENT),
    "investment.pig_butchering": frozenset(_INVESTMENT),
    "investment.group_teacher": frozenset(_INVESTMENT),
    "investment.recovery": frozenset(_INVESTMENT),
    "gambling": frozenset({"gambling"}),
    "job.task": frozenset(_JOB),
    "job.mule": frozenset(_JOB),
    "job.trafficking_lure": frozenset(_JOB),
    "impersonation.authority": frozenset(
        {"authority_claim", "authority_case", "crime_accusation", "arrest_threat", "safe_account"}
    ),
    "impersonation.bank": frozenset(
        {"bank_staff_claim", "bank_coaching", "account_threat", "safe_account", "verify_account"}
    ),
    "impersonation.family": frozenset(
        {"family_emergency", "relative_in_trouble", "on_behalf_emergency", "new_number"}
    ),
    "tech_support": frozenset({"tech_alert", "remote_access"}),
    "extortion.sextortion": frozenset({"sextortion_threat", "intimate_request"}),
}


# Words a partner calls the reader ("Darling, the parcel I sent you is held at customs") and
# the gift a partner sends: a relationship shown, though not a romance cue of its own (lexicons
# hold "my love", "honey", "sweetheart" as ``romance_grooming``; "darling" is none, and a new
# cue would move the model's features). Read only for a delivery pretext whose first-ranked
# type is romance.
_RELATIONSHIP = re.compile(
    r"\b(?:darling|sweetheart|sweetie|honey|babe|my love|my dear|my heart|i love you|gift|"
    r"mahal(?: ko| kita|,)|regalo|sayang(?! sekali)|cintaku|kekasih|hadiah|"
    r"anh yêu|em yêu|người yêu|bé ơi|cưng|quà)\b"
    r"|亲爱的|親愛的|宝贝|寶貝|我爱你|我愛你|老公|老婆|礼物|禮物|ダーリン|ハニー|愛してる|プレゼント"
    r"|자기야|여보|사랑해|선물|ที่รัก|ของขวัญ|សម្លាញ់|អំណោយ"
)


def _shows(codes: frozenset[str], wanted: frozenset[str]) -> bool:
    return any(code in codes or HIDDEN_PREFIX + code in codes for code in wanted)


def delivery_type(labels: dict[str, float], codes: frozenset[str], text: str = "") -> None:
    """Type a delivery-fee scam by its evidence (see the module), in place; ``text`` is read
    for a relationship's words only when romance ranks first."""
    if not _shows(codes, DELIVERY_PRETEXT):
        return
    target = (
        "phishing"
        if not codes.isdisjoint(LINK_CODES)
        else max(DELIVERY_TYPES, key=lambda label: labels.get(label, 0.0))
    )
    for _ in range(len(SCAM_TYPES)):
        top = max(SCAM_TYPES, key=lambda label: labels.get(label, 0.0))
        wanted = TYPE_EVIDENCE.get(top)  # None for the delivery types themselves
        if wanted is None or _shows(codes, wanted):
            return
        if top == "romance" and _RELATIONSHIP.search(text.lower()):
            return
        labels[top], labels[target] = labels[target], labels[top]
        # A parent is at least as likely as its child (taxonomy.PARENT_OF): the child that
        # held the parent's value goes down with it.
        for child, value in list(labels.items()):
            if child.startswith(top + ".") and value > labels[top]:
                labels[child] = labels[top]
