"""Stored assessments: which reports to assess again, and writing new assessments back.

``tipoff reassess`` (``tipoff.intake.reassess``) reads reports in id order, a batch at a
time, and writes each batch's new assessments in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, bindparam, or_, select, update

from tipoff.store.tables import reports


@dataclass(frozen=True, slots=True)
class StoredText:
    """What assessing a stored report reads: its texts and language."""

    report_id: int
    narrative: str | None
    messages: Any  # the stored JSON list of messages
    language: str | None


@dataclass(frozen=True, slots=True)
class NewAssessment:
    """The result of assessing one stored report again, as the reports table holds it."""

    report_id: int
    scam_type: str
    scam_probability: float
    assessment: dict[str, Any]
    model_version: str


def texts_after(
    engine: Engine, after_id: int, limit: int, *, not_by_model: str | None = None
) -> list[StoredText]:
    """Up to ``limit`` reports with an id above ``after_id``, in id order; with
    ``not_by_model``, only those never assessed or assessed by another model version."""
    query = select(reports.c.id, reports.c.narrative, reports.c.messages, reports.c.language)
    query = query.where(reports.c.id > after_id).order_by(reports.c.id).limit(limit)
    if not_by_model is not None:
        query = query.where(
            or_(reports.c.model_version.is_(None), reports.c.model_version != not_by_model)
        )
    with engine.connect() as connection:
        return [
            StoredText(row.id, row.narrative, row.messages, row.language)
            for row in connection.execute(query)
        ]


def save_assessments(engine: Engine, changes: Sequence[NewAssessment]) -> None:
    """Write scam type, probability, assessment and model version of each report, in one
    transaction."""
    if not changes:
        return
    statement = (
        update(reports)
        .where(reports.c.id == bindparam("report_id"))
        .values(
            scam_type=bindparam("new_scam_type"),
            scam_probability=bindparam("new_scam_probability"),
            assessment=bindparam("new_assessment"),
            model_version=bindparam("new_model_version"),
        )
    )
    rows = [
        {
            "report_id": change.report_id,
            "new_scam_type": change.scam_type,
            "new_scam_probability": change.scam_probability,
            "new_assessment": change.assessment,
            "new_model_version": change.model_version,
        }
        for change in changes
    ]
    with engine.begin() as connection:
        connection.execute(statement, rows)
