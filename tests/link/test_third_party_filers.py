"""Reports filed by banks' fraud desks and NGOs (the `third-party-filers` scenario,
tipoff.simulate.spoofing and tipoff.simulate.rescam.PRIOR_CASE): a desk's note of the
customer's earlier, unrelated case names another crew's account or wallet, which must join
no crews (tipoff.indicators.earlier_words, Role.EARLIER; docs/networks.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tipoff.evaluation.scenario_links import LinkSetup, link_through_store
from tipoff.settings import load_settings
from tipoff.simulate import simulate
from tipoff.simulate.reports import agencies
from tipoff.simulate.scenarios import scenario
from tipoff.store.engine import make_engine
from tipoff.store.tables import sightings

N = 400


@pytest.fixture(scope="module")
def filed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("filers")
    world, database = out / "world", out / "world.db"
    simulate(scenario("third-party-filers").config(), 2, world, N, workers=1)
    link_through_store(
        world / "reports.jsonl", agencies(), database, LinkSetup.from_settings(load_settings())
    )
    return world, database


def test_desk_notes_of_earlier_cases_are_stored_as_earlier(filed: tuple[Path, Path]) -> None:
    _, database = filed
    engine = make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            roles = dict(
                connection.execute(
                    select(sightings.c.role, func.count()).group_by(sightings.c.role)
                ).all()
            )
    finally:
        engine.dispose()
    assert roles.get("earlier", 0) >= 10
