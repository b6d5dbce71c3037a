"""Tip-off listings with many tip-offs (docs/tipoffs.md, "Paging").

Stores ``--tipoffs`` tip-offs of one agency (half sent, half received; three events and two
parts each; 2 % open and due within 3 days) in a fresh SQLite database (or
``--database-url``'s PostgreSQL, a fresh schema), then times, median of ``--repeat`` runs:
the store's first page and a page 9/10 deep (keyset), the open tip-offs due soon,
``GET /api/v1/tipoffs`` first and deep pages, and the whole ``/tipoffs`` dashboard page
(inbox and outbox pages, due soon, per-partner figures).

    python bench/bench_tipoff_pages.py --tipoffs 10000 [--database-url postgresql+psycopg://...]
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert, select, text
from sqlalchemy.engine import make_url

from tipoff.keys import issue_key
from tipoff.server import create_app
from tipoff.settings import load_settings
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore
from tipoff.tipoffs.store import SqlTipoffStore
from tipoff.tipoffs.tables import tipoff_events, tipoff_parts, tipoffs

NOW = datetime(2026, 12, 6, tzinfo=UTC)


def _url(url: str | None, folder: Path) -> str:
    if url is None:
        return f"sqlite:///{folder / 'pages.db'}"
    schema = f"bench_pages_{uuid.uuid4().hex[:8]}"
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    query = {"options": f"-csearch_path={schema}"}
    return make_url(url).update_query_dict(query).render_as_string(hide_password=False)


def _fill(engine, agency_id: int, code: str, n: int) -> None:  # type: ignore[no-untyped-def]
    rows, chunk = [], 1000
    for i in range(n):
        out = i % 2 == 0
        state = "acknowledged" if i % 50 else "sent"
        rows.append(
            {
                "agency_id": agency_id,
                "uid": f"x-tipoff--{uuid.UUID(int=i + 1)}",
                "direction": "out" if out else "in",
                "partner": f"P-{i % 7}",
                "sender": code if out else f"P-{i % 7}",
                "recipient": f"P-{i % 7}" if out else code,
                "title": f"tip-off {i}",
                "urgency": "urgent",
                "deadline": NOW + timedelta(days=2 if i % 50 == 0 else 30),
                "network_ref": f"network-{i % 300}",
                "state": state,
                "created_at": NOW - timedelta(minutes=n - i),
                "updated_at": NOW,
            }
        )
    with engine.begin() as connection:
        for start in range(0, n, chunk):
            connection.execute(insert(tipoffs), rows[start : start + chunk])
        ids = list(connection.execute(select(tipoffs.c.id).order_by(tipoffs.c.id)).scalars())
        parts, events = [], []
        for pk in ids:
            parts += [
                {
                    "tipoff_id": pk,
                    "kind": "actions",
                    "tlp": "amber",
                    "body": {"requested": ["locate"]},
                },
                {
                    "tipoff_id": pk,
                    "kind": "suspects",
                    "tlp": "amber",
                    "body": {"phones": ["+855120"]},
                },
            ]
            for k, kind in enumerate(("sent", "received", "acknowledged")):
                events.append(
                    {
                        "tipoff_id": pk,
                        "event_id": kind,
                        "kind": kind,
                        "origin": code,
                        "at": NOW + timedelta(hours=k),
                        "recorded_at": NOW,
                        "state_after": kind,
                        "body": {},
                    }
                )
        for start in range(0, len(parts), chunk):
            connection.execute(insert(tipoff_parts), parts[start : start + chunk])
        for start in range(0, len(events), chunk):
            connection.execute(insert(tipoff_events), events[start : start + chunk])


def _median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        work()
        times.append(time.perf_counter() - began)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tipoffs", type=int, default=10_000)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    url = _url(args.database_url, Path(tempfile.mkdtemp(prefix="bench-tipoff-pages-")))
    engine = make_engine(url)
    migrate.upgrade(engine)
    store = SqlReportStore(engine)
    agency = store.add_agency("JP-NPA", "JP-NPA", "JP", at=NOW)
    began = time.perf_counter()
    _fill(engine, agency.id, agency.code, args.tipoffs)
    stored_s = time.perf_counter() - began
    print(f"{args.tipoffs} tip-offs stored in {stored_s:.1f} s ({url.split(':')[0]})")
    tips = SqlTipoffStore(engine)
    first, _ = tips.page(agency, direction="out", limit=50)
    deep_cursor = None
    for _ in range(args.tipoffs // 2 // 50 * 9 // 10):
        _, deep_cursor = tips.page(agency, direction="out", limit=50, cursor=deep_cursor)
    results = {
        "store: first page of 50": _median_ms(
            lambda: tips.page(agency, direction="out"), args.repeat
        ),
        "store: page 90% deep": _median_ms(
            lambda: tips.page(agency, direction="out", cursor=deep_cursor), args.repeat
        ),
        "store: due within 3 days": _median_ms(
            lambda: tips.due(agency, NOW + timedelta(days=3)), args.repeat
        ),
    }
    settings = load_settings(
        database_url=url, environment="test", share_publish_interval_s=0, tipoff_remind_interval_s=0
    )
    app = create_app(settings, clock=lambda: NOW)
    key = issue_key(store, agency, at=NOW, actor="bench")
    auth = {"Authorization": f"Bearer {key}"}
    with TestClient(app) as client:
        page = client.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf
        client.post("/login", data={"api_key": key, "csrf": csrf.group(1)})
        listed = client.get("/api/v1/tipoffs", headers=auth).json()
        assert len(listed["items"]) == 50 and listed["next"]

        def api_first() -> None:
            assert client.get("/api/v1/tipoffs", headers=auth).status_code == 200

        def api_deep() -> None:
            params = {"direction": "out", "cursor": deep_cursor or ""}
            assert client.get("/api/v1/tipoffs", params=params, headers=auth).status_code == 200

        def dashboard() -> None:
            assert client.get("/tipoffs").status_code == 200

        results["API: first page"] = _median_ms(api_first, args.repeat)
        results["API: page 90% deep"] = _median_ms(api_deep, args.repeat)
        began = time.perf_counter()
        dashboard()
        results["/tipoffs: first load"] = (time.perf_counter() - began) * 1000
        results["/tipoffs: median"] = _median_ms(dashboard, args.repeat)
    for name, ms in results.items():
        print(f"{name}: {ms:.1f} ms")
    assert first
    engine.dispose()
    if args.database_url is not None:  # drop the run's schema
        schema = make_url(url).query["options"].removeprefix("-csearch_path=")
        admin = make_engine(args.database_url)
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
