"""Tip-off exchange speed on loopback (docs/tipoffs.md, docs/benchmarks.md).

Two tipoff API apps (TAXII routes) served by uvicorn on 127.0.0.1 ports, each with its own
database (SQLite by default; ``--kh-database-url`` puts the receiving side on PostgreSQL).
For each tip-off: Japan sends (parts checked, POST to Cambodia's inbox) -> visible in
Cambodia's store; Cambodia acknowledges and syncs back -> visible in Japan's store. Prints
p50/p99 of each leg and of the round trip, then checks sent = received = acknowledged
and that no event is stored twice.

    python bench/bench_tipoffs.py --tipoffs 200 [--kh-database-url postgresql+psycopg://...]
"""

from __future__ import annotations

import argparse
import socket
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from statistics import quantiles

import httpx
import uvicorn
from sqlalchemy import func, select

from tipoff.api.routers import taxii
from tipoff.api.routers.taxii import collection_id
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.partners import add_partner, get_partner, set_remote
from tipoff.store import migrate
from tipoff.store.engine import make_engine
from tipoff.store.sql import SqlReportStore
from tipoff.tipoffs.exchange import act, send, sync
from tipoff.tipoffs.model import Draft, Part, new_uid
from tipoff.tipoffs.store import SqlTipoffStore
from tipoff.tipoffs.tables import tipoff_events

NOW = datetime(2026, 12, 6, tzinfo=UTC)


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(url: str) -> tuple[uvicorn.Server, int]:
    app = create_app(Settings(database_url=url, environment="test"), routers=(taxii.router,))
    port = _port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, port


def _p(values: list[float]) -> str:
    cuts = quantiles(values, n=100, method="inclusive")
    return f"p50 {cuts[49] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tipoffs", type=int, default=200)
    parser.add_argument("--kh-database-url", default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-tipoffs-"))
    urls = {
        "JP-NPA": f"sqlite:///{folder / 'jp.db'}",
        "KH-ACD": args.kh_database_url or f"sqlite:///{folder / 'kh.db'}",
    }
    stores, agencies, servers, ports = {}, {}, {}, {}
    for code, url in urls.items():
        engine = make_engine(url)
        migrate.upgrade(engine)
        stores[code] = SqlReportStore(engine)
        agencies[code] = stores[code].add_agency(code, code, code[:2], at=NOW)
        servers[code], ports[code] = _serve(url)
    keys = {}
    for code, other in (("JP-NPA", "KH-ACD"), ("KH-ACD", "JP-NPA")):
        _, keys[code] = add_partner(
            stores[code],
            stores[code].engine,
            agencies[code],
            other,
            clearance="amber",
            at=NOW,
            actor="bench",
        )
    partners = {}
    for code, other in (("JP-NPA", "KH-ACD"), ("KH-ACD", "JP-NPA")):
        engine = stores[code].engine
        partner = get_partner(engine, agencies[code], other)
        set_remote(
            engine,
            partner,
            url=f"http://127.0.0.1:{ports[other]}/taxii2/{other}/",
            collection=None,
            inbox=collection_id(other, "inbox"),
            user=code,
            key=keys[other],
        )
        partners[code] = get_partner(engine, agencies[code], other)
    jp, kh = SqlTipoffStore(stores["JP-NPA"].engine), SqlTipoffStore(stores["KH-ACD"].engine)
    there, back, round_trip = [], [], []
    with httpx.Client(timeout=30.0) as client:
        for i in range(args.tipoffs):
            draft = Draft(
                new_uid(),
                "JP-NPA",
                "KH-ACD",
                f"bench tip-off {i}",
                "urgent",
                None,
                (
                    Part("actions", "amber", {"requested": ["investigate", "locate"]}),
                    Part("victims", "green", {"countries": ["JP"], "count": 3, "losses_usd": 9e4}),
                    Part("suspects", "amber", {"phones": [f"+8551234{i:05d}"]}),
                ),
            )
            jp.create_draft(agencies["JP-NPA"], draft, at=NOW, actor="bench")
            start = time.perf_counter()
            send(
                jp,
                stores["JP-NPA"],
                agencies["JP-NPA"],
                partners["JP-NPA"],
                draft.uid,
                at=datetime.now(UTC),
                actor="bench",
                client=client,
            )
            assert kh.get(agencies["KH-ACD"], draft.uid).state.value == "received"
            arrived = time.perf_counter()
            act(
                kh,
                agencies["KH-ACD"],
                draft.uid,
                "acknowledged",
                {},
                at=datetime.now(UTC),
                actor="bench",
            )
            sync(
                kh,
                stores["KH-ACD"],
                agencies["KH-ACD"],
                partners["KH-ACD"],
                draft.uid,
                at=datetime.now(UTC),
                client=client,
            )
            assert jp.get(agencies["JP-NPA"], draft.uid).state.value == "acknowledged"
            done = time.perf_counter()
            there.append(arrived - start)
            back.append(done - arrived)
            round_trip.append(done - start)
    sent = len(jp.list(agencies["JP-NPA"], direction="out", state="acknowledged"))
    received = len(kh.list(agencies["KH-ACD"], direction="in"))
    acked = len(kh.list(agencies["KH-ACD"], direction="in", state="acknowledged"))
    with stores["JP-NPA"].engine.connect() as connection:
        jp_events = connection.execute(select(func.count()).select_from(tipoff_events)).scalar()
    print(f"{args.tipoffs} tip-offs, Japan on SQLite, Cambodia on {urls['KH-ACD'].split(':')[0]}")
    print(f"send -> visible in Cambodia: {_p(there)}")
    print(f"acknowledge -> visible in Japan: {_p(back)}")
    print(f"round trip: {_p(round_trip)}")
    print(
        f"sent (acknowledged at Japan) {sent}, received {received}, acknowledged {acked}, "
        f"events at Japan {jp_events} (expected {3 * args.tipoffs})"
    )
    for server in servers.values():
        server.should_exit = True


if __name__ == "__main__":
    main()
