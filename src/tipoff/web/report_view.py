"""The report page's view model: texts with identifiers and red flags marked in place.

Marks are computed from the texts as shown (extraction and assessment are pure and take
milliseconds for one report), so their spans always line up with what is on screen; the
stored sightings supply the links to each identifier's page and whether it is common.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tipoff.model import Assessment, FoundIndicator
from tipoff.store.records import StoredReport
from tipoff.web.highlight import Mark, Segment, segments
from tipoff.web.queries import ReportIndicator
from tipoff.web.scam_types import plain_name

Assessor = Callable[[str, str], Assessment]
Extractor = Callable[[str], list[FoundIndicator]]


@dataclass(frozen=True, slots=True)
class TextView:
    """One text of a report (narrative or a message) ready to render."""

    title: str
    segments: list[Segment]
    meta: str = ""


@dataclass(slots=True)
class ReportView:
    report: StoredReport
    texts: list[TextView] = field(default_factory=list)
    labels: list[tuple[str, str, float]] = field(default_factory=list)  # label, plain, p
    flags: list[tuple[str, str, str]] = field(default_factory=list)  # code, quote, explanation
    identifiers: list[ReportIndicator] = field(default_factory=list)


def indicator_marks(found: list[FoundIndicator], known: dict[str, ReportIndicator]) -> list[Mark]:
    marks = []
    for item in found:
        stored = known.get(item.key)
        href = f"/indicators/{stored.indicator_id}" if stored else f"/indicators?q={item.key}"
        common = item.common or bool(stored and stored.common)
        title = f"{item.key}" + (" (common value: not used to link)" if common else "")
        marks.append(Mark(item.start, item.end, "indicator", item.key, title, href, common))
    return marks


def flag_marks(assessment: Assessment) -> list[Mark]:
    return [
        Mark(f.start, f.end, "flag", f.code, f"red flag: {f.explanation}") for f in assessment.red_flags
    ]


def _texts(report: StoredReport) -> list[tuple[str, str, str, str]]:
    """(title, text, assess kind, meta) for the narrative and every message."""
    out = []
    if report.narrative:
        out.append(("Narrative", report.narrative, "report", ""))
    for number, message in enumerate(report.messages, start=1):
        meta = " · ".join(
            str(message[k]) for k in ("sender", "channel", "from_id", "sent_at") if message.get(k)
        )
        out.append((f"Message {number}", str(message.get("text", "")), "message", meta))
    return out


def _labels(assessment: dict[str, Any] | None) -> list[tuple[str, str, float]]:
    labels = (assessment or {}).get("labels") or {}
    ranked = sorted(((str(k), float(v)) for k, v in labels.items()), key=lambda kv: -kv[1])
    return [(label, plain_name(label), p) for label, p in ranked[:8]]


def build_report_view(
    report: StoredReport, identifiers: list[ReportIndicator], assess: Assessor, extract: Extractor
) -> ReportView:
    """Everything the report page shows, from the stored report and its indicators."""
    known = {i.key: i for i in identifiers}
    view = ReportView(report=report, identifiers=identifiers, labels=_labels(report.assessment))
    seen_flags: set[str] = set()
    for title, text, kind, meta in _texts(report):
        assessment = assess(text, kind)
        marks = indicator_marks(extract(text), known) + flag_marks(assessment)
        view.texts.append(TextView(title, segments(text, marks), meta))
        for flag in assessment.red_flags:
            if flag.code not in seen_flags:
                seen_flags.add(flag.code)
                view.flags.append((flag.code, flag.text, flag.explanation))
    return view
