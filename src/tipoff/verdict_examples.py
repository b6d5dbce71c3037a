"""Training examples from analysts' verdicts in the store (``tipoff train --from-db``).

Each verdict becomes one labelled example: ``scam`` → scam (with its scam type, if given),
``spam`` → spam (promotion), ``not_scam`` → legitimate. The text is what the store holds,
which is what intake assessed and already redacted (victims' names and contact details were
removed before storage): a verdict on message N trains on that message's text; a verdict on
the whole report on the narrative and the scammer's messages joined by a blank line, exactly
the text intake assessed. When a text was judged more than once, the newest verdict wins.
Only reports the ``viewer`` may see are read (``tipoff.visibility``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tipoff.assess.examples import Example
from tipoff.assess.report_text import assessed_text, stored_messages
from tipoff.assess.taxonomy import LEGITIMATE, SCAM, SPAM, expand_label
from tipoff.store.protocol import ReportStore
from tipoff.store.records import ReportFilter, StoredReport, StoredVerdict
from tipoff.visibility import Viewer

ANALYST_SOURCE = "analyst"
# A verdict is a checked label on the agency's own traffic: it counts as much as five rows of a
# public set, so a few hundred verdicts move the model against tens of thousands of public rows.
ANALYST_WEIGHT = 5.0
OUTCOME_OF: dict[str, str] = {"scam": SCAM, "spam": SPAM, "not_scam": LEGITIMATE}
_READ_BATCH = 500


@dataclass(frozen=True)
class VerdictExamples:
    """The examples and a summary of where they came from (recorded in the model metadata)."""

    examples: list[Example]
    summary: dict[str, Any] = field(default_factory=dict)


def judged_text(report: StoredReport, message_index: int | None) -> str:
    """The stored text a verdict is about: one message, or what intake assessed."""
    messages = stored_messages(report.messages)
    if message_index is not None:
        return messages[message_index][1] if 0 <= message_index < len(messages) else ""
    return assessed_text(report.narrative, messages)


def _newest_per_target(verdicts: list[StoredVerdict]) -> list[StoredVerdict]:
    newest: dict[tuple[int, int | None], StoredVerdict] = {}
    for verdict in verdicts:  # oldest first: a later verdict replaces an earlier one
        newest[(verdict.report_id, verdict.message_index)] = verdict
    return list(newest.values())


def _reports(store: ReportStore, ids: list[int], viewer: Viewer) -> dict[int, StoredReport]:
    found: dict[int, StoredReport] = {}
    for start in range(0, len(ids), _READ_BATCH):
        chunk = frozenset(ids[start : start + _READ_BATCH])
        page = store.list_reports(ReportFilter(report_ids=chunk), viewer=viewer, limit=len(chunk))
        found.update((report.id, report) for report in page.items)
    return found


def verdict_examples(
    store: ReportStore, *, viewer: Viewer, weight: float = ANALYST_WEIGHT
) -> VerdictExamples:
    """One example per judged text on the reports ``viewer`` may see (newest verdict wins)."""
    verdicts = _newest_per_target(store.list_verdicts(viewer=viewer))
    reports = _reports(store, sorted({v.report_id for v in verdicts}), viewer)
    examples: list[Example] = []
    agencies: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    for verdict in verdicts:
        report = reports.get(verdict.report_id)
        text = judged_text(report, verdict.message_index) if report else ""
        if not text.strip():
            continue
        outcome = OUTCOME_OF[verdict.verdict]
        types = expand_label(verdict.scam_type or "") if outcome == SCAM else frozenset()
        examples.append(
            Example(
                text,
                outcome == SCAM,
                ANALYST_SOURCE,
                types,
                weight=weight,
                outcome=outcome,
                language=(report.language or "") if report else "",
            )
        )
        agencies[verdict.agency_code] += 1
        outcomes[outcome] += 1
        languages[(report.language if report else None) or "unknown"] += 1
    summary = {
        "verdicts": len(examples),
        "weight": weight,
        "by_outcome": dict(sorted(outcomes.items())),
        "by_agency": dict(sorted(agencies.items())),
        "by_report_language": dict(languages.most_common()),
    }
    return VerdictExamples(examples, summary)
