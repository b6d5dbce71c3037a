"""Dashboard reads stay correct while reports are written and linked at the same time.

Before the report columns became immutable snapshots, 56 of 3,430 dashboard reads answered
500 (IndexError / ValueError) while reports were written and relinked: readers saw arrays
half-way through an append, and member ids of reports the columns had not loaded yet.
The race is timing-dependent: on that code this test failed on PostgreSQL in 2 of 2 runs
(2 of about 1,900 reads answered 500 each time) and passed on SQLite in both.
"""

from __future__ import annotations

import re
import sys
import threading
import time
from collections import Counter
from typing import Any

from fastapi.testclient import TestClient
from web_support import T0, WebWorld, populate, populate_tlp_world

READERS = 6
WRITE_ROUNDS = 30
BATCH = 6


def _writer(world: WebWorld, stop: threading.Event, errors: list[BaseException]) -> None:
    """Store simulated reports in small batches, link each batch, relink every fifth one."""
    from tipoff.errors import NotFound
    from tipoff.intake.pipeline import Intake, pseudonymiser_from, validate_report
    from tipoff.link.hubs import HubPolicy
    from tipoff.link.persistence import LinkUpdater, relink
    from tipoff.simulate import World

    try:
        policy = HubPolicy.from_settings(world.settings)
        intake = Intake(world.store, pseudonymiser_from(world.settings), clock=lambda: T0)
        updater = LinkUpdater(world.engine, policy)
        raws = list(World(None, 11).reports(WRITE_ROUNDS * BATCH))
        for round_ in range(WRITE_ROUNDS):
            by_agency: dict[str, list[Any]] = {}
            for raw in raws[round_ * BATCH : (round_ + 1) * BATCH]:
                by_agency.setdefault(str(raw["agency"]), []).append(validate_report(raw))
            stored: list[int] = []
            for code, items in by_agency.items():
                try:
                    agency = world.store.get_agency(code)
                except NotFound:
                    agency = world.store.add_agency(code, code, code[:2], at=T0)
                stored += [
                    o.id for o in intake.submit(agency, items, actor="test") if hasattr(o, "id")
                ]  # type: ignore[union-attr]
            updater.add(stored, T0)
            if round_ % 5 == 4:
                relink(world.engine, policy, world.settings.leiden_min_size, T0)
    except BaseException as error:  # the test reports it
        errors.append(error)
    finally:
        stop.set()


def _reader(
    world: WebWorld, stop: threading.Event, statuses: Counter[int], failures: list[str]
) -> None:
    # A server error must come back as a 500 to count, not end the thread.
    client = world.login(
        TestClient(world.app, follow_redirects=False, raise_server_exceptions=False)
    )
    pages = ["/overview", "/networks", "/overview", "/networks/rows?sort=loss_usd", "/overview"]
    while not stop.is_set():
        table = client.get("/networks?sort=last_seen").text
        networks = re.findall(r'href="/networks/(\d+)"', table)[:3]
        more = [f"/networks/{n}" for n in networks]
        for page in pages + more:
            response = client.get(page)
            statuses[response.status_code] += 1
            if response.status_code >= 500:
                failures.append(f"{page}: {response.status_code}")
            chosen = re.findall(r'data-why-pick="a" data-report="(\d+)"', response.text)[:2]
            if page.startswith("/networks/") and len(chosen) == 2:
                why = client.get(f"{page}/why", params={"a": chosen[0], "b": chosen[1]})
                statuses[why.status_code] += 1
                if why.status_code >= 500:
                    failures.append(f"{page}/why: {why.status_code}")
            for link in re.findall(r'href="(/(?:reports|indicators)/\d+)"', response.text)[:4]:
                answer = client.get(link)
                statuses[answer.status_code] += 1
                if answer.status_code >= 500:
                    failures.append(f"{link}: {answer.status_code}")


def test_dashboard_reads_never_fail_while_reports_are_written_and_relinked(
    web_world: WebWorld,
) -> None:
    populate(web_world)
    populate_tlp_world(web_world)
    # Switch threads far more often than the default 5 ms (1 us), so races show up in seconds.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    stop = threading.Event()
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    errors: list[BaseException] = []
    readers = [
        threading.Thread(target=_reader, args=(web_world, stop, statuses, failures))
        for _ in range(READERS)
    ]
    for thread in readers:
        thread.start()
    time.sleep(0.2)  # readers have loaded the columns once before the writes start
    writer = threading.Thread(target=_writer, args=(web_world, stop, errors))
    writer.start()
    try:
        writer.join(timeout=300)
    finally:
        stop.set()
        for thread in readers:
            thread.join(timeout=60)
        sys.setswitchinterval(interval)
    print(f"dashboard reads during writes: {dict(statuses)}")  # shown with -s
    assert not errors, errors
    assert sum(statuses.values()) > 100, statuses
    assert not failures, (failures[:10], statuses)
