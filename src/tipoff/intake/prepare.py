"""Turn a validated ReportIn into a storable NewReport: redact, pseudonymise, analyse.

Pure apart from the currency conversion table (read once). The victim's
identifying fields leave here only as keyed hashes; texts are redacted (by canonical form,
``tipoff.intake.redact``) before they are analysed, so the victim's own number, email,
handle or name is neither stored nor taken for an indicator.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tipoff.currency import to_usd
from tipoff.intake.analyse import Analysis
from tipoff.intake.redact import VictimIdentity, own_sender_ids, victim_identity
from tipoff.intake.schema import Identifier, Message, Payment, ReportIn
from tipoff.pseudonym import Pseudonymiser
from tipoff.store.records import NewReport


def redacted_copy(report: ReportIn) -> ReportIn:
    """``report`` without the victim's identity in anything it stores.

    Every span of the narrative, message texts and sender ids, payees, payee names and
    explicit identifiers that identifies the victim (``tipoff.intake.redact``) becomes
    [victim]; the sender id of a message the victim sent is their own number or handle, so
    it is dropped. A report that names no victim identifier is returned as it is, unread.
    """
    identity = victim_identity(report)
    if not identity and not own_sender_ids(report):
        return report
    update: dict[str, object] = {}
    narrative = identity.redact(report.narrative)
    if narrative != report.narrative:
        update["narrative"] = narrative
    for field, redact_item in (
        ("messages", _redacted_message),
        ("payments", _redacted_payment),
        ("identifiers", _redacted_identifier),
    ):
        items: list[Any] = getattr(report, field)
        redacted = [redact_item(item, identity) for item in items]
        if any(new is not old for new, old in zip(redacted, items, strict=True)):
            update[field] = redacted
    return report.model_copy(update=update) if update else report


def _redacted_message(message: Message, identity: VictimIdentity) -> Message:
    text = identity.redact(message.text)
    if message.sender == "victim":
        from_id = None
    else:
        from_id = identity.redact(message.from_id) if message.from_id else message.from_id
    if text == message.text and from_id == message.from_id:
        return message
    return message.model_copy(update={"text": text, "from_id": from_id})


def _redacted_payment(payment: Payment, identity: VictimIdentity) -> Payment:
    payee = identity.redact(payment.payee)
    name = identity.redact(payment.payee_name) if payment.payee_name else payment.payee_name
    if payee == payment.payee and name == payment.payee_name:
        return payment
    return payment.model_copy(update={"payee": payee, "payee_name": name})


def _redacted_identifier(identifier: Identifier, identity: VictimIdentity) -> Identifier:
    value = identity.redact(identifier.value)
    return (
        identifier if value == identifier.value else identifier.model_copy(update={"value": value})
    )


def loss_in_usd(report: ReportIn) -> float | None:
    """The reported loss in US dollars (bundled dated rates), None if unknown."""
    if report.loss is None:
        return None
    return to_usd(report.loss.amount, report.loss.currency)


def prepare(
    report: ReportIn,
    *,
    clean: ReportIn,
    analysis: Analysis,
    pseudonymiser: Pseudonymiser,
    received_at: datetime,
) -> NewReport:
    """The storable form of ``report``.

    ``clean`` is ``redacted_copy(report)`` and ``analysis`` what the Analyser found in it;
    ``received_at`` applies when the report has no time of its own.
    """
    victim = pseudonymiser.pseudonymise(report.victim)
    assessment = analysis.assessment
    dumped = clean.model_dump(mode="json", include={"messages", "payments", "identifiers"})
    return NewReport(
        external_id=clean.external_id,
        received_at=clean.received_at or received_at,
        tlp=clean.tlp.value,
        occurred_at=clean.occurred_at,
        victim_country=clean.victim_country,
        language=clean.language or (assessment.language if assessment else None),
        channel=clean.channel,
        narrative=clean.narrative,
        messages=dumped["messages"],
        loss_amount=clean.loss.amount if clean.loss else None,
        loss_currency=clean.loss.currency if clean.loss else None,
        loss_usd=loss_in_usd(clean),
        payments=dumped["payments"],
        identifiers=dumped["identifiers"],
        reporter_scam_type=clean.scam_type,
        victim_key=victim.victim_key,
        victim_attrs=victim.attrs,
        scam_type=assessment.top_label if assessment else None,
        scam_probability=assessment.scam_probability if assessment else None,
        assessment=assessment.as_record() if assessment else None,
        model_version=(assessment.model_version or None) if assessment else None,
        sightings=analysis.sightings,
    )
