"""Re-run the assessment on stored reports, e.g. after a model update (``tipoff reassess``).

The text assessed is the one intake assessed (``tipoff.assess.report_text``);
reports are read and written through ``tipoff.store.assessments``, a batch at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from sqlalchemy import Engine

from tipoff.assess import LinearModel, assess_many
from tipoff.assess.report_text import assessed_text, stored_messages
from tipoff.model import Assessment
from tipoff.store.assessments import NewAssessment, StoredText, save_assessments, texts_after

AssessMany = Callable[..., list[Assessment]]


@dataclass(frozen=True, slots=True)
class ReassessSummary:
    examined: int
    updated: int
    model_version: str


def reassess_reports(
    engine: Engine,
    model: LinearModel,
    *,
    only_outdated: bool = True,
    batch_size: int = 2000,
) -> ReassessSummary:
    """Assess stored reports again with ``model``; write scam_type, probability, assessment
    and model version.

    With ``only_outdated`` only reports assessed by another model version (or never) are read.
    Each batch is committed on its own, so an interrupted run keeps its progress.
    """
    model_version = model.version
    assess = partial(assess_many, model=model)
    examined = updated = 0
    last_id = 0
    not_by_model = model_version if only_outdated else None
    while rows := texts_after(engine, last_id, batch_size, not_by_model=not_by_model):
        last_id = rows[-1].report_id
        examined += len(rows)
        changes = _reassess_batch(assess, rows)
        save_assessments(engine, changes)
        updated += len(changes)
    return ReassessSummary(examined=examined, updated=updated, model_version=model_version)


def _reassess_batch(assess: AssessMany, rows: Sequence[StoredText]) -> list[NewAssessment]:
    by_language: dict[str | None, list[tuple[int, str]]] = {}
    for row in rows:
        text = assessed_text(row.narrative, stored_messages(row.messages))
        if text:
            by_language.setdefault(row.language, []).append((row.report_id, text))
    changes: list[NewAssessment] = []
    for language, items in by_language.items():
        results = assess([text for _, text in items], lang=language, kind="report")
        for (report_id, _), assessment in zip(items, results, strict=True):
            changes.append(
                NewAssessment(
                    report_id,
                    assessment.top_label,
                    assessment.scam_probability,
                    assessment.as_record(),
                    assessment.model_version,
                )
            )
    return changes
