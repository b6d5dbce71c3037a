"""The intake pipeline: validate -> pseudonymise -> analyse -> store, in batches.

Used by the API (POST /api/v1/reports) and the CLI (``tipoff ingest``) alike. Each item
ends as exactly one outcome: stored (new or already present, with its id) or rejected
(with field paths and messages). A bad item never costs the good ones beside it, and an
item is reported stored only after the transaction holding it has committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pydantic

from tipoff.intake.analyse import Analyser, Analysis
from tipoff.intake.prepare import prepare, redacted_copy
from tipoff.intake.schema import ReportIn
from tipoff.pseudonym import Pseudonymiser
from tipoff.settings import Settings
from tipoff.store.protocol import ReportStore
from tipoff.store.records import Agency, NewReport, SavedReport

log = logging.getLogger("tipoff.intake")

DEFAULT_BATCH_SIZE = 500


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field: ``path`` like ``messages.2.text``."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Rejected:
    """An item that was not stored, and why."""

    errors: tuple[FieldError, ...]
    external_id: str | None = None


Outcome = SavedReport | Rejected


def validate_report(raw: Any) -> ReportIn | Rejected:
    """``raw`` (decoded JSON) as a ReportIn, or the field errors that stop it."""
    if not isinstance(raw, dict):
        return Rejected((FieldError("", "a report must be a JSON object"),))
    try:
        return ReportIn.model_validate(raw)
    except pydantic.ValidationError as error:
        external_id = raw.get("external_id") if isinstance(raw.get("external_id"), str) else None
        return Rejected(tuple(_field_errors(error)), external_id)


def _field_errors(error: pydantic.ValidationError) -> list[FieldError]:
    # Values are not echoed: they may be a victim's personal data.
    return [
        FieldError(".".join(str(part) for part in item["loc"]), item["msg"])
        for item in error.errors(include_url=False, include_input=False)
    ]


def pseudonymiser_from(settings: Settings) -> Pseudonymiser:
    """The Pseudonymiser keyed with Settings.pseudonym_key."""
    return Pseudonymiser(settings.pseudonym_key.get_secret_value().encode())


class Intake:
    """Stores validated reports for an agency, batch by batch."""

    def __init__(
        self,
        store: ReportStore,
        pseudonymiser: Pseudonymiser,
        *,
        clock: Callable[[], datetime],
        analyser: Analyser | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        self.store = store
        self.pseudonymiser = pseudonymiser
        self.analyser = analyser or Analyser()
        self.clock = clock
        self.batch_size = batch_size

    def submit(self, agency: Agency, items: Sequence[ReportIn], *, actor: str) -> list[Outcome]:
        """Store ``items`` for ``agency``; one outcome per item, in order."""
        outcomes: list[Outcome] = []
        for start in range(0, len(items), self.batch_size):
            outcomes += self._submit_batch(agency, items[start : start + self.batch_size], actor)
        return outcomes

    def submit_stream(
        self, agency: Agency, items: Iterable[ReportIn], *, actor: str
    ) -> Iterable[list[Outcome]]:
        """Like ``submit`` for an iterable of any length; yields outcomes per committed batch."""
        batch: list[ReportIn] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield self._submit_batch(agency, batch, actor)
                batch = []
        if batch:
            yield self._submit_batch(agency, batch, actor)

    def _submit_batch(self, agency: Agency, batch: Sequence[ReportIn], actor: str) -> list[Outcome]:
        now = self.clock()
        outcomes: list[Outcome | None] = []
        ready: list[NewReport] = []
        for prepared in self._prepare_all(agency, batch, now):
            if isinstance(prepared, Rejected):
                outcomes.append(prepared)
            else:
                outcomes.append(None)
                ready.append(prepared)
        saved = iter(self.store.save_reports(agency, ready, at=now, actor=actor) if ready else [])
        return [outcome if outcome is not None else next(saved) for outcome in outcomes]

    def _prepare_all(
        self, agency: Agency, batch: Sequence[ReportIn], now: datetime
    ) -> list[NewReport | Rejected]:
        results: list[NewReport | Rejected | None] = [_wrong_agency(agency, item) for item in batch]
        todo = [index for index, result in enumerate(results) if result is None]
        cleaned = [redacted_copy(batch[index]) for index in todo]
        for index, clean, analysis in zip(todo, cleaned, self._analyse_all(cleaned), strict=True):
            results[index] = analysis if isinstance(analysis, Rejected) else prepare(
                batch[index], clean=clean, analysis=analysis, pseudonymiser=self.pseudonymiser,
                received_at=now,
            )
        return [result for result in results if result is not None]

    def _analyse_all(self, reports: list[ReportIn]) -> list[Analysis | Rejected]:
        try:
            return list(self.analyser.analyse_many(reports))
        except Exception:
            # One odd report broke the batch: redo them one by one so only that one is rejected.
            return [self._analyse_one(report) for report in reports]

    def _analyse_one(self, report: ReportIn) -> Analysis | Rejected:
        try:
            return self.analyser.analyse(report)
        except Exception:
            # An analysis bug must not lose the batch; the report's text is not logged.
            log.exception("analysis failed for report %r", report.external_id)
            return Rejected((FieldError("", "the report could not be analysed"),), report.external_id)


def _wrong_agency(agency: Agency, item: ReportIn) -> Rejected | None:
    if item.agency is None or item.agency == agency.code:
        return None
    message = f"names agency {item.agency!r} but is submitted by {agency.code!r}"
    return Rejected((FieldError("agency", message),), item.external_id)
