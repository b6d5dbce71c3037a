"""Tip-off exchange speed on loopback (docs/tipoffs.md, docs/benchmarks.md).

Two tipoff API apps (TAXII routes) served by uvicorn on 127.0.0.1 ports, each with its own
database (SQLite by default; ``--kh-database-url`` puts the receiving side on PostgreSQL).
For each tip-off: Japan sends (parts checked, POST to Cambodia's inbox) -> visible in
Cambodia's store; Cambodia acknowledges and syncs back -> visible in Japan's store. Prints
p50/p99 of each leg and of the round trip, then checks sent = received = acknowledged
and that no event is stored twice.

    python bench/bench_tipoffs.py --tipoffs 200 [--kh-database-url postgresql+psycopg://...]

``--kills``: the two sides are real ``tipoff serve`` processes instead, and a thread
``kill -9``s one of them at random every ``--kill-every`` seconds and restarts it while
the tip-offs are sent and acknowledged; whatever failed is re-sent (``sync``) until both
sides agree. Prints sent, received, acknowledged, kills and events per side.

    python bench/bench_tipoffs.py --kills --tipoffs 1000
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
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
from tipoff.share.taxii_client import PartnerError
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


class _Process:
    """A ``tipoff serve`` process that can be killed and restarted."""

    def __init__(self, url: str) -> None:
        self.url, self.port, self.process = url, 0, None

    def start(self) -> None:
        code = "from tipoff.cli.main import run; run()"
        env = os.environ | {"TIPOFF_SHARE_PUBLISH_INTERVAL_S": "0"}
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                code,
                "serve",
                "--port",
                str(self.port),
                "--database-url",
                self.url,
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.05)

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    @property
    def should_exit(self) -> bool:
        return False

    @should_exit.setter
    def should_exit(self, value: bool) -> None:
        if value and self.process is not None:
            self.process.terminate()
            self.process.wait()


def _with_kills(args, stores, agencies, partners, servers) -> None:  # type: ignore[no-untyped-def]
    for server in servers.values():
        server.start()
    stop = threading.Event()
    kills = Counter()

    def killer() -> None:
        rng = random.Random(7)
        while not stop.wait(args.kill_every):
            code = rng.choice(sorted(servers))
            servers[code].kill()
            kills[code] += 1
            servers[code].start()

    thread = threading.Thread(target=killer, daemon=True)
    jp_code, kh_code = "JP-NPA", "KH-ACD"
    jp, kh = SqlTipoffStore(stores[jp_code].engine), SqlTipoffStore(stores[kh_code].engine)
    uids = []
    failures = 0
    started = time.perf_counter()
    thread.start()
    with httpx.Client(timeout=10.0) as client:
        for i in range(args.tipoffs):
            draft = Draft(
                new_uid(),
                jp_code,
                kh_code,
                f"bench tip-off {i}",
                "urgent",
                None,
                (Part("actions", "amber", {"requested": ["investigate"]}),),
            )
            jp.create_draft(agencies[jp_code], draft, at=NOW, actor="bench")
            uids.append(draft.uid)
            try:
                send(
                    jp,
                    stores[jp_code],
                    agencies[jp_code],
                    partners[jp_code],
                    draft.uid,
                    at=datetime.now(UTC),
                    actor="bench",
                    client=client,
                )
            except PartnerError:
                failures += 1
                continue
            try:
                act(
                    kh,
                    agencies[kh_code],
                    draft.uid,
                    "acknowledged",
                    {},
                    at=datetime.now(UTC),
                    actor="bench",
                    event=f"ack-{draft.uid}",
                )
                sync(
                    kh,
                    stores[kh_code],
                    agencies[kh_code],
                    partners[kh_code],
                    draft.uid,
                    at=datetime.now(UTC),
                    client=client,
                )
            except PartnerError:
                failures += 1
        stop.set()
        thread.join()
        rounds = 0
        while True:  # repair: re-send until both sides agree
            rounds += 1
            pending = [
                u for u in uids if jp.get(agencies[jp_code], u).state.value != "acknowledged"
            ]
            if not pending:
                break
            for uid in pending:
                sync(
                    jp,
                    stores[jp_code],
                    agencies[jp_code],
                    partners[jp_code],
                    uid,
                    at=datetime.now(UTC),
                    client=client,
                )
                act(
                    kh,
                    agencies[kh_code],
                    uid,
                    "acknowledged",
                    {},
                    at=datetime.now(UTC),
                    actor="bench",
                    event=f"ack-{uid}",
                )
                sync(
                    kh,
                    stores[kh_code],
                    agencies[kh_code],
                    partners[kh_code],
                    uid,
                    at=datetime.now(UTC),
                    client=client,
                )
    elapsed = time.perf_counter() - started
    sent = len(jp.list(agencies[jp_code], direction="out", state="acknowledged"))
    received = len(kh.list(agencies[kh_code], direction="in"))
    acked = len(kh.list(agencies[kh_code], direction="in", state="acknowledged"))
    events = {}
    for code in (jp_code, kh_code):
        with stores[code].engine.connect() as connection:
            events[code] = connection.execute(
                select(func.count()).select_from(tipoff_events)
            ).scalar()
    print(
        f"{args.tipoffs} tip-offs with kill -9 every {args.kill_every} s in {elapsed:.1f} s: "
        f"kills {dict(kills)}, {failures} exchanges failed and were repaired in {rounds} rounds"
    )
    print(
        f"sent and acknowledged at Japan {sent}, received {received}, acknowledged {acked}; "
        f"events Japan {events[jp_code]}, Cambodia {events[kh_code]} "
        f"(expected {3 * args.tipoffs} each)"
    )
    for server in servers.values():
        server.should_exit = True


def _p(values: list[float]) -> str:
    cuts = quantiles(values, n=100, method="inclusive")
    return f"p50 {cuts[49] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tipoffs", type=int, default=200)
    parser.add_argument("--kh-database-url", default=None)
    parser.add_argument("--kills", action="store_true")
    parser.add_argument("--kill-every", type=float, default=2.0)
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
        if args.kills:
            servers[code], ports[code] = _Process(url), _port()
            servers[code].port = ports[code]
        else:
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
    if args.kills:
        _with_kills(args, stores, agencies, partners, servers)
        return
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
