"""Load a report file into the store: the library behind ``tipoff ingest``.

Records are validated one by one; valid ones go to the intake pipeline in batches
(one transaction each), invalid ones to the reject file as JSON lines:

    {"line": 7, "errors": [{"path": "messages.2.text", "message": "Field required"}],
     "record": "<the input line>"}

(one line per record in the file; wrapped here).

The reject file holds the input as it was (so it can be fixed and ingested again):
keep it as protected as the input file itself.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TextIO

from tipoff.errors import NotFound
from tipoff.intake.analyse import BUNDLED_ANALYSIS, AnalysisSetup
from tipoff.intake.columns import ColumnMap
from tipoff.intake.encoding import FileEncoding, file_encoding
from tipoff.intake.files import RawRecord, read_records
from tipoff.intake.parallel import check_record, prepare_chunk, prepare_records, worker_pool
from tipoff.intake.pipeline import FieldError, Intake, Outcome, Rejected
from tipoff.settings import Settings
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, NewReport


@dataclass(slots=True)
class IngestSummary:
    """Counts of one ingest run."""

    records: int = 0
    created: int = 0
    existing: int = 0
    rejected: int = 0
    first_errors: list[str] = field(default_factory=list)
    encoding: FileEncoding | None = None

    def line(self) -> str:
        """One summary line for the terminal."""
        read = f" ({self.encoding.describe()})" if self.encoding else ""
        return (
            f"{self.records} records: {self.created} stored, "
            f"{self.existing} already stored, {self.rejected} rejected{read}"
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
    agency: Agency | None,
    intake: Intake,
    *,
    actor: str,
    rejects: RejectLog,
    progress: Callable[[int], None] | None = None,
    workers: WorkerSetup | None = None,
    encoding: str | None = None,
    columns: ColumnMap | None = None,
) -> IngestSummary:
    """Store every valid record of ``path``; reject the others with reasons.

    ``encoding`` None reads UTF-8, or the legacy encoding the file is detected to be in
    (``tipoff.intake.encoding``; the summary says which); ``columns`` renames the file's
    own column names to the intake format's.

    With ``agency`` every record is stored for it (a record naming another agency is
    rejected). With None each record's own ``agency`` field names its (existing) agency.
    With ``workers`` records are validated and analysed in worker processes while this
    process writes; batches are still stored in file order.
    """
    chosen = file_encoding(path, encoding)
    summary = IngestSummary(encoding=chosen)
    resolve = _AgencyResolver(intake.store, agency)
    pending: deque[_Unit] = deque()
    lines = read_records(path, progress=progress, encoding=chosen.name, columns=columns)
    for chunk in _chunks(lines, intake.batch_size):
        now = intake.clock()
        for records, owner, refusal in resolve.split(chunk):
            if owner is None:
                refused = [refusal or _invalid(record) for record in records]
                _log_outcomes(records, refused, summary, rejects)
            elif workers is None:
                results = prepare_chunk(intake.preparer, records, owner.code, now)
                _store(records, results, owner, intake, actor, now, summary, rejects)
            else:
                future = workers.executor.submit(
                    prepare_records, records, owner.code, workers.key, now, workers.analysis
                )
                pending.append(_Unit(records, owner, now, future))
        while pending and (workers is None or len(pending) > workers.in_flight):
            _finish(pending.popleft(), intake, actor, summary, rejects)
    while pending:
        _finish(pending.popleft(), intake, actor, summary, rejects)
    return summary


@dataclass(frozen=True, slots=True)
class _Unit:
    records: list[RawRecord]
    agency: Agency
    now: datetime
    future: Future[list[NewReport | Rejected]]


def _finish(
    unit: _Unit, intake: Intake, actor: str, summary: IngestSummary, rejects: RejectLog
) -> None:
    _store(
        unit.records, unit.future.result(), unit.agency, intake, actor, unit.now, summary, rejects
    )


def _invalid(record: RawRecord) -> Rejected:
    checked = check_record(record)
    return (
        checked
        if isinstance(checked, Rejected)
        else Rejected((FieldError("", "unreadable record"),))
    )


class _AgencyResolver:
    """Splits a chunk of records by receiving agency (looked up once per code)."""

    def __init__(self, store: ReportStore, fixed: Agency | None) -> None:
        self.store = store
        self.fixed = fixed
        self.known: dict[str, Agency | None] = {}

    def split(
        self, chunk: list[RawRecord]
    ) -> list[tuple[list[RawRecord], Agency | None, Rejected | None]]:
        if self.fixed is not None:
            return [(chunk, self.fixed, None)]
        groups: dict[str | None, list[RawRecord]] = {}
        unreadable: list[RawRecord] = []
        for record in chunk:
            if record.error is not None or not isinstance(record.data, dict):
                unreadable.append(record)
                continue
            code = record.data.get("agency")
            groups.setdefault(code if isinstance(code, str) else None, []).append(record)
        split = [(records, *self._agency(code)) for code, records in groups.items()]
        return [*split, (unreadable, None, None)] if unreadable else split

    def _agency(self, code: str | None) -> tuple[Agency | None, Rejected | None]:
        if code is None:
            return None, Rejected(
                (FieldError("agency", "no receiving agency: add an agency field or use --agency"),)
            )
        if code not in self.known:
            try:
                self.known[code] = self.store.get_agency(code)
            except NotFound:
                self.known[code] = None
        found = self.known[code]
        if found is None:
            return None, Rejected(
                (
                    FieldError(
                        "agency", f"unknown agency {code!r} (create it with `tipoff agency add`)"
                    ),
                )
            )
        return found, None


@dataclass(frozen=True, slots=True)
class WorkerSetup:
    """Worker processes for ingest: the pool, the pseudonym key, how far to read ahead, and
    what the workers' analysers are built from."""

    executor: Executor
    key: bytes
    in_flight: int = 4
    analysis: AnalysisSetup = BUNDLED_ANALYSIS


@contextmanager
def ingest_workers(workers: int, settings: Settings) -> Iterator[WorkerSetup | None]:
    """``workers`` preparation processes for ``ingest_file`` (None for one: all in this
    process), with the instance's pseudonym key, model and warninglists; the pool closes
    on exit. Start it before any thread of the caller's (a progress bar) exists."""
    if workers <= 1:
        yield None
        return
    with worker_pool(workers) as executor:
        yield WorkerSetup(
            executor,
            settings.pseudonym_key.get_secret_value().encode(),
            in_flight=2 * workers,
            analysis=AnalysisSetup.from_settings(settings),
        )


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
    chunk: list[RawRecord],
    results: list[NewReport | Rejected],
    agency: Agency,
    intake: Intake,
    actor: str,
    now: datetime,
    summary: IngestSummary,
    rejects: RejectLog,
) -> None:
    _log_outcomes(
        chunk, intake.store_prepared(agency, results, actor=actor, now=now), summary, rejects
    )


def _log_outcomes(
    chunk: list[RawRecord], outcomes: Sequence[Outcome], summary: IngestSummary, rejects: RejectLog
) -> None:
    summary.records += len(chunk)
    for record, outcome in zip(chunk, outcomes, strict=True):
        if isinstance(outcome, Rejected):
            _reject(summary, rejects, record, outcome.errors)
        elif outcome.created:
            summary.created += 1
        else:
            summary.existing += 1


def _reject(
    summary: IngestSummary, rejects: RejectLog, record: RawRecord, errors: tuple[FieldError, ...]
) -> None:
    summary.rejected += 1
    if len(summary.first_errors) < 5:
        first = errors[0] if errors else FieldError("", "rejected")
        summary.first_errors.append(
            f"line {record.line}: {first.path or '(record)'}: {first.message}"
        )
    rejects.write(record.line, errors, record.text)
