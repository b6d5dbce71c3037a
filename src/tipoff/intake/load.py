"""Load a report file into the store: the library behind ``tipoff ingest``.

Records are validated one by one; valid ones go to the intake pipeline in batches
(one transaction each), invalid ones to the reject file as JSON lines:

    {"line": 7, "errors": [{"path": "messages.2.text", "message": "Field required"}], "record": "<the input line>"}

The reject file holds the input as it was (so it can be fixed and ingested again):
keep it as protected as the input file itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from tipoff.intake.files import RawRecord, read_records
from tipoff.intake.pipeline import FieldError, Intake, Rejected, validate_report
from tipoff.intake.schema import ReportIn
from tipoff.store.records import Agency


@dataclass(slots=True)
class IngestSummary:
    """Counts of one ingest run."""

    records: int = 0
    created: int = 0
    existing: int = 0
    rejected: int = 0
    first_errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One summary line for the terminal."""
        return (
            f"{self.records} records: {self.created} stored, {self.existing} already stored, "
            f"{self.rejected} rejected"
        )


class RejectLog:
    """Writes rejected records, with line numbers and field errors, as JSON lines."""

    def __init__(self, sink: TextIO | None) -> None:
        self.sink = sink

    def write(self, line: int, errors: tuple[FieldError, ...], text: str) -> None:
        if self.sink is None:
            return
        entry = {
            "line": line,
            "errors": [{"path": e.path, "message": e.message} for e in errors],
            "record": text,
        }
        self.sink.write(json.dumps(entry, ensure_ascii=False) + "\n")


def ingest_file(
    path: Path,
    agency: Agency,
    intake: Intake,
    *,
    actor: str,
    rejects: RejectLog,
    progress: Callable[[int], None] | None = None,
) -> IngestSummary:
    """Store every valid record of ``path`` for ``agency``; reject the others with reasons."""
    summary = IngestSummary()
    batch: list[tuple[RawRecord, ReportIn]] = []
    for record in read_records(path, progress=progress):
        summary.records += 1
        checked = _check(record)
        if isinstance(checked, Rejected):
            _reject(summary, rejects, record, checked.errors)
            continue
        batch.append((record, checked))
        if len(batch) >= intake.batch_size:
            _flush(batch, agency, intake, actor, summary, rejects)
            batch = []
    _flush(batch, agency, intake, actor, summary, rejects)
    return summary


def _check(record: RawRecord) -> ReportIn | Rejected:
    if record.error is not None:
        return Rejected((FieldError(record.error_path, record.error),))
    return validate_report(record.data)


def _flush(
    batch: list[tuple[RawRecord, ReportIn]], agency: Agency, intake: Intake, actor: str,
    summary: IngestSummary, rejects: RejectLog,
) -> None:
    if not batch:
        return
    outcomes = intake.submit(agency, [report for _record, report in batch], actor=actor)
    for (record, _report), outcome in zip(batch, outcomes, strict=True):
        if isinstance(outcome, Rejected):
            _reject(summary, rejects, record, outcome.errors)
        elif outcome.created:
            summary.created += 1
        else:
            summary.existing += 1


def _reject(summary: IngestSummary, rejects: RejectLog, record: RawRecord,
            errors: tuple[FieldError, ...]) -> None:
    summary.rejected += 1
    if len(summary.first_errors) < 5:
        first = errors[0] if errors else FieldError("", "rejected")
        summary.first_errors.append(f"line {record.line}: {first.path or '(record)'}: {first.message}")
    rejects.write(record.line, errors, record.text)

