"""Blocklists and private lookups for partners (tipoff.share.blocklists, .lookups)."""

from __future__ import annotations

import dataclasses
import json
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from loopback import serve_asgi
from share_world import ACCOUNT, IBAN, PHONE, WALLET
from sqlalchemy import update
from taxii_world import NOW, TaxiiWorld, taxii_world
from typer.testing import CliRunner

from tipoff.api.routers import partner_share
from tipoff.cli.main import build_app
from tipoff.server import create_app
from tipoff.settings import Settings
from tipoff.share.disclosures import disclosures
from tipoff.share.lookup_client import ask_bloom, ask_remote, parse_asked
from tipoff.share.lookups import (
    Bloom,
    bloom_filter,
    client_token,
    lookup_key_for,
    sizing,
    token,
)
from tipoff.share.partners import add_partner, get_partner, rotate_key
from tipoff.share.tables import share_partners

NEVER = (IBAN, "victim.friend@example.com", "+81357771234")  # RED only, mentioned, common


@pytest.fixture
def world(tmp_path: Path, database_url: str) -> Iterator[tuple[TaxiiWorld, TestClient]]:
    tw = taxii_world(tmp_path, database_url)
    app = create_app(
        Settings(database_url=tw.url, environment="test"),
        clock=lambda: NOW,
        routers=(partner_share.router,),
    )
    with TestClient(app) as client:
        yield tw, client
    tw.store.engine.dispose()


def blocklist(tw: TaxiiWorld, client: TestClient, code: str, kind: str, form: str = "text") -> Any:
    answer = client.get(
        "/api/v1/partner/blocklist", params={"kind": kind, "format": form}, headers=tw.basic(code)
    )
    assert answer.status_code == 200, answer.text
    if form == "misp":
        return answer.json()
    assert answer.text.startswith("# tipoff blocklist")
    return answer.text.splitlines()[1:]


def test_blocklists_follow_the_partners_clearance(world: Any) -> None:
    tw, client = world
    assert blocklist(tw, client, "P-CLEAR", "phone") == [PHONE]
    assert blocklist(tw, client, "P-CLEAR", "wallet") == []
    assert blocklist(tw, client, "P-GREEN", "wallet") == [WALLET]
    assert blocklist(tw, client, "P-GREEN", "handle") == []
    assert blocklist(tw, client, "P-AMBER", "handle") == ["telegram:hr_job_bkk"]
    assert blocklist(tw, client, "P-AMBER", "bank_account") == []
    assert blocklist(tw, client, "P-OWN", "bank_account") == [ACCOUNT]
    for code in ("P-CLEAR", "P-GREEN", "P-AMBER", "P-OWN"):
        for kind in ("iban", "email", "phone"):
            listed = blocklist(tw, client, code, kind)
            assert not any(value in listed for value in NEVER), (code, kind)
    misp = blocklist(tw, client, "P-AMBER", "wallet", "misp")
    assert set(misp) == {"name", "version", "description", "matching_attributes", "type", "list"}
    assert misp["list"] == [WALLET] and misp["type"] == "string"
    domains = blocklist(tw, client, "P-CLEAR", "domain", "misp")
    assert domains["list"] == ["xyz-global-ex.top"] and domains["type"] == "hostname"
    trail = list(disclosures(tw.store.engine, "JP-NPA", partner="P-OWN"))
    assert {"amber+strict": [f"bank_account:{ACCOUNT}"]} in [d.detail["objects"] for d in trail]


def their_view(tw: TaxiiWorld, code: str, *, basic: bool = True) -> Any:
    """The partner record a bank keeps of JP-NPA's instance: URL and the key it was given."""
    partner = get_partner(tw.store.engine, tw.agency, code)
    return dataclasses.replace(
        partner,
        remote_url="http://testserver/taxii2/JP-NPA/",
        remote_user=code if basic else None,
        remote_key=tw.keys[code],
    )


def test_private_lookup_answers_membership_for_values_typed_in_any_spelling(world: Any) -> None:
    tw, client = world
    asked = [
        "phone:+855 12-345-678",
        f"wallet:{WALLET}",
        f"bank_account:{ACCOUNT}",
        f"iban:{IBAN[:4]} {IBAN[4:]}",
        "phone:+81 3 5777 1234",
    ]
    green = ask_remote(
        their_view(tw, "P-GREEN"), parse_asked(their_view(tw, "P-GREEN"), asked), client=client
    )
    assert green == {
        asked[0]: True,
        asked[1]: True,
        asked[2]: False,
        asked[3]: False,
        asked[4]: False,
    }
    own = their_view(tw, "P-OWN", basic=False)
    answers = ask_remote(own, parse_asked(own, asked), client=client)
    assert [answers[a] for a in asked] == [True, True, True, False, False]
    trail = [d.detail for d in disclosures(tw.store.engine, "JP-NPA", partner="P-GREEN")]
    assert trail[-1]["endpoint"] == "lookup"
    assert trail[-1]["objects"] == {"clear": [f"phone:{PHONE}"], "green": [f"wallet:{WALLET}"]}


def test_lookup_keys_rotate_with_the_partner_key(world: Any) -> None:
    tw, client = world
    before = their_view(tw, "P-GREEN")
    asked = parse_asked(before, [f"phone:{PHONE}"])
    partner = get_partner(tw.store.engine, tw.agency, "P-GREEN")
    new = rotate_key(tw.store, tw.store.engine, partner, at=NOW, actor="test")
    after = dataclasses.replace(before, remote_key=new)
    # The old hashes mean nothing under the new key, which answers for the value itself.
    body = {"hashes": [a.token.hex() for a in asked]}
    old_under_new = client.post(
        "/api/v1/partner/lookup", json=body, headers=tw.basic("P-GREEN", new)
    )
    assert old_under_new.json() == {"known": []}
    assert ask_remote(after, parse_asked(after, [f"phone:{PHONE}"]), client=client) == {
        f"phone:{PHONE}": True
    }
    assert lookup_key_for(new) != lookup_key_for(tw.keys["P-GREEN"])


def test_bloom_filter_download_holds_the_allowed_values_only(world: Any, tmp_path: Path) -> None:
    tw, client = world
    # The partner keys are random per run, so at the default rate (1e-4) a withheld value tests
    # positive about once in 1,500 runs; at the lowest rate allowed the test cannot flake.
    answer = client.get("/api/v1/partner/bloom?fp_rate=1e-9", headers=tw.basic("P-AMBER"))
    assert answer.status_code == 200
    bloom = Bloom.load(answer.content)
    assert bloom.n == 4 and int(answer.headers["x-bloom-values"]) == 4
    assert bloom.expected_fp_rate() < 1e-8
    view = their_view(tw, "P-AMBER")
    hits = ask_bloom(bloom, parse_asked(view, [f"phone:{PHONE}", "handle:telegram:hr_job_bkk"]))
    assert all(hits.values())
    key = lookup_key_for(tw.keys["P-AMBER"])
    assert token(key, "bank_account", ACCOUNT) not in bloom
    assert token(key, "iban", IBAN) not in bloom
    # The same answer through the CLI, offline, from the downloaded file.
    path = tmp_path / "jp.bloom"
    path.write_bytes(answer.content)
    with tw.store.engine.begin() as connection:
        connection.execute(
            update(share_partners)
            .where(share_partners.c.code == "P-AMBER")
            .values(remote_url="http://testserver/taxii2/JP-NPA/", remote_key=tw.keys["P-AMBER"])
        )
    result = CliRunner().invoke(
        build_app(),
        [
            "share",
            "lookup",
            "P-AMBER",
            f"phone:{PHONE}",
            f"iban:{IBAN}",
            "--agency",
            "JP-NPA",
            "--bloom",
            str(path),
            "--database-url",
            tw.url,
        ],
    )
    assert result.exit_code == 0, result.output
    assert (
        f"phone:{PHONE}\tmaybe known" in result.output
        and f"iban:{IBAN}\tnot known" in result.output
    )


def test_bloom_false_positive_rate_is_what_its_parameters_promise() -> None:
    key = secrets.token_bytes(32)
    members = [("phone", f"+8551{i:08d}") for i in range(20_000)]
    bloom = bloom_filter(key, members, fp_rate=0.01)
    assert (bloom.m, bloom.k) == sizing(20_000, 0.01)
    assert all(token(key, k, v) in bloom for k, v in members[:2000])
    others = [token(key, "phone", f"+8552{i:08d}") for i in range(40_000)]
    rate = sum(t in bloom for t in others) / len(others)
    assert rate < 0.015, rate
    assert abs(bloom.expected_fp_rate() - 0.01) < 0.002


def test_client_tokens_are_of_canonical_values() -> None:
    key = secrets.token_bytes(32)
    assert client_token(key, "phone", "+855 (12) 345-678") == token(key, "phone", PHONE)
    with pytest.raises(Exception, match="not a valid"):
        client_token(key, "phone", "call me")


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("post", "/api/v1/partner/lookup", {"json": []}),
        ("post", "/api/v1/partner/lookup", {"json": {"hashes": "ab"}}),
        ("post", "/api/v1/partner/lookup", {"json": {"hashes": ["zz" * 32]}}),
        ("post", "/api/v1/partner/lookup", {"json": {"hashes": [1]}}),
        ("post", "/api/v1/partner/lookup", {"json": {"hashes": ["a" * 64] * 10_001}}),
        ("post", "/api/v1/partner/lookup", {"json": {"hashes": [], "more": 1}}),
        (
            "post",
            "/api/v1/partner/lookup",
            {"content": b"\xff\xfe", "headers": {"content-type": "application/json"}},
        ),
        ("get", "/api/v1/partner/bloom", {"params": {"fp_rate": "0"}}),
        ("get", "/api/v1/partner/bloom", {"params": {"fp_rate": "nan"}}),
        ("get", "/api/v1/partner/bloom", {"params": {"fp_rate": "2"}}),
        ("get", "/api/v1/partner/blocklist", {"params": {"kind": "victims"}}),
        ("get", "/api/v1/partner/blocklist", {"params": {"kind": "phone", "format": "xml"}}),
        ("get", "/api/v1/partner/blocklist", {"params": {"kind": "phone", "x": "1"}}),
        ("get", "/api/v1/partner/blocklist", {}),
    ],
)
def test_hostile_requests_are_refused_not_500(
    world: Any, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    tw, client = world
    headers = {**tw.basic("P-GREEN"), **kwargs.pop("headers", {})}
    answer = getattr(client, method)(path, headers=headers, **kwargs)
    assert answer.status_code in (400, 422), answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")


def test_partner_endpoints_need_partner_credentials(world: Any) -> None:
    tw, client = world
    for path in ("/api/v1/partner/blocklist?kind=phone", "/api/v1/partner/bloom"):
        assert client.get(path).status_code == 401
        assert (
            client.get(path, headers=tw.basic("P-GREEN", "tpk_00000000_wrong")).status_code == 401
        )
        assert client.get(path, headers=tw.basic("P-OWN", tw.keys["P-GREEN"])).status_code == 401
    assert client.post("/api/v1/partner/lookup", json={"hashes": []}).status_code == 401
    assert json.loads(client.get("/api/v1/partner/bloom").text)["status"] == 401


def test_the_cli_writes_a_partners_blocklist_and_audits_it(world: Any, tmp_path: Path) -> None:
    tw, _ = world
    out = tmp_path / "wallets.json"
    args = ["share", "blocklist", "P-GREEN", "--agency", "JP-NPA", "--kind", "wallet"]
    result = CliRunner().invoke(
        build_app(), [*args, "--format", "misp", "--out", str(out), "--database-url", tw.url]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["list"] == [WALLET]
    text = CliRunner().invoke(build_app(), [*args, "--database-url", tw.url])
    assert text.output.splitlines()[1:] == [WALLET]
    endpoints = [
        d.detail["endpoint"] for d in disclosures(tw.store.engine, "JP-NPA", partner="P-GREEN")
    ]
    assert endpoints == ["cli blocklist wallet misp", "cli blocklist wallet text"]


def test_the_cli_asks_a_real_server_over_loopback_with_hashes_only(world: Any) -> None:
    tw, client = world
    kh = tw.store.get_agency("KH-POL")
    add_partner(tw.store, tw.store.engine, kh, "JP-LINK", clearance="clear", at=NOW, actor="test")
    with serve_asgi(client.app) as url:
        with tw.store.engine.begin() as connection:
            connection.execute(
                update(share_partners)
                .where(share_partners.c.code == "JP-LINK")
                .values(
                    remote_url=f"{url}/taxii2/JP-NPA/",
                    remote_user="P-GREEN",
                    remote_key=tw.keys["P-GREEN"],
                )
            )
        args = ["share", "lookup", "JP-LINK", "phone:+855 12 345 678", f"iban:{IBAN}"]
        result = CliRunner().invoke(
            build_app(), [*args, "--agency", "KH-POL", "--database-url", tw.url]
        )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "phone:+855 12 345 678\tknown",
        f"iban:{IBAN}\tnot known",
    ]
