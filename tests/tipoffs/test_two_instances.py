"""Issue 15, item 5: a Japanese and a Cambodian instance, two `tipoff serve` processes.

The Japanese instance runs on SQLite, the Cambodian on PostgreSQL (a fresh schema), each
with its own partner keys, on loopback ports. Japan ingests a small simulated world, finds
the largest network operating from Cambodia (the world's truth names the compound's
country; the analyst's knowledge in this test) and sends a tip-off; Cambodia receives it,
acknowledges, asks a question and reports an outcome; Japan sees all of it. Along the way:
a RED report never reaches Cambodia, a part marked RED stops the send, a re-send after a
network failure arrives once, and `kill -9` of either side mid-exchange loses and
duplicates nothing after a restart.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import create_engine, func, select, text
from tests.conftest import _postgres_schema_url
from tests.share.loopback import free_port
from typer.testing import CliRunner

from tipoff.api.routers.taxii import collection_id
from tipoff.cli.main import build_app
from tipoff.link.network_tables import network_members
from tipoff.store.sql import SqlReportStore
from tipoff.store.tables import reports
from tipoff.tipoffs.model import Draft, Part, new_uid
from tipoff.tipoffs.store import SqlTipoffStore
from tipoff.tipoffs.tables import tipoff_attachments, tipoff_events, tipoffs

pytestmark = pytest.mark.postgres
SRC = Path(__file__).resolve().parents[2] / "src"
runner = CliRunner()


def cli(*args: str, ok: bool = True, env: dict[str, str] | None = None) -> Any:
    result = runner.invoke(build_app(), list(args), env=env)
    if ok:
        assert result.exit_code == 0, result.output
    return result


class Instance:
    """One `tipoff serve` process on a loopback port, restartable."""

    def __init__(self, url: str, log: Path) -> None:
        self.url, self.port, self.log = url, free_port(), log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, **extra_env: str) -> None:
        env = os.environ | {"PYTHONPATH": str(SRC), "TIPOFF_SHARE_PUBLISH_INTERVAL_S": "0"}
        env |= extra_env
        code = "from tipoff.cli.main import run; run()"
        args = ["serve", "--port", str(self.port), "--database-url", self.url]
        with self.log.open("ab") as sink:
            self.process = subprocess.Popen(
                [sys.executable, "-c", code, *args], env=env, stdout=sink, stderr=sink
            )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                if httpx.get(f"{self.base}/api/v1/health", timeout=1).status_code < 500:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError(f"serve did not start: {self.log.read_text()[-2000:]}")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


@pytest.fixture
def instances(tmp_path: Path) -> Iterator[tuple[Instance, Instance]]:
    urls = _postgres_schema_url(f"t_{uuid.uuid4().hex[:16]}")
    jp = Instance(f"sqlite:///{tmp_path / 'jp.db'}", tmp_path / "jp.log")
    kh = Instance(next(urls), tmp_path / "kh.log")
    try:
        yield jp, kh
    finally:
        for side in (jp, kh):
            if side.process is not None and side.process.poll() is None:
                side.process.terminate()
                side.process.wait(timeout=10)
        for _ in urls:
            pass


def _key(output: str) -> str:
    return output.strip().splitlines()[-1].strip()


def _setup(jp: Instance, kh: Instance, world: Path) -> dict[str, str]:
    """Agencies, partners and the world; the agencies' API keys."""
    api_keys = {}
    for side, code, country in ((jp, "JP-NPA", "JP"), (kh, "KH-ACD", "KH")):
        cli("init", "--database-url", side.url)
        added = cli(
            "agency", "add", code, "--name", code, "--country", country, "--database-url", side.url
        )
        api_keys[code] = _key(added.output)
    jp_key = _key(
        cli(
            "share",
            "partner",
            "add",
            "KH-ACD",
            "--agency",
            "JP-NPA",
            "--clearance",
            "amber",
            "--database-url",
            jp.url,
        ).output
    )
    kh_key = _key(
        cli(
            "share",
            "partner",
            "add",
            "JP-NPA",
            "--agency",
            "KH-ACD",
            "--clearance",
            "amber",
            "--database-url",
            kh.url,
        ).output
    )
    for side, code, other, key, user in (
        (jp, "JP-NPA", kh, kh_key, "JP-NPA"),
        (kh, "KH-ACD", jp, jp_key, "KH-ACD"),
    ):
        partner = "KH-ACD" if code == "JP-NPA" else "JP-NPA"
        cli(
            "share",
            "partner",
            "remote",
            partner,
            "--agency",
            code,
            "--url",
            f"{other.base}/taxii2/{partner}/",
            "--inbox",
            collection_id(partner, "inbox"),
            "--user",
            user,
            "--database-url",
            side.url,
            env={"TIPOFF_PARTNER_KEY": key},
        )
    cli("ingest", str(world / "reports.jsonl"), "--agency", "JP-NPA", "--database-url", jp.url)
    return api_keys


def _world(tmp_path: Path) -> tuple[Path, set[str], str]:
    """A small world; the largest Cambodia-based network's reports; one of them marked RED."""
    world = tmp_path / "world"
    cli("simulate", "--out", str(world), "--reports", "400", "--networks", "6", "--seed", "11")
    bases = {
        row["network"]: row["base_country"]
        for row in map(orjson.loads, (world / "truth" / "networks.jsonl").read_bytes().splitlines())
    }
    members: dict[str, set[str]] = {}
    for line in (world / "truth" / "report_network.jsonl").read_bytes().splitlines():
        row = orjson.loads(line)
        network = row.get("network")
        if network and bases.get(network) == "KH":
            members.setdefault(network, set()).add(row["external_id"])
    largest = max(members.values(), key=len)
    red = sorted(largest)[0]
    lines = []
    for line in (world / "reports.jsonl").read_bytes().splitlines():
        row = orjson.loads(line) | {"agency": "JP-NPA"}  # Japan's instance holds them all
        if row["external_id"] == red:
            row["tlp"] = "red"
        lines.append(orjson.dumps(row))
    (world / "reports.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    return world, largest, red


def _network_of(url: str, external_ids: set[str]) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = (
            connection.execute(
                select(network_members.c.network_id)
                .join(reports, reports.c.id == network_members.c.report_id)
                .where(reports.c.external_id.in_(sorted(external_ids)))
            )
            .scalars()
            .all()
        )
    engine.dispose()
    return Counter(rows).most_common(1)[0][0]


def _show(side: Instance, code: str, uid: str) -> dict[str, Any]:
    return orjson.loads(
        cli("tipoffs", "show", uid, "--agency", code, "--database-url", side.url).stdout
    )


def _counts(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        heads = connection.execute(select(func.count()).select_from(tipoffs)).scalar_one()
        events = connection.execute(select(func.count()).select_from(tipoff_events)).scalar_one()
    engine.dispose()
    return heads, events


def test_japan_tips_off_cambodia_and_sees_the_outcome(
    instances: tuple[Instance, Instance], tmp_path: Path
) -> None:
    started = time.monotonic()
    jp, kh = instances
    world, members, red = _world(tmp_path)
    api_keys = _setup(jp, kh, world)
    jp.start()
    kh.start()
    network = _network_of(jp.url, members)

    # A part marked RED stops the send: nothing leaves, the draft stays a draft.
    refused = orjson.loads(
        cli(
            "tipoffs",
            "draft",
            "--agency",
            "JP-NPA",
            "--network",
            str(network),
            "--to",
            "KH-ACD",
            "--hotspot",
            "Phnom Penh",
            "--location-tlp",
            "red",
            "--database-url",
            jp.url,
        ).stdout
    )
    result = cli(
        "tipoffs", "send", refused["id"], "--agency", "JP-NPA", "--database-url", jp.url, ok=False
    )
    assert result.exit_code != 0 and "location (TLP:RED)" in result.output
    assert _show(jp, "JP-NPA", refused["id"])["state"] == "draft"

    made = orjson.loads(
        cli(
            "tipoffs",
            "draft",
            "--agency",
            "JP-NPA",
            "--network",
            str(network),
            "--to",
            "KH-ACD",
            "--hotspot",
            "Phnom Penh",
            "--actions",
            "locate,arrest_and_return,freeze_accounts",
            "--database-url",
            jp.url,
        ).stdout
    )
    uid = made["id"]
    assert made["reports_left_out"] >= 1  # the RED report is not in the draft
    assert red not in orjson.dumps(made).decode()

    # Network failure: Cambodia is down when Japan sends; the send is kept, then re-sent.
    kh.kill()
    result = cli("tipoffs", "send", uid, "--agency", "JP-NPA", "--database-url", jp.url, ok=False)
    assert result.exit_code != 0
    assert _show(jp, "JP-NPA", uid)["state"] == "sent"
    kh.start()
    for _ in range(3):  # re-sent three times: it arrives once
        cli("tipoffs", "sync", uid, "--agency", "JP-NPA", "--database-url", jp.url)
    assert _counts(kh.url) == (1, 2)  # the tip-off, its sent and received events
    inbox = orjson.loads(
        cli(
            "tipoffs", "list", "--agency", "KH-ACD", "--direction", "in", "--database-url", kh.url
        ).stdout
    )
    assert [t["id"] for t in inbox] == [uid] and inbox[0]["state"] == "received"
    assert {p["kind"] for p in inbox[0]["parts"]} >= {"network", "victims", "actions", "location"}

    # Cambodia acknowledges and asks; Japan is killed mid-exchange and comes back.
    cli("tipoffs", "ack", uid, "--agency", "KH-ACD", "--database-url", kh.url)
    jp.kill()
    result = cli(
        "tipoffs",
        "message",
        uid,
        "--agency",
        "KH-ACD",
        "--event-id",
        "q1",
        "--text",
        "Which building of the compound?",
        "--database-url",
        kh.url,
        ok=False,
    )
    assert result.exit_code != 0  # stored at Cambodia, not delivered
    jp.start()
    cli("tipoffs", "sync", "--agency", "KH-ACD", "--database-url", kh.url)
    cli("tipoffs", "sync", "--agency", "KH-ACD", "--database-url", kh.url)
    cli(
        "tipoffs",
        "message",
        uid,
        "--agency",
        "JP-NPA",
        "--text",
        "Building B, floors 3-5",
        "--database-url",
        jp.url,
    )
    progress = httpx.post(  # through the API this time
        f"{kh.base}/api/v1/tipoffs/{uid}/events",
        json={"kind": "progress", "body": {"text": "raid planned"}, "event_id": "p1"},
        headers={"Authorization": f"Bearer {api_keys['KH-ACD']}"},
        timeout=30,
    )
    assert progress.status_code == 201, progress.text
    assert progress.json()["state"] == "in_progress"
    figures = {
        "arrests": 25,
        "people_returned": 25,
        "accounts_frozen": 4,
        "amount_frozen_usd": 310000,
        "compound_raided": True,
    }
    cli(
        "tipoffs",
        "outcome",
        uid,
        "--agency",
        "KH-ACD",
        "--figures",
        orjson.dumps(figures).decode(),
        "--database-url",
        kh.url,
    )

    sender, receiver = _show(jp, "JP-NPA", uid), _show(kh, "KH-ACD", uid)
    kinds = ["sent", "received", "acknowledged", "message", "message", "progress", "outcome"]
    assert [e["kind"] for e in sender["events"]] == kinds
    assert sorted(e["id"] for e in sender["events"]) == sorted(e["id"] for e in receiver["events"])
    assert sender["state"] == receiver["state"] == "outcome"
    assert sender["events"][-1]["body"]["arrests"] == 25
    assert (
        orjson.loads(
            cli("tipoffs", "stats", "--agency", "JP-NPA", "--database-url", jp.url).stdout
        )[0]["outcomes"]
        == 1
    )
    stats = httpx.get(
        f"{jp.base}/api/v1/tipoffs/figures",
        headers={"Authorization": f"Bearer {api_keys['JP-NPA']}"},
        timeout=30,
    ).json()["items"]
    there = httpx.get(
        f"{kh.base}/api/v1/tipoffs/{uid}",
        headers={"Authorization": f"Bearer {api_keys['KH-ACD']}"},
        timeout=30,
    )
    assert there.json()["state"] == "outcome"
    assert httpx.get(f"{jp.base}/api/v1/tipoffs/{uid}", timeout=30).status_code == 401
    on_network = httpx.get(  # the network's tip-offs, with their outcome, as Japan sees them
        f"{jp.base}/api/v1/tipoffs",
        params={"network": network},
        headers={"Authorization": f"Bearer {api_keys['JP-NPA']}"},
        timeout=30,
    ).json()["items"]
    assert {(t["id"], t["state"]) for t in on_network} == {
        (uid, "outcome"),
        (refused["id"], "draft"),
    }
    assert stats[0]["partner"] == "KH-ACD" and stats[0]["outcome_rate"] == 1.0
    assert stats[0]["arrests"] == 25 and stats[0]["amount_frozen_usd"] == 310000

    # Nothing twice, nothing lost, on either side; the RED report nowhere in Cambodia.
    assert _counts(jp.url) == (2, 7) and _counts(kh.url) == (1, 7)
    engine = create_engine(kh.url)
    with engine.connect() as connection:
        for table in ("tipoff_parts", "tipoffs", "tipoff_events", "reports", "audit_log"):
            dump = connection.execute(text(f"SELECT * FROM {table}")).all()
            assert red not in repr(dump), table
    engine.dispose()
    assert time.monotonic() - started < 120


def _partners(jp: Instance, kh: Instance) -> None:
    """Agencies and partner records on both sides, without a world (the kill tests)."""
    keys = {}
    for side, code, other in ((jp, "JP-NPA", "KH-ACD"), (kh, "KH-ACD", "JP-NPA")):
        cli("init", "--database-url", side.url)
        cli(
            "agency", "add", code, "--name", code, "--country", code[:2], "--database-url", side.url
        )
        added = cli(
            "share",
            "partner",
            "add",
            other,
            "--agency",
            code,
            "--clearance",
            "amber",
            "--database-url",
            side.url,
        )
        keys[code] = _key(added.output)  # the key ``other`` uses to post to ``code``
    for side, code, there, other in ((jp, "JP-NPA", kh, "KH-ACD"), (kh, "KH-ACD", jp, "JP-NPA")):
        cli(
            "share",
            "partner",
            "remote",
            other,
            "--agency",
            code,
            "--url",
            f"{there.base}/taxii2/{other}/",
            "--inbox",
            collection_id(other, "inbox"),
            "--user",
            code,
            "--database-url",
            side.url,
            env={"TIPOFF_PARTNER_KEY": keys[other]},
        )


def _cli_process(*args: str) -> subprocess.Popen[bytes]:
    code = "from tipoff.cli.main import run; run()"
    env = os.environ | {"PYTHONPATH": str(SRC)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def _wait_for(mark: Path, what: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 90
    while not mark.exists():
        assert time.monotonic() < deadline, "the inbox never paused"
        assert what.poll() is None, what.communicate()[0].decode()[-2000:]
        time.sleep(0.05)


def _event_ids(url: str) -> list[str]:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = list(connection.execute(select(tipoff_events.c.event_id)).scalars())
    engine.dispose()
    return sorted(found)


def test_a_side_killed_inside_an_inbox_post_loses_and_duplicates_nothing(
    instances: tuple[Instance, Instance], tmp_path: Path
) -> None:
    """Each side is kill -9ed while it is inside handling an inbox POST: after the first
    stored object of the envelope and before the rest (the inbox pauses there only under
    TIPOFF_TEST_INBOX_PAUSE, a switch of this test). After a restart and sync, each side
    holds every event once. Then files go both ways between the two processes (CLI attach,
    sync, download): each is held once on each side, and a RED one never leaves."""
    jp, kh = instances
    _partners(jp, kh)
    uid = new_uid()
    engine = create_engine(jp.url)
    jp_agency = SqlReportStore(engine).get_agency("JP-NPA")
    SqlTipoffStore(engine).create_draft(
        jp_agency,
        Draft(
            uid,
            "JP-NPA",
            "KH-ACD",
            "Compound in Bavet",
            "urgent",
            None,
            (
                Part("actions", "amber", {"requested": ["locate"]}),
                Part("suspects", "amber", {"phones": ["+85512000111"]}),
            ),
            None,
        ),
        at=datetime.now(UTC),
        actor="test",
    )
    engine.dispose()

    # 1. Cambodia, the receiver, dies inside the POST that carries the tip-off: the
    # tip-off is stored there, its receipt is not.
    mark = tmp_path / "kh.paused"
    jp.start()
    kh.start(TIPOFF_TEST_INBOX_PAUSE=f"60:{mark}")
    sending = _cli_process("tipoffs", "send", uid, "--agency", "JP-NPA", "--database-url", jp.url)
    _wait_for(mark, sending)
    assert _event_ids(kh.url) == ["sent"]  # inside the POST: one object stored, not the rest
    kh.kill()
    assert sending.wait(timeout=60) != 0  # Japan saw the POST fail ...
    assert _show(jp, "JP-NPA", uid)["state"] == "sent"  # ... and kept the send
    kh.start()
    for _ in range(3):
        cli("tipoffs", "sync", uid, "--agency", "JP-NPA", "--database-url", jp.url)
    assert _counts(kh.url) == (1, 2) and _event_ids(kh.url) == ["received", "sent"]
    cli("tipoffs", "sync", uid, "--agency", "KH-ACD", "--database-url", kh.url)  # the receipt
    assert _event_ids(jp.url) == ["received", "sent"]

    # 2. Japan, the sender, dies inside the POST that carries Cambodia's acknowledgement
    # and question (made while Japan was down): the acknowledgement is stored there, the
    # question not yet.
    jp.kill()
    cli(
        "tipoffs",
        "ack",
        uid,
        "--agency",
        "KH-ACD",
        "--event-id",
        "a1",
        "--database-url",
        kh.url,
        ok=False,
    )  # recorded at Cambodia, not delivered
    mark = tmp_path / "jp.paused"
    jp.start(TIPOFF_TEST_INBOX_PAUSE=f"60:{mark}")
    asking = _cli_process(
        "tipoffs",
        "message",
        uid,
        "--agency",
        "KH-ACD",
        "--event-id",
        "q1",
        "--text",
        "Which building?",
        "--database-url",
        kh.url,
    )
    _wait_for(mark, asking)
    assert "a1" in _event_ids(jp.url) and "q1" not in _event_ids(jp.url)
    jp.kill()
    assert asking.wait(timeout=60) != 0
    jp.start()
    for _ in range(2):
        cli("tipoffs", "sync", "--agency", "KH-ACD", "--database-url", kh.url)
    cli("tipoffs", "sync", "--agency", "JP-NPA", "--database-url", jp.url)
    expected = ["a1", "q1", "received", "sent"]
    assert _event_ids(jp.url) == _event_ids(kh.url) == expected  # each once, on both sides
    assert _show(jp, "JP-NPA", uid)["state"] == _show(kh, "KH-ACD", uid)["state"] == "acknowledged"

    # 3. Files both ways: each goes across once, whatever is re-sent; RED never leaves.
    shot, ledger, red = tmp_path / "chat.png", tmp_path / "ledger.csv", tmp_path / "red.png"
    shot.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    ledger.write_bytes(b"bank,account,usd\nABA,000123456,120000\nWing,0987654,190000\n")
    red.write_bytes(b"\x89PNG\r\n\x1a\n" + b"red" * 50)
    sent_file = orjson.loads(
        cli(
            "tipoffs", "attach", uid, str(shot), "--agency", "JP-NPA", "--database-url", jp.url
        ).stdout
    )
    refused = cli(
        "tipoffs",
        "attach",
        uid,
        str(red),
        "--agency",
        "JP-NPA",
        "--tlp",
        "red",
        "--database-url",
        jp.url,
        ok=False,
    )
    assert refused.exit_code != 0 and "TLP:RED" in refused.output
    cli(
        "tipoffs",
        "attach",
        uid,
        str(ledger),
        "--agency",
        "KH-ACD",
        "--message",
        "q1",
        "--database-url",
        kh.url,
    )
    for side, code in ((jp, "JP-NPA"), (kh, "KH-ACD"), (jp, "JP-NPA")):
        cli("tipoffs", "sync", uid, "--agency", code, "--database-url", side.url)
    for side, code in ((jp, "JP-NPA"), (kh, "KH-ACD")):
        files = {a["name"]: a for a in _show(side, code, uid)["attachments"]}
        assert set(files) == {"chat.png", "ledger.csv"}, code  # once each, no RED file
        assert files["ledger.csv"]["event_id"] == "q1"
        assert files["chat.png"]["sha256"] == sent_file["sha256"]
    copy = tmp_path / "copy.png"
    cli(
        "tipoffs",
        "attachment",
        uid,
        sent_file["sha256"],
        "--agency",
        "KH-ACD",
        "--out",
        str(copy),
        "--database-url",
        kh.url,
    )
    assert copy.read_bytes() == shot.read_bytes()
    engine = create_engine(kh.url)
    with engine.connect() as connection:
        held = connection.execute(select(func.count()).select_from(tipoff_attachments)).scalar()
    engine.dispose()
    assert held == 2
