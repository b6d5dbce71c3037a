"""Tip-off exchange speed on loopback (docs/tipoffs.md, docs/benchmarks.md).

Two tipoff API apps (TAXII routes) served by uvicorn on 127.0.0.1 ports, each with its own
database (SQLite by default; ``--kh-database-url`` puts the receiving side on PostgreSQL).
For each tip-off: Japan sends (parts checked, POST to Cambodia's inbox) -> visible in
Cambodia's store; Cambodia acknowledges and syncs back -> visible in Japan's store. Prints
p50/p99 of each leg and of the round trip, then checks sent = received = acknowledged
and that no event is stored twice.

    python bench/bench_tipoffs.py --tipoffs 200 [--kh-database-url postgresql+psycopg://...]

``--kills``: the two sides are real ``tipoff serve`` processes instead, and a thread
``kill -9``s one of them at random after a random number of exchanges (``--kill-count``
kills over the run on average; it then waits up to 2 s for a request to that side to be
open, so most kills land mid-request) and restarts it from a warm standby process while
the tip-offs are sent and acknowledged; the sending loop waits for a killed side to be
back, and whatever failed is re-sent (``sync``) until both sides agree. Prints the kills
(and how many landed with a request open), the restart time, sent, received,
acknowledged, events per side and (tip-off, event) pairs stored twice.

    python bench/bench_tipoffs.py --kills --tipoffs 1000 [--kh-database-url ...]
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
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

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


# A standby ``tipoff serve``: everything imported, waiting for one line on stdin to start
# serving. A killed side is replaced by its standby, so a restart costs the app's start-up,
# not Python's imports, and many kills land in one run.
_STANDBY = """
import sys
import tipoff.cli.main
import tipoff.cli.serve
import tipoff.server
sys.argv = ["tipoff", *sys.stdin.readline().split()]
tipoff.cli.main.run()
"""
_QUIET_ENV = {"TIPOFF_SHARE_PUBLISH_INTERVAL_S": "0", "TIPOFF_TIPOFF_REMIND_INTERVAL_S": "0"}


class _Process:
    """A ``tipoff serve`` process that can be killed and restarted (from a warm standby)."""

    def __init__(self, url: str) -> None:
        self.url, self.port = url, 0
        self.process: subprocess.Popen[bytes] | None = None
        self.standby: subprocess.Popen[bytes] | None = None
        self.up = threading.Event()
        self.log = Path(tempfile.mkdtemp(prefix="bench-serve-")) / "stderr.log"

    def _spawn(self) -> subprocess.Popen[bytes]:
        with self.log.open("ab") as sink:
            return subprocess.Popen(
                [sys.executable, "-c", _STANDBY],
                env=os.environ | _QUIET_ENV,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=sink,
            )

    def start(self) -> float:
        """Serve (from the standby, made now if there is none); seconds until healthy."""
        began = time.perf_counter()
        command = f"serve --port {self.port} --database-url {self.url}\n".encode()
        self.process = self.standby if self.standby and self.standby.poll() is None else None
        try:
            assert self.process is not None and self.process.stdin is not None
            self.process.stdin.write(command)
            self.process.stdin.flush()
        except (AssertionError, BrokenPipeError):  # no standby, or it died: a cold start
            if self.standby is not None:
                print(f"standby gone (see {self.log}); cold start", file=sys.stderr)
            self.process = self._spawn()
            assert self.process.stdin is not None
            self.process.stdin.write(command)
            self.process.stdin.flush()
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.02)
        self.up.set()
        self.standby = self._spawn()  # the next restart's, importing while this one serves
        return time.perf_counter() - began

    def kill(self) -> None:
        assert self.process is not None
        self.up.clear()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    @property
    def should_exit(self) -> bool:
        return False

    @should_exit.setter
    def should_exit(self, value: bool) -> None:
        if not value:
            return
        for process in (self.process, self.standby):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()


class _InFlight:
    """Requests under way per port (httpx event hooks), so a kill can wait for one."""

    def __init__(self) -> None:
        self.count: Counter[int] = Counter()
        self.lock = threading.Lock()

    def started(self, request: httpx.Request) -> None:
        with self.lock:
            self.count[request.url.port or 0] += 1

    def ended(self, port: int) -> None:
        with self.lock:
            self.count[port] = max(0, self.count[port] - 1)

    def busy(self, port: int) -> bool:
        with self.lock:
            return self.count[port] > 0


def _with_kills(args, stores, agencies, partners, servers) -> None:  # type: ignore[no-untyped-def]
    for server in servers.values():
        server.start()
    stop = threading.Event()
    kills: Counter[str] = Counter()
    inside: Counter[str] = Counter()  # kills that landed while a request to that side was open
    restarts: list[float] = []
    flight = _InFlight()

    done = [0]  # exchanges started by the sending loop
    spacing = args.tipoffs / max(args.kill_count, 1)

    def killer() -> None:
        """A kill after a random number of exchanges (on average ``spacing``), each while a
        request to the chosen side is open if one opens within 2 s."""
        rng = random.Random(args.seed)
        target = rng.uniform(0.2, 1.8) * spacing
        while not stop.is_set():
            if done[0] < target:
                time.sleep(0.002)
                continue
            code = rng.choice(sorted(servers))
            server = servers[code]
            deadline = time.monotonic() + 2.0
            while not flight.busy(server.port) and time.monotonic() < deadline:
                if stop.is_set():
                    return
                time.sleep(0.0005)
            busy = flight.busy(server.port)
            server.kill()
            kills[code] += 1
            inside[code] += int(busy)
            restarts.append(server.start())
            if args.verbose:
                print(f"kill {code} (request open: {busy}), back in {restarts[-1]:.2f} s")
            target = done[0] + rng.uniform(0.2, 1.8) * spacing

    def wait_up() -> None:
        for server in servers.values():
            server.up.wait(120)

    thread = threading.Thread(target=killer, daemon=True)
    jp_code, kh_code = "JP-NPA", "KH-ACD"
    jp, kh = SqlTipoffStore(stores[jp_code].engine), SqlTipoffStore(stores[kh_code].engine)
    uids = []
    failures = 0
    started = time.perf_counter()
    thread.start()

    def response_hook(response: httpx.Response) -> None:
        flight.ended(response.request.url.port or 0)

    def request_hook(request: httpx.Request) -> None:
        flight.started(request)

    class _Client(httpx.Client):
        def send(self, request: httpx.Request, **kwargs):  # type: ignore[no-untyped-def,override]
            try:
                return super().send(request, **kwargs)
            except httpx.HTTPError:
                flight.ended(request.url.port or 0)  # no response: the request ended here
                raise

    hooks = {"request": [request_hook], "response": [response_hook]}
    with _Client(timeout=10.0, event_hooks=hooks) as client:
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
            done[0] = i
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
                wait_up()  # the exchange is repaired by sync at the end
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
                wait_up()
        stop.set()
        thread.join()
        wait_up()
        worked = time.perf_counter() - started
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
    events, twice = {}, {}
    for code in (jp_code, kh_code):
        with stores[code].engine.connect() as connection:
            events[code] = connection.execute(
                select(func.count()).select_from(tipoff_events)
            ).scalar()
            twice[code] = connection.execute(
                select(func.count()).select_from(
                    select(tipoff_events.c.tipoff_id, tipoff_events.c.event_id)
                    .group_by(tipoff_events.c.tipoff_id, tipoff_events.c.event_id)
                    .having(func.count() > 1)
                    .subquery()
                )
            ).scalar()
    cuts = quantiles(restarts, n=2, method="inclusive") if len(restarts) > 1 else restarts
    print(
        f"{args.tipoffs} tip-offs, Japan on SQLite, "
        f"Cambodia on {servers[kh_code].url.split(':')[0]}, "
        f"~{args.kill_count} kills of a random side (seed {args.seed}): "
        f"{elapsed:.1f} s ({worked:.1f} s under kills, then {rounds} repair rounds)"
    )
    print(
        f"kills {sum(kills.values())} (JP {kills[jp_code]}, KH {kills[kh_code]}), of which "
        f"{sum(inside.values())} with a request to that side open (JP {inside[jp_code]}, "
        f"KH {inside[kh_code]}); restart median {cuts[0]:.2f} s; {failures} exchanges failed"
    )
    print(
        f"sent and acknowledged at Japan {sent}, received {received}, acknowledged {acked}; "
        f"events Japan {events[jp_code]}, Cambodia {events[kh_code]} "
        f"(expected {3 * args.tipoffs} each); (tip-off, event) stored twice: "
        f"Japan {twice[jp_code]}, Cambodia {twice[kh_code]}"
    )
    for server in servers.values():
        server.should_exit = True


def _fresh_schema(url: str | None) -> str | None:
    """A PostgreSQL URL on a new, empty schema of that database (each run starts empty)."""
    if url is None or not url.startswith("postgresql"):
        return url
    schema = f"bench_tipoffs_{int(time.time())}_{os.getpid()}"
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    return (
        make_url(url)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )


def _p(values: list[float]) -> str:
    cuts = quantiles(values, n=100, method="inclusive")
    return f"p50 {cuts[49] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tipoffs", type=int, default=200)
    parser.add_argument("--kh-database-url", default=None)
    parser.add_argument("--kills", action="store_true")
    parser.add_argument(
        "--kill-count", type=int, default=30, help="Kills wanted over the run (on average)."
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--verbose", action="store_true", help="Print each kill.")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-tipoffs-"))
    kh_url = _fresh_schema(args.kh_database_url)
    urls = {
        "JP-NPA": f"sqlite:///{folder / 'jp.db'}",
        "KH-ACD": kh_url or f"sqlite:///{folder / 'kh.db'}",
    }
    try:
        _bench(args, urls)
    finally:
        _drop_schema(args.kh_database_url, kh_url)


def _drop_schema(url: str | None, schema_url: str | None) -> None:
    """Drop the fresh schema of _fresh_schema, so runs leave nothing in the database."""
    if url is None or schema_url is None or schema_url == url:
        return
    options = make_url(schema_url).query.get("options", "")
    schema = str(options).removeprefix("-csearch_path=")
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    admin.dispose()


def _bench(args: argparse.Namespace, urls: dict[str, str]) -> None:
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
