"""Bulk-write edge cases of the SQL store that the contract suite does not spell out."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine

from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def test_resubmitted_reports_keep_their_id_and_add_no_sightings(engine: Engine) -> None:
    store = SqlReportStore(engine)
    agency = store.add_agency("JP", "JP", "JP", at=T0)
    sighting = NewSighting("phone", "+1", "caller", "+1", "narrative")
    [first] = store.save_reports(
        agency, [NewReport("known", T0, "amber", sightings=(sighting,))], at=T0, actor="t"
    )
    batch = [
        NewReport("new-1", T0, "amber"),
        NewReport("known", T0, "red", sightings=(sighting, sighting)),
        NewReport("new-2", T0, "amber", sightings=(sighting,)),
        NewReport("new-1", T0, "amber"),
    ]
    saved = store.save_reports(agency, batch, at=T0, actor="t")
    assert [(s.external_id, s.created) for s in saved] == [
        ("new-1", True),
        ("known", False),
        ("new-2", True),
        ("new-1", False),
    ]
    assert saved[1].id == first.id and saved[0].id == saved[3].id
    counts = store.counts()
    assert (counts.reports, counts.indicators, counts.sightings) == (3, 1, 2)
    assert (
        store.get_report(first.id, viewer=Viewer.agency(agency.id)).tlp == "amber"
    )  # the stored version is kept
