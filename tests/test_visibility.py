"""The one visibility rule: predicate, SQL clause and NumPy mask agree everywhere."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select

from tipoff.model import TLP
from tipoff.visibility import Audience, Viewer

MARKINGS = [t.value for t in TLP]
OWNERS = [1, 2]
VIEWERS = [
    Viewer.operator(),
    Viewer.agency(1),
    Viewer.agency(2),
    Viewer.public(),
    Viewer.public(include_green=True),
]


def test_agency_rule_is_tlp_2() -> None:
    other = Viewer.agency(2)
    assert [other.sees(m, 1) for m in MARKINGS] == [True, True, True, False, False]
    assert all(Viewer.agency(1).sees(m, 1) for m in MARKINGS)


def test_public_sees_clear_only_by_default() -> None:
    assert [Viewer.public().sees(m, 1) for m in MARKINGS] == [True, False, False, False, False]
    green = Viewer.public(include_green=True)
    assert [green.sees(m, 1) for m in MARKINGS] == [True, True, False, False, False]
    assert Viewer.public().audience is Audience.PUBLIC


def test_operator_sees_everything() -> None:
    assert all(Viewer.operator().sees(m, o) for m in MARKINGS for o in OWNERS)


@pytest.mark.parametrize("viewer", VIEWERS, ids=lambda v: v.describe())
def test_predicate_clause_and_mask_agree(viewer: Viewer) -> None:
    rows = list(itertools.product(MARKINGS, OWNERS))
    metadata = MetaData()
    table = Table(
        "r",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("tlp", String),
        Column("agency_id", Integer),
    )
    engine = create_engine("sqlite://")
    metadata.create_all(engine)
    with engine.begin() as connection:
        connection.execute(
            insert(table), [{"id": i, "tlp": m, "agency_id": o} for i, (m, o) in enumerate(rows)]
        )
        by_sql = set(
            connection.execute(
                select(table.c.id).where(viewer.clause(table.c.tlp, table.c.agency_id))
            ).scalars()
        )
    by_predicate = {i for i, (m, o) in enumerate(rows) if viewer.sees(m, o)}
    tlp = np.array([m for m, _ in rows])
    owner = np.array([o for _, o in rows])
    mask = viewer.mask({m: tlp == m for m in MARKINGS}, owner)
    by_mask = set(np.flatnonzero(mask).tolist())
    assert by_sql == by_predicate == by_mask
