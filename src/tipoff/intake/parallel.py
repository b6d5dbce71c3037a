"""Report preparation in worker processes, for `tipoff ingest --workers N`.

Indicator extraction and assessment take most of ingest time and are pure, so they
parallelise across processes; the database writes stay in the main process, one
transaction per batch, in input order. Workers receive raw records (line, decoded JSON)
and return NewReport / Rejected values; each worker builds its Pseudonymiser and
Analyser once. Workers are started with "spawn", so nothing of the parent's state
(database connections, the progress bar's thread) is inherited.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Executor, ProcessPoolExecutor
from datetime import datetime
from functools import cache

from tipoff.intake.analyse import BUNDLED_ANALYSIS, AnalysisSetup
from tipoff.intake.files import RawRecord
from tipoff.intake.pipeline import FieldError, Preparer, Rejected, validate_report
from tipoff.intake.schema import ReportIn
from tipoff.pseudonym import Pseudonymiser
from tipoff.store.records import NewReport


def worker_pool(workers: int) -> Executor:
    """A process pool of ``workers`` preparation processes."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


@cache
def _preparer(key: bytes, analysis: AnalysisSetup) -> Preparer:
    return Preparer(Pseudonymiser(key), analysis.analyser())


def check_record(record: RawRecord) -> ReportIn | Rejected:
    """A raw file record as a ReportIn, or why it is rejected."""
    if record.error is not None:
        return Rejected((FieldError(record.error_path, record.error),))
    return validate_report(record.data)


def prepare_records(
    records: list[RawRecord],
    agency_code: str,
    key: bytes,
    now: datetime,
    analysis: AnalysisSetup = BUNDLED_ANALYSIS,
) -> list[NewReport | Rejected]:
    """Validate and prepare ``records`` in a worker; one result per record, in order."""
    return prepare_chunk(_preparer(key, analysis), records, agency_code, now)


def prepare_chunk(
    preparer: Preparer, records: list[RawRecord], agency_code: str, now: datetime
) -> list[NewReport | Rejected]:
    """Validate and prepare ``records`` with ``preparer``; one result per record, in order."""
    checked = [check_record(record) for record in records]
    valid = [item for item in checked if isinstance(item, ReportIn)]
    prepared = iter(preparer.prepare_batch(agency_code, valid, now))
    return [item if isinstance(item, Rejected) else next(prepared) for item in checked]
