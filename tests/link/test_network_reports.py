"""``link.network_reports``: one network's reports, sorted and paginated, as a viewer sees them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from tipoff.errors import NotFound, ValidationError
from tipoff.link.hubs import HubPolicy
from tipoff.link.network_reports import network_reports
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import relink
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore
from tipoff.visibility import Viewer

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def phone(number: str) -> NewSighting:
    return NewSighting("phone", number, "caller", number, "narrative", None, None, 1.0, False)


def linked(engine: Engine) -> tuple[int, list[int], int, int]:
    """Five JP reports on one phone (the last two red), two more on another phone, all red.

    Returns the first network's id, its report ids in intake order, the all-red network's id
    and the KH agency's id (KH sees the green reports only).
    """
    store = SqlReportStore(engine)
    jp = store.add_agency("JP-NPA", "NPA", "JP", at=NOW)
    kh = store.add_agency("KH-ACD", "ACD", "KH", at=NOW)
    losses = [300.0, None, 100.0, 500.0, 200.0]
    saved = store.save_reports(
        jp,
        [
            NewReport(
                external_id=f"n-{i}",
                received_at=NOW - timedelta(days=i),
                tlp="red" if i >= 3 else "green",
                loss_usd=loss,
                victim_country="JP",
                sightings=(phone("+85511111111"),),
            )
            for i, loss in enumerate(losses)
        ]
        + [
            NewReport(
                external_id=f"hidden-{i}",
                received_at=NOW,
                tlp="red",
                sightings=(phone("+85522222222"),),
            )
            for i in range(2)
        ],
        at=NOW,
        actor="t",
    )
    relink(engine, HubPolicy(50), 500, NOW)
    with engine.connect() as connection:
        network = connection.execute(
            select(network_members.c.network_id).where(network_members.c.report_id == saved[0].id)
        ).scalar_one()
        hidden = connection.execute(
            select(network_members.c.network_id).where(network_members.c.report_id == saved[5].id)
        ).scalar_one()
    assert hidden != network
    return int(network), [s.id for s in saved[:5]], int(hidden), kh.id


def test_sorted_and_paginated_without_overlap(engine: Engine) -> None:
    network, ids, _, _ = linked(engine)
    with engine.connect() as connection:
        oldest_first = network_reports(connection, network, Viewer.operator(), limit=2)
        assert oldest_first.total == 5 and oldest_first.next_offset == 2
        assert [r["id"] for r in oldest_first.items] == [ids[4], ids[3]]
        pages = [
            network_reports(connection, network, Viewer.operator(), limit=2, offset=o)
            for o in (0, 2, 4)
        ]
        assert [r["id"] for p in pages for r in p.items] == [ids[4], ids[3], ids[2], ids[1], ids[0]]
        assert pages[-1].next_offset is None
        by_loss = network_reports(connection, network, Viewer.operator(), "loss_usd", True)
        # Largest loss first; the report without a loss comes last.
        assert [r["loss_usd"] for r in by_loss.items] == [500.0, 300.0, 200.0, 100.0, None]


def test_an_agency_sees_only_its_visible_members_and_hidden_networks_are_not_found(
    engine: Engine,
) -> None:
    network, ids, hidden, kh = linked(engine)
    with engine.connect() as connection:
        seen = network_reports(connection, network, Viewer.agency(kh))
        assert seen.total == 3 and {r["id"] for r in seen.items} == set(ids[:3])
        assert all(r["tlp"] != "red" for r in seen.items)
        with pytest.raises(NotFound) as error:
            network_reports(connection, hidden, Viewer.agency(kh))
        with pytest.raises(NotFound) as unknown:
            network_reports(connection, 999_999, Viewer.agency(kh))
        assert str(error.value).replace(str(hidden), "N") == str(unknown.value).replace(
            "999999", "N"
        )


def test_bad_sort_and_page_are_validation_errors(engine: Engine) -> None:
    network, _, _, _ = linked(engine)
    with engine.connect() as connection:
        with pytest.raises(ValidationError):
            network_reports(connection, network, Viewer.operator(), sort="password")
        with pytest.raises(ValidationError):
            network_reports(connection, network, Viewer.operator(), limit=0)
