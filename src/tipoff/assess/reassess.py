"""Re-run the assessment on stored reports, e.g. after a model update (``tipoff reassess``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, bindparam, or_, select, update

from tipoff.model import Assessment
from tipoff.store.tables import reports

AssessMany = Callable[..., list[Assessment]]


@dataclass(frozen=True, slots=True)
class ReassessSummary:
    examined: int
    updated: int
    model_version: str


def stored_report_text(narrative: str | None, messages: Any) -> str:
    """What intake assesses: the narrative plus the scammer's messages (not the victim's)."""
    texts = [narrative or ""]
    if isinstance(messages, list):
        for message in messages:
            if isinstance(message, dict) and message.get("sender") != "victim":
                texts.append(str(message.get("text") or ""))
    return "\n\n".join(text for text in texts if text)


def reassess_reports(
    engine: Engine,
    assess_many: AssessMany,
    model_version: str,
    *,
    only_outdated: bool = True,
    batch_size: int = 2000,
) -> ReassessSummary:
    """Assess stored reports again and write scam_type, probability, assessment and version.

    With ``only_outdated`` only reports assessed by another model version (or never) are read.
    Each batch is committed on its own, so an interrupted run keeps its progress.
    """
    examined = updated = 0
    last_id = 0
    while True:
        query = select(reports.c.id, reports.c.narrative, reports.c.messages, reports.c.language)
        query = query.where(reports.c.id > last_id).order_by(reports.c.id).limit(batch_size)
        if only_outdated:
            query = query.where(
                or_(reports.c.model_version.is_(None), reports.c.model_version != model_version)
            )
        with engine.connect() as connection:
            rows = connection.execute(query).all()
        if not rows:
            break
        last_id = rows[-1].id
        examined += len(rows)
        updated += _reassess_batch(engine, assess_many, rows)
    return ReassessSummary(examined=examined, updated=updated, model_version=model_version)


def _reassess_batch(engine: Engine, assess_many: AssessMany, rows: Sequence[Any]) -> int:
    by_language: dict[str | None, list[tuple[int, str]]] = {}
    for row in rows:
        text = stored_report_text(row.narrative, row.messages)
        if text:
            by_language.setdefault(row.language, []).append((row.id, text))
    changes: list[dict[str, Any]] = []
    for language, items in by_language.items():
        results = assess_many([text for _, text in items], lang=language, kind="report")
        for (report_id, _), assessment in zip(items, results, strict=True):
            changes.append(
                {
                    "report_id": report_id,
                    "new_scam_type": assessment.top_label,
                    "new_scam_probability": assessment.scam_probability,
                    "new_assessment": assessment.as_record(),
                    "new_model_version": assessment.model_version,
                }
            )
    if changes:
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
        with engine.begin() as connection:
            connection.execute(statement, changes)
    return len(changes)
