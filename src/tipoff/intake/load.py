"""Load a report file into the store: the library behind ``tipoff ingest``.

Records are validated one by one; valid ones go to the intake pipeline in batches
(one transaction each), invalid ones to the reject file as JSON lines:

    {"line": 7, "errors": [{"path": "messages.2.text", "message": "Field required"}], "record": "<the input line>"}

The reject file holds the input as it was (so it can be fixed and ingested again):
keep it as protected as the input file itself.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from tipoff.intake.files import RawRecord, read_records
from tipoff.intake.parallel import prepare_chunk, prepare_records
from tipoff.intake.pipeline import FieldError, Intake, Rejected
from tipoff.store.records import Agency, NewReport


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
    workers: WorkerSetup | None = None,
) -> IngestSummary:
    """Store every valid record of ``path`` for ``agency``; reject the others with reasons.

    With ``workers`` the records are validated and analysed in worker processes while
    this process writes; batches are still stored in file order.
    """
    summary = IngestSummary()
    chunks = _chunks(read_records(path, progress=progress), intake.batch_size)
    if workers is None:
        for chunk in chunks:
            now = intake.clock()
            results = prepare_chunk(intake.preparer, chunk, agency.code, now)
            _store(chunk, results, agency, intake, actor, now, summary, rejects)
        return summary
    pending: deque[tuple[list[RawRecord], datetime, Future[list[NewReport | Rejected]]]] = deque()
    for chunk in chunks:
        now = intake.clock()
        pending.append((chunk, now, workers.executor.submit(
            prepare_records, chunk, agency.code, workers.key, now, workers.with_assessment)))
        if len(pending) > workers.in_flight:
            done_chunk, done_now, future = pending.popleft()
            _store(done_chunk, future.result(), agency, intake, actor, done_now, summary, rejects)
    while pending:
        done_chunk, done_now, future = pending.popleft()
        _store(done_chunk, future.result(), agency, intake, actor, done_now, summary, rejects)
    return summary


@dataclass(frozen=True, slots=True)
class WorkerSetup:
    """Worker processes for ingest: the pool, the pseudonym key, and how far to read ahead."""

    executor: Executor
    key: bytes
    in_flight: int = 4
    with_assessment: bool = True


def _chunks(records: Iterator[RawRecord], size: int) -> Iterator[list[RawRecord]]:
    chunk: list[RawRecord] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _store(
    chunk: list[RawRecord], results: list[NewReport | Rejected], agency: Agency, intake: Intake,
    actor: str, now: datetime, summary: IngestSummary, rejects: RejectLog,
) -> None:
    summary.records += len(chunk)
    outcomes = intake.store_prepared(agency, results, actor=actor, now=now)
    for record, outcome in zip(chunk, outcomes, strict=True):
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

