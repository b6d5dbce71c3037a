"""Bulk-write edge cases of the SQL store that the contract suite cannot provoke."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine

from tipoff.store import bulk
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def test_a_report_stored_concurrently_is_not_duplicated(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Between our SELECT of known ids and our INSERT another writer stored the same report."""
    store = SqlReportStore(engine)
    agency = store.add_agency("JP", "JP", "JP", at=T0)
    [first] = store.save_reports(agency, [NewReport("race", T0, "amber")], at=T0, actor="other writer")
    real_lookup = bulk._existing_ids
    calls: list[set[str]] = []

    def stale_lookup(connection, agency_id, external_ids):  # type: ignore[no-untyped-def]
        calls.append(set(external_ids))
        return {} if len(calls) == 1 else real_lookup(connection, agency_id, external_ids)

    monkeypatch.setattr(bulk, "_existing_ids", stale_lookup)
    sighting = NewSighting("phone", "+1", "caller", "+1", "narrative")
    saved = store.save_reports(agency, [NewReport("race", T0, "amber", sightings=(sighting,)),
                                        NewReport("fresh", T0, "amber")], at=T0, actor="us")
    assert [(s.external_id, s.id == first.id, s.created) for s in saved] == [
        ("race", True, False), ("fresh", False, True)]
    assert calls == [{"race", "fresh"}, {"race"}]
    counts = store.counts()
    assert (counts.reports, counts.sightings) == (2, 0)  # the lost report's sightings are not added
