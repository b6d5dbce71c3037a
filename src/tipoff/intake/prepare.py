"""Turn a validated ReportIn into a storable NewReport: redact, pseudonymise, analyse.

Pure apart from the optional currency conversion table (read once). The victim's
identifying fields leave here only as keyed hashes; texts are redacted before they are
analysed, so the victim's own number or name cannot become an indicator.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from tipoff.intake.analyse import Analyser, assessment_record
from tipoff.intake.schema import ReportIn
from tipoff.pseudonym import Pseudonymiser, redact, redaction_pattern
from tipoff.store.records import NewReport


def redacted_copy(report: ReportIn) -> ReportIn:
    """``report`` with the victim's identifying values removed from every free text."""
    pattern = redaction_pattern(report.victim)
    if pattern is None:
        return report
    messages = [m.model_copy(update={"text": redact(m.text, pattern)}) for m in report.messages]
    payments = [
        p.model_copy(update={"payee_name": redact(p.payee_name, pattern) if p.payee_name else None})
        for p in report.payments
    ]
    return report.model_copy(
        update={"narrative": redact(report.narrative, pattern), "messages": messages, "payments": payments}
    )


@cache
def _usd_converter() -> Any:
    try:
        from tipoff.link.currency import to_usd
    except ImportError:
        return None
    return to_usd


def loss_in_usd(report: ReportIn) -> float | None:
    """The reported loss in US dollars (bundled dated rates), None if unknown."""
    if report.loss is None:
        return None
    convert = _usd_converter()
    return None if convert is None else convert(report.loss.amount, report.loss.currency)


def prepare(
    report: ReportIn, *, pseudonymiser: Pseudonymiser, analyser: Analyser, received_at: datetime
) -> NewReport:
    """The storable form of ``report``; ``received_at`` applies when the report has none."""
    clean = redacted_copy(report)
    victim = pseudonymiser.pseudonymise(report.victim)
    analysis = analyser.analyse(clean)
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
        assessment=assessment_record(assessment) if assessment else None,
        model_version=(assessment.model_version or None) if assessment else None,
        sightings=analysis.sightings,
    )
