"""Mixed load against real `tipoff serve` processes on loopback, then a correctness audit.

    .venv/bin/python bench/bench_mixed_load.py --backend sqlite --seconds 300
    .venv/bin/python bench/bench_mixed_load.py --backend postgresql --seconds 300 --servers 2
    .venv/bin/python bench/bench_mixed_load.py --backend sqlite --seconds 120 --kill-every 30

What runs, for ``--seconds``, from one client process with one thread per role:

- writers (``--writers``): POST /api/v1/reports, batches of 1-20 reports from a simulated world,
  as two agencies, a fifth of them TLP:RED or AMBER+STRICT;
- public checkers (``--checkers``): POST /api/v1/check with message texts of the world;
- dashboard readers (``--readers``): logged in as an agency, GET the overview, the network list,
  a network page, a report page and an indicator page, and the API's network list.

``--servers 2`` runs two `tipoff serve` processes on the same database (clients alternate
between them). ``--kill-every S`` kills a random server with SIGKILL every S seconds and starts
it again (writes in flight then fail on the client and are retried once the server is back;
only acknowledged reports are counted).

Then it waits for the servers' background relink (tipoff.link.reconcile) to catch up,
stops the servers and audits: every acknowledged report is stored exactly once; the
stored networks (membership partition, networks of two or more reports) equal what a full
`tipoff relink` of the same database gives; no response was a 5xx. It prints requests/s and
p50/p99 per class, 5xx count, and each server's RSS at start and at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tipoff.link.reconcile import is_behind

TIPOFF = [sys.executable, "-c", "from tipoff.cli.main import run; run()"]
PG_BASE = os.environ.get(
    "TIPOFF_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def run_cli(args: list[str], env: dict[str, str]) -> str:
    done = subprocess.run(
        [*TIPOFF, *args], env=env, capture_output=True, text=True, check=False, timeout=900
    )
    if done.returncode != 0:
        raise SystemExit(f"tipoff {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


@dataclass
class Server:
    port: int
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    rss_start: float = 0.0
    rss_end: float = 0.0
    restarts: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        log = Path(self.env["TIPOFF_LOAD_LOG_DIR"]) / f"server-{self.port}.log"
        with log.open("ab") as sink:  # the child keeps its own handle
            self.process = subprocess.Popen(
                [*TIPOFF, "serve", "--port", str(self.port)],
                env=self.env,
                stdout=sink,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base + "/check", timeout=2).status_code < 500:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise SystemExit(f"server on port {self.port} did not start")

    def kill(self) -> None:
        if self.process is not None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process is not None:
            self.rss_end = rss_mb(self.process.pid)
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    status: dict[str, dict[int, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    acknowledged: set[tuple[str, str]] = field(default_factory=set)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, role: str, seconds: float, status: int) -> None:
        with self.lock:
            self.latencies[role].append(seconds)
            self.status[role][status] += 1


def timed(stats: Stats, role: str, call: Callable[[], httpx.Response]) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        response = call()
    except httpx.HTTPError:
        with stats.lock:
            stats.errors[role] += 1  # connection refused while a server restarts
        time.sleep(0.2)
        return None
    stats.record(role, time.perf_counter() - started, response.status_code)
    return response


def writer(
    servers: list[Server],
    keys: dict[str, str],
    reports: list[dict],
    stats: Stats,
    stop: float,
    seed: int,
) -> None:
    rng = random.Random(seed)
    agencies = sorted(keys)
    while time.monotonic() < stop and reports:
        with stats.lock:
            batch = [reports.pop() for _ in range(min(len(reports), rng.randint(1, 20)))]
        code = rng.choice(agencies)
        for item in batch:
            item.pop("agency", None)
            draw = rng.random()
            item["tlp"] = "red" if draw < 0.1 else "amber+strict" if draw < 0.2 else "amber"
        for _attempt in range(20):  # the same batch again after a failure: intake is idempotent
            server = rng.choice(servers)
            response = timed(
                stats,
                "write",
                lambda s=server, b=batch, k=keys[code]: httpx.post(
                    s.base + "/api/v1/reports",
                    json={"reports": b},
                    headers={"Authorization": f"Bearer {k}"},
                    timeout=60,
                ),
            )
            if response is None or response.status_code >= 500:
                continue
            if response.status_code in (201, 207):
                results = response.json().get("results", [])
                with stats.lock:
                    for result in results:
                        if result.get("status") in ("created", "exists"):
                            stats.acknowledged.add((code, str(result["external_id"])))
            break


def checker(servers: list[Server], texts: list[str], stats: Stats, stop: float, seed: int) -> None:
    rng = random.Random(seed)
    while time.monotonic() < stop:
        server = rng.choice(servers)
        sample = rng.choice(texts)[:2000]
        timed(
            stats,
            "check",
            lambda s=server, t=sample: httpx.post(
                s.base + "/api/v1/check", json={"text": t}, timeout=60
            ),
        )


def login(client: httpx.Client, key: str) -> bool:
    try:
        form = client.get("/login", timeout=30)
        token = re.search(r'name="csrf" value="([^"]+)"', form.text)
        if token is None:
            return False
        done = client.post("/login", data={"api_key": key, "csrf": token.group(1)}, timeout=30)
        return done.status_code < 400
    except httpx.HTTPError:
        return False


def reader(
    servers: list[Server], keys: dict[str, str], stats: Stats, stop: float, seed: int
) -> None:
    rng = random.Random(seed)
    code = rng.choice(sorted(keys))
    clients: dict[int, httpx.Client] = {}
    while time.monotonic() < stop:
        server = rng.choice(servers)
        client = clients.get(server.port)
        if client is None:
            client = httpx.Client(base_url=server.base, follow_redirects=True)
            if not login(client, keys[code]):
                time.sleep(0.5)
                continue
            clients[server.port] = client
        network_id = rng.randint(1, 400)
        report_id = rng.randint(1, 5000)
        path = rng.choice(
            [
                "/overview",
                "/networks",
                f"/networks/{network_id}",
                f"/reports/{report_id}",
                f"/indicators/{rng.randint(1, 20000)}",
            ]
        )
        response = timed(stats, "dashboard", lambda c=client, p=path: c.get(p, timeout=60))
        if response is not None and "/login" in str(response.url):
            clients.pop(server.port, None)  # session lost (server restarted with a new secret)
        timed(
            stats,
            "api-read",
            lambda s=server: httpx.get(
                s.base + "/api/v1/networks?sort=harm_score&limit=20",
                headers={"Authorization": f"Bearer {keys[code]}"},
                timeout=60,
            ),
        )


def killer(servers: list[Server], every: float, stop: float, seed: int) -> None:
    rng = random.Random(seed)
    while time.monotonic() + every < stop:
        time.sleep(every)
        victim = rng.choice(servers)
        victim.kill()
        victim.restarts += 1
        victim.start()


def wait_until_reconciled(url: str, timeout: float) -> float:
    """Seconds until the servers' background relink caught up with the last linked report."""
    started = time.monotonic()
    engine = create_engine(url)
    try:
        while time.monotonic() - started < timeout:
            if not is_behind(engine):
                break
            time.sleep(0.5)
    finally:
        engine.dispose()
    return time.monotonic() - started


def partition(engine_url: str) -> set[frozenset[int]]:
    engine = create_engine(engine_url)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT network_id, report_id FROM network_members")).all()
    engine.dispose()
    groups: dict[int, set[int]] = defaultdict(set)
    for network_id, report_id in rows:
        groups[int(network_id)].add(int(report_id))
    return {frozenset(g) for g in groups.values() if len(g) >= 2}


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def database(backend: str, workdir: Path) -> tuple[str, Callable[[], None]]:
    if backend == "sqlite":
        return f"sqlite:///{workdir / 'load.db'}", lambda: None
    schema = f"load_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_BASE)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(PG_BASE).update_query_dict({"options": f"-csearch_path={schema}"})

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()

    return url.render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--servers", type=int, default=1)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--checkers", type=int, default=2)
    parser.add_argument("--readers", type=int, default=2)
    parser.add_argument("--world-reports", type=int, default=30000)
    parser.add_argument("--kill-every", type=float, default=0)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="tipoff-load-"))
    url, drop = database(args.backend, workdir)
    env = {
        **os.environ,
        "TIPOFF_DATABASE_URL": url,
        "TIPOFF_CHECK_RATE_LIMIT": "100000000",
        "TIPOFF_LOG_LEVEL": "WARNING",
        "TIPOFF_LOAD_LOG_DIR": str(workdir),
    }
    try:
        world = workdir / "world"
        run_cli(
            [
                "simulate",
                "--reports",
                str(args.world_reports),
                "--seed",
                str(args.seed),
                "--out",
                str(world),
            ],
            env,
        )
        run_cli(["db", "upgrade"], env)
        keys: dict[str, str] = {}
        for code in ("LOAD-A", "LOAD-B"):
            out = run_cli(["agency", "add", code, "--name", code, "--country", "JP"], env)
            found = re.search(r"tpk_[A-Za-z0-9_\-]+", out)
            if found is None:
                raise SystemExit(f"no key printed by `tipoff agency add`:\n{out}")
            keys[code] = found.group(0)
        reports = [json.loads(line) for line in (world / "reports.jsonl").open()]
        random.Random(args.seed).shuffle(reports)
        texts = [json.loads(line)["text"] for line in (world / "messages.jsonl").open()]

        servers = [Server(free_port(), env) for _ in range(args.servers)]
        for server in servers:
            server.start()
            assert server.process is not None
            server.rss_start = rss_mb(server.process.pid)

        stats = Stats()
        stop = time.monotonic() + args.seconds
        threads = [
            threading.Thread(target=writer, args=(servers, keys, reports, stats, stop, i))
            for i in range(args.writers)
        ]
        threads += [
            threading.Thread(target=checker, args=(servers, texts, stats, stop, 100 + i))
            for i in range(args.checkers)
        ]
        threads += [
            threading.Thread(target=reader, args=(servers, keys, stats, stop, 200 + i))
            for i in range(args.readers)
        ]
        if args.kill_every:
            threads.append(
                threading.Thread(target=killer, args=(servers, args.kill_every, stop, 300))
            )
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        settled = wait_until_reconciled(url, timeout=300)
        print(f"background relink settled {settled:.1f} s after the load stopped")
        for server in servers:
            server.stop()

        audit(url, env, stats, servers, elapsed, args)
    finally:
        drop()


def audit(
    url: str,
    env: dict[str, str],
    stats: Stats,
    servers: list[Server],
    elapsed: float,
    args: argparse.Namespace,
) -> None:
    engine = create_engine(url)
    with engine.connect() as connection:
        stored = connection.execute(
            text(
                "SELECT a.code, r.external_id FROM reports r JOIN agencies a ON a.id = r.agency_id"
            )
        ).all()
    engine.dispose()
    stored_keys = [(str(c), str(e)) for c, e in stored]
    duplicates = len(stored_keys) - len(set(stored_keys))
    lost = stats.acknowledged - set(stored_keys)
    live = partition(url)
    run_cli(["relink"], env)
    full = partition(url)

    print(
        f"\n{args.backend}, {len(servers)} server(s), {args.seconds:.0f} s, "
        f"{os.cpu_count()} cores, kill every {args.kill_every or '-'} s"
    )
    print(
        f"{'class':<10} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'5xx':>5} {'conn err':>8}"
    )
    total_5xx = 0
    for role in ("write", "check", "dashboard", "api-read"):
        values = stats.latencies.get(role, [])
        fives = sum(n for s, n in stats.status[role].items() if s >= 500)
        total_5xx += fives
        print(
            f"{role:<10} {len(values):>9,} {len(values) / elapsed:>8.1f} "
            f"{percentile(values, 0.5) * 1000:>8.1f} {percentile(values, 0.99) * 1000:>8.1f} "
            f"{fives:>5} {stats.errors.get(role, 0):>8}"
        )
    for role in stats.status:
        print(f"  status codes {role}: {dict(sorted(stats.status[role].items()))}")
    for server in servers:
        print(
            f"server :{server.port} RSS {server.rss_start:.0f} MB -> {server.rss_end:.0f} MB, "
            f"restarts {server.restarts}"
        )
    print(
        f"acknowledged {len(stats.acknowledged):,}, stored {len(stored_keys):,}, "
        f"lost {len(lost)}, duplicated {duplicates}"
    )
    print(f"networks live {len(live):,}, after full relink {len(full):,}, equal: {live == full}")
    if live != full:
        only_live, only_full = live - full, full - live
        print(f"  differing networks: {len(only_live)} only live, {len(only_full)} only relink")
    for log in sorted(Path(env["TIPOFF_LOAD_LOG_DIR"]).glob("server-*.log")):
        errors = [line for line in log.read_text(errors="replace").splitlines() if "Error" in line]
        print(
            f"{log}: {len(errors)} error lines" + (f", last: {errors[-1][:200]}" if errors else "")
        )
        ok = total_5xx == 0 and not lost and duplicates == 0 and live == full
    print("RESULT:", "OK" if ok else "FAILED")
    if not ok:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
