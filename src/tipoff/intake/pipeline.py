"""The intake pipeline: validate -> pseudonymise -> analyse -> store, in batches.

Used by the API (POST /api/v1/reports) and the CLI (``tipoff ingest``) alike. Each item
ends as exactly one outcome: stored (new or already present, with its id) or rejected
(with field paths and messages). A bad item never costs the good ones beside it, and an
item is reported stored only after the transaction holding it has committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
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
    external_id = raw.get("external_id") if isinstance(raw.get("external_id"), str) else None
    broken = _unstorable_text(raw)
    if broken:
        # Such text cannot be stored (or, for surrogates, logged or sent back); don't echo the
        # id either.
        keep_id = all(error.path != "external_id" for error in broken)
        return Rejected(tuple(broken), external_id if keep_id else None)
    try:
        report = ReportIn.model_validate(raw)
    except pydantic.ValidationError as error:
        return Rejected(tuple(_field_errors(error)), external_id)
    if report.is_empty():
        # Nothing to analyse or link: stored, it could only ever be a "network" of one.
        message = (
            f"report {report.external_id!r} is empty: "
            "give a narrative, messages, payments or identifiers"
        )
        return Rejected((FieldError("", message),), report.external_id)
    return report


def _unstorable_text(raw: dict[str, Any]) -> list[FieldError]:
    """A FieldError for each string (or object key) in ``raw`` that no backend can store.

    Lone surrogates: JSON may carry them as ``\\ud800`` escapes and Python decodes them, but
    they are not Unicode text, so no database, log or UTF-8 response can hold them. NUL:
    PostgreSQL text refuses it, and one such value would abort the whole batch's insert.
    Walked with a stack, not recursion, because the nesting depth is the client's choice.
    """
    found: list[FieldError] = []
    stack: list[tuple[tuple[str, ...], Any]] = [((), raw)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, str):
            problem = _text_problem(value)
            if problem:
                found.append(FieldError(".".join(path), problem))
        elif isinstance(value, dict):
            for key, item in value.items():
                if _text_problem(key):
                    found.append(
                        FieldError(
                            ".".join(path), _text_problem(key).replace("text", "a field name", 1)
                        )
                    )
                else:
                    stack.append(((*path, key), item))
        elif isinstance(value, list):
            stack.extend(((*path, str(index)), item) for index, item in enumerate(value))
    return sorted(found, key=lambda error: error.path)


def _text_problem(value: str) -> str:
    """Why ``value`` cannot be stored ("" when it can), in words for the client."""
    if "\x00" in value:
        return "text contains a NUL character (U+0000)"
    try:
        value.encode("utf-8")  # C speed: narratives run to 100,000 characters
    except UnicodeEncodeError:
        return "text contains an unpaired surrogate (not valid Unicode)"
    return ""


# pydantic's wording where it is terse or names a rule instead of the fix.
_IN_WORDS = {
    "missing": "is required",
    "extra_forbidden": "is not a field of the intake format (misspelt? see docs/intake.md; "
    "tipoff ingest --map renames a file's columns)",
    "string_pattern_mismatch": "is not in the expected form (see docs/intake.md)",
    "decimal_parsing": "must be a number, e.g. 1500000 or 1500.50",
    "datetime_from_date_parsing": "must be an ISO 8601 date, e.g. 2026-05-01T09:30:00+09:00",
    "datetime_parsing": "must be an ISO 8601 date, e.g. 2026-05-01T09:30:00+09:00",
}


def _field_errors(error: pydantic.ValidationError) -> list[FieldError]:
    # Values are not echoed: they may be a victim's personal data.
    return [
        FieldError(
            ".".join(str(part) for part in item["loc"]), _IN_WORDS.get(item["type"], item["msg"])
        )
        for item in error.errors(include_url=False, include_input=False)
    ]


def pseudonymiser_from(settings: Settings) -> Pseudonymiser:
    """The Pseudonymiser keyed with Settings.pseudonym_key."""
    return Pseudonymiser(settings.pseudonym_key.get_secret_value().encode())


class Preparer:
    """Turns validated reports into storable ones: agency check, redaction, analysis, pseudonyms.

    Needs no database, so it also runs in worker processes (tipoff.intake.parallel).
    """

    def __init__(self, pseudonymiser: Pseudonymiser, analyser: Analyser | None = None) -> None:
        self.pseudonymiser = pseudonymiser
        self.analyser = analyser or Analyser()

    def prepare_batch(
        self, agency_code: str, batch: Sequence[ReportIn], now: datetime
    ) -> list[NewReport | Rejected]:
        """One NewReport or Rejected per item, in order; ``now`` is the default received_at."""
        results: list[NewReport | Rejected | None] = [
            _wrong_agency(agency_code, item) for item in batch
        ]
        todo = [index for index, result in enumerate(results) if result is None]
        cleaned = [redacted_copy(batch[index]) for index in todo]
        for index, clean, analysis in zip(todo, cleaned, self._analyse_all(cleaned), strict=True):
            results[index] = (
                analysis
                if isinstance(analysis, Rejected)
                else prepare(
                    batch[index],
                    clean=clean,
                    analysis=analysis,
                    pseudonymiser=self.pseudonymiser,
                    received_at=now,
                )
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
            return Rejected(
                (FieldError("", "the report could not be analysed"),), report.external_id
            )


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
        after_commit: Callable[[list[int], datetime], None] | None = None,
    ) -> None:
        self.store = store
        self.preparer = Preparer(pseudonymiser, analyser)
        self.clock = clock
        self.batch_size = batch_size
        self.after_commit = after_commit

    @classmethod
    def from_settings(
        cls,
        store: ReportStore,
        settings: Settings,
        *,
        clock: Callable[[], datetime],
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> Intake:
        """The instance's intake: its pseudonym key, model and warninglists."""
        return cls(
            store,
            pseudonymiser_from(settings),
            clock=clock,
            analyser=Analyser.from_settings(settings),
            batch_size=batch_size,
        )

    def submit(self, agency: Agency, items: Sequence[ReportIn], *, actor: str) -> list[Outcome]:
        """Store ``items`` for ``agency``; one outcome per item, in order.

        Items are stored ``batch_size`` at a time, one transaction each. When a later
        transaction fails after earlier ones committed, the committed items keep their
        outcomes and the rest are Rejected ("not stored ... resubmit"), so the caller can
        answer per item instead of failing a request that has partly been stored. A failure
        of the first transaction (nothing stored) is raised.
        """
        outcomes: list[Outcome] = []
        for start in range(0, len(items), self.batch_size):
            part = items[start : start + self.batch_size]
            now = self.clock()
            try:
                prepared = self.preparer.prepare_batch(agency.code, part, now)
                outcomes += self.store_prepared(agency, prepared, actor=actor, now=now)
            except Exception as error:
                if not outcomes:
                    raise
                log.exception("storing items %d.. failed after earlier items were stored", start)
                outcomes += [_not_stored(item, error) for item in items[start:]]
                break
        return outcomes

    def store_prepared(
        self, agency: Agency, prepared: Sequence[NewReport | Rejected], *, actor: str, now: datetime
    ) -> list[Outcome]:
        """Store the prepared reports in one transaction; rejections pass through in place."""
        ready = [item for item in prepared if not isinstance(item, Rejected)]
        stored = self.store.save_reports(agency, ready, at=now, actor=actor) if ready else []
        self._notify([item.id for item in stored if item.created], now)
        saved = iter(stored)
        return [item if isinstance(item, Rejected) else next(saved) for item in prepared]

    def _notify(self, created: list[int], now: datetime) -> None:
        # Runs after the commit: a failure here (linking, say) must not un-acknowledge
        # stored reports. They stay unlinked until `tipoff relink --new-only` picks them up.
        if not created or self.after_commit is None:
            return
        try:
            self.after_commit(created, now)
        except Exception:
            log.exception("post-commit step failed for %d stored reports", len(created))


def _not_stored(item: ReportIn, error: Exception) -> Rejected:
    message = (
        f"not stored: storage failed ({type(error).__name__}) after earlier items were stored; "
        "resubmit this item (writes are idempotent on external_id)"
    )
    return Rejected((FieldError("", message),), item.external_id)


def _wrong_agency(agency_code: str, item: ReportIn) -> Rejected | None:
    if item.agency is None or item.agency == agency_code:
        return None
    message = f"names agency {item.agency!r} but is submitted by {agency_code!r}"
    return Rejected((FieldError("agency", message),), item.external_id)
