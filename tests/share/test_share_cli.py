"""tipoff share export / import on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from share_world import new_reports
from sqlalchemy import Engine
from typer.testing import CliRunner

from tipoff.cli.main import build_app
from tipoff.store.sql import SqlReportStore

runner = CliRunner()


def test_export_then_import_through_the_cli(
    engine: Engine, database_url: str, tmp_path: Path
) -> None:
    store = SqlReportStore(engine)
    now = datetime(2026, 12, 5, tzinfo=UTC)
    store.add_agency("JP-NPA", "National Police Agency", "JP", at=now)
    store.add_agency("KH-POL", "Cambodian National Police", "KH", at=now)
    store.save_reports(store.get_agency("JP-NPA"), new_reports(), at=now, actor="test")
    out = tmp_path / "bundle.json"
    db = ["--database-url", database_url]
    args = ["share", "export", "--agency", "JP-NPA", "--out", str(out), "--to", "green", *db]
    result = runner.invoke(build_app(), args)
    assert result.exit_code == 0, result.output
    bundle = json.loads(out.read_text())
    assert len([o for o in bundle["objects"] if o["type"] == "report"]) == 3  # 2 GREEN, 1 CLEAR
    result = runner.invoke(build_app(), ["share", "import", str(out), "--agency", "KH-POL", *db])
    assert result.exit_code == 0, result.output
    assert "3 new reports" in result.output
    bad = runner.invoke(
        build_app(),
        ["share", "export", "--agency", "JP-NPA", "--out", str(out), "--to", "everyone", *db],
    )
    assert bad.exit_code == 1 and "unknown receiver" in bad.output


def test_partners_publish_and_disclosures_through_the_cli(
    engine: Engine, database_url: str, monkeypatch: Any
) -> None:
    store = SqlReportStore(engine)
    now = datetime(2026, 12, 5, tzinfo=UTC)
    store.add_agency("JP-NPA", "National Police Agency", "JP", at=now)
    store.save_reports(store.get_agency("JP-NPA"), new_reports(), at=now, actor="test")
    db = ["--database-url", database_url]
    add = ["share", "partner", "add", "BANK-1", "--agency", "JP-NPA", "--clearance", "green"]
    result = runner.invoke(build_app(), [*add, "--purpose", "MoU 7", *db])
    assert result.exit_code == 0, result.output
    key = result.output.strip().splitlines()[-1]
    assert key.startswith("tpk_")
    again = runner.invoke(build_app(), [*add, *db])
    assert again.exit_code == 1 and "already has a partner" in again.output
    bad = runner.invoke(build_app(), [*add[:-1], "secret", *db])
    assert bad.exit_code == 1 and "unknown clearance" in bad.output
    listed = runner.invoke(build_app(), ["share", "partner", "list", "--agency", "JP-NPA", *db])
    assert "BANK-1\tgreen\tMoU 7" in listed.output
    published = runner.invoke(build_app(), ["share", "publish", *db])
    assert published.exit_code == 0, published.output
    assert published.output.startswith("JP-NPA green: ")
    pull = runner.invoke(build_app(), ["share", "pull", "BANK-1", "--agency", "JP-NPA", *db])
    assert pull.exit_code == 1 and "no collection to pull from" in pull.output
    remote = ["share", "partner", "remote", "BANK-1", "--agency", "JP-NPA"]
    remote += ["--url", "https://taxii.bank.example/api1/", "--collection", "c1"]
    monkeypatch.delenv("TIPOFF_PARTNER_KEY", raising=False)
    missing = runner.invoke(build_app(), [*remote, *db])
    assert missing.exit_code == 1 and "TIPOFF_PARTNER_KEY" in missing.output
    monkeypatch.setenv("TIPOFF_PARTNER_KEY", "their-key")
    assert runner.invoke(build_app(), [*remote, *db]).exit_code == 0
    rotated = runner.invoke(
        build_app(), ["share", "partner", "key", "BANK-1", "--agency", "JP-NPA", *db]
    )
    assert rotated.exit_code == 0 and rotated.output.strip() != key
    trail = runner.invoke(build_app(), ["share", "disclosures", "--agency", "JP-NPA", *db])
    assert trail.exit_code == 0 and trail.output == ""  # nothing was disclosed yet
    actions = [e.action for e in store.audit_entries()]
    assert {"partner_create", "partner_key"} <= set(actions)
