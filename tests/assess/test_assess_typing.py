"""Scam types on a table of messages in eight languages (typing_table.py): a delivery-fee
scam is typed by its evidence (type_evidence.py), never romance without a relationship."""

from __future__ import annotations

import pytest
from tests.assess.typing_table import DELIVERY, TYPING_TABLE

from tipoff.assess import assess, assess_many
from tipoff.assess.evaluation import top_type
from tipoff.assess.type_evidence import delivery_type

# Main at 4417060 typed 31 of the 38 rows right (six delivery scams were romance or gambling,
# one authority call about a seized parcel was phishing); with type_evidence.py 37.
MIN_RIGHT = 37


def test_the_typing_table_is_typed_right() -> None:
    assessments = assess_many([text for _, text, _ in TYPING_TABLE])
    wrong = [
        (text, top_type(assessment))
        for (_, text, right), assessment in zip(TYPING_TABLE, assessments, strict=True)
        if top_type(assessment) not in right
    ]
    assert len(TYPING_TABLE) - len(wrong) >= MIN_RIGHT, wrong


@pytest.mark.parametrize(
    "text", [text for _, text, right in TYPING_TABLE if right == DELIVERY], ids=str
)
def test_a_customs_or_parcel_fee_scam_is_no_romance(text: str) -> None:
    assessment = assess(text)
    assert assessment.outcome == "scam"
    assert top_type(assessment) in DELIVERY


def test_the_audit_text_is_phishing_not_romance() -> None:
    text = (
        "Your parcel is held at customs. Pay the 2.99 fee at hxxp://post-jp[.]top within 24h "
        "or it will be returned to the sender."
    )
    assert top_type(assess(text)) == "phishing"


def test_a_romance_scam_about_a_gift_at_customs_stays_romance() -> None:
    text = (
        "My love, customs is holding my parcel with gold and cash for you. They need a "
        "clearance fee of $300 today, darling."
    )
    assert top_type(assess(text)) == "romance"


def test_a_type_with_evidence_of_its_own_keeps_its_rank() -> None:
    labels = {"romance": 0.6, "phishing": 0.2, "advance_fee": 0.1, "impersonation.service": 0.0}
    delivery_type(labels, frozenset({"customs_fee", "romance_money"}))
    assert labels["romance"] == 0.6
    delivery_type(labels, frozenset({"customs_fee"}))  # no relationship shown
    assert (labels["phishing"], labels["romance"]) == (0.6, 0.2)
    unchanged = {"gambling": 0.5, "phishing": 0.1}
    delivery_type(unchanged, frozenset({"link"}))  # no parcel pretext: the model's answer
    assert unchanged == {"gambling": 0.5, "phishing": 0.1}


def test_a_parent_without_evidence_takes_its_children_down() -> None:
    labels = {"investment": 0.7, "investment.pig_butchering": 0.7, "phishing": 0.1}
    delivery_type(labels, frozenset({"parcel_delivery", "link"}))
    assert max(labels, key=labels.__getitem__) == "phishing"
    assert labels["investment"] >= labels["investment.pig_butchering"]
