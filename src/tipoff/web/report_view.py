"""The report page's view model: texts with identifiers and red flags marked in place.

Everything comes from what intake stored, so the page shows exactly what was analysed:
identifier spans are the sightings' (source "narrative" or "messages.N"), and red-flag
spans are the stored assessment's, offsets into the one text intake assessed
(``tipoff.assess.report_text``), so each flag is mapped back to its part by the same rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tipoff.assess.report_text import assessed_parts, stored_messages
from tipoff.store.indicator_reads import ReportIndicator
from tipoff.store.records import OWN_ROLE, StoredReport
from tipoff.web.highlight import Mark, Segment, segments
from tipoff.web.scam_types import plain_name


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


@dataclass(frozen=True, slots=True)
class _Text:
    source: str  # "narrative" or "messages.N", as sightings name it
    title: str
    text: str
    meta: str


def report_texts(report: StoredReport) -> list[_Text]:
    """The narrative and every message, in order."""
    out = []
    if report.narrative:
        out.append(_Text("narrative", "Narrative", report.narrative, ""))
    for index, message in enumerate(report.messages):
        text = str(message.get("text") or "")
        meta = " · ".join(
            str(message[k]) for k in ("sender", "channel", "from_id", "sent_at") if message.get(k)
        )
        out.append(_Text(f"messages.{index}", f"Message {index + 1}", text, meta))
    return out


def assessed_offsets(report: StoredReport) -> dict[str, int]:
    """Where each assessed part (by source) starts in the one text intake assessed."""
    parts = assessed_parts(report.narrative, stored_messages(report.messages))
    return {part.source: part.start for part in parts}


def flag_marks(flags: list[dict[str, Any]], offset: int, length: int) -> list[Mark]:
    """Stored red flags that fall inside one text, with spans relative to it."""
    marks = []
    for flag in flags:
        start, end = int(flag.get("start", -1)) - offset, int(flag.get("end", -1)) - offset
        if 0 <= start < end <= length:
            title = f"red flag: {flag.get('explanation', '')}"
            marks.append(Mark(start, end, "flag", str(flag.get("code", "")), title))
    return marks


def shown_sightings(
    report: StoredReport, identifiers: list[ReportIndicator]
) -> list[ReportIndicator]:
    """The report's indicators the reader gets: those of the sightings the store gave back
    (a reader who does not own the report gets none of the victim's own values)."""
    given = {(s.kind, s.value, s.role, s.source, s.span_start) for s in report.sightings}
    return [i for i in identifiers if (i.kind, i.value, i.role, i.source, i.span_start) in given]


def indicator_marks(identifiers: list[ReportIndicator], source: str) -> list[Mark]:
    marks = []
    for item in identifiers:
        if item.source != source or item.span_start is None or item.span_end is None:
            continue
        if item.role == OWN_ROLE:  # the victim's own value: no indicator page to link to
            title = f"{item.key} (the victim's own: not an indicator)"
            marks.append(Mark(item.span_start, item.span_end, "indicator", item.key, title))
            continue
        title = item.key + (" (common value: not used to link)" if item.common else "")
        href = f"/indicators/{item.indicator_id}"
        marks.append(
            Mark(item.span_start, item.span_end, "indicator", item.key, title, href, item.common)
        )
    return marks


def _labels(assessment: dict[str, Any] | None) -> list[tuple[str, str, float]]:
    labels = (assessment or {}).get("labels") or {}
    ranked = sorted(((str(k), float(v)) for k, v in labels.items()), key=lambda kv: -kv[1])
    return [(label, plain_name(label), p) for label, p in ranked[:8]]


def _flag_list(flags: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    seen: dict[str, tuple[str, str, str]] = {}
    for flag in sorted(flags, key=lambda f: -float(f.get("weight", 0))):
        code = str(flag.get("code", ""))
        seen.setdefault(code, (code, str(flag.get("text", "")), str(flag.get("explanation", ""))))
    return list(seen.values())


def build_report_view(report: StoredReport, identifiers: list[ReportIndicator]) -> ReportView:
    """Everything the report page shows, from the stored report and its indicators."""
    flags = list((report.assessment or {}).get("red_flags") or [])
    view = ReportView(report, labels=_labels(report.assessment), flags=_flag_list(flags))
    unique: dict[str, ReportIndicator] = {}
    for item in identifiers:
        unique.setdefault(item.key, item)
    view.identifiers = list(unique.values())
    texts = report_texts(report)
    offsets = assessed_offsets(report)
    for text in texts:
        marks = indicator_marks(identifiers, text.source)
        if text.source in offsets:
            marks += flag_marks(flags, offsets[text.source], len(text.text))
        view.texts.append(TextView(text.title, segments(text.text, marks), text.meta))
    return view
