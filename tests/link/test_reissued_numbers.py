"""Reissued numbers at relink (``tipoff.link.reissued_numbers``, ``load_links``): a number
its carrier gave to someone else joins nothing from the report that says so, nor from reports
dated after it; the crew's own citations before it keep linking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
from sqlalchemy import Engine, select

from tipoff.link.hubs import HubPolicy
from tipoff.link.network_tables import network_members
from tipoff.link.persistence import LinkUpdater, relink
from tipoff.link.reissued_numbers import after_reissue
from tipoff.store.records import NewReport, NewSighting
from tipoff.store.sql import SqlReportStore

NOW = datetime(2026, 3, 31, tzinfo=UTC)
POLICY = HubPolicy(default_threshold=50)
NUMBER = "+639171234567"
NAN = float("nan")


def _after(reissued: list[bool], occurred: list[float], received: list[float], minimum: int = 2):
    """Sightings of one number (indicator 0) by reports 0..n-1, one each."""
    n = len(reissued)
    return after_reissue(
        np.arange(n),
        np.zeros(n, dtype=np.int64),
        np.array(reissued),
        np.array(occurred),
        np.array(received),
        minimum,
    ).tolist()


def test_citations_from_the_first_reissue_report_on_are_cut() -> None:
    # the crew's victims (days 1, 2), two callers who met its new subscriber (received on
    # days 100 and 120), a later report that does not say so (day 130)
    cut = _after([False, False, True, True, False], [1, 2, 90, 95, 130], [3, 4, 100, 120, 131])
    assert cut == [False, False, True, True, True]


def test_a_late_report_of_an_early_scam_keeps_its_citation() -> None:
    # the crew's victim scammed on day 5 reported on day 200, after the callers: the scam
    # happened before the number changed hands
    assert _after([False, True, True], [5, 90, 95], [200, 100, 110]) == [False, True, True]


def test_the_change_is_dated_when_the_reissue_report_was_received() -> None:
    # a caller scammed on day 10 by another crew called the old number later (received on day
    # 100): the crew's victim of day 50 was still the crew's
    assert _after([False, True, True], [50, 10, 12], [51, 100, 101]) == [False, True, True]


def test_one_report_alone_dates_nothing() -> None:
    assert _after([False, True, False], [1, 50, 60], [2, 51, 61]) == [False, True, False]
    assert _after([False, True, False], [1, 50, 60], [2, 51, 61], minimum=1) == [
        False,
        True,
        True,
    ]


def test_undated_reports_are_kept_and_date_nothing() -> None:
    assert _after([False, True, True, False], [NAN, NAN, NAN, 9], [NAN, NAN, NAN, 9]) == [
        False,
        True,
        True,
        False,
    ]


def _sighting(kind: str, value: str, role: str = "contact") -> NewSighting:
    return NewSighting(kind, value, role, value, "narrative", None, None, 1.0, False)


def _report(name: str, days_ago: int, *found: NewSighting) -> NewReport:
    return NewReport(
        external_id=name,
        received_at=NOW - timedelta(days=days_ago),
        occurred_at=NOW - timedelta(days=days_ago + 2),
        tlp="amber",
        victim_country="PH",
        scam_type="investment",
        sightings=found,
    )


def _network(engine: Engine, report_id: int) -> int:
    with engine.connect() as connection:
        return int(
            connection.execute(
                select(network_members.c.network_id).where(network_members.c.report_id == report_id)
            ).scalar_one()
        )


def test_a_recycled_number_joins_neither_its_callers_nor_later_reports(engine: Engine) -> None:
    """Crew C called its victims c1-c2 from the number (and a handle). Months later the
    victims x1 and y1 of two other crews call the number from an old warning post and hear
    from its new subscriber that the carrier gave it to her (role ``reissued``); z1, later
    still, names it without saying so. C stays whole, and none of the others joins C or each
    other: in a relink and in a live add."""
    store = SqlReportStore(engine)
    ph = store.add_agency("PH-PNP", "PNP", "PH", at=NOW)
    phone = _sighting("phone", NUMBER)
    reissued = _sighting("phone", NUMBER, "reissued")
    mentioned = _sighting("phone", NUMBER, "mentioned")
    saved = store.save_reports(
        ph,
        [
            _report("c1", 200, phone, _sighting("handle", "telegram:crew_c")),
            _report("c2", 190, phone),
            _report("c3", 185, _sighting("handle", "telegram:crew_c")),
            _report("x1", 60, reissued, _sighting("handle", "telegram:crew_x")),
            _report("y1", 50, reissued, _sighting("handle", "telegram:crew_y")),
            _report("z1", 40, mentioned, _sighting("handle", "telegram:crew_z")),
        ],
        at=NOW,
        actor="test",
    )
    ids = {s.external_id: s.id for s in saved}
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    nets = {name: _network(engine, i) for name, i in ids.items()}
    assert nets["c1"] == nets["c2"] == nets["c3"]
    assert len({nets["c1"], nets["x1"], nets["y1"], nets["z1"]}) == 4
    [later] = store.save_reports(ph, [_report("w1", 30, reissued)], at=NOW, actor="t")
    assert LinkUpdater(engine, POLICY).add([later.id], NOW)[later.id] not in nets.values()


def test_one_reissue_report_cuts_only_its_own_citation(engine: Engine) -> None:
    """A single report calling the number reissued (perhaps a cue that named the wrong
    number) drops its own citation and nothing else: the crew's later victim still joins."""
    store = SqlReportStore(engine)
    ph = store.add_agency("PH-PNP", "PNP", "PH", at=NOW)
    phone = _sighting("phone", NUMBER)
    saved = store.save_reports(
        ph,
        [
            _report("c1", 200, phone),
            _report("x1", 60, _sighting("phone", NUMBER, "reissued")),
            _report("c2", 40, phone),
        ],
        at=NOW,
        actor="test",
    )
    ids = {s.external_id: s.id for s in saved}
    relink(engine, POLICY, leiden_min_size=500, now=NOW)
    assert _network(engine, ids["c1"]) == _network(engine, ids["c2"])
    assert _network(engine, ids["x1"]) != _network(engine, ids["c1"])
