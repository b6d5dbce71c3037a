"""Publishing the TAXII collections: every tier its partners hold, concurrently without
duplicates, and in the background of the server."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from taxii_world import NOW, taxii_world

from tipoff.api.routers import taxii
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.collection import publish
from tipoff.share.partners import get_partner, revoke_partner
from tipoff.share.publisher import Publisher, publish_all
from tipoff.share.tables import share_objects


def _rows(engine) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        rows = connection.execute(select(func.count()).where(share_objects.c.latest)).scalar_one()
        distinct = connection.execute(
            select(func.count()).select_from(
                select(share_objects.c.tier, share_objects.c.stix_id)
                .where(share_objects.c.latest)
                .distinct()
                .subquery()
            )
        ).scalar_one()
    return rows, distinct


def test_publish_all_covers_the_tiers_partners_hold(tmp_path: Path, database_url: str) -> None:
    world = taxii_world(tmp_path, database_url)
    engine = world.store.engine
    done = publish_all(engine, at=NOW)
    assert {(code, p.tier) for code, p in done} == {
        ("JP-NPA", "clear"),
        ("JP-NPA", "green"),
        ("JP-NPA", "amber"),
        ("JP-NPA", "own"),
        ("KH-POL", "amber"),
    }
    # JP-NPA's tiers were published when the partners were added: nothing changes.
    assert all(p.added == p.rewritten == p.removed == 0 for c, p in done if c == "JP-NPA")
    revoke_partner(
        world.store, engine, get_partner(engine, world.agency, "P-GREEN"), at=NOW, actor="t"
    )
    assert "green" not in {p.tier for code, p in publish_all(engine, at=NOW) if code == "JP-NPA"}
    engine.dispose()


def test_concurrent_publishers_store_each_object_once(tmp_path: Path, database_url: str) -> None:
    world = taxii_world(tmp_path, database_url)
    engine = world.store.engine
    with engine.begin() as connection:
        connection.execute(share_objects.delete())
    partner = get_partner(engine, world.agency, "P-OWN")
    errors: list[BaseException] = []

    def run() -> None:
        try:
            publish(engine, world.agency, "own", partner.receiver(), at=NOW)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    rows, distinct = _rows(engine)
    assert rows == distinct > 0
    engine.dispose()


def test_the_server_publishes_in_the_background(tmp_path: Path) -> None:
    world = taxii_world(tmp_path)
    engine = world.store.engine
    with engine.begin() as connection:
        connection.execute(share_objects.delete())
    publisher = Publisher(engine, 0.05, lambda: NOW)
    publisher.start()
    try:
        deadline = time.monotonic() + 20
        while _rows(engine)[0] == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        publisher.stop()
    rows, distinct = _rows(engine)
    assert rows == distinct > 0
    engine.dispose()


def test_the_server_runs_a_publisher_unless_the_interval_is_zero(tmp_path: Path) -> None:
    world = taxii_world(tmp_path)
    for interval, expected in ((300.0, True), (0.0, False)):
        settings = Settings(
            database_url=world.url, environment="test", share_publish_interval_s=interval
        )
        with TestClient(create_app(settings, routers=(taxii.router,))):
            names = {thread.name for thread in threading.enumerate()}
        assert ("tipoff-publish" in names) is expected
    world.store.engine.dispose()
