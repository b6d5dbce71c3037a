"""The intake pipeline: outcomes in order, bad items never costing good ones."""

from __future__ import annotations

from datetime import UTC, datetime

from tipoff.intake.analyse import Analyser
from tipoff.intake.pipeline import Intake, Rejected, validate_report
from tipoff.intake.schema import ReportIn
from tipoff.model import FoundIndicator, IndicatorKind
from tipoff.pseudonym import Pseudonymiser
from tipoff.store.memory import MemoryReportStore
from tipoff.store.records import SavedReport

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def fragile(text: str, *, country_hint: str | None = None) -> list[FoundIndicator]:
    """An extractor with a bug on one input, as a stand-in for any analysis failure."""
    if "boom" in text:
        raise RuntimeError("extractor bug")
    return [FoundIndicator(IndicatorKind.PHONE, "+1" + str(len(text)), 0, 1, text[:1])]


def test_validation_names_field_paths_without_echoing_values() -> None:
    rejected = validate_report(
        {"external_id": "x", "victim": {"name": "SECRET", "colour": "SECRET2"}}
    )
    assert isinstance(rejected, Rejected) and rejected.external_id == "x"
    assert [e.path for e in rejected.errors] == ["victim.colour"]
    assert "SECRET" not in repr(rejected)
    assert isinstance(validate_report([1]), Rejected)
    assert isinstance(validate_report({"external_id": "ok", "narrative": "a call"}), ReportIn)


def test_outcomes_follow_input_order_across_batches_and_failures() -> None:
    store = MemoryReportStore()
    agency = store.add_agency("JP", "JP", "JP", at=NOW)
    intake = Intake(
        store,
        Pseudonymiser(b"k"),
        clock=lambda: NOW,
        analyser=Analyser(fragile, with_assessment=False),
        batch_size=2,
    )
    items = [
        ReportIn(external_id=name, narrative=text)
        for name, text in [
            ("a", "fine"),
            ("b", "boom"),
            ("c", "fine too"),
            ("a", "again"),
            ("d", "x"),
        ]
    ]
    items.append(ReportIn(external_id="e", agency="KH"))
    outcomes = intake.submit(agency, items, actor="t")
    summary = [(type(o).__name__, getattr(o, "created", None)) for o in outcomes]
    assert summary == [
        ("SavedReport", True),
        ("Rejected", None),
        ("SavedReport", True),
        ("SavedReport", False),
        ("SavedReport", True),
        ("Rejected", None),
    ]
    assert isinstance(outcomes[3], SavedReport) and isinstance(outcomes[0], SavedReport)
    assert outcomes[3].id == outcomes[0].id
    assert store.counts().reports == 3 and store.counts().sightings == 3
    assert [e.action for e in store.audit_entries()].count("write") == 3
