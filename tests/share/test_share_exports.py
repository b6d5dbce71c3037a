"""Exports out (tipoff.share.exports, GET /api/v1/export): content, visibility, audit, input."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
import stix2
from fastapi.testclient import TestClient
from share_world import ACCOUNT, IBAN, PHONE, WALLET
from sqlalchemy import insert, select
from stix_checks import assert_valid_stix
from taxii_world import NOW, TaxiiWorld, taxii_world
from typer.testing import CliRunner

from tipoff.api.routers import exports as exports_api
from tipoff.cli.main import build_app
from tipoff.indicators import canonicalize
from tipoff.link.network_tables import network_members
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.blocklists import blockable
from tipoff.share.disclosures import disclosures
from tipoff.share.export import build_bundle
from tipoff.share.exports import _cell
from tipoff.share.observables import observable_types
from tipoff.share.partners import get_partner
from tipoff.share.patterns import pattern_identifiers
from tipoff.share.reads import reports_for_export
from tipoff.share.receivers import Receiver
from tipoff.share.stix_ids import bundle_id, local_id
from tipoff.store.records import NewReport, NewSighting, NewVerdict
from tipoff.store.tables import reports
from tipoff.visibility import Viewer

SECRETS = ("VICTIMKEY", "VICTIMHASH", "MESSAGE-must-not-leave")
# Values only reports KH-POL may not see (AMBER+STRICT, RED) or mere mentions carry.
HIDDEN_FROM_OTHERS = (ACCOUNT, IBAN, "https://xyz-global-ex.top/login", "victim.friend@example.com")
NETWORKS = {1: 7, 2: 7, 3: 7, 4: 9, 5: 9}


@pytest.fixture
def world(
    tmp_path: Path, database_url: str
) -> Iterator[tuple[TaxiiWorld, TestClient, dict[str, str]]]:
    """JP-NPA's world with networks 7 and 9; API keys for JP-NPA and KH-POL."""
    tw = taxii_world(tmp_path, database_url)
    with tw.store.engine.begin() as connection:
        ids = dict(connection.execute(select(reports.c.external_id, reports.c.id)).all())
        connection.execute(
            insert(network_members),
            [
                {"report_id": ids[f"NPA-2026-{i:04d}"], "network_id": n, "sub_network": 0}
                for i, n in NETWORKS.items()
            ],
        )
    keys = tw.agency_keys()
    app = create_app(
        Settings(database_url=tw.url, environment="test"),
        clock=lambda: NOW,
        routers=(exports_api.router,),
    )
    with TestClient(app) as client:
        yield tw, client, keys
    tw.store.engine.dispose()


def get(client: TestClient, key: str, **params: Any) -> Any:
    return client.get("/api/v1/export", params=params, headers={"Authorization": f"Bearer {key}"})


def test_reports_csv_and_jsonl_follow_the_one_rule_and_never_carry_victims(world: Any) -> None:
    _, client, keys = world
    answer = get(client, keys["KH-POL"], what="reports", format="csv")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [r["external_id"] for r in rows] == [
        "NPA-2026-0001",
        "NPA-2026-0002",
        "NPA-2026-0003",
        "NPA-2026-0006",
    ]
    assert {r["tlp"] for r in rows} == {"clear", "green", "amber"}
    assert rows[0]["network"] == "7" and rows[0]["agency"] == "JP-NPA"
    own = get(client, keys["JP-NPA"], what="reports", format="jsonl")
    lines = [orjson.loads(line) for line in own.text.splitlines()]
    # Its own AMBER+STRICT report, never its RED one (RED does not leave in a file).
    assert [r["tlp"] for r in lines] == ["clear", "green", "amber", "amber+strict", "green"]
    for body in (answer.text, own.text):
        assert not any(secret in body for secret in SECRETS)
    only_9 = get(client, keys["JP-NPA"], what="reports", format="jsonl", network=9)
    assert [orjson.loads(line)["external_id"] for line in only_9.text.splitlines()] == [
        "NPA-2026-0004"
    ]


def test_indicators_are_scam_identifiers_of_exportable_reports_marked_loosest(world: Any) -> None:
    _, client, keys = world
    answer = get(client, keys["KH-POL"], what="indicators", format="jsonl")
    found = {(r["kind"], r["value"]): r for r in map(orjson.loads, answer.text.splitlines())}
    assert set(found) == {
        ("phone", PHONE),
        ("domain", "xyz-global-ex.top"),
        ("wallet", WALLET),
        ("handle", "telegram:hr_job_bkk"),
    }
    assert found[("phone", PHONE)]["tlp"] == "clear" and found[("phone", PHONE)]["reports"] == 2
    assert found[("wallet", WALLET)]["tlp"] == "green"
    wallets = get(client, keys["KH-POL"], what="indicators", format="csv", kind="wallet")
    assert [r["value"] for r in csv.DictReader(io.StringIO(wallets.text))] == [WALLET]
    own = get(client, keys["JP-NPA"], what="indicators", format="jsonl", network=9)
    assert {orjson.loads(line)["value"] for line in own.text.splitlines()} == {
        ACCOUNT,
        "https://xyz-global-ex.top/login",
    }


def test_networks_count_only_exportable_reports(world: Any) -> None:
    _, client, keys = world
    other = [
        orjson.loads(x)
        for x in get(client, keys["KH-POL"], what="networks", format="jsonl").text.splitlines()
    ]
    assert [(n["network"], n["reports"], n["tlp"]) for n in other] == [(7, 3, "amber")]
    assert other[0]["loss_usd"] == 3 * 9800.0
    # Network 9 has one AMBER+STRICT and one RED report: one exportable report is no network.
    own = [
        orjson.loads(x)
        for x in get(client, keys["JP-NPA"], what="networks", format="jsonl").text.splitlines()
    ]
    assert [n["network"] for n in own] == [7]


def test_stix_export_parses_and_holds_only_what_the_agency_may_take(world: Any) -> None:
    _, client, keys = world
    answer = get(client, keys["KH-POL"], what="reports", format="stix")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/stix+json")
    bundle = stix2.parse(answer.text, allow_custom=True)
    names = sorted(o["name"] for o in bundle.objects if o["type"] == "report")
    assert len(names) == 4
    assert not any(value in answer.text for value in HIDDEN_FROM_OTHERS[:3])


def test_attacker_no_combination_of_parameters_reveals_a_hidden_value(world: Any) -> None:
    _, client, keys = world
    combos = itertools.product(
        ("reports", "indicators", "networks"),
        ("csv", "jsonl", "stix"),
        (None, 7, 9),
        (None, "bank_account", "iban", "url", "email"),
    )
    tried = 0
    for what, fmt, network, kind in combos:
        params = {
            k: v
            for k, v in {"what": what, "format": fmt, "network": network, "kind": kind}.items()
            if v is not None
        }
        answer = get(client, keys["KH-POL"], **params)
        assert answer.status_code in (200, 422), (params, answer.text)
        if answer.status_code == 200:
            tried += 1
            for value in (*HIDDEN_FROM_OTHERS, *SECRETS):
                assert value not in answer.text, (params, value)
    assert tried >= 20


def test_the_streamed_stix_export_is_the_bundle_built_in_memory(
    world: Any, monkeypatch: Any
) -> None:
    """Streaming (two reads in batches, objects spooled, the id hashed as they come) gives
    the bytes of the bundle built in memory from every owner's reports (an object two
    owners share kept once, where it first came), in any batch size, and audits the ids
    the in-memory bundles list."""
    tw, client, keys = world
    engine = tw.store.engine
    for code in ("KH-POL", "JP-NPA"):
        viewer = Viewer.agency(tw.store.get_agency(code).id)
        receiver = Receiver(f"download by {viewer.describe()}", viewer)
        merged: dict[str, Any] = {}
        expected_ids: dict[str, list[str]] = {}
        for owner in sorted(tw.store.list_agencies(), key=lambda a: a.id):
            found = reports_for_export(engine, owner.id, viewer)
            if not found:
                continue
            export = build_bundle(found, owner, receiver)
            expected_ids[owner.code] = [i for ids in export.ids_by_marking().values() for i in ids]
            for obj in export.objects:
                merged.setdefault(obj["id"], obj)
        expected = orjson.dumps(
            {"type": "bundle", "id": bundle_id(list(merged)), "objects": list(merged.values())}
        )
        for batch in (5000, 1, 2):
            monkeypatch.setattr("tipoff.share.reads.EXPORT_BATCH", batch)
            streamed = get(client, keys[code], what="reports", format="stix").content
            assert streamed == expected, (code, batch)
        trail = [d for d in disclosures(engine, "JP-NPA") if d.action == "export"]
        assert trail[-1].detail["ids"] == expected_ids["JP-NPA"]
        assert trail[-1].detail["count"] == len(expected_ids["JP-NPA"])


def test_every_export_is_in_the_owners_disclosure_trail(world: Any) -> None:
    tw, client, keys = world
    get(client, keys["KH-POL"], what="indicators", format="csv")
    get(client, keys["KH-POL"], what="reports", format="jsonl", network=9)  # nothing: no row
    kh = tw.store.get_agency("KH-POL")
    trail = [d for d in disclosures(tw.store.engine, "JP-NPA") if d.action == "export"]
    assert len(trail) == 1
    row = trail[0].detail
    assert row["receiver"] == f"agency #{kh.id}" and row["query"] == {
        "what": "indicators",
        "format": "csv",
    }
    assert row["count"] == 4 and row["ids_complete"] and f"phone:{PHONE}" in row["ids"]
    assert list(disclosures(tw.store.engine, "KH-POL")) == []


@pytest.mark.parametrize(
    "params",
    [
        {"what": "victims"},
        {"format": "xlsx"},
        {"format": "stix", "what": "indicators"},
        {"what": "reports", "kind": "phone"},
        {"what": "indicators", "kind": "<script>"},
        {"what": "indicators", "kind": "x" * 5000},
        {"network": "-1"},
        {"network": "99999999999999999999999"},
        {"network": "1e3"},
        {"what": "\x00"},
        {"unknown": "1"},
    ],
)
def test_hostile_parameters_are_refused_not_500(world: Any, params: dict[str, str]) -> None:
    _, client, keys = world
    answer = get(client, keys["KH-POL"], **params)
    assert answer.status_code in (400, 422), answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")


def test_an_export_needs_an_agency_key(world: Any) -> None:
    _, client, _ = world
    assert client.get("/api/v1/export").status_code == 401


def test_csv_cells_a_spreadsheet_would_run_are_defused_numbers_and_phones_are_not() -> None:
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _cell("@SUM(A1)") == "'@SUM(A1)"
    assert _cell("+1+cmd|' /C calc'!A0") == "'+1+cmd|' /C calc'!A0"
    assert _cell("+85512345678") == "+85512345678"
    assert _cell("-12.5") == "-12.5"
    assert _cell(3) == 3


def test_the_cli_writes_the_same_export_and_audits_it(world: Any, tmp_path: Path) -> None:
    tw, client, keys = world
    out = tmp_path / "indicators.csv"
    args = ["export", "indicators", "--agency", "KH-POL", "--format", "csv", "--out", str(out)]
    result = CliRunner().invoke(build_app(), [*args, "--database-url", tw.url])
    assert result.exit_code == 0, result.output
    api = get(client, keys["KH-POL"], what="indicators", format="csv")
    assert out.read_text().replace("\r\n", "\n") == api.text.replace("\r\n", "\n")
    trail = [d for d in disclosures(tw.store.engine, "JP-NPA") if d.action == "export"]
    assert len(trail) == 2 and trail[0].actor.startswith("cli:")
    bad = CliRunner().invoke(
        build_app(), ["export", "victims", "--agency", "KH-POL", "--database-url", tw.url]
    )
    assert bad.exit_code == 1 and "unknown what" in bad.output


def test_keyset_batches_give_the_same_export_as_one_batch(world: Any, monkeypatch: Any) -> None:
    _, client, keys = world
    whole = {
        (what, key): get(client, keys[key], what=what, format="jsonl").text
        for what in ("reports", "indicators", "networks")
        for key in ("JP-NPA", "KH-POL")
    }
    monkeypatch.setattr("tipoff.share.exports.BATCH", 1)
    for (what, key), text in whole.items():
        assert get(client, keys[key], what=what, format="jsonl").text == text, (what, key)
    assert whole[("indicators", "KH-POL")].count("\n") == 4


HOTLINE = "+85523724848"  # a police hotline the victim called: role "reference"


def _indicator_rows(client: TestClient, key: str, fmt: str) -> list[dict[str, Any]]:
    text = get(client, key, what="indicators", format=fmt).text
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(text)))
    return [orjson.loads(line) for line in text.splitlines()]


def test_mentioned_values_leave_in_no_export_and_the_formats_agree(world: Any) -> None:
    """Mentioned and reference values are no scam values: not in STIX (no indicator, no
    observable), not in the CSV/JSON Lines tables, not in blocklists or private lookups;
    every other exported value is in all of them alike (docs/sharing.md, "Mentioned")."""
    tw, client, keys = world
    counted_before = {
        code: {r["value"]: int(r["reports"]) for r in _indicator_rows(client, keys[code], "csv")}
        for code in ("JP-NPA", "KH-POL")
    }
    extra = NewReport(
        external_id="NPA-2026-0100",
        received_at=NOW,
        tlp="clear",
        sightings=(
            NewSighting("phone", HOTLINE, "reference", HOTLINE, "text"),
            NewSighting("phone", PHONE, "mentioned", PHONE, "text"),
            NewSighting("email", "victim.friend@example.com", "mentioned", "x", "text"),
        ),
    )
    tw.store.save_reports(tw.agency, [extra], at=NOW, actor="test")
    never = (HOTLINE, "victim.friend@example.com")
    for code in ("JP-NPA", "KH-POL"):
        csv_rows = _indicator_rows(client, keys[code], "csv")
        jsonl_rows = _indicator_rows(client, keys[code], "jsonl")
        stix_text = get(client, keys[code], what="reports", format="stix").text
        bundle = orjson.loads(stix_text)
        in_csv = {(r["kind"], r["value"]) for r in csv_rows}
        assert in_csv and in_csv == {(r["kind"], r["value"]) for r in jsonl_rows}
        in_stix = {
            (kind, canonicalize(kind, written))
            for o in bundle["objects"]
            if o["type"] == "indicator"
            for kind, written in pattern_identifiers(o["pattern"])
        }
        assert in_csv == in_stix, code
        observables = [o for o in bundle["objects"] if o["type"] in observable_types()]
        assert len(observables) == len(in_stix)  # every exported observable is indicated
        for value in never:
            assert value not in stix_text, (code, value)
            assert all(r["value"] != value for r in csv_rows)
        # PHONE is a caller in other reports: still listed, but a mention adds no report.
        counted = {r["value"]: int(r["reports"]) for r in csv_rows}
        assert counted == counted_before[code]
    for clearance in ("clear", "green", "amber", "own"):
        partner = get_partner(tw.store.engine, tw.agency, f"P-{clearance.upper()}")
        listed = {value for _, value in blockable(tw.store.engine, partner)}
        assert not listed & set(never)


def test_the_owner_s_analyst_verdicts_leave_as_opinions_under_the_report_s_marking(
    world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    tw, client, keys = world
    jp, kh = tw.store.get_agency("JP-NPA"), tw.store.get_agency("KH-POL")
    with tw.store.engine.connect() as connection:
        ids = dict(connection.execute(select(reports.c.external_id, reports.c.id)).all())
    before = orjson.loads(get(client, keys["KH-POL"], what="reports", format="stix").content)
    sent = {o["id"] for o in before["objects"] if o["type"] == "report"}
    shown = [e for e in sorted(ids) if local_id("report", "JP-NPA", e) in sent]
    hidden = [e for e in sorted(ids) if e.startswith("NPA-") and e not in shown]
    assert shown and hidden
    judged = shown[0]
    later = NOW + timedelta(hours=1)
    secret = "NOTE-must-not-leave"
    tw.store.add_verdict(
        jp,
        NewVerdict(ids[judged], "scam", scam_type="investment.pig_butchering", note=secret),
        actor="user:aiko",
        at=later,
    )
    # Not the owner's to share, or not about the whole report, or on a report KH-POL may not get.
    tw.store.add_verdict(jp, NewVerdict(ids[judged], "spam", message_index=0), actor="k", at=later)
    tw.store.add_verdict(kh, NewVerdict(ids[judged], "not_scam"), actor="kh", at=later)
    tw.store.add_verdict(jp, NewVerdict(ids[hidden[0]], "not_scam"), actor="k", at=later)
    answer = get(client, keys["KH-POL"], what="reports", format="stix")
    bundle = orjson.loads(answer.content)
    opinions = [o for o in bundle["objects"] if o["type"] == "opinion"]
    report = next(o for o in bundle["objects"] if o["id"] == local_id("report", "JP-NPA", judged))
    assert len(opinions) == 1
    [opinion] = opinions
    assert opinion["opinion"] == "strongly-agree"
    assert opinion["object_refs"] == [report["id"]]
    assert opinion["object_marking_refs"] == report["object_marking_refs"]
    assert opinion["created_by_ref"] == report["created_by_ref"]
    assert "verdict:scam" in opinion["labels"]
    assert "scam-type:investment.pig_butchering" in opinion["labels"]
    assert secret not in answer.text and "aiko" not in answer.text
    assert_valid_stix(bundle, monkeypatch)
    stix2.parse(answer.text, allow_custom=True)
    # The same verdict gives the same object on every export.
    again = orjson.loads(get(client, keys["KH-POL"], what="reports", format="stix").content)
    assert [o for o in again["objects"] if o["type"] == "opinion"] == opinions
